import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { bookingUid, escapeText, foldLine, formatUtc, renderCalendar, type CalendarEvent } from './icalendar.js';
import { localInterval } from './zoned-time.js';

const encoder = new TextEncoder();
const octets = (s: string) => encoder.encode(s).length;

/** Reads a feed back with a real parser: every VEVENT's UID, instants, summary and status. */
function parseBack(text: string) {
	const component = new ICAL.Component(ICAL.parse(text));
	return {
		name: component.getFirstPropertyValue('x-wr-calname'),
		events: component.getAllSubcomponents('vevent').map((v) => {
			const event = new ICAL.Event(v);
			return {
				uid: event.uid,
				start: event.startDate.toJSDate().toISOString(),
				end: event.endDate.toJSDate().toISOString(),
				summary: event.summary,
				description: event.description,
				status: v.getFirstPropertyValue('status')
			};
		})
	};
}

describe('TEXT escaping and folding', () => {
	it('escapes backslashes, semicolons, commas and line breaks', () => {
		expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
	});

	it('leaves short lines alone and folds long ones at 75 octets with a leading space', () => {
		expect(foldLine('SUMMARY:court')).toBe('SUMMARY:court');
		const folded = foldLine(`SUMMARY:${'x'.repeat(200)}`).split('\r\n');
		expect(folded.length).toBe(3);
		expect(octets(folded[0]!)).toBe(75);
		expect(folded.slice(1).every((l) => l.startsWith(' ') && octets(l) <= 75)).toBe(true);
	});

	it('never cuts a UTF-8 character and unfolds to the same text (property)', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
				const line = `SUMMARY:${text}`;
				const parts = foldLine(line).split('\r\n');
				for (const [i, part] of parts.entries()) {
					expect(octets(part)).toBeLessThanOrEqual(75);
					if (i > 0) expect(part.startsWith(' ')).toBe(true);
					// A lone surrogate would mean a code point was split.
					expect(part.isWellFormed()).toBe(true);
				}
				expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
			})
		);
	});

	it('writes instants in UTC basic format', () => {
		expect(formatUtc(new Date('2027-03-29T07:00:00.000Z'))).toBe('20270329T070000Z');
	});
});

describe('a feed read back by ical.js', () => {
	const zone = 'Europe/Paris';
	const updatedAt = new Date('2027-01-05T10:00:00Z');
	const event = (id: string, date: string, summary: string, status: CalendarEvent['status']): CalendarEvent => ({
		uid: bookingUid(id, 'quartiers-vivants.test'),
		...localInterval(date, '12:00', '14:00', zone),
		summary,
		status,
		updatedAt
	});
	const longFrench =
		"Restaurant solidaire des femmes du quartier : cuisine, service, plonge; accueil des familles, des voisines et des enfants après l'école, avec un repas à prix libre — inscription conseillée, places limitées";
	const events = [
		event('b1', '2027-10-30', 'مطعم النساء، ورشة الطبخ؛ مرحبا بالجميع', 'CONFIRMED'),
		event('b2', '2027-11-01', longFrench, 'TENTATIVE'),
		event('b3', '2027-03-27', 'Avant le changement, heure d’hiver', 'CONFIRMED'),
		event('b4', '2027-03-29', 'Après le changement; heure d’été, donc 10:00Z', 'CONFIRMED')
	];
	const text = renderCalendar({ name: 'Salle polyvalente, Maison; Saint-Jean', events });

	it('ends every line with CRLF and keeps lines within 75 octets', () => {
		expect(text.endsWith('\r\n')).toBe(true);
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
		expect(text).toContain('X-WR-CALNAME:Salle polyvalente\\, Maison\\; Saint-Jean');
	});

	it('gives back exactly the same occurrences, on both sides of the daylight-saving changes', () => {
		const parsed = parseBack(text);
		// ical.js types unknown X- properties as raw values, so it keeps the (correct) TEXT escapes.
		expect(parsed.name).toBe('Salle polyvalente\\, Maison\\; Saint-Jean');
		expect(parsed.events).toEqual(
			events.map((e) => ({
				uid: e.uid,
				start: e.start.toISOString(),
				end: e.end.toISOString(),
				summary: e.summary,
				description: null,
				status: e.status
			}))
		);
		// 12:00 in Paris is 10:00Z in summer time and 11:00Z in winter time.
		expect(parsed.events[0]!.start).toBe('2027-10-30T10:00:00.000Z');
		expect(parsed.events[1]!.start).toBe('2027-11-01T11:00:00.000Z');
		expect(parsed.events[2]!.start).toBe('2027-03-27T11:00:00.000Z');
		expect(parsed.events[3]!.start).toBe('2027-03-29T10:00:00.000Z');
	});

	it('round-trips any summary and description (property)', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ maxLength: 120 }), (summary, desc) => {
				const e = { ...events[0]!, summary, description: desc || undefined };
				const [back] = parseBack(renderCalendar({ name: 'x', events: [e] })).events;
				// Bare CR and CRLF both become a newline: a calendar line break carries no CR.
				expect(back!.summary).toBe(summary.replace(/\r\n|\r/g, '\n'));
				expect(back!.description ?? '').toBe(desc.replace(/\r\n|\r/g, '\n'));
			}),
			{ numRuns: 200 }
		);
	});
});

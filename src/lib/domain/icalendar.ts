/**
 * iCalendar (RFC 5545) written by hand: a feed is a few VEVENTs, and doing it here keeps every
 * rule that calendar apps trip on in one tested place — CRLF line ends, lines folded at 75
 * octets without cutting a UTF-8 character in two, TEXT escaping, and instants in UTC (so no
 * VTIMEZONE is needed and no client can misread a daylight-saving change).
 */

export interface CalendarEvent {
	/** Stable per booking, so that a calendar app updates an event instead of duplicating it. */
	uid: string;
	start: Date;
	end: Date;
	summary: string;
	description?: string;
	location?: string;
	status: 'TENTATIVE' | 'CONFIRMED';
	/** When the booking last changed: DTSTAMP and LAST-MODIFIED. */
	updatedAt: Date;
	url?: string;
}

export interface CalendarDocument {
	/** X-WR-CALNAME: the name calendar apps show for the subscription. */
	name: string;
	description?: string;
	/** Used as DTSTAMP when an event has no updatedAt of its own, and for the calendar itself. */
	events: readonly CalendarEvent[];
}

export const PRODUCT_ID = '-//Quartiers Vivants//Calendriers des salles//FR';
const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
	return value
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

/** 20270329T070000Z */
export function formatUtc(instant: Date): string {
	return instant
		.toISOString()
		.replace(/\.\d{3}Z$/, 'Z')
		.replace(/[-:]/g, '');
}

const encoder = new TextEncoder();
const octets = (s: string) => encoder.encode(s).length;

/**
 * Folds one content line into chunks of at most 75 octets (CRLF excluded), each continuation
 * starting with a space that counts in its 75. Cuts only between code points, so an Arabic or
 * accented letter (2 octets) or an emoji (4) is never split across lines.
 */
export function foldLine(line: string): string {
	if (octets(line) <= MAX_OCTETS) return line;
	const chunks: string[] = [];
	let current = '';
	let size = 0;
	let limit = MAX_OCTETS;
	for (const ch of line) {
		const n = octets(ch);
		if (size + n > limit) {
			chunks.push(current);
			current = '';
			size = 0;
			limit = MAX_OCTETS - 1; // the leading space of a continuation line
		}
		current += ch;
		size += n;
	}
	chunks.push(current);
	return chunks.join(`${CRLF} `);
}

function property(name: string, value: string): string {
	return foldLine(`${name}:${value}`);
}

/** The whole feed, every line ending in CRLF. */
export function renderCalendar(doc: CalendarDocument): string {
	const lines: string[] = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		property('PRODID', PRODUCT_ID),
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		property('X-WR-CALNAME', escapeText(doc.name))
	];
	if (doc.description) lines.push(property('X-WR-CALDESC', escapeText(doc.description)));
	for (const event of doc.events) {
		lines.push(
			'BEGIN:VEVENT',
			property('UID', event.uid),
			property('DTSTAMP', formatUtc(event.updatedAt)),
			property('LAST-MODIFIED', formatUtc(event.updatedAt)),
			property('DTSTART', formatUtc(event.start)),
			property('DTEND', formatUtc(event.end)),
			property('SUMMARY', escapeText(event.summary)),
			property('STATUS', event.status)
		);
		if (event.description) lines.push(property('DESCRIPTION', escapeText(event.description)));
		if (event.location) lines.push(property('LOCATION', escapeText(event.location)));
		if (event.url) lines.push(property('URL', event.url));
		lines.push('TRANSP:OPAQUE', 'END:VEVENT');
	}
	lines.push('END:VCALENDAR');
	return lines.join(CRLF) + CRLF;
}

/** A UID that stays the same for a booking whatever its status or time becomes. */
export function bookingUid(bookingId: string, host: string): string {
	return `booking-${bookingId}@${host}`;
}

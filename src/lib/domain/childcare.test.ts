import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	aggregateGaps,
	bandOfAge,
	CHILDCARE_BANDS,
	coversTime,
	isChildcarePractice,
	missingPlaces,
	parseBandCounts,
	parseChildAges,
	proposals,
	type BandCount,
	type ChildcareSession,
	type NeedingSession
} from './childcare.js';

const [B0, B1, B3] = CHILDCARE_BANDS;
const at = (h: number, m = 0) => new Date(Date.UTC(2027, 0, 5, h, m));
const toddlers = (count: number): BandCount => ({ ...B1, count });

const french: NeedingSession = {
	roomId: 'meeting',
	facilityId: 'amabla',
	at: { lat: 45.777208, lon: 4.860125 },
	startsAt: at(8),
	endsAt: at(10),
	need: [toddlers(2)]
};

function creche(key: string, over: Partial<ChildcareSession> = {}): ChildcareSession {
	return {
		key,
		roomId: 'garden',
		facilityId: 'amabla',
		at: { lat: 45.777208, lon: 4.860125 },
		startsAt: at(7),
		endsAt: at(18),
		places: [toddlers(5), { ...B0, count: 2 }],
		held: [],
		...over
	};
}

describe('age bands', () => {
	it('puts a 2-year-old (24–35 months) in the 1–3 band and nobody of 6 or more in any band', () => {
		expect(bandOfAge(24)).toEqual(B1);
		expect(bandOfAge(35)).toEqual(B1);
		expect(bandOfAge(11)).toEqual(B0);
		expect(bandOfAge(36)).toEqual(B3);
		expect(bandOfAge(72)).toBeNull();
	});

	it('gives every age under 6 years exactly one band', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 71 }), (months) => {
				const inside = CHILDCARE_BANDS.filter((b) => months >= b.minMonths && months < b.maxMonths);
				expect(inside).toHaveLength(1);
				expect(bandOfAge(months)).toEqual(inside[0]);
			})
		);
	});
});

describe('childcare proposals', () => {
	it('ranks the same room before the same facility before a nearby one, and drops what is too far', () => {
		const found = proposals(french, [
			creche('near', { roomId: 'x', facilityId: 'cco', at: { lat: 45.7812, lon: 4.8655 } }),
			creche('far', { roomId: 'y', facilityId: 'paillasse', at: { lat: 45.783542, lon: 4.884424 } }),
			creche('facility'),
			creche('room', { roomId: 'meeting' })
		]);
		expect(found.map((p) => [p.childcare.key, p.proximity])).toEqual([
			['room', 'same_room'],
			['facility', 'same_facility'],
			['near', 'nearby']
		]);
		expect(found[2]!.distanceMetres).toBeGreaterThan(300);
		expect(found[2]!.distanceMetres).toBeLessThanOrEqual(1000);
	});

	it('needs the childcare there from a little before to a little after the session', () => {
		expect(coversTime(creche('a', { startsAt: at(7, 45), endsAt: at(10, 15) }), french)).toBe(true);
		expect(coversTime(creche('a', { startsAt: at(7, 50), endsAt: at(10, 15) }), french)).toBe(false);
		expect(proposals(french, [creche('late', { startsAt: at(8) })])).toEqual([]);
	});

	it('skips childcare with no free place for the ages asked, and puts full cover first', () => {
		const full = creche('full', { held: [toddlers(5)] });
		const partly = creche('partly', { roomId: 'meeting', held: [toddlers(4)] });
		const roomy = creche('roomy', { roomId: 'meeting' });
		const found = proposals(french, [full, partly, roomy]);
		expect(found.map((p) => [p.childcare.key, p.coversAll])).toEqual([
			['roomy', true],
			['partly', false]
		]);
		expect(found[1]!.free).toEqual([toddlers(1)]);
		expect(proposals({ ...french, need: [{ ...B3, count: 1 }] }, [roomy])).toEqual([]);
	});

	it('only ever proposes childcare that covers the time and has a free place asked for (property)', () => {
		const minutes = fc.integer({ min: 0, max: 24 * 60 });
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						start: minutes,
						length: fc.integer({ min: 30, max: 12 * 60 }),
						places: fc.integer({ min: 0, max: 4 }),
						held: fc.integer({ min: 0, max: 4 }),
						where: fc.constantFrom('meeting', 'garden', 'far')
					}),
					{ maxLength: 8 }
				),
				(rows) => {
					const candidates = rows.map((r, i) =>
						creche(String(i), {
							roomId: r.where === 'far' ? 'far' : r.where,
							facilityId: r.where === 'far' ? 'elsewhere' : 'amabla',
							at: r.where === 'far' ? { lat: 45.8, lon: 4.9 } : french.at,
							startsAt: new Date(at(0).getTime() + r.start * 60_000),
							endsAt: new Date(at(0).getTime() + (r.start + r.length) * 60_000),
							places: [toddlers(r.places)],
							held: [toddlers(r.held)]
						})
					);
					const found = proposals(french, candidates);
					for (const p of found) {
						expect(coversTime(p.childcare, french)).toBe(true);
						expect(p.free[0]!.count).toBeGreaterThan(0);
						expect(p.childcare.facilityId).toBe('amabla');
					}
					// Nothing that qualifies is left out.
					const qualifying = candidates.filter(
						(c) => c.facilityId === 'amabla' && coversTime(c, french) && c.places[0]!.count > c.held[0]!.count
					);
					expect(found).toHaveLength(qualifying.length);
					const ranks = found.map((p) => (p.proximity === 'same_room' ? 0 : 1));
					expect(ranks).toEqual([...ranks].sort());
				}
			)
		);
	});
});

describe('childcare gaps', () => {
	it('counts what the linked childcare leaves uncovered, or all of it without a link', () => {
		expect(missingPlaces([toddlers(3), { ...B0, count: 1 }], [toddlers(1), { ...B0, count: 4 }])).toEqual([
			toddlers(2)
		]);
		expect(missingPlaces([toddlers(3)], null)).toEqual([toddlers(3)]);
	});

	it('groups weeks by weekday, times, quartier and band: sessions of one week add up, the worst week counts', () => {
		const gaps = aggregateGaps([
			{ quartier: 'Tonkin', date: '2027-01-07', start: '09:00', end: '11:00', missing: [toddlers(3)] },
			{ quartier: 'Tonkin', date: '2027-01-14', start: '09:00', end: '11:00', missing: [toddlers(2)] },
			{ quartier: 'Tonkin', date: '2027-01-14', start: '09:00', end: '11:00', missing: [toddlers(2)] },
			{ quartier: 'Tonkin', date: '2027-01-05', start: '09:00', end: '11:30', missing: [{ ...B0, count: 1 }] },
			{ quartier: 'Les Buers', date: '2027-01-07', start: '09:00', end: '11:00', missing: [toddlers(1)] }
		]);
		expect(gaps).toEqual([
			{ quartier: 'Tonkin', weekday: 2, start: '09:00', end: '11:30', ...B0, places: 1, weeks: 1 },
			{ quartier: 'Les Buers', weekday: 4, start: '09:00', end: '11:00', ...B1, places: 1, weeks: 1 },
			{ quartier: 'Tonkin', weekday: 4, start: '09:00', end: '11:00', ...B1, places: 4, weeks: 2 }
		]);
	});

	it('never reports more places in a slot than were missing in its sessions altogether (property)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.record({ day: fc.integer({ min: 0, max: 27 }), count: fc.integer({ min: 0, max: 5 }) }), {
					maxLength: 20
				}),
				(rows) => {
					const occurrences = rows.map((r) => ({
						quartier: 'Q',
						date: `2027-02-${String(1 + r.day).padStart(2, '0')}`,
						start: '09:00',
						end: '11:00',
						missing: [toddlers(r.count)]
					}));
					const total = rows.reduce((s, r) => s + r.count, 0);
					const gaps = aggregateGaps(occurrences);
					for (const g of gaps) {
						expect(g.places).toBeGreaterThan(0);
						expect(g.places).toBeLessThanOrEqual(total);
						expect(g.weeks).toBeLessThanOrEqual(4);
					}
					expect(gaps.length > 0).toBe(total > 0);
				}
			)
		);
	});
});

describe('childcare forms', () => {
	const offered = [toddlers(3)];

	it('reads children’s ages in years, skipping empty fields, and keeps no name', () => {
		expect(parseChildAges({ childAge1: '2', childAge2: '', childAge3: ' 1 ' }, offered)).toEqual({
			ok: true,
			children: [
				{ ageMonths: 24, band: B1, field: 'childAge1' },
				{ ageMonths: 12, band: B1, field: 'childAge3' }
			]
		});
	});

	it('refuses, on its own field, an age no offered band covers and text that is not an age', () => {
		expect(parseChildAges({ childAge1: '9', childAge2: 'deux' }, offered)).toEqual({
			ok: false,
			fieldErrors: { childAge1: 'CHILDCARE.AGE_NOT_COVERED', childAge2: 'CHILDCARE.AGE_INVALID' }
		});
		expect(parseChildAges({ childAge1: '0' }, offered)).toEqual({
			ok: false,
			fieldErrors: { childAge1: 'CHILDCARE.AGE_NOT_COVERED' }
		});
	});

	it('reads one count per band, empty meaning none', () => {
		expect(parseBandCounts({ places_0: '', places_12: '4', places_36: '0' }, 'places')).toEqual({
			ok: true,
			counts: [toddlers(4)]
		});
		expect(parseBandCounts({ need_12: '-1', need_36: '500' }, 'need')).toEqual({
			ok: false,
			fieldErrors: { need_12: 'CHILDCARE.COUNT_INVALID', need_36: 'CHILDCARE.COUNT_INVALID' }
		});
	});
});

describe('childcare practices', () => {
	it('counts the crèche and childcare during classes, not a place where parents stay with their children', () => {
		expect(isChildcarePractice({ publics: ['children_0_3', 'families'], themes: ['JEU', 'INS', 'SER'] })).toBe(true);
		expect(isChildcarePractice({ publics: ['children_0_3', 'families'], themes: ['JEU', 'COH', 'EDU'] })).toBe(false);
		expect(isChildcarePractice({ publics: ['women'], themes: ['INS'] })).toBe(false);
	});
});

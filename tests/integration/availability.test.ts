/** Alternatives to a taken slot and the availability search, counted exactly on both engines. */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { forEachEngine } from './engines.js';
import { availabilityFixture, at, TUESDAYS } from './availability-fixture.js';
import { findAlternatives } from '#lib/server/bookings/alternatives.js';
import { countConflicts } from '#lib/server/bookings/conflict-counts.js';
import { practice, schoolCalendarYear, schoolHoliday } from '#lib/server/db/schema.js';
import { searchAvailability } from '#lib/server/use-cases/search-availability.js';
import type { AvailabilitySearch } from '#lib/domain/availability-search.js';

forEachEngine('availability: alternatives', (use) => {
	let fx: Awaited<ReturnType<typeof availabilityFixture>>;
	const occurrences = () => TUESDAYS.map((date) => ({ date, interval: at(date) }));

	it('sets up a commune with bookings and a closure', async () => {
		fx = await availabilityFixture(use().db);
	});

	it('counts conflicts of many rooms × many dates in one query, closures included', async () => {
		const { A, B, C, D, E } = fx.rooms;
		const counts = await countConflicts(use().db, [
			{ roomIds: [A, B, C, D, E], intervals: occurrences().map((o) => o.interval) },
			{ roomIds: [A], intervals: [at('2027-03-02', '12:00', '13:00')] },
			{ roomIds: [], intervals: [at('2027-03-02')] }
		]);
		expect(counts).toEqual([[5, 2, 1, 0, 0], [0], []]);
	});

	it('offers other fitting rooms of the commune, freest first, then the same quartier', async () => {
		const result = await findAlternatives(use().db, {
			roomId: fx.rooms.A,
			occurrences: occurrences(),
			practiceId: fx.practiceId
		});
		expect(result.total).toBe(5);
		expect(result.rooms.map((r) => [r.name, r.conflicts])).toEqual([
			['Salle E', 0],
			['Salle C', 1],
			['Salle B', 2]
		]);
		expect(result.rooms[0]!.fit?.verdict).toBe('fits');
		expect(result.rooms.find((r) => r.name === 'Salle D')).toBeUndefined();
	});

	it('without a practice, every other room of the commune is offered', async () => {
		const result = await findAlternatives(use().db, { roomId: fx.rooms.A, occurrences: occurrences() });
		expect(result.rooms.map((r) => r.name)).toEqual(['Salle E', 'Salle D', 'Salle C', 'Salle B']);
		expect(result.rooms[0]!.fit).toBeNull();
	});

	it('offers other times in the same room within its opening hours, free ones first', async () => {
		const result = await findAlternatives(use().db, { roomId: fx.rooms.A, occurrences: occurrences() });
		expect(result.times[0]).toEqual({
			startTime: '12:00',
			endTime: '15:00',
			dayOffset: 0,
			firstDate: '2027-03-02',
			conflicts: 0
		});
		// 12:00 to 15:00 starts are free; earlier ones overlap the held mornings; none ends after 18:00.
		const sameDay = result.times.filter((t) => t.dayOffset === 0);
		expect(sameDay.every((t) => t.conflicts === 0 && t.startTime >= '12:00' && t.endTime <= '18:00')).toBe(true);
		expect(sameDay).toHaveLength(7);
		expect(result.times.at(-1)).toEqual({
			startTime: '09:00',
			endTime: '12:00',
			weekday: 4,
			dayOffset: 2,
			firstDate: '2027-03-04',
			conflicts: 1
		});
	});

	it('with a practice given through an initiative that does not exist, falls back to no fit', async () => {
		const result = await findAlternatives(use().db, {
			roomId: fx.rooms.A,
			occurrences: occurrences(),
			initiativeId: 'nope'
		});
		expect(result.rooms).toHaveLength(4);
	});
});

forEachEngine('availability: search', (use) => {
	let fx: Awaited<ReturnType<typeof availabilityFixture>>;
	let slug = '';
	const search = (over: Partial<AvailabilitySearch> = {}): AvailabilitySearch => ({
		practice: slug,
		quartier: fx.quartiers.q1,
		initiative: null,
		weekdays: ['TU'],
		start: '09:00',
		end: '12:00',
		filter: 'all',
		from: '2027-03-01',
		until: '2027-03-31',
		...over
	});
	const run = async (over: Partial<AvailabilitySearch> = {}) => {
		const outcome = await searchAvailability(use(), search(over));
		if (!outcome.ok) throw new Error(JSON.stringify(outcome.fieldErrors));
		return outcome.value;
	};

	it('sets up a commune and its school calendar', async () => {
		const { db } = use();
		fx = await availabilityFixture(db);
		const [p] = await db.select({ slug: practice.slug }).from(practice).where(eq(practice.id, fx.practiceId));
		slug = p!.slug;
		await db.insert(schoolCalendarYear).values({ zone: 'C', schoolYear: '2026-2027', complete: true, source: 'test' });
		await db.insert(schoolHoliday).values({
			id: randomUUID(),
			zone: 'C',
			schoolYear: '2026-2027',
			name: 'Vacances d’hiver',
			startsOn: '2027-03-06',
			resumesOn: '2027-03-22'
		});
	});

	it('ranks the rooms that fit, freest first, with exact counts of dates taken', async () => {
		const result = await run();
		expect(result.total).toBe(5);
		expect(result.notFitting).toBe(1);
		expect(result.results.map((r) => [r.name, r.conflicts, r.total, r.fit?.verdict])).toEqual([
			['Salle E', 0, 5, 'fits'],
			['Salle C', 1, 5, 'fits'],
			['Salle B', 2, 5, 'fits'],
			['Salle A', 5, 5, 'fits']
		]);
		expect(result.results[0]!.bookQuery).toBe(
			'date=2027-03-02&start=09%3A00&end=12%3A00&byday=TU&until=2027-03-31&filter=all'
		);
	});

	it('school periods only: the holiday weeks are left out and said so', async () => {
		const result = await run({ filter: 'school_periods' });
		expect(result.total).toBe(3);
		expect(result.skipped).toEqual({ school_holiday: 2 });
		expect(Object.fromEntries(result.results.map((r) => [r.name, r.conflicts]))).toEqual({
			'Salle E': 0,
			'Salle C': 1,
			'Salle B': 1,
			'Salle A': 3
		});
	});

	it('says when the school calendar is not loaded for the dates', async () => {
		const result = await run({ filter: 'school_periods', from: '2027-09-01', until: '2027-09-30' });
		expect(result.total).toBe(0);
		expect(result.skipped).toEqual({ calendar_unknown: 4 });
	});

	it('without a practice, every room of the commune; a later time frees room A', async () => {
		const result = await run({ practice: null, start: '12:00', end: '13:00' });
		expect(result.notFitting).toBe(0);
		expect(result.results.map((r) => [r.name, r.conflicts])).toEqual([
			['Salle A', 0],
			['Salle D', 0],
			['Salle B', 1],
			['Salle E', 1],
			['Salle C', 1]
		]);
	});

	it('refuses a practice or quartier that does not exist, on its field', async () => {
		expect(await searchAvailability(use(), search({ practice: 'nope' }))).toEqual({
			ok: false,
			fieldErrors: { practice: 'CHOICE.INVALID' }
		});
		expect(await searchAvailability(use(), search({ quartier: 'nope' }))).toEqual({
			ok: false,
			fieldErrors: { quartier: 'CHOICE.INVALID' }
		});
	});
});

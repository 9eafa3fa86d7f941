/** Alternatives to a taken slot, counted exactly on both engines. */
import { expect, it } from 'vitest';
import { forEachEngine } from './engines.js';
import { availabilityFixture, at, TUESDAYS } from './availability-fixture.js';
import { findAlternatives } from '#lib/server/bookings/alternatives.js';
import { countConflicts } from '#lib/server/bookings/conflict-counts.js';

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

/**
 * The race invariant through the use case, in-process: of 200 overlapping requests for one slot,
 * exactly one holds it and every other is told CONFLICT (the API's 409), nothing else — run one
 * after another (PGlite is single-connection) and, on PostgreSQL, all at once over the pool.
 * The two-process run over HTTP is tests/race/booking-race.test.ts.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { forEachEngine } from './engines.js';
import { raceFixture, racerBody, RACERS } from './race-fixture.js';
import { booking } from '#lib/server/db/schema.js';
import { requestBooking } from '#lib/server/use-cases/request-booking.js';
import { bookingRequestFromApi } from '#lib/domain/booking-request-form.js';

const NOW = new Date('2028-11-01T09:00:00Z');

forEachEngine(
	'race for one slot, through the use case',
	(use, engine) => {
		const run = async (roomId: string, organisationId: string, i: number) => {
			const parsed = bookingRequestFromApi(racerBody(roomId, i), organisationId);
			if (!parsed.ok) throw new Error(JSON.stringify(parsed.fieldErrors));
			const result = await requestBooking(use(), { kind: 'api', organisationId }, parsed.request, NOW);
			return result.ok ? 'held' : result.reason;
		};
		const held = async (roomId: string) => {
			const [row] = await use()
				.db.select({ n: sql<number>`count(*)::int` })
				.from(booking)
				.where(and(eq(booking.roomId, roomId), inArray(booking.status, ['pending', 'confirmed'])));
			return Number(row!.n);
		};
		const tally = (outcomes: string[]) =>
			outcomes.reduce<Record<string, number>>((t, o) => ({ ...t, [o]: (t[o] ?? 0) + 1 }), {});

		it(`serially: one of ${RACERS} holds the slot, every other gets CONFLICT`, async () => {
			const { roomId, organisationId } = await raceFixture(use().db);
			const outcomes: string[] = [];
			for (let i = 0; i < RACERS; i++) outcomes.push(await run(roomId, organisationId, i));
			expect(tally(outcomes)).toEqual({ held: 1, CONFLICT: RACERS - 1 });
			expect(outcomes[0]).toBe('held');
			expect(await held(roomId)).toBe(1);
		});

		if (engine.name === 'postgres')
			it(`all at once over the pool: still exactly one of ${RACERS}`, async () => {
				const { roomId, organisationId } = await raceFixture(use().db);
				const outcomes = await Promise.all(Array.from({ length: RACERS }, (_, i) => run(roomId, organisationId, i)));
				expect(tally(outcomes)).toEqual({ held: 1, CONFLICT: RACERS - 1 });
				expect(await held(roomId)).toBe(1);
			});
	},
	{ RATE_LIMITS: 'false' }
);

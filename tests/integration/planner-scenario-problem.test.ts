/**
 * A scenario read as the solver's problem: existing rooms as they are, with the reference week's
 * held bookings and closures as fixed occupancy; planned rooms and activities as stored.
 */
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { forEachEngine } from './engines.js';
import { seedTerritory } from './booking-fixtures.js';
import {
	plannerActivity,
	plannerRoom,
	plannerScenario,
	plannerUpgrade,
	room,
	roomClosure
} from '#lib/server/db/schema.js';
import { insertBookings } from '#lib/server/bookings/store.js';
import { loadScenarioProblem } from '#lib/server/planner/scenario-problem.js';
import { localInterval, toRangeLiteral } from '#lib/domain/zoned-time.js';
import { eq } from 'drizzle-orm';

forEachEngine('loadScenarioProblem', (use) => {
	it('is null for an unknown scenario', async () => {
		expect(await loadScenarioProblem(use().db, 'nope')).toBeNull();
	});

	it('reads rooms, bookings of the reference week, closures, activities and upgrades', async () => {
		const { db } = use();
		const t = await seedTerritory(db);
		await db
			.update(room)
			.set({
				kitchenLevel: 'reheating',
				openingHours: [{ weekday: 2, start: '09:00', end: '18:00' }]
			})
			.where(eq(room.id, t.roomId));
		const scenarioId = randomUUID();
		await db.insert(plannerScenario).values({
			id: scenarioId,
			name: 'Renouvellement',
			communeId: t.communeId,
			slotMinutes: 30,
			budgetEuros: 40_000,
			referenceWeek: '2029-10-22'
		});
		const existingId = randomUUID();
		const plannedId = randomUUID();
		await db.insert(plannerRoom).values([
			{ id: existingId, scenarioId, position: 0, roomId: t.roomId, label: 'Salle polyvalente' },
			{
				id: plannedId,
				scenarioId,
				position: 1,
				label: 'Future salle',
				equipment: { areaM2: 70, kitchenLevel: 'full', childToilets: true },
				openingHours: [{ weekday: 1, start: '08:00', end: '12:00' }]
			}
		]);
		const activityId = randomUUID();
		await db.insert(plannerActivity).values({
			id: activityId,
			scenarioId,
			label: 'Atelier couture',
			requirements: { minAreaM2: 50, waterPoint: true },
			sessionsPerWeek: 2,
			sessionMinutes: 150,
			windows: ['school_hours'],
			priority: 7,
			organisationId: t.organisationId
		});
		await db.insert(plannerUpgrade).values({
			id: randomUUID(),
			scenarioId,
			plannerRoomId: existingId,
			kind: 'area',
			amountM2: 8,
			costEuros: 16_000,
			label: '+8 m²'
		});
		// Held in the reference week: a confirmed Tuesday booking and a pending Thursday one; a
		// refused one and one the week after are not occupancy.
		const at = (date: string, start: string, end: string) => localInterval(date, start, end, 'Europe/Paris');
		await insertBookings(db, [
			{
				id: randomUUID(),
				roomId: t.roomId,
				organisationId: t.organisationId,
				title: 'A',
				status: 'confirmed',
				interval: at('2029-10-23', '10:00', '12:00')
			},
			{
				id: randomUUID(),
				roomId: t.roomId,
				organisationId: null,
				title: 'B',
				status: 'pending',
				interval: at('2029-10-25', '14:00', '15:30')
			},
			{
				id: randomUUID(),
				roomId: t.roomId,
				organisationId: null,
				title: 'C',
				status: 'refused',
				interval: at('2029-10-26', '14:00', '15:30')
			},
			{
				id: randomUUID(),
				roomId: t.roomId,
				organisationId: null,
				title: 'D',
				status: 'confirmed',
				interval: at('2029-10-30', '14:00', '15:30')
			}
		]);
		await db.insert(roomClosure).values({
			id: randomUUID(),
			roomId: t.roomId,
			during: toRangeLiteral(at('2029-10-27', '08:00', '20:00')),
			reason: 'Travaux'
		});

		const problem = await loadScenarioProblem(db, scenarioId);
		expect(problem).not.toBeNull();
		expect(problem!.grid).toEqual({ slotMinutes: 30, dayStart: 480, dayEnd: 1320 });
		expect(problem!.settings).toEqual({ budget: 40_000, timeLimitSeconds: 20, relativeGap: 0 });
		const [existing, planned] = problem!.rooms;
		expect(existing).toMatchObject({
			id: existingId,
			existing: true,
			facilityId: t.facilityId,
			equipment: { areaM2: 60, kitchenLevel: 'reheating' },
			open: [{ weekday: 2, start: 540, end: 1080 }],
			busy: [
				{ weekday: 2, start: 600, end: 720 },
				{ weekday: 4, start: 840, end: 930 },
				{ weekday: 6, start: 480, end: 1200 }
			],
			busyOrganisationIds: [t.organisationId]
		});
		expect(planned).toMatchObject({
			id: plannedId,
			existing: false,
			facilityId: null,
			equipment: { areaM2: 70, kitchenLevel: 'full', childToilets: true, toilets: false },
			open: [{ weekday: 1, start: 480, end: 720 }],
			busy: []
		});
		expect(problem!.activities).toEqual([
			expect.objectContaining({
				id: activityId,
				requirements: expect.objectContaining({ minAreaM2: 50, waterPoint: true, kitchenLevel: 'none' }),
				sessionsPerWeek: 2,
				sessionMinutes: 150,
				windows: ['school_hours'],
				priority: 7,
				itinerant: false,
				organisationId: t.organisationId
			})
		]);
		expect(problem!.upgrades).toEqual([
			expect.objectContaining({ roomId: existingId, kind: 'area', amountM2: 8, cost: 16_000, kitchenLevel: null })
		]);
	});
});

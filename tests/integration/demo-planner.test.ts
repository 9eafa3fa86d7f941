/**
 * The demo scenario lets the acceptance run: for Les Buers, the itinerant crèche, the
 * women's restaurant and the textile workshops (intercultural women's space), two existing rooms
 * and one planned room. Without works the restaurant fits no room; with "+8 m²" and "a full
 * kitchen" every activity fits a room, within budget, and each has enough days with a free,
 * open, allowed slot in such a room (checked activity by activity: the solver does the rest).
 */
import { expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { forEachEngine } from './engines.js';
import { seedCatalogue } from '#lib/server/catalogue/seed-catalogue.js';
import { seedDemo } from '#lib/server/demo/seed-demo.js';
import { DEMO_SCENARIO_NAME } from '#lib/server/demo/planner-demo.js';
import { plannerScenario, user } from '#lib/server/db/schema.js';
import { loadScenarioProblem } from '#lib/server/planner/scenario-problem.js';
import { fitsAfter } from '#lib/domain/planner/upgrades.js';
import { allowedIntervals, overlaps, within } from '#lib/domain/planner/windows.js';
import {
	sessionLength,
	WEEK,
	type PlanActivity,
	type PlanProblem,
	type PlanRoom
} from '#lib/domain/planner/problem.js';

/** Days of the week on which the activity could have one session in the room, alone. */
function usableDays(problem: PlanProblem, activity: PlanActivity, room: PlanRoom): number {
	const { slotMinutes, dayStart, dayEnd } = problem.grid;
	const length = sessionLength(activity, problem.grid);
	const allowed = allowedIntervals(activity.windows);
	let days = 0;
	for (const weekday of WEEK) {
		for (let start = dayStart; start + length <= dayEnd; start += slotMinutes) {
			const end = start + length;
			const open = room.open.length === 0 || within(room.open, weekday, start, end);
			const inWindow = allowed === null || within(allowed, weekday, start, end);
			if (open && inWindow && !overlaps(room.busy, weekday, start, end)) {
				days += 1;
				break;
			}
		}
	}
	return days;
}

forEachEngine('the demo planner scenario', (use) => {
	it('is seeded for the demo planner, and buying "+8 m² and a full kitchen" within budget lets everything fit', async () => {
		const { db } = use();
		await seedCatalogue(db);
		expect(await seedDemo(db)).toBe('seeded');
		const [s] = await db
			.select({ id: plannerScenario.id, createdBy: user.email })
			.from(plannerScenario)
			.innerJoin(user, eq(user.id, plannerScenario.createdBy))
			.where(eq(plannerScenario.name, DEMO_SCENARIO_NAME));
		expect(s?.createdBy).toBe('programmiste@demo.quartiers-vivants.fr');
		const problem = (await loadScenarioProblem(db, s!.id))!;
		expect(problem.activities.map((a) => a.label)).toEqual([
			'Crèche itinérante',
			'Restaurant d’insertion tenu par des femmes',
			'Espace interculturel de femmes : création et débats'
		]);
		expect(problem.rooms.map((r) => [r.existing, r.equipment.areaM2, r.equipment.kitchenLevel])).toEqual([
			[true, 42, 'reheating'],
			[true, 120, 'reheating'],
			[false, 52, 'reheating']
		]);
		expect(problem.upgrades.map((u) => [u.kind, u.amountM2, u.kitchenLevel])).toEqual(
			expect.arrayContaining([
				['area', 8, null],
				['kitchen', 0, 'full']
			])
		);
		const cost = problem.upgrades.reduce((sum, u) => sum + u.cost, 0);
		expect(cost).toBeLessThanOrEqual(problem.settings.budget);

		const [creche, restaurant, textile] = problem.activities as [PlanActivity, PlanActivity, PlanActivity];
		const upgradesOf = (room: PlanRoom) => problem.upgrades.filter((u) => u.roomId === room.id);
		// Without works, the restaurant fits nowhere.
		expect(problem.rooms.some((r) => fitsAfter(r.equipment, [], restaurant.requirements))).toBe(false);
		// With them, each activity has a room, and enough usable days there for its sessions.
		for (const activity of [creche, restaurant, textile]) {
			const days = problem.rooms
				.filter((r) => fitsAfter(r.equipment, upgradesOf(r), activity.requirements))
				.map((r) => usableDays(problem, activity, r));
			expect(Math.max(0, ...days), activity.label).toBeGreaterThanOrEqual(activity.sessionsPerWeek);
		}
		// "+8 m²" alone, or the kitchen alone, is not enough for the restaurant.
		const planned = problem.rooms.find((r) => !r.existing)!;
		for (const u of upgradesOf(planned)) expect(fitsAfter(planned.equipment, [u], restaurant.requirements)).toBe(false);
	});
});

/**
 * One demo scenario for the demo planner (programmiste@), so that the planner shows a programme
 * at work: Les Buers, the three practices the acceptance names (the itinerant crèche, the
 * women's insertion restaurant, and the intercultural women's space whose workshops are textile
 * and design), two existing rooms of the quartier and one planned room, "+8 m²" and "a full
 * kitchen" as candidate works, and a budget that covers both. No run: solving is the visitor's move.
 *
 * The figures that make the story hold (fit: src/lib/domain/fit.ts; rooms: seed-demo.ts ROOMS):
 * - Salle petite enfance (La Paillasse Saône, Les Buers): 42 m², reheating kitchen, child toilets,
 *   changing table, van access. The crèche (40 m², reheating, child toilets) fits it as it is;
 *   the crèche's own circuit holds it on Thursdays and Fridays of the demo weeks.
 * - Grande salle (CCO, Les Buers): 120 m², reheating kitchen, 200 m² outdoor. The intercultural
 *   space (50 m², 50 m² outdoor, 4 m² storage) fits it as it is; the restaurant does not (full
 *   kitchen), and its 12:30–14:00 closing leaves no six-hour slot anyway.
 * - The planned "Cuisine du pôle des Buers": 52 m², reheating kitchen, 8 m² storage, toilets,
 *   step-free, water. The restaurant (60 m², full kitchen, 8 m² storage) fits it only with
 *   "+8 m²" and "a full kitchen": without them, the restaurant is served nowhere.
 * Demand is the catalogue's, brought within reach as any practice added in the editor is
 * (servable-demand.ts): the crèche's day is cut to ten hours (its windows run 8:00–18:30, an
 * eleven-hour day fits nowhere on an hourly grid) and the restaurant runs four days (school hours
 * have no Wednesday, and mornings alone are too short for its six hours).
 */
import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import {
	commune,
	facility,
	plannerActivity,
	plannerRoom,
	plannerScenario,
	plannerScenarioQuartier,
	plannerUpgrade,
	practice,
	quartier,
	room,
	user
} from '../db/schema.js';
import { activityFromPractice, practiceActivityColumns } from '../planner/practice-activity.js';
import { themeDemand } from '../planner/editor.js';
import { DEFAULT_GRID } from '#lib/domain/planner/problem.js';
import { DEFAULT_UNIT_PRICES, kitchenUpgradeCost } from '#lib/domain/planner/upgrade-costs.js';
import { nextMonday } from '#lib/domain/planner/scenario-forms.js';
import { toLocal } from '#lib/domain/zoned-time.js';
import type { RoomEquipment } from '#lib/domain/vocabulary.js';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

export const DEMO_SCENARIO_NAME = 'Les Buers — programme des rez-de-chaussée';
export const DEMO_PLANNED_ROOM = 'Cuisine du pôle des Buers (projet)';

const PLANNED_EQUIPMENT: RoomEquipment = {
	areaM2: 52,
	kitchenLevel: 'reheating',
	toilets: true,
	childToilets: false,
	changingTable: false,
	storageM2: 8,
	outdoorM2: 0,
	stepFree: true,
	vanAccess: false,
	waterPoint: true
};

/** The practices of the scenario, in the order the planner added them. */
const PRACTICES = ['creche-itinerante', 'restaurant-insertion-femmes', 'espace-interculturel-femmes'];

/** Runs inside the demo seed's transaction, after rooms, needs and bookings. */
export async function seedDemoPlanner(tx: Tx, now = new Date()): Promise<void> {
	const [buers] = await tx
		.select({ id: quartier.id, communeId: quartier.communeId })
		.from(quartier)
		.where(eq(quartier.qpvCode, 'QN06921M'));
	const [planner] = await tx
		.select({ id: user.id })
		.from(user)
		.where(eq(user.email, 'programmiste@demo.quartiers-vivants.fr'));
	const practices = await tx
		.select({ ...practiceActivityColumns, slug: practice.slug })
		.from(practice)
		.where(and(inArray(practice.slug, PRACTICES), eq(practice.status, 'published')));
	const rooms = await tx
		.select({ id: room.id, name: room.name, facilityName: facility.name })
		.from(room)
		.innerJoin(facility, eq(facility.id, room.facilityId))
		.where(and(inArray(room.name, ['Grande salle', 'Salle petite enfance']), eq(facility.quartierId, buers?.id ?? '')));
	// Without the catalogue (a database seeded for tests only) there is nothing to plan with.
	if (!buers || !planner || practices.length !== PRACTICES.length || rooms.length !== 2) return;
	const [timeZone] = await tx.select({ tz: commune.timeZone }).from(commune).where(eq(commune.id, buers.communeId));

	const scenarioId = randomUUID();
	await tx.insert(plannerScenario).values({
		id: scenarioId,
		name: DEMO_SCENARIO_NAME,
		description:
			'Crèche itinérante, restaurant d’insertion et ateliers textile de femmes : deux salles existantes et une cuisine à construire dans le projet de renouvellement.',
		communeId: buers.communeId,
		budgetEuros: 50000,
		referenceWeek: nextMonday(toLocal(now, timeZone?.tz ?? 'Europe/Paris').date),
		createdBy: planner.id
	});
	await tx.insert(plannerScenarioQuartier).values({ scenarioId, quartierId: buers.id });

	const demand = await themeDemand(tx, [buers.id]);
	const ordered = PRACTICES.map((slug) => practices.find((p) => p.slug === slug)!);
	await tx.insert(plannerActivity).values(
		ordered.map((p, position) => ({
			id: randomUUID(),
			scenarioId,
			position,
			// The scenario above keeps the table's default grid, which is DEFAULT_GRID.
			...activityFromPractice(p, DEFAULT_GRID, demand).values
		}))
	);

	const existing = ['Salle petite enfance', 'Grande salle'].map((name) => rooms.find((r) => r.name === name)!);
	await tx.insert(plannerRoom).values(
		existing.map((r, position) => ({
			id: randomUUID(),
			scenarioId,
			position,
			roomId: r.id,
			label: `${r.name} — ${r.facilityName}`,
			quartierId: buers.id
		}))
	);
	const plannedId = randomUUID();
	await tx.insert(plannerRoom).values({
		id: plannedId,
		scenarioId,
		position: existing.length,
		roomId: null,
		label: DEMO_PLANNED_ROOM,
		quartierId: buers.id,
		equipment: PLANNED_EQUIPMENT,
		openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '18:30' }))
	});
	await tx.insert(plannerUpgrade).values([
		{
			id: randomUUID(),
			scenarioId,
			plannerRoomId: plannedId,
			kind: 'area',
			amountM2: 8,
			kitchenLevel: null,
			costEuros: 8 * DEFAULT_UNIT_PRICES.area,
			label: ''
		},
		{
			id: randomUUID(),
			scenarioId,
			plannerRoomId: plannedId,
			kind: 'kitchen',
			amountM2: 0,
			kitchenLevel: 'full',
			costEuros: kitchenUpgradeCost('reheating', 'full'),
			label: ''
		}
	]);
}

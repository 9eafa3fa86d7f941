/**
 * Planner problems for tests: a few named pieces to build hand-made instances from, and a
 * fast-check arbitrary of random small/medium problems (rooms with opening hours and bookings off
 * the grid, activities with windows, candidate upgrades, a budget). Test support only, shared by
 * the greedy, validator, exhaustive-search and solver tests; never imported by the application.
 */
import fc from 'fast-check';
import {
	KITCHEN_LEVELS,
	TIME_WINDOWS,
	type PracticeRequirements,
	type RoomEquipment,
	type TimeWindow
} from '../vocabulary.js';
import {
	UPGRADE_KINDS,
	type CandidateUpgrade,
	type Grid,
	type PlanActivity,
	type PlanProblem,
	type PlanRoom,
	type Weekday,
	type WeeklyInterval
} from '../planner/problem.js';

export const plainRoom: RoomEquipment = {
	areaM2: 40,
	kitchenLevel: 'none',
	toilets: true,
	childToilets: false,
	changingTable: false,
	storageM2: 0,
	outdoorM2: 0,
	stepFree: true,
	vanAccess: true,
	waterPoint: true
};

export const noNeeds: PracticeRequirements = {
	minAreaM2: 0,
	kitchenLevel: 'none',
	toilets: false,
	childToilets: false,
	changingTable: false,
	storageM2: 0,
	outdoorM2: 0,
	stepFree: false,
	vanAccess: false,
	waterPoint: false
};

export function room(id: string, extra: Partial<PlanRoom> = {}, equipment: Partial<RoomEquipment> = {}): PlanRoom {
	return {
		id,
		label: id,
		quartierId: 'q1',
		facilityId: null,
		existing: true,
		equipment: { ...plainRoom, ...equipment },
		open: [],
		busy: [],
		busyOrganisationIds: [],
		...extra
	};
}

export function activity(
	id: string,
	extra: Partial<PlanActivity> = {},
	requirements: Partial<PracticeRequirements> = {}
): PlanActivity {
	return {
		id,
		label: id,
		practiceId: null,
		organisationId: null,
		requirements: { ...noNeeds, ...requirements },
		sessionsPerWeek: 1,
		sessionMinutes: 60,
		windows: [],
		priority: 5,
		itinerant: false,
		...extra
	};
}

export function upgrade(id: string, roomId: string, extra: Partial<CandidateUpgrade> = {}): CandidateUpgrade {
	return { id, roomId, kind: 'area', amountM2: 8, kitchenLevel: null, cost: 1000, label: id, ...extra };
}

export function problem(parts: Partial<PlanProblem> = {}): PlanProblem {
	return {
		grid: { slotMinutes: 60, dayStart: 8 * 60, dayEnd: 22 * 60 },
		rooms: [],
		activities: [],
		upgrades: [],
		settings: { budget: 0, timeLimitSeconds: 5, relativeGap: 0 },
		...parts
	};
}

const weekday = fc.integer({ min: 1, max: 7 }) as fc.Arbitrary<Weekday>;

/** Intervals on quarter hours, so that bookings and opening hours need not sit on the grid. */
const interval = (grid: Grid, maxQuarters: number): fc.Arbitrary<WeeklyInterval> =>
	fc
		.record({
			weekday,
			start: fc.integer({ min: (grid.dayStart - 60) / 15, max: (grid.dayEnd - 60) / 15 }),
			quarters: fc.integer({ min: 1, max: maxQuarters })
		})
		.map(({ weekday, start, quarters }) => ({ weekday, start: start * 15, end: (start + quarters) * 15 }));

/** Rooms are mostly well equipped, so that the question is usually when and where, not whether. */
const often = fc.constantFrom(true, true, true, false);

const equipment: fc.Arbitrary<RoomEquipment> = fc.record({
	areaM2: fc.integer({ min: 15, max: 90 }),
	kitchenLevel: fc.constantFrom(...KITCHEN_LEVELS),
	toilets: often,
	childToilets: often,
	changingTable: often,
	storageM2: fc.integer({ min: 0, max: 8 }),
	outdoorM2: fc.constantFrom(0, 0, 10, 40),
	stepFree: often,
	vanAccess: often,
	waterPoint: often
});

const rarely = fc.constantFrom(false, false, true);

/** Mostly modest needs, so that many activities fit somewhere, some only after upgrades. */
const requirements: fc.Arbitrary<PracticeRequirements> = fc.record({
	minAreaM2: fc.integer({ min: 0, max: 50 }),
	kitchenLevel: fc.constantFrom(
		'none' as const,
		'none' as const,
		'none' as const,
		'reheating' as const,
		'full' as const
	),
	toilets: rarely,
	childToilets: rarely,
	changingTable: fc.constant(false),
	storageM2: fc.constantFrom(0, 0, 0, 2, 6),
	outdoorM2: fc.constantFrom(0, 0, 0, 0, 0, 20),
	stepFree: rarely,
	vanAccess: rarely,
	waterPoint: rarely
});

const windows: fc.Arbitrary<TimeWindow[]> = fc.uniqueArray(fc.constantFrom(...TIME_WINDOWS), { maxLength: 2 });

export interface ProblemSize {
	maxRooms: number;
	maxActivities: number;
	maxUpgrades: number;
}

export const SMALL: ProblemSize = { maxRooms: 3, maxActivities: 4, maxUpgrades: 4 };
export const MEDIUM: ProblemSize = { maxRooms: 6, maxActivities: 12, maxUpgrades: 10 };

/** Random planner problems with ids r0…, a0…, u0… */
export function arbitraryProblem(size: ProblemSize = SMALL): fc.Arbitrary<PlanProblem> {
	const grid: fc.Arbitrary<Grid> = fc.record({
		slotMinutes: fc.constantFrom(30 as const, 60 as const),
		dayStart: fc.constantFrom(420, 480, 510),
		dayEnd: fc.constantFrom(1080, 1200, 1320)
	});
	return grid.chain((g) =>
		fc
			.record({
				rooms: fc.array(
					fc.record({
						quartierId: fc.constantFrom('q1', 'q2', 'q3', null),
						existing: fc.boolean(),
						equipment,
						open: fc.oneof(
							{ arbitrary: fc.constant<WeeklyInterval[]>([]), weight: 2 },
							{ arbitrary: fc.array(interval(g, 48), { minLength: 1, maxLength: 10 }), weight: 1 }
						),
						busy: fc.array(interval(g, 16), { maxLength: 5 })
					}),
					{ minLength: 1, maxLength: size.maxRooms }
				),
				activities: fc.array(
					fc.record({
						requirements,
						sessionsPerWeek: fc.integer({ min: 0, max: 5 }),
						sessionMinutes: fc.constantFrom(45, 60, 90, 120, 180),
						windows,
						priority: fc.integer({ min: 1, max: 10 }),
						itinerant: fc.boolean()
					}),
					{ minLength: 1, maxLength: size.maxActivities }
				),
				upgrades: fc.array(
					fc.record({
						room: fc.nat(),
						kind: fc.constantFrom(...UPGRADE_KINDS),
						amountM2: fc.integer({ min: 1, max: 15 }),
						kitchenLevel: fc.constantFrom('reheating' as const, 'full' as const),
						cost: fc.integer({ min: 0, max: 6000 })
					}),
					{ maxLength: size.maxUpgrades }
				),
				budget: fc.integer({ min: 0, max: 10_000 })
			})
			.map(({ rooms, activities, upgrades, budget }) => ({
				grid: g,
				rooms: rooms.map((r, i) => ({
					id: `r${i}`,
					label: `Room ${i}`,
					facilityId: null,
					busyOrganisationIds: [],
					...r
				})),
				activities: activities.map((a, i) => ({
					id: `a${i}`,
					label: `Activity ${i}`,
					practiceId: null,
					organisationId: null,
					...a
				})),
				upgrades: upgrades.map((u, i) => ({
					id: `u${i}`,
					roomId: `r${u.room % rooms.length}`,
					kind: u.kind,
					amountM2: ['area', 'storage', 'outdoor'].includes(u.kind) ? u.amountM2 : 0,
					kitchenLevel: u.kind === 'kitchen' ? u.kitchenLevel : null,
					cost: u.cost,
					label: `Upgrade ${i}`
				})),
				settings: { budget, timeLimitSeconds: 5, relativeGap: 0 }
			}))
	);
}

/**
 * Problems small enough for the exhaustive search: a morning grid (8:00–12:00, hourly), rooms open
 * on one or two of Monday and Wednesday, at most 3 rooms, 3 activities and 4 candidate upgrades.
 */
export function arbitraryTinyProblem(): fc.Arbitrary<PlanProblem> {
	return fc
		.tuple(
			arbitraryProblem({ maxRooms: 3, maxActivities: 3, maxUpgrades: 4 }),
			fc.array(fc.constantFrom<Weekday[]>([1], [3], [1, 3]), { minLength: 3, maxLength: 3 })
		)
		.map(([p, days]) => ({
			...p,
			grid: { slotMinutes: 60, dayStart: 8 * 60, dayEnd: 12 * 60 },
			rooms: p.rooms.map((r, i) => ({
				...r,
				open: days[i]!.map((weekday) => ({ weekday, start: 8 * 60, end: 12 * 60 }))
			})),
			activities: p.activities.map((a) => ({
				...a,
				sessionsPerWeek: Math.min(a.sessionsPerWeek, 2),
				sessionMinutes: Math.min(a.sessionMinutes, 120)
			}))
		}));
}

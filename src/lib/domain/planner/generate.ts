/**
 * Seeded planner instances for the benchmark and the tests: the same seed and sizes always give
 * the same problem, so a figure measured today can be measured again tomorrow.
 *
 * The instances look like the field: a few quartiers, rooms of 25–120 m² with uneven equipment
 * (some with a full kitchen, few with child toilets), some closed on Sundays or open only in the
 * afternoon, existing rooms with bookings already taken; activities drawn from the kinds the
 * catalogue holds (crèche, women's restaurant, textile workshop, French classes…) with their
 * usual requirements and windows; a few upgrades per room, a budget that buys some, not all.
 */
import type { KitchenLevel, PracticeRequirements, RoomEquipment, TimeWindow } from '../vocabulary.js';
import type {
	CandidateUpgrade,
	Grid,
	PlanActivity,
	PlanProblem,
	PlanRoom,
	WeeklyInterval,
	Weekday
} from './problem.js';

export interface GenerateOptions {
	seed: number;
	rooms: number;
	activities: number;
	slotMinutes: 30 | 60;
	/** Candidate upgrades per room: up to this many (0 = none). */
	upgradesPerRoom?: number;
	/** Share of the candidate upgrades' total cost the budget allows (default 0.3). */
	budgetShare?: number;
	timeLimitSeconds?: number;
	relativeGap?: number;
}

/** mulberry32: small, fast and good enough to draw instances. */
export function random(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

interface Template {
	label: string;
	requirements: Partial<PracticeRequirements>;
	windows: TimeWindow[][];
	sessions: [number, number];
	minutes: number[];
	itinerant?: boolean;
}

const NO_NEEDS: PracticeRequirements = {
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

const TEMPLATES: Template[] = [
	{
		label: 'Crèche itinérante',
		requirements: { minAreaM2: 40, childToilets: true, changingTable: true, toilets: true, vanAccess: true },
		windows: [['school_hours'], ['school_hours', 'wednesday']],
		sessions: [2, 4],
		minutes: [180, 240],
		itinerant: true
	},
	{
		label: 'Restaurant de femmes',
		requirements: { minAreaM2: 50, kitchenLevel: 'full', toilets: true, storageM2: 4 },
		windows: [['school_hours']],
		sessions: [2, 4],
		minutes: [180, 240]
	},
	{
		label: 'Atelier textile',
		requirements: { minAreaM2: 30, storageM2: 4 },
		windows: [['afternoon'], ['afternoon', 'evening'], ['school_hours']],
		sessions: [1, 3],
		minutes: [120, 180]
	},
	{
		label: 'Cours de français',
		requirements: { minAreaM2: 25, toilets: true },
		windows: [['morning'], ['evening'], ['morning', 'evening']],
		sessions: [2, 4],
		minutes: [90, 120]
	},
	{
		label: 'Aide aux devoirs',
		requirements: { minAreaM2: 30, toilets: true },
		windows: [['wednesday'], ['wednesday', 'evening']],
		sessions: [1, 3],
		minutes: [60, 120]
	},
	{
		label: 'Gym douce seniors',
		requirements: { minAreaM2: 60, stepFree: true, toilets: true },
		windows: [['morning'], ['morning', 'afternoon']],
		sessions: [1, 3],
		minutes: [60, 90]
	},
	{
		label: 'Atelier cuisine',
		requirements: { minAreaM2: 35, kitchenLevel: 'reheating', waterPoint: true },
		windows: [['afternoon'], ['wednesday', 'weekend']],
		sessions: [1, 2],
		minutes: [120, 180]
	},
	{
		label: 'Jardin partagé',
		requirements: { minAreaM2: 20, outdoorM2: 40, waterPoint: true, storageM2: 2 },
		windows: [['weekend'], ['wednesday', 'weekend'], []],
		sessions: [1, 3],
		minutes: [120, 180]
	},
	{
		label: 'Débat citoyen',
		requirements: { minAreaM2: 45, stepFree: true },
		windows: [['evening']],
		sessions: [1, 1],
		minutes: [120]
	},
	{
		label: 'Répétition musique jeunes',
		requirements: { minAreaM2: 40, storageM2: 3 },
		windows: [
			['evening', 'weekend'],
			['wednesday', 'evening']
		],
		sessions: [1, 3],
		minutes: [120, 180]
	},
	{
		label: 'Repair café',
		requirements: { minAreaM2: 40, storageM2: 6, waterPoint: true },
		windows: [['weekend'], []],
		sessions: [1, 2],
		minutes: [180, 240]
	},
	{
		label: 'Permanence accès aux droits',
		requirements: { minAreaM2: 15, stepFree: true },
		windows: [['school_hours'], ['morning', 'afternoon'], []],
		sessions: [1, 4],
		minutes: [60, 120, 180]
	}
];

const KITCHENS: KitchenLevel[] = ['none', 'none', 'reheating', 'reheating', 'full'];

export function generateProblem(options: GenerateOptions): PlanProblem {
	const rnd = random(options.seed * 7919 + options.rooms * 131 + options.activities);
	const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
	const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
	const chance = (p: number) => rnd() < p;

	const grid: Grid = { slotMinutes: options.slotMinutes, dayStart: 8 * 60, dayEnd: 22 * 60 };
	const quartiers = Math.max(2, Math.ceil(options.rooms / 3));

	const rooms: PlanRoom[] = [];
	for (let i = 0; i < options.rooms; i++) {
		const existing = chance(0.7);
		const equipment: RoomEquipment = {
			areaM2: int(5, 24) * 5,
			kitchenLevel: pick(KITCHENS),
			toilets: chance(0.85),
			childToilets: chance(0.3),
			changingTable: chance(0.35),
			storageM2: pick([0, 0, 2, 4, 6, 10]),
			outdoorM2: chance(0.35) ? int(2, 20) * 10 : 0,
			stepFree: chance(0.7),
			vanAccess: chance(0.6),
			waterPoint: chance(0.6)
		};
		const open: WeeklyInterval[] = [];
		const shape = rnd();
		if (shape < 0.35) {
			// Open during the whole grid: empty list.
		} else if (shape < 0.75) {
			const start = pick([8, 9]) * 60;
			const end = pick([19, 20, 22]) * 60;
			for (const weekday of [1, 2, 3, 4, 5, 6] as Weekday[]) open.push({ weekday, start, end });
		} else if (shape < 0.9) {
			for (const weekday of [1, 2, 3, 4, 5] as Weekday[])
				open.push({ weekday, start: 8 * 60 + 30, end: 12 * 60 }, { weekday, start: 13 * 60 + 30, end: 21 * 60 });
		} else {
			for (const weekday of [1, 2, 3, 4, 5, 6, 7] as Weekday[]) open.push({ weekday, start: 13 * 60, end: 22 * 60 });
		}
		const busy: WeeklyInterval[] = [];
		if (existing) {
			const n = int(0, 4);
			for (let k = 0; k < n; k++) {
				const weekday = int(1, 7) as Weekday;
				// Bookings on half hours, so that on an hourly grid they block the whole hour they touch.
				const start = int(16, 40) * 30;
				busy.push({ weekday, start, end: Math.min(start + int(2, 6) * 30, 22 * 60) });
			}
		}
		rooms.push({
			id: `r${i}`,
			label: `Salle ${i + 1}`,
			quartierId: existing || chance(0.5) ? `q${i % quartiers}` : null,
			facilityId: existing ? `f${Math.floor(i / 2)}` : null,
			existing,
			equipment,
			open,
			busy,
			busyOrganisationIds: busy.length > 0 ? [`o${int(0, 9)}`] : []
		});
	}

	const activities: PlanActivity[] = [];
	for (let i = 0; i < options.activities; i++) {
		const t = pick(TEMPLATES);
		const requirements: PracticeRequirements = { ...NO_NEEDS, ...t.requirements };
		// Each instance of a kind differs a little: a bigger group, more material.
		requirements.minAreaM2 = Math.max(10, requirements.minAreaM2 + int(-2, 6) * 5);
		if (requirements.storageM2 > 0) requirements.storageM2 += int(0, 2) * 2;
		const itinerant = !!t.itinerant && chance(0.8);
		activities.push({
			id: `a${i}`,
			label: `${t.label} ${i + 1}`,
			practiceId: null,
			organisationId: `o${int(0, 19)}`,
			requirements,
			sessionsPerWeek: int(t.sessions[0], t.sessions[1]),
			sessionMinutes: pick(t.minutes),
			windows: pick(t.windows),
			priority: int(1, 10),
			itinerant
		});
	}

	const upgrades: CandidateUpgrade[] = [];
	const perRoom = options.upgradesPerRoom ?? 3;
	for (const room of rooms) {
		const n = perRoom === 0 ? 0 : int(1, perRoom);
		const kinds = new Set<string>();
		for (let k = 0; k < n; k++) {
			const kind = pick([
				'area',
				'area',
				'kitchen',
				'storage',
				'childToilets',
				'changingTable',
				'stepFree',
				'waterPoint'
			]);
			const id = `${room.id}u${k}`;
			if (kind === 'area') {
				const m2 = pick([4, 8, 12]);
				upgrades.push({
					id,
					roomId: room.id,
					kind,
					amountM2: m2,
					kitchenLevel: null,
					cost: m2 * 1800,
					label: `+${m2} m²`
				});
			} else if (kind === 'kitchen') {
				const level: KitchenLevel = kinds.has('kitchen') || chance(0.5) ? 'full' : 'reheating';
				upgrades.push({
					id,
					roomId: room.id,
					kind,
					amountM2: 0,
					kitchenLevel: level,
					cost: level === 'full' ? 18000 : 6000,
					label: `Cuisine ${level}`
				});
			} else if (kind === 'storage') {
				const m2 = pick([3, 6]);
				upgrades.push({
					id,
					roomId: room.id,
					kind,
					amountM2: m2,
					kitchenLevel: null,
					cost: m2 * 900,
					label: `+${m2} m² rangement`
				});
			} else if (!kinds.has(kind)) {
				const cost = { childToilets: 4500, changingTable: 800, stepFree: 7000, waterPoint: 1500 }[kind] ?? 1000;
				upgrades.push({
					id,
					roomId: room.id,
					kind: kind as CandidateUpgrade['kind'],
					amountM2: 0,
					kitchenLevel: null,
					cost,
					label: kind
				});
			}
			kinds.add(kind);
		}
	}
	const total = upgrades.reduce((s, u) => s + u.cost, 0);
	return {
		grid,
		rooms,
		activities,
		upgrades,
		settings: {
			budget: Math.round((total * (options.budgetShare ?? 0.3)) / 100) * 100,
			timeLimitSeconds: options.timeLimitSeconds ?? 20,
			relativeGap: options.relativeGap ?? 0
		}
	};
}

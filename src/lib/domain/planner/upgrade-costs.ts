/**
 * What candidate upgrades cost by default, and which ones would close the fit gaps between a
 * scenario's activities and rooms. The planner sees these prices as a starting point and types
 * her own (a quote from the architect, a local price) over them.
 *
 * Prices are whole euros, excluding VAT, for works inside an existing public building
 * (établissement recevant du public) in France, mid-2020s. They are orders of magnitude,
 * reasoned from public cost ratios, not quotes:
 * - Extension: about 2 000 €/m². New small public buildings are commonly budgeted at
 *   1 800–2 500 € HT/m² of floor area; a small extension carries the fixed costs of a site
 *   (foundations, roofing junction, façade) over few m², so the upper half of that range.
 * - Storage: about 900 €/m². Partitions, a door, shelving and lighting carved out of an existing
 *   volume, or a light lean-to: well under the price of heated floor area.
 * - Outdoor space: about 120 €/m². Paving or a soft surface, a fence and a gate for a courtyard
 *   or a garden next to the room (what a crèche or a garden practice needs), no building.
 * - Kitchen: a reheating kitchen (office de réchauffage: fridge, oven, sink, washable surfaces)
 *   about 12 000 €; a full kitchen able to cook meals for a public (hood and extraction, cooking
 *   range, cold room, washing-up line, hygiene-compliant floors and walls) about 45 000 € from
 *   nothing, so about 33 000 € from a reheating kitchen. Extraction and the hygiene rules for
 *   serving meals are what make the full level expensive.
 * - An accessible toilet (WC PMR with its washbasin) where the plumbing is near: about 9 000 €;
 *   child toilets (low toilet and washbasin in an existing sanitary room) about 4 000 €; a
 *   changing table with its water point about 1 500 €; a water point alone about 2 000 €.
 * - Step-free access: a ramp with its handrails and a widened door, about 8 000 €.
 */
import { fit, type Gap } from '../fit.js';
import { KITCHEN_LEVELS, type KitchenLevel, type PracticeRequirements, type RoomEquipment } from '../vocabulary.js';
import type { UpgradeKind } from './problem.js';

/** Kinds counted in m², priced per m². */
export const AREA_KINDS = ['area', 'storage', 'outdoor'] as const satisfies readonly UpgradeKind[];
export type AreaKind = (typeof AREA_KINDS)[number];
export const isAreaKind = (kind: string): kind is AreaKind => (AREA_KINDS as readonly string[]).includes(kind);

export const DEFAULT_UNIT_PRICES: Record<AreaKind, number> = {
	area: 2000,
	storage: 900,
	outdoor: 120
};

/** The price of reaching each kitchen level from nothing; a step up costs the difference. */
export const KITCHEN_PRICES: Record<KitchenLevel, number> = {
	none: 0,
	reheating: 12000,
	full: 45000
};

export const FITTING_PRICES: Record<Exclude<UpgradeKind, AreaKind | 'kitchen'>, number> = {
	toilets: 9000,
	childToilets: 4000,
	changingTable: 1500,
	waterPoint: 2000,
	stepFree: 8000
};

/** The default price of raising a kitchen from one level to another (0 when it is no step up). */
export function kitchenUpgradeCost(from: KitchenLevel, to: KitchenLevel): number {
	return Math.max(0, KITCHEN_PRICES[to] - KITCHEN_PRICES[from]);
}

/** The default price of one candidate upgrade of a room. */
export function defaultUpgradeCost(
	upgrade: { kind: UpgradeKind; amountM2: number; kitchenLevel: KitchenLevel | null },
	room: Pick<RoomEquipment, 'kitchenLevel'>
): number {
	if (isAreaKind(upgrade.kind)) return Math.max(0, upgrade.amountM2) * DEFAULT_UNIT_PRICES[upgrade.kind];
	if (upgrade.kind === 'kitchen')
		return kitchenUpgradeCost(room.kitchenLevel, upgrade.kitchenLevel ?? room.kitchenLevel);
	return FITTING_PRICES[upgrade.kind];
}

/** "+N m² at P €/m²": the cost the planner means, in whole euros. */
export function areaCost(amountM2: number, unitPrice: number): number {
	return Math.round(Math.max(0, amountM2) * Math.max(0, unitPrice));
}

/** A candidate upgrade proposed from the fit gaps, priced from the default table. */
export interface SuggestedUpgrade {
	roomId: string;
	kind: UpgradeKind;
	amountM2: number;
	kitchenLevel: KitchenLevel | null;
	cost: number;
	/** The activities it helps (an activity may need several upgrades of the room together). */
	activityIds: string[];
}

export interface SuggestRoom {
	id: string;
	equipment: RoomEquipment;
}
export interface SuggestActivity {
	id: string;
	requirements: PracticeRequirements;
}
/** An upgrade already listed for a room: not proposed twice. */
export interface ListedUpgrade {
	roomId: string;
	kind: UpgradeKind;
	amountM2: number;
	kitchenLevel: KitchenLevel | null;
}

const SANITARY_KIND = {
	toilets: 'toilets',
	childToilets: 'childToilets',
	changingTable: 'changingTable',
	waterPoint: 'waterPoint'
} as const;

/**
 * The upgrades that would let each activity run in each room it could fit once upgraded
 * (src/lib/domain/fit.ts: gaps within what works on a room can do). Rooms that cannot take an
 * activity whatever the works (no outdoor space, no van access, far too small) get nothing for it.
 *
 * Upgrades of one room add up (two +4 m² make +8 m²), so m² are proposed as steps: if one
 * activity lacks 8 m² and another 18 m², the room gets "+8 m²" and "+10 m²", and the solver can
 * buy the first alone or both. A kitchen is proposed at each level some activity asks for;
 * a fitting once per room. What the room's listed upgrades already give is not proposed again.
 */
export function suggestUpgrades(
	rooms: readonly SuggestRoom[],
	activities: readonly SuggestActivity[],
	listed: readonly ListedUpgrade[] = []
): SuggestedUpgrade[] {
	const out: SuggestedUpgrade[] = [];
	for (const room of rooms) {
		const gapsByActivity = activities.flatMap((a) => {
			const result = fit(room.equipment, a.requirements);
			return result.verdict === 'fits_with_upgrades' ? [{ activityId: a.id, gaps: result.gaps }] : [];
		});
		const mine = listed.filter((u) => u.roomId === room.id);

		for (const kind of AREA_KINDS) {
			const already = mine.filter((u) => u.kind === kind).reduce((s, u) => s + u.amountM2, 0);
			const needs = gapsByActivity.flatMap(({ activityId, gaps }) =>
				gaps.flatMap((g) => (g.kind === kind ? [{ activityId, missing: g.missingM2 }] : []))
			);
			const steps = [...new Set(needs.map((n) => n.missing))].filter((m) => m > already).sort((a, b) => a - b);
			let reached = already;
			for (const step of steps) {
				const amountM2 = step - reached;
				out.push({
					roomId: room.id,
					kind,
					amountM2,
					kitchenLevel: null,
					cost: amountM2 * DEFAULT_UNIT_PRICES[kind],
					activityIds: needs.filter((n) => n.missing > reached).map((n) => n.activityId)
				});
				reached = step;
			}
		}

		const listedKitchens = mine.flatMap((u) => (u.kind === 'kitchen' && u.kitchenLevel ? [u.kitchenLevel] : []));
		for (const level of KITCHEN_LEVELS) {
			// A full kitchen already listed also does what a reheating one would.
			if (listedKitchens.some((l) => KITCHEN_LEVELS.indexOf(l) >= KITCHEN_LEVELS.indexOf(level))) continue;
			const helped = gapsByActivity.filter(({ gaps }) => gaps.some((g) => g.kind === 'kitchen' && g.to === level));
			if (helped.length === 0) continue;
			out.push({
				roomId: room.id,
				kind: 'kitchen',
				amountM2: 0,
				kitchenLevel: level,
				cost: kitchenUpgradeCost(room.equipment.kitchenLevel, level),
				activityIds: helped.map((h) => h.activityId)
			});
		}

		const fittings: { kind: Exclude<UpgradeKind, AreaKind | 'kitchen'>; matches: (g: Gap) => boolean }[] = [
			...(Object.keys(SANITARY_KIND) as (keyof typeof SANITARY_KIND)[]).map((item) => ({
				kind: SANITARY_KIND[item],
				matches: (g: Gap) => g.kind === 'sanitary' && g.item === item
			})),
			{ kind: 'stepFree', matches: (g: Gap) => g.kind === 'stepFree' }
		];
		for (const { kind, matches } of fittings) {
			if (mine.some((u) => u.kind === kind)) continue;
			const helped = gapsByActivity.filter(({ gaps }) => gaps.some(matches));
			if (helped.length === 0) continue;
			out.push({
				roomId: room.id,
				kind,
				amountM2: 0,
				kitchenLevel: null,
				cost: FITTING_PRICES[kind],
				activityIds: helped.map((h) => h.activityId)
			});
		}
	}
	return out;
}

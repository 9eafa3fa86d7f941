/**
 * Room–practice fit: can this room host this practice as it is, with a few upgrades a
 * renovation programme could make, or not at all — and exactly what is missing.
 *
 * "Upgrades" are what a maître d'ouvrage can reasonably add to an existing room: a few m²
 * (an extension or a partition moved), storage, a better kitchen, sanitary fittings, a ramp.
 * What a room cannot be given by works on the room itself (outdoor space that is not there,
 * a street a van cannot reach) makes it not fit.
 */
import { KITCHEN_LEVELS, type KitchenLevel, type PracticeRequirements, type RoomEquipment } from './vocabulary.js';

export type FitVerdict = 'fits' | 'fits_with_upgrades' | 'does_not_fit';

/** Best first: used to sort rooms and to compare verdicts. */
export const VERDICT_ORDER: readonly FitVerdict[] = ['fits', 'fits_with_upgrades', 'does_not_fit'];

export type SanitaryItem = 'toilets' | 'childToilets' | 'changingTable' | 'waterPoint';

/** One thing the room lacks, with the upgrade that would close it. */
export type Gap =
	| { kind: 'area'; missingM2: number }
	| { kind: 'kitchen'; from: KitchenLevel; to: KitchenLevel }
	| { kind: 'storage'; missingM2: number }
	| { kind: 'outdoor'; missingM2: number }
	| { kind: 'sanitary'; item: SanitaryItem }
	| { kind: 'stepFree' }
	| { kind: 'vanAccess' };

/** How far works on a room can go. The defaults describe "a few m²", not a new building. */
export interface UpgradeLimits {
	/** The largest extension, as a share of the room's area … */
	maxExtraAreaRatio: number;
	/** … and in m², whichever is smaller. */
	maxExtraAreaM2: number;
	maxExtraStorageM2: number;
	/** Outdoor space cannot be made by works on a room: 0 by default. */
	maxExtraOutdoorM2: number;
	/** A ramp or a lift can make a room step-free. */
	stepFreeUpgradable: boolean;
	/** Whether a van can reach the door depends on the street, not on the room. */
	vanAccessUpgradable: boolean;
}

export const DEFAULT_LIMITS: UpgradeLimits = {
	maxExtraAreaRatio: 0.5,
	maxExtraAreaM2: 30,
	maxExtraStorageM2: 10,
	maxExtraOutdoorM2: 0,
	stepFreeUpgradable: true,
	vanAccessUpgradable: false
};

export interface Fit {
	verdict: FitVerdict;
	/** Everything the room lacks, in a stable order (area, kitchen, storage, outdoor, sanitary, access). */
	gaps: Gap[];
	/** The gaps no upgrade within the limits can close; non-empty exactly when the verdict is does_not_fit. */
	blocking: Gap[];
}

const kitchenRank = (level: KitchenLevel) => KITCHEN_LEVELS.indexOf(level);

/** Planned works added to a room: the planner asks "and with these upgrades?". */
export interface Upgrades {
	extraAreaM2?: number;
	extraStorageM2?: number;
	kitchenLevel?: KitchenLevel;
	childToilets?: boolean;
	changingTable?: boolean;
	toilets?: boolean;
	waterPoint?: boolean;
	stepFree?: boolean;
}

/** The room as it would be after the upgrades (an upgrade never makes a room worse). */
export function withUpgrades(room: RoomEquipment, upgrades: Upgrades = {}): RoomEquipment {
	const kitchen =
		upgrades.kitchenLevel && kitchenRank(upgrades.kitchenLevel) > kitchenRank(room.kitchenLevel)
			? upgrades.kitchenLevel
			: room.kitchenLevel;
	return {
		...room,
		areaM2: room.areaM2 + Math.max(0, upgrades.extraAreaM2 ?? 0),
		storageM2: room.storageM2 + Math.max(0, upgrades.extraStorageM2 ?? 0),
		kitchenLevel: kitchen,
		toilets: room.toilets || !!upgrades.toilets,
		childToilets: room.childToilets || !!upgrades.childToilets,
		changingTable: room.changingTable || !!upgrades.changingTable,
		waterPoint: room.waterPoint || !!upgrades.waterPoint,
		stepFree: room.stepFree || !!upgrades.stepFree
	};
}

const SANITARY: readonly SanitaryItem[] = ['toilets', 'childToilets', 'changingTable', 'waterPoint'];

/** Compares a room (as it is, or with planned upgrades) with what a practice needs. */
export function fit(
	room: RoomEquipment,
	needs: PracticeRequirements,
	options: { upgrades?: Upgrades; limits?: UpgradeLimits } = {}
): Fit {
	const r = withUpgrades(room, options.upgrades);
	const limits = options.limits ?? DEFAULT_LIMITS;
	const gaps: Gap[] = [];
	const blocking: Gap[] = [];
	const add = (gap: Gap, closable: boolean) => {
		gaps.push(gap);
		if (!closable) blocking.push(gap);
	};

	if (needs.minAreaM2 > r.areaM2) {
		const missingM2 = needs.minAreaM2 - r.areaM2;
		// The extension allowance is measured on the room as it stands, before any planned works.
		const allowance = Math.min(limits.maxExtraAreaM2, Math.floor(room.areaM2 * limits.maxExtraAreaRatio));
		add({ kind: 'area', missingM2 }, missingM2 <= allowance);
	}
	if (kitchenRank(needs.kitchenLevel) > kitchenRank(r.kitchenLevel))
		add({ kind: 'kitchen', from: r.kitchenLevel, to: needs.kitchenLevel }, true);
	if (needs.storageM2 > r.storageM2) {
		const missingM2 = needs.storageM2 - r.storageM2;
		add({ kind: 'storage', missingM2 }, missingM2 <= limits.maxExtraStorageM2);
	}
	if (needs.outdoorM2 > r.outdoorM2) {
		const missingM2 = needs.outdoorM2 - r.outdoorM2;
		add({ kind: 'outdoor', missingM2 }, missingM2 <= limits.maxExtraOutdoorM2);
	}
	for (const item of SANITARY) if (needs[item] && !r[item]) add({ kind: 'sanitary', item }, true);
	if (needs.stepFree && !r.stepFree) add({ kind: 'stepFree' }, limits.stepFreeUpgradable);
	if (needs.vanAccess && !r.vanAccess) add({ kind: 'vanAccess' }, limits.vanAccessUpgradable);

	const verdict: FitVerdict = blocking.length > 0 ? 'does_not_fit' : gaps.length > 0 ? 'fits_with_upgrades' : 'fits';
	return { verdict, gaps, blocking };
}

/** Negative when a is the better verdict. */
export function compareVerdicts(a: FitVerdict, b: FitVerdict): number {
	return VERDICT_ORDER.indexOf(a) - VERDICT_ORDER.indexOf(b);
}

/**
 * A rough measure of how much work the upgrades are, to list the easiest first among rooms that
 * fit with upgrades: m² count one each, a kitchen step or a fitting counts as a few m² of works.
 */
export function upgradeEffort(gaps: readonly Gap[]): number {
	let effort = 0;
	for (const gap of gaps) {
		switch (gap.kind) {
			case 'area':
			case 'storage':
			case 'outdoor':
				effort += gap.missingM2;
				break;
			case 'kitchen':
				effort += 6 * (kitchenRank(gap.to) - kitchenRank(gap.from));
				break;
			default:
				effort += 4;
		}
	}
	return effort;
}

/** A room as the fit lists show it: its equipment, and how far it is when that is known. */
export interface Candidate<T> {
	item: T;
	fit: Fit;
	/** Kilometres from the place asked about; null when no place was given or the room has no coordinates. */
	distanceKm: number | null;
}

/** Best fit first; then nearest; then least work; then the given order (e.g. by name). */
export function rankByFit<T>(candidates: readonly Candidate<T>[]): Candidate<T>[] {
	return candidates
		.map((c, index) => ({ c, index }))
		.sort(
			(a, b) =>
				compareVerdicts(a.c.fit.verdict, b.c.fit.verdict) ||
				(a.c.distanceKm ?? Infinity) - (b.c.distanceKm ?? Infinity) ||
				upgradeEffort(a.c.fit.gaps) - upgradeEffort(b.c.fit.gaps) ||
				a.index - b.index
		)
		.map(({ c }) => c);
}

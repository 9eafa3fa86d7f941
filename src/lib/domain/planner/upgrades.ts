/**
 * A room as it would be after some of its candidate upgrades are bought, and whether an
 * activity fits it then. The solver, the validator and the greedy plan all ask through here,
 * so that they agree on what "fits" means.
 */
import { fit, withUpgrades, type Upgrades } from '../fit.js';
import { KITCHEN_LEVELS, type PracticeRequirements, type RoomEquipment } from '../vocabulary.js';
import type { CandidateUpgrade } from './problem.js';

/** The upgrades bought for one room, added up (m² add; the best kitchen level counts). */
export function combineUpgrades(bought: readonly CandidateUpgrade[]): Upgrades {
	const u: Upgrades = {};
	for (const c of bought) {
		switch (c.kind) {
			case 'area':
				u.extraAreaM2 = (u.extraAreaM2 ?? 0) + c.amountM2;
				break;
			case 'storage':
				u.extraStorageM2 = (u.extraStorageM2 ?? 0) + c.amountM2;
				break;
			case 'outdoor':
				// `Upgrades` has no outdoor field: outdoor m² are added to the equipment below.
				break;
			case 'kitchen':
				if (
					c.kitchenLevel &&
					(!u.kitchenLevel || KITCHEN_LEVELS.indexOf(c.kitchenLevel) > KITCHEN_LEVELS.indexOf(u.kitchenLevel))
				)
					u.kitchenLevel = c.kitchenLevel;
				break;
			default:
				u[c.kind] = true;
		}
	}
	return u;
}

/** The room after the given upgrades (only those of this room should be passed). */
export function roomAfter(equipment: RoomEquipment, bought: readonly CandidateUpgrade[]): RoomEquipment {
	const after = withUpgrades(equipment, combineUpgrades(bought));
	const outdoor = bought.filter((c) => c.kind === 'outdoor').reduce((sum, c) => sum + c.amountM2, 0);
	return { ...after, outdoorM2: after.outdoorM2 + outdoor };
}

/** Whether the activity can run in the room once those upgrades are bought: nothing left missing. */
export function fitsAfter(
	equipment: RoomEquipment,
	bought: readonly CandidateUpgrade[],
	requirements: PracticeRequirements
): boolean {
	return fit(roomAfter(equipment, bought), requirements).gaps.length === 0;
}

/**
 * Reading what a scenario stores as JSON (a planned room's equipment, an activity's requirements)
 * back into the planner's types. Rows are written by our own use cases, but a JSON column is
 * not typed by the database: anything missing or odd is read as "nothing" rather than trusted.
 */
import { isOneOf, KITCHEN_LEVELS, type PracticeRequirements, type RoomEquipment } from '../vocabulary.js';

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json => (value && typeof value === 'object' ? (value as Json) : {});
const count = (value: unknown) =>
	typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
const flag = (value: unknown) => value === true;

export function readEquipment(value: unknown): RoomEquipment {
	const o = asObject(value);
	return {
		areaM2: count(o.areaM2),
		kitchenLevel: isOneOf(KITCHEN_LEVELS, o.kitchenLevel) ? o.kitchenLevel : 'none',
		toilets: flag(o.toilets),
		childToilets: flag(o.childToilets),
		changingTable: flag(o.changingTable),
		storageM2: count(o.storageM2),
		outdoorM2: count(o.outdoorM2),
		stepFree: flag(o.stepFree),
		vanAccess: flag(o.vanAccess),
		waterPoint: flag(o.waterPoint)
	};
}

export function readRequirements(value: unknown): PracticeRequirements {
	const o = asObject(value);
	const { areaM2: _area, ...rest } = readEquipment(o);
	return { ...rest, minAreaM2: count(o.minAreaM2) };
}

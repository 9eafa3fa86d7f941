/** Reads the equipment of rooms and the requirements of practices in the terms the fit compares. */
import { facility, practice, room } from '../db/schema.js';
import { isOneOf, KITCHEN_LEVELS, type KitchenLevel, type RoomEquipment } from '#lib/domain/vocabulary.js';

export const roomEquipmentColumns = {
	areaM2: room.areaM2,
	kitchenLevel: room.kitchenLevel,
	toilets: room.toilets,
	childToilets: room.childToilets,
	changingTable: room.changingTable,
	storageM2: room.storageM2,
	outdoorM2: room.outdoorM2,
	stepFree: room.stepFree,
	vanAccess: room.vanAccess,
	waterPoint: room.waterPoint
};

export const practiceRequirementColumns = {
	minAreaM2: practice.minAreaM2,
	kitchenLevel: practice.kitchenLevel,
	toilets: practice.toilets,
	childToilets: practice.childToilets,
	changingTable: practice.changingTable,
	storageM2: practice.storageM2,
	outdoorM2: practice.outdoorM2,
	stepFree: practice.stepFree,
	vanAccess: practice.vanAccess,
	waterPoint: practice.waterPoint
};

export const facilityPlaceColumns = { facilityName: facility.name, lon: facility.lon, lat: facility.lat };

/** The column is plain text: anything unexpected is read as the lowest level rather than trusted. */
export function kitchen(level: string): KitchenLevel {
	return isOneOf(KITCHEN_LEVELS, level) ? level : 'none';
}

/**
 * An existing room's equipment from its columns read through a left join (so each may be null):
 * the planner reads rooms this way beside planned ones.
 */
export function joinedRoomEquipment(r: {
	[K in keyof typeof roomEquipmentColumns]: (typeof roomEquipmentColumns)[K]['_']['data'] | null;
}): RoomEquipment {
	return {
		areaM2: r.areaM2 ?? 0,
		kitchenLevel: kitchen(r.kitchenLevel ?? 'none'),
		toilets: !!r.toilets,
		childToilets: !!r.childToilets,
		changingTable: !!r.changingTable,
		storageM2: r.storageM2 ?? 0,
		outdoorM2: r.outdoorM2 ?? 0,
		stepFree: !!r.stepFree,
		vanAccess: !!r.vanAccess,
		waterPoint: !!r.waterPoint
	};
}

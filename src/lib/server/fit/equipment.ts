/** Reads the equipment of rooms and the requirements of practices in the terms the fit compares. */
import { facility, practice, room } from '../db/schema.js';
import { isOneOf, KITCHEN_LEVELS, type KitchenLevel } from '#lib/domain/vocabulary.js';

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

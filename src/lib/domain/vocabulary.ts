/**
 * The closed lists of the field's vocabulary (DESIGN.md), shared by rooms, practices, fit,
 * search and the API. Labels in each language live in src/lib/i18n/labels.ts.
 */

/** Ordered: a higher level can do everything a lower one can. */
export const KITCHEN_LEVELS = ['none', 'reheating', 'full'] as const;
export type KitchenLevel = (typeof KITCHEN_LEVELS)[number];

export const ORGANISATION_TYPES = [
	'association',
	'ess_enterprise',
	'foundation',
	'company',
	'commune',
	'social_landlord',
	'maitre_ouvrage'
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** Who a practice is for. */
export const PUBLICS = [
	'women',
	'children_0_3',
	'children_3_11',
	'young_people',
	'seniors',
	'adults_learning_french',
	'families',
	'everyone'
] as const;
export type Public = (typeof PUBLICS)[number];

/** When in the week a practice prefers to run. */
export const TIME_WINDOWS = [
	'school_hours',
	'wednesday',
	'evening',
	'weekend',
	'morning',
	'afternoon',
	'school_holidays'
] as const;
export type TimeWindow = (typeof TIME_WINDOWS)[number];

export const PRACTICE_STATUSES = ['proposed', 'published', 'rejected', 'archived'] as const;
export type PracticeStatus = (typeof PRACTICE_STATUSES)[number];

export const INITIATIVE_STATUSES = ['idea', 'preparing', 'running', 'paused', 'ended'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/** Who may ask to book a room. */
export const BOOKABLE_BY = ['organisations', 'residents', 'managers'] as const;
export type BookableBy = (typeof BOOKABLE_BY)[number];

export const HOLIDAY_ZONES = ['A', 'B', 'C'] as const;
export type HolidayZone = (typeof HOLIDAY_ZONES)[number];

/** What a room offers, in the terms a practice's requirements use. */
export interface RoomEquipment {
	areaM2: number;
	kitchenLevel: KitchenLevel;
	toilets: boolean;
	childToilets: boolean;
	changingTable: boolean;
	storageM2: number;
	outdoorM2: number;
	stepFree: boolean;
	vanAccess: boolean;
	waterPoint: boolean;
}

/** What a practice needs from a room; the same scale as RoomEquipment (0 / false = not needed). */
export interface PracticeRequirements {
	minAreaM2: number;
	kitchenLevel: KitchenLevel;
	toilets: boolean;
	childToilets: boolean;
	changingTable: boolean;
	storageM2: number;
	outdoorM2: number;
	stepFree: boolean;
	vanAccess: boolean;
	waterPoint: boolean;
}

/** One opening period in a week, in the commune's local time. */
export interface OpeningPeriod {
	/** 1 = Monday … 7 = Sunday (ISO 8601). */
	weekday: number;
	/** 'HH:MM', 24-hour. */
	start: string;
	end: string;
}

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
	return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/**
 * The shapes of the facility, room and photo forms, and of the public room filters.
 * Problems are stable codes (ROOM.AREA_RANGE…), turned into sentences by the interface.
 */
import { z } from 'zod';
import { BOOKABLE_BY, KITCHEN_LEVELS, isOneOf, type KitchenLevel } from './vocabulary.js';
import { openingHoursFromForm, openingHoursToForm } from './opening-hours.js';
import { parseForm, type FieldErrors } from './account-forms.js';

/** Ranges that keep typing mistakes out (a 3 200 m² "room" is a 32 m² one with two zeros too many). */
export const LIMITS = {
	areaM2: { min: 1, max: 5000 },
	capacity: { min: 1, max: 2000 },
	storageM2: { min: 0, max: 1000 },
	outdoorM2: { min: 0, max: 100000 },
	minNoticeHours: { min: 0, max: 2160 },
	maxBookingMinutes: { min: 15, max: 72 * 60 },
	weeklyQuotaMinutes: { min: 15, max: 7 * 24 * 60 }
} as const;

/** The lengths a room may be booked for at most, offered in a list (no arithmetic for people to do). */
export const BOOKING_LENGTHS = [60, 90, 120, 180, 240, 360, 480, 600, 720, 1440, 2880, 4320] as const;

const text = (max: number, code: string) =>
	z
		.string()
		.optional()
		.transform((v) => (v ?? '').trim())
		.pipe(z.string().max(max, code));

const requiredText = (max: number, code: string) =>
	z.string({ error: 'FIELD.REQUIRED' }).trim().min(1, 'FIELD.REQUIRED').max(max, code);

/** A whole number typed in a form: spaces ("1 200") are allowed, decimals and units are not. */
const integer = (range: { min: number; max: number }, code: string, fallback?: number) =>
	z
		.string()
		.optional()
		.transform((v, ctx) => {
			const raw = (v ?? '').replace(/[\s\u00a0\u202f]/g, '');
			if (raw === '') {
				if (fallback !== undefined) return fallback;
				ctx.addIssue({ code: 'custom', message: 'FIELD.REQUIRED' });
				return z.NEVER;
			}
			const n = /^\d{1,7}$/.test(raw) ? Number(raw) : NaN;
			if (!Number.isInteger(n) || n < range.min || n > range.max) {
				ctx.addIssue({ code: 'custom', message: code });
				return z.NEVER;
			}
			return n;
		});

/** An HTML checkbox: present ("on") when ticked, absent otherwise. */
const checkbox = z
	.string()
	.optional()
	.transform((v) => v === 'on' || v === 'true');

export const roomForm = z.object({
	name: requiredText(120, 'ROOM.NAME_LENGTH'),
	description: text(4000, 'ROOM.DESCRIPTION_LENGTH'),
	areaM2: integer(LIMITS.areaM2, 'ROOM.AREA_RANGE'),
	capacity: integer(LIMITS.capacity, 'ROOM.CAPACITY_RANGE'),
	kitchenLevel: z.enum(KITCHEN_LEVELS, { error: 'ROOM.KITCHEN_INVALID' }),
	toilets: checkbox,
	childToilets: checkbox,
	changingTable: checkbox,
	storageM2: integer(LIMITS.storageM2, 'ROOM.STORAGE_RANGE', 0),
	outdoorM2: integer(LIMITS.outdoorM2, 'ROOM.OUTDOOR_RANGE', 0),
	stepFree: checkbox,
	vanAccess: checkbox,
	parking: checkbox,
	waterPoint: checkbox,
	approvalRequired: checkbox,
	minNoticeHours: integer(LIMITS.minNoticeHours, 'ROOM.NOTICE_RANGE'),
	maxBookingMinutes: integer(LIMITS.maxBookingMinutes, 'ROOM.MAX_LENGTH_RANGE'),
	bookableBy: z.enum(BOOKABLE_BY, { error: 'ROOM.BOOKABLE_BY_INVALID' }),
	/** Empty: no quota. */
	weeklyQuotaMinutes: z
		.string()
		.optional()
		.transform((v) => (v ?? '').trim())
		.pipe(z.string().regex(/^(\d{1,5})?$/, 'REQUESTS.QUOTA_RANGE'))
		.transform((v) => (v === '' ? null : Number(v)))
		.refine(
			(v) => v === null || (v >= LIMITS.weeklyQuotaMinutes.min && v <= LIMITS.weeklyQuotaMinutes.max),
			'REQUESTS.QUOTA_RANGE'
		)
});

export type RoomInput = z.infer<typeof roomForm> & {
	openingHours: { weekday: number; start: string; end: string }[];
};

/** The whole room form, opening hours included; every problem at once, each on its field. */
export function parseRoomForm(
	values: Record<string, unknown>
): { ok: true; data: RoomInput } | { ok: false; fieldErrors: FieldErrors } {
	const room = parseForm(roomForm, values);
	const hours = openingHoursFromForm(values);
	if (room.ok && hours.ok) return { ok: true, data: { ...room.data, openingHours: hours.periods } };
	return {
		ok: false,
		fieldErrors: { ...(room.ok ? {} : room.fieldErrors), ...(hours.ok ? {} : hours.fieldErrors) }
	};
}

/** A decimal coordinate; French keyboards type a comma. Empty means "not given". */
const coordinate = (limit: number, code: string) =>
	z
		.string()
		.optional()
		.transform((v, ctx) => {
			const raw = (v ?? '').trim().replace(',', '.');
			if (raw === '') return null;
			const n = /^-?\d{1,3}(\.\d{1,10})?$/.test(raw) ? Number(raw) : NaN;
			if (!Number.isFinite(n) || Math.abs(n) > limit) {
				ctx.addIssue({ code: 'custom', message: code });
				return z.NEVER;
			}
			return n;
		});

/** An id picked from a list; '' means none picked. */
const choice = z
	.string()
	.optional()
	.transform((v) => (v ?? '').trim() || null);

export const facilityForm = z
	.object({
		name: requiredText(120, 'FACILITY.NAME_LENGTH'),
		address: requiredText(300, 'FACILITY.ADDRESS_LENGTH'),
		description: text(4000, 'FACILITY.DESCRIPTION_LENGTH'),
		lon: coordinate(180, 'FACILITY.LON_RANGE'),
		lat: coordinate(90, 'FACILITY.LAT_RANGE'),
		quartierId: choice,
		ownerOrganisationId: choice,
		communeId: choice
	})
	.superRefine((f, ctx) => {
		// A point needs both; one alone is a half-typed pair, not a place.
		if ((f.lon === null) !== (f.lat === null))
			ctx.addIssue({ code: 'custom', path: [f.lon === null ? 'lon' : 'lat'], message: 'FACILITY.COORDINATES_PAIR' });
	});

export type FacilityInput = z.infer<typeof facilityForm>;

export const PHOTO_MAX_BYTES = 8 * 1024 * 1024;
export const PHOTOS_PER_ROOM = 12;

export const photoForm = z.object({
	alt: z.string({ error: 'PHOTO.ALT_REQUIRED' }).trim().min(1, 'PHOTO.ALT_REQUIRED').max(300, 'PHOTO.ALT_LENGTH')
});

export type ImageType = 'image/jpeg' | 'image/png' | 'image/webp';

/** What an uploaded file really is, from its first bytes: a name or a declared type proves nothing. */
export function detectImageType(bytes: Uint8Array): ImageType | null {
	const starts = (signature: readonly number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);
	if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
	if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
	if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
	return null;
}

/** The public list's filters, read from a query string people may have typed by hand. */
export interface RoomFilters {
	quartierId?: string;
	minAreaM2?: number;
	/** At least this kitchen: "reheating" also lists rooms with a full kitchen. */
	kitchenLevel?: KitchenLevel;
	childToilets: boolean;
	stepFree: boolean;
}

export function parseRoomFilters(params: URLSearchParams): RoomFilters {
	const filters: RoomFilters = {
		childToilets: params.get('childToilets') === 'on',
		stepFree: params.get('stepFree') === 'on'
	};
	const quartier = params.get('quartier')?.trim();
	if (quartier) filters.quartierId = quartier;
	const rawArea = params.get('minArea')?.trim() ?? '';
	const area = /^\d{1,5}$/.test(rawArea) ? Number(rawArea) : 0;
	if (area > 0 && area <= LIMITS.areaM2.max) filters.minAreaM2 = area;
	const kitchen = params.get('kitchen');
	if (isOneOf(KITCHEN_LEVELS, kitchen) && kitchen !== 'none') filters.kitchenLevel = kitchen;
	return filters;
}

/** The kitchen levels at least as good as `level` (the list is ordered). */
export function kitchenLevelsAtLeast(level: KitchenLevel): KitchenLevel[] {
	return KITCHEN_LEVELS.slice(KITCHEN_LEVELS.indexOf(level));
}

/** The form's fields for a stored room (what the edit page starts from). */
export function roomFormValues(room: {
	name: string;
	description: string;
	areaM2: number;
	capacity: number;
	kitchenLevel: string;
	toilets: boolean;
	childToilets: boolean;
	changingTable: boolean;
	storageM2: number;
	outdoorM2: number;
	stepFree: boolean;
	vanAccess: boolean;
	parking: boolean;
	waterPoint: boolean;
	approvalRequired: boolean;
	minNoticeHours: number;
	maxBookingMinutes: number;
	bookableBy: string;
	weeklyQuotaMinutes?: number | null;
	openingHours: readonly { weekday: number; start: string; end: string }[];
}): Record<string, string> {
	const tick = (b: boolean) => (b ? 'on' : '');
	return {
		name: room.name,
		description: room.description,
		areaM2: String(room.areaM2),
		capacity: String(room.capacity),
		kitchenLevel: room.kitchenLevel,
		toilets: tick(room.toilets),
		childToilets: tick(room.childToilets),
		changingTable: tick(room.changingTable),
		storageM2: String(room.storageM2),
		outdoorM2: String(room.outdoorM2),
		stepFree: tick(room.stepFree),
		vanAccess: tick(room.vanAccess),
		parking: tick(room.parking),
		waterPoint: tick(room.waterPoint),
		approvalRequired: tick(room.approvalRequired),
		minNoticeHours: String(room.minNoticeHours),
		maxBookingMinutes: String(room.maxBookingMinutes),
		bookableBy: room.bookableBy,
		weeklyQuotaMinutes: room.weeklyQuotaMinutes == null ? '' : String(room.weeklyQuotaMinutes),
		...openingHoursToForm(room.openingHours)
	};
}

/** A new room's form: the schema's defaults (approval needed, 48 hours' notice, 4 hours at most). */
export const NEW_ROOM_VALUES: Readonly<Record<string, string>> = {
	kitchenLevel: 'none',
	approvalRequired: 'on',
	minNoticeHours: '48',
	maxBookingMinutes: '240',
	bookableBy: 'organisations'
};

/** The form's fields for a stored facility. */
export function facilityFormValues(f: {
	name: string;
	address: string;
	description: string;
	lon: number | null;
	lat: number | null;
	communeId: string;
	quartierId: string | null;
	ownerOrganisationId: string | null;
}): Record<string, string> {
	return {
		name: f.name,
		address: f.address,
		description: f.description,
		lon: f.lon === null ? '' : String(f.lon),
		lat: f.lat === null ? '' : String(f.lat),
		communeId: f.communeId,
		quartierId: f.quartierId ?? '',
		ownerOrganisationId: f.ownerOrganisationId ?? ''
	};
}

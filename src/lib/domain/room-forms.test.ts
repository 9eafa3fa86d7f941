import { describe, expect, it } from 'vitest';
import { parseForm } from './account-forms.js';
import {
	NEW_ROOM_VALUES,
	detectImageType,
	facilityForm,
	kitchenLevelsAtLeast,
	parseRoomFilters,
	parseRoomForm,
	photoForm,
	roomFormValues
} from './room-forms.js';
import { hoursField } from './opening-hours.js';

/** What the form sends for the room: 32 m², a reheating kitchen, open Monday and Wednesday. */
const room32 = {
	name: 'Salle des Buers',
	description: 'Salle au rez-de-chaussée, lumineuse.',
	areaM2: '32',
	capacity: '20',
	kitchenLevel: 'reheating',
	toilets: 'on',
	storageM2: '',
	outdoorM2: '0',
	stepFree: 'on',
	approvalRequired: 'on',
	minNoticeHours: '48',
	maxBookingMinutes: '240',
	bookableBy: 'organisations',
	[hoursField(1, 0, 'start')]: '9h',
	[hoursField(1, 0, 'end')]: '12h',
	[hoursField(3, 0, 'start')]: '14:00',
	[hoursField(3, 0, 'end')]: '18:00'
};

describe('room form', () => {
	it('reads a 32 m² room with a reheating kitchen and its week', () => {
		const result = parseRoomForm(room32);
		expect(result).toEqual({
			ok: true,
			data: {
				name: 'Salle des Buers',
				description: 'Salle au rez-de-chaussée, lumineuse.',
				areaM2: 32,
				capacity: 20,
				kitchenLevel: 'reheating',
				toilets: true,
				childToilets: false,
				changingTable: false,
				storageM2: 0,
				outdoorM2: 0,
				stepFree: true,
				vanAccess: false,
				parking: false,
				waterPoint: false,
				approvalRequired: true,
				minNoticeHours: 48,
				maxBookingMinutes: 240,
				bookableBy: 'organisations',
				weeklyQuotaMinutes: null,
				openingHours: [
					{ weekday: 1, start: '09:00', end: '12:00' },
					{ weekday: 3, start: '14:00', end: '18:00' }
				]
			}
		});
	});

	it('accepts thousands typed with a space', () => {
		const result = parseRoomForm({ ...room32, outdoorM2: '1 200' });
		expect(result.ok && result.data.outdoorM2).toBe(1200);
	});

	it('reports every problem at once, room and hours together, each on its field', () => {
		const result = parseRoomForm({
			...room32,
			name: '  ',
			areaM2: '32,5',
			capacity: '0',
			kitchenLevel: 'grill',
			storageM2: '-3',
			minNoticeHours: '',
			maxBookingMinutes: '5',
			bookableBy: 'everyone',
			[hoursField(3, 0, 'end')]: '13h'
		});
		expect(result).toEqual({
			ok: false,
			fieldErrors: {
				name: 'FIELD.REQUIRED',
				areaM2: 'ROOM.AREA_RANGE',
				capacity: 'ROOM.CAPACITY_RANGE',
				kitchenLevel: 'ROOM.KITCHEN_INVALID',
				storageM2: 'ROOM.STORAGE_RANGE',
				minNoticeHours: 'FIELD.REQUIRED',
				maxBookingMinutes: 'ROOM.MAX_LENGTH_RANGE',
				bookableBy: 'ROOM.BOOKABLE_BY_INVALID',
				[hoursField(3, 0, 'end')]: 'HOURS.START_AFTER_END'
			}
		});
	});

	it('refuses an area typed with a zero too many', () => {
		expect(parseRoomForm({ ...room32, areaM2: '32000' })).toMatchObject({
			ok: false,
			fieldErrors: { areaM2: 'ROOM.AREA_RANGE' }
		});
	});
});

describe('facility form', () => {
	const base = { name: 'Centre social', address: '12 rue Jean-Jaurès, 69100 Villeurbanne', communeId: 'c1' };

	it('reads coordinates typed with a French decimal comma', () => {
		const result = parseForm(facilityForm, { ...base, lon: '4,8872', lat: '45.7712', quartierId: '' });
		expect(result).toMatchObject({ ok: true, data: { lon: 4.8872, lat: 45.7712, quartierId: null } });
	});

	it('takes no coordinates as "not placed"', () => {
		expect(parseForm(facilityForm, base)).toMatchObject({ ok: true, data: { lon: null, lat: null } });
	});

	it('refuses coordinates out of range or half given', () => {
		expect(parseForm(facilityForm, { ...base, lon: '200', lat: '45' })).toMatchObject({
			ok: false,
			fieldErrors: { lon: 'FACILITY.LON_RANGE' }
		});
		expect(parseForm(facilityForm, { ...base, lon: '4.8', lat: '-91' })).toMatchObject({
			ok: false,
			fieldErrors: { lat: 'FACILITY.LAT_RANGE' }
		});
		expect(parseForm(facilityForm, { ...base, lon: '4.8' })).toMatchObject({
			ok: false,
			fieldErrors: { lat: 'FACILITY.COORDINATES_PAIR' }
		});
		expect(parseForm(facilityForm, { ...base, lat: 'nord' })).toMatchObject({
			ok: false,
			fieldErrors: { lat: 'FACILITY.LAT_RANGE' }
		});
	});

	it('needs a name and an address', () => {
		expect(parseForm(facilityForm, { communeId: 'c1' })).toMatchObject({
			ok: false,
			fieldErrors: { name: 'FIELD.REQUIRED', address: 'FIELD.REQUIRED' }
		});
	});
});

describe('photos', () => {
	it('needs a description of the photo', () => {
		expect(parseForm(photoForm, { alt: '   ' })).toMatchObject({
			ok: false,
			fieldErrors: { alt: 'PHOTO.ALT_REQUIRED' }
		});
		expect(parseForm(photoForm, {})).toMatchObject({ ok: false, fieldErrors: { alt: 'PHOTO.ALT_REQUIRED' } });
	});

	it('tells images by their content, not their name', () => {
		const bytes = (...b: number[]) => new Uint8Array([...b, ...new Array(16).fill(0)]);
		expect(detectImageType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
		expect(detectImageType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('image/png');
		const webp = bytes(0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50);
		expect(detectImageType(webp)).toBe('image/webp');
		// A RIFF file that is not WebP (a WAV sound), an SVG, a GIF, an empty file.
		expect(detectImageType(bytes(0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x41, 0x56, 0x45))).toBeNull();
		expect(detectImageType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
		expect(detectImageType(new TextEncoder().encode('GIF89a'))).toBeNull();
		expect(detectImageType(new Uint8Array())).toBeNull();
	});
});

describe('room filters', () => {
	it('reads the filters of the public list', () => {
		const params = new URLSearchParams('quartier=q1&minArea=30&kitchen=reheating&childToilets=on&stepFree=on');
		expect(parseRoomFilters(params)).toEqual({
			quartierId: 'q1',
			minAreaM2: 30,
			kitchenLevel: 'reheating',
			childToilets: true,
			stepFree: true
		});
	});

	it('ignores what was typed by hand and makes no sense', () => {
		const params = new URLSearchParams('minArea=-4&kitchen=grill&childToilets=yes&quartier=');
		expect(parseRoomFilters(params)).toEqual({ childToilets: false, stepFree: false });
		expect(parseRoomFilters(new URLSearchParams('kitchen=none&minArea=1e3'))).toEqual({
			childToilets: false,
			stepFree: false
		});
	});

	it('a kitchen filter includes better kitchens', () => {
		expect(kitchenLevelsAtLeast('reheating')).toEqual(['reheating', 'full']);
		expect(kitchenLevelsAtLeast('none')).toEqual(['none', 'reheating', 'full']);
	});
});

describe('form values of a stored room', () => {
	it('read back as the same room', () => {
		const parsed = parseRoomForm(room32);
		if (!parsed.ok) throw new Error('room32 should parse');
		expect(parseRoomForm(roomFormValues(parsed.data))).toEqual(parsed);
	});

	it('a new room starts from the defaults a manager would pick', () => {
		expect(parseRoomForm({ ...NEW_ROOM_VALUES, name: 'Salle', areaM2: '32', capacity: '20' })).toMatchObject({
			ok: true,
			data: { kitchenLevel: 'none', approvalRequired: true, minNoticeHours: 48, maxBookingMinutes: 240 }
		});
	});
});

describe('weekly quota', () => {
	it('is empty for none, or minutes within a week', () => {
		const base = { ...room32 };
		const quota = (v: string) => {
			const r = parseRoomForm({ ...base, weeklyQuotaMinutes: v });
			return r.ok ? r.data.weeklyQuotaMinutes : r.fieldErrors.weeklyQuotaMinutes;
		};
		expect(quota('')).toBeNull();
		expect(quota('360')).toBe(360);
		expect(quota('5')).toBe('REQUESTS.QUOTA_RANGE');
		expect(quota('99999')).toBe('REQUESTS.QUOTA_RANGE');
		expect(quota('2h')).toBe('REQUESTS.QUOTA_RANGE');
	});
});

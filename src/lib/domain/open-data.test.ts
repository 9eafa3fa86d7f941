import { describe, expect, it } from 'vitest';
import { COLUMN_DOCS, CSV_COLUMNS, DATASETS, initiativesGeoJson, openingHoursText, roomsGeoJson } from './open-data.js';
import type { InitiativeRecord, RoomRecord } from './open-data-api.js';

describe('open data columns', () => {
	it.each(DATASETS)('documents every %s column exactly once, in the order of the file', (dataset) => {
		const documented = COLUMN_DOCS[dataset].flatMap((d) => d.columns);
		expect(documented).toEqual([...new Set(documented)]);
		expect(new Set(documented)).toEqual(new Set(CSV_COLUMNS[dataset].map((c) => c.name)));
	});

	it('writes opening hours in a form a person can read and a program can split', () => {
		expect(
			openingHoursText([
				{ weekday: 1, start: '09:00', end: '12:00' },
				{ weekday: 3, start: '14:00', end: '18:30' }
			])
		).toBe('1 09:00-12:00;3 14:00-18:30');
		expect(openingHoursText([])).toBe('');
	});
});

const room = (over: Partial<RoomRecord>): RoomRecord => ({
	id: 'r1',
	name: 'Salle',
	description: '',
	facility_id: 'f1',
	facility_name: 'Maison de quartier',
	address: '1 rue',
	commune_insee_code: '69266',
	commune_name: 'Villeurbanne',
	quartier_id: null,
	quartier_name: null,
	qpv_code: null,
	lon: 4.88,
	lat: 45.77,
	area_m2: 32,
	capacity: 20,
	kitchen_level: 'reheating',
	toilets: true,
	child_toilets: false,
	changing_table: false,
	storage_m2: 0,
	outdoor_m2: 0,
	step_free: true,
	van_access: false,
	parking: false,
	water_point: true,
	opening_hours: [],
	approval_required: true,
	min_notice_hours: 48,
	max_booking_minutes: 240,
	bookable_by: 'organisations',
	updated_at: '2025-01-01T00:00:00.000Z',
	...over
});

describe('open data GeoJSON', () => {
	it('places a room at its facility, and keeps a room without coordinates with a null geometry', () => {
		const fc = roomsGeoJson([room({}), room({ id: 'r2', lon: null, lat: null })]);
		expect(fc.features.map((f) => f.geometry)).toEqual([{ type: 'Point', coordinates: [4.88, 45.77] }, null]);
		expect(fc.features[0]!.properties).toMatchObject({
			id: 'r1',
			area_m2: 32,
			kitchen_level: 'reheating',
			step_free: true
		});
	});

	it('places an initiative at its rooms, or else at the centroids of its quartiers', () => {
		const base: InitiativeRecord = {
			id: 'i1',
			title: 'Crèche itinérante',
			summary: '',
			status: 'running',
			schedule: '',
			how_to_join: '',
			website: null,
			started_on: null,
			practice_id: 'p1',
			practice_slug: 'creche',
			practice_title: 'Crèche',
			organisation_id: 'o1',
			organisation_name: 'SCOP',
			quartiers: [
				{ id: 'q1', name: 'Saint-Jean', qpv_code: 'QN06920M' },
				{ id: 'q2', name: 'Les Buers', qpv_code: 'QN06921M' }
			],
			rooms: [],
			translations: {},
			updated_at: '2025-01-01T00:00:00.000Z'
		};
		const centroids = new Map([
			['q1', { lon: 4.9, lat: 45.78 }],
			['q2', { lon: 4.87, lat: 45.77 }]
		]);
		const inRooms = { ...base, id: 'i2', rooms: [{ id: 'r1', name: 'Salle', lon: 4.88, lat: 45.771 }] };
		const [atQuartiers, atRoom] = initiativesGeoJson([base, inRooms], centroids).features;
		expect(atQuartiers!.geometry).toEqual({
			type: 'MultiPoint',
			coordinates: [
				[4.9, 45.78],
				[4.87, 45.77]
			]
		});
		expect(atRoom!.geometry).toEqual({ type: 'Point', coordinates: [4.88, 45.771] });
		expect(atQuartiers!.properties).toMatchObject({ qpv_codes: 'QN06920M;QN06921M', status: 'running' });
	});
});

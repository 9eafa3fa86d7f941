/**
 * The open data files: which datasets exist, their CSV columns (the same names as the API's
 * fields, flattened) and the documentation groups the /open-data page explains in each language.
 */
import { csvList, type CsvValue } from './csv.js';
import { feature, featureCollection, outline, point, points, type FeatureCollection, type Place } from './geojson.js';
import type {
	IndicatorRecord,
	InitiativeRecord,
	OrganisationRecord,
	PracticeRecord,
	QuartierDetail,
	RoomRecord
} from './open-data-api.js';

export const DATASETS = ['rooms', 'practices', 'organisations', 'initiatives', 'quartiers', 'indicators'] as const;
export type Dataset = (typeof DATASETS)[number];

/** Datasets with a place: they also come as GeoJSON. */
export const GEOGRAPHIC_DATASETS: readonly Dataset[] = ['rooms', 'initiatives', 'quartiers', 'indicators'];

export interface CsvColumn<T> {
	name: string;
	value: (row: T) => CsvValue;
}

/** A line of the column documentation: one or more columns, and the message that explains them. */
export interface ColumnDoc {
	columns: readonly string[];
	/** The message `opendata_doc_<key>`. */
	key: string;
}

const col = <T>(name: string, value: (row: T) => CsvValue): CsvColumn<T> => ({ name, value });

/** Opening hours as "1 09:00-12:00;3 14:00-18:00" (ISO weekday 1 = Monday, local time). */
export function openingHoursText(periods: RoomRecord['opening_hours']): string {
	return csvList(periods.map((p) => `${p.weekday} ${p.start}-${p.end}`));
}

export const QUARTIER_COLUMNS: CsvColumn<QuartierDetail>[] = [
	col('id', (r) => r.id),
	col('name', (r) => r.name),
	col('qpv_code', (r) => r.qpv_code),
	col('commune_insee_code', (r) => r.commune_insee_code),
	col('commune_name', (r) => r.commune_name),
	col('commune_insee_codes', (r) => csvList(r.communes.map((c) => c.insee_code))),
	col('centroid_lon', (r) => r.centroid_lon),
	col('centroid_lat', (r) => r.centroid_lat),
	col('updated_at', (r) => r.updated_at)
];

export const ROOM_COLUMNS: CsvColumn<RoomRecord>[] = [
	col('id', (r) => r.id),
	col('name', (r) => r.name),
	col('description', (r) => r.description),
	col('facility_id', (r) => r.facility_id),
	col('facility_name', (r) => r.facility_name),
	col('address', (r) => r.address),
	col('commune_insee_code', (r) => r.commune_insee_code),
	col('commune_name', (r) => r.commune_name),
	col('quartier_id', (r) => r.quartier_id),
	col('quartier_name', (r) => r.quartier_name),
	col('qpv_code', (r) => r.qpv_code),
	col('lon', (r) => r.lon),
	col('lat', (r) => r.lat),
	col('area_m2', (r) => r.area_m2),
	col('capacity', (r) => r.capacity),
	col('kitchen_level', (r) => r.kitchen_level),
	col('toilets', (r) => r.toilets),
	col('child_toilets', (r) => r.child_toilets),
	col('changing_table', (r) => r.changing_table),
	col('storage_m2', (r) => r.storage_m2),
	col('outdoor_m2', (r) => r.outdoor_m2),
	col('step_free', (r) => r.step_free),
	col('van_access', (r) => r.van_access),
	col('parking', (r) => r.parking),
	col('water_point', (r) => r.water_point),
	col('opening_hours', (r) => openingHoursText(r.opening_hours)),
	col('approval_required', (r) => r.approval_required),
	col('min_notice_hours', (r) => r.min_notice_hours),
	col('max_booking_minutes', (r) => r.max_booking_minutes),
	col('bookable_by', (r) => r.bookable_by),
	col('updated_at', (r) => r.updated_at)
];

const REQUIREMENT_FIELDS = [
	'min_area_m2',
	'kitchen_level',
	'toilets',
	'child_toilets',
	'changing_table',
	'storage_m2',
	'outdoor_m2',
	'step_free',
	'van_access',
	'water_point'
] as const;

export const PRACTICE_COLUMNS: CsvColumn<PracticeRecord>[] = [
	col('id', (r) => r.id),
	col('slug', (r) => r.slug),
	col('title', (r) => r.title),
	col('summary', (r) => r.summary),
	col('description', (r) => r.description),
	col('themes', (r) => csvList(r.themes)),
	col('publics', (r) => csvList(r.publics)),
	col('needs_answered', (r) => csvList(r.needs_answered)),
	...REQUIREMENT_FIELDS.map((f) => col(`requirements_${f}`, (r: PracticeRecord) => r.requirements[f])),
	col('sessions_per_week', (r) => r.sessions_per_week),
	col('session_minutes', (r) => r.session_minutes),
	col('preferred_windows', (r) => csvList(r.preferred_windows)),
	col('staff', (r) => r.staff),
	col('volunteers', (r) => r.volunteers),
	col('setup_cost_min', (r) => r.setup_cost_min),
	col('setup_cost_max', (r) => r.setup_cost_max),
	col('yearly_cost_min', (r) => r.yearly_cost_min),
	col('yearly_cost_max', (r) => r.yearly_cost_max),
	col('impact_indicators', (r) => csvList(r.impact_indicators)),
	col('references', (r) => JSON.stringify(r.references)),
	col('title_en', (r) => r.translations.en?.title),
	col('summary_en', (r) => r.translations.en?.summary),
	col('title_ar', (r) => r.translations.ar?.title),
	col('summary_ar', (r) => r.translations.ar?.summary),
	col('published_at', (r) => r.published_at),
	col('updated_at', (r) => r.updated_at)
];

export const ORGANISATION_COLUMNS: CsvColumn<OrganisationRecord>[] = [
	col('id', (r) => r.id),
	col('name', (r) => r.name),
	col('type', (r) => r.type),
	col('description', (r) => r.description),
	col('commune_insee_code', (r) => r.commune_insee_code),
	col('commune_name', (r) => r.commune_name),
	col('website', (r) => r.website),
	col('quartier_ids', (r) => csvList(r.quartiers.map((q) => q.id))),
	col('qpv_codes', (r) => csvList(r.quartiers.flatMap((q) => (q.qpv_code ? [q.qpv_code] : [])))),
	col('updated_at', (r) => r.updated_at)
];

export const INITIATIVE_COLUMNS: CsvColumn<InitiativeRecord>[] = [
	col('id', (r) => r.id),
	col('title', (r) => r.title),
	col('summary', (r) => r.summary),
	col('status', (r) => r.status),
	col('schedule', (r) => r.schedule),
	col('how_to_join', (r) => r.how_to_join),
	col('website', (r) => r.website),
	col('started_on', (r) => r.started_on),
	col('practice_id', (r) => r.practice_id),
	col('practice_slug', (r) => r.practice_slug),
	col('practice_title', (r) => r.practice_title),
	col('organisation_id', (r) => r.organisation_id),
	col('organisation_name', (r) => r.organisation_name),
	col('quartier_ids', (r) => csvList(r.quartiers.map((q) => q.id))),
	col('qpv_codes', (r) => csvList(r.quartiers.flatMap((q) => (q.qpv_code ? [q.qpv_code] : [])))),
	col('room_ids', (r) => csvList(r.rooms.map((room) => room.id))),
	col('title_en', (r) => r.translations.en?.title),
	col('summary_en', (r) => r.translations.en?.summary),
	col('title_ar', (r) => r.translations.ar?.title),
	col('summary_ar', (r) => r.translations.ar?.summary),
	col('updated_at', (r) => r.updated_at)
];

/** Official indicator values, one row per series, territory and year (after disclosure control). */
export const INDICATOR_COLUMNS: CsvColumn<IndicatorRecord>[] = [
	col('series_code', (r) => r.series_code),
	col('measure', (r) => r.measure),
	col('sex', (r) => r.sex),
	col('unit', (r) => r.unit),
	col('theme', (r) => r.theme),
	col('label_fr', (r) => r.label.fr),
	col('territory_type', (r) => r.territory_type),
	col('territory_id', (r) => r.territory_id),
	col('territory_code', (r) => r.territory_code),
	col('territory_name', (r) => r.territory_name),
	col('year', (r) => r.year),
	col('value', (r) => r.value),
	col('suppressed', (r) => r.suppressed),
	col('source', (r) => r.source),
	col('source_url', (r) => r.source_url),
	col('licence', (r) => r.licence)
];

const doc = (key: string, ...columns: string[]): ColumnDoc => ({ key, columns: columns.length ? columns : [key] });

/** What /open-data explains, dataset by dataset; a unit test checks every column is covered once. */
export const COLUMN_DOCS: Record<Dataset, readonly ColumnDoc[]> = {
	quartiers: [
		doc('id'),
		doc('name'),
		doc('qpv_code'),
		doc('commune', 'commune_insee_code', 'commune_name'),
		doc('commune_insee_codes'),
		doc('centroid', 'centroid_lon', 'centroid_lat'),
		doc('updated_at')
	],
	rooms: [
		doc('id'),
		doc('room_name', 'name', 'description'),
		doc('facility', 'facility_id', 'facility_name', 'address'),
		doc('commune', 'commune_insee_code', 'commune_name'),
		doc('quartier', 'quartier_id', 'quartier_name', 'qpv_code'),
		doc('lon_lat', 'lon', 'lat'),
		doc('area_m2', 'area_m2', 'capacity'),
		doc('kitchen_level'),
		doc('sanitary', 'toilets', 'child_toilets', 'changing_table'),
		doc('storage_outdoor', 'storage_m2', 'outdoor_m2'),
		doc('access', 'step_free', 'van_access', 'parking', 'water_point'),
		doc('opening_hours'),
		doc('booking', 'approval_required', 'min_notice_hours', 'max_booking_minutes', 'bookable_by'),
		doc('updated_at')
	],
	practices: [
		doc('id', 'id', 'slug'),
		doc('practice_text', 'title', 'summary', 'description'),
		doc('themes'),
		doc('publics'),
		doc('needs_answered', 'needs_answered', 'impact_indicators'),
		doc('requirements', ...REQUIREMENT_FIELDS.map((f) => `requirements_${f}`)),
		doc('time_pattern', 'sessions_per_week', 'session_minutes', 'preferred_windows'),
		doc('people', 'staff', 'volunteers'),
		doc('costs', 'setup_cost_min', 'setup_cost_max', 'yearly_cost_min', 'yearly_cost_max'),
		doc('references'),
		doc('translations', 'title_en', 'summary_en', 'title_ar', 'summary_ar'),
		doc('published_at', 'published_at', 'updated_at')
	],
	organisations: [
		doc('id'),
		doc('organisation_name', 'name', 'type', 'description'),
		doc('commune', 'commune_insee_code', 'commune_name'),
		doc('website'),
		doc('quartiers', 'quartier_ids', 'qpv_codes'),
		doc('updated_at')
	],
	indicators: [
		doc('observatory:series', 'series_code', 'measure', 'sex', 'unit', 'theme', 'label_fr'),
		doc('observatory:territory', 'territory_type', 'territory_id', 'territory_code', 'territory_name'),
		doc('observatory:value', 'year', 'value', 'suppressed'),
		doc('observatory:source', 'source', 'source_url', 'licence')
	],
	initiatives: [
		doc('id'),
		doc('initiative_text', 'title', 'summary', 'schedule', 'how_to_join', 'website'),
		doc('status'),
		doc('started_on'),
		doc('practice', 'practice_id', 'practice_slug', 'practice_title'),
		doc('organisation', 'organisation_id', 'organisation_name'),
		doc('quartiers', 'quartier_ids', 'qpv_codes'),
		doc('room_ids'),
		doc('translations', 'title_en', 'summary_en', 'title_ar', 'summary_ar'),
		doc('updated_at')
	]
};

export const CSV_COLUMNS = {
	quartiers: QUARTIER_COLUMNS,
	rooms: ROOM_COLUMNS,
	practices: PRACTICE_COLUMNS,
	organisations: ORGANISATION_COLUMNS,
	initiatives: INITIATIVE_COLUMNS,
	indicators: INDICATOR_COLUMNS
} as const;

/** CSV columns that are plain values, for the GeoJSON properties (geometry apart). */
function properties<T>(columns: readonly CsvColumn<T>[], row: T, skip: readonly string[] = []) {
	return Object.fromEntries(columns.filter((c) => !skip.includes(c.name)).map((c) => [c.name, c.value(row) ?? null]));
}

/** Rooms as points at their facility. */
export function roomsGeoJson(rows: readonly RoomRecord[]): FeatureCollection {
	return featureCollection(rows.map((r) => feature(r.id, point(r), properties(ROOM_COLUMNS, r))));
}

/** Quartiers as their outlines; a quartier without an outline keeps a null geometry. */
export function quartiersGeoJson(rows: readonly QuartierDetail[]): FeatureCollection {
	return featureCollection(rows.map((r) => feature(r.id, outline(r.outline), properties(QUARTIER_COLUMNS, r))));
}

/**
 * Initiatives where they happen: the points of their rooms when they are known, otherwise the
 * centroids of their quartiers (a place people can find, less precise than a room).
 */
export function initiativesGeoJson(
	rows: readonly InitiativeRecord[],
	centroids: ReadonlyMap<string, Place>
): FeatureCollection {
	return featureCollection(
		rows.map((r) => {
			const atRooms = points(r.rooms);
			const geometry = atRooms ?? points(r.quartiers.map((q) => centroids.get(q.id)));
			return feature(r.id, geometry, properties(INITIATIVE_COLUMNS, r));
		})
	);
}

/**
 * Quartiers with their latest official indicators: the quartier's columns, then for each series
 * `<code>` its latest published value (null when unknown or hidden) and `<code>_year`, and
 * `suppressed`: the codes of the series whose latest value is hidden, joined by ";".
 */
export function indicatorsGeoJson(
	quartiers: readonly QuartierDetail[],
	records: readonly IndicatorRecord[]
): FeatureCollection {
	const codes = [...new Set(records.map((r) => r.series_code))].sort();
	const latest = new Map<string, IndicatorRecord>();
	for (const r of records) {
		if (r.territory_type !== 'quartier') continue;
		const key = `${r.territory_id}|${r.series_code}`;
		const seen = latest.get(key);
		if (!seen || seen.year < r.year) latest.set(key, r);
	}
	const withValues = new Set(records.filter((r) => r.territory_type === 'quartier').map((r) => r.territory_id));
	return featureCollection(
		quartiers
			.filter((q) => withValues.has(q.id))
			.map((q) => {
				const props: Record<string, unknown> = properties(QUARTIER_COLUMNS, q);
				const hidden: string[] = [];
				for (const code of codes) {
					const r = latest.get(`${q.id}|${code}`);
					props[code] = r ? r.value : null;
					props[`${code}_year`] = r ? r.year : null;
					if (r?.suppressed) hidden.push(code);
				}
				props.suppressed = csvList(hidden);
				return feature(q.id, outline(q.outline), props);
			})
	);
}

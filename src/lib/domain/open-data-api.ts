/**
 * The read API's contract (/api/v1): the query parameters each list accepts and the shape of
 * every record, in Zod. The routes parse with these schemas, the OpenAPI document is generated
 * from them (openapi.ts) and the tests validate responses with them: one source, so the
 * document cannot drift from what the API does. Field names are snake_case and stable.
 */
import { z } from 'zod';
import {
	INITIATIVE_STATUSES,
	KITCHEN_LEVELS,
	ORGANISATION_TYPES,
	PUBLICS,
	TIME_WINDOWS,
	BOOKABLE_BY
} from './vocabulary.js';

export const API_MAX_PER_PAGE = 100;
export const API_DEFAULT_PER_PAGE = 20;

/**
 * Initiatives that reach the open data. An `idea` is an organisation's draft, not yet a
 * commitment: it has no place, time or way to join yet, and a re-user's map would send people to
 * something that does not exist. The other statuses are published, `ended` included (history and
 * impact research), and the `status` field lets re-users keep only what is running.
 */
export const OPEN_INITIATIVE_STATUSES = INITIATIVE_STATUSES.filter((s) => s !== 'idea');

// ── Query parameters ──────────────────────────────────────────────────────────

const page = z.coerce.number().int().min(1).max(1_000_000).default(1).describe('Page number, from 1.');
const perPage = z.coerce
	.number()
	.int()
	.min(1)
	.max(API_MAX_PER_PAGE)
	.default(API_DEFAULT_PER_PAGE)
	.describe(`Items per page, at most ${API_MAX_PER_PAGE}.`);
const q = z
	.string()
	.trim()
	.min(1)
	.max(200)
	.optional()
	.describe('French full-text search, accents ignored; accepts "quoted phrases", OR and -exclusions.');
const quartier = z
	.string()
	.trim()
	.min(1)
	.max(100)
	.optional()
	.describe('A quartier: its id, or its 2024 QPV code (e.g. QN06920M).');
const commune = z
	.string()
	.regex(/^(\d{5}|2[AB]\d{3})$/)
	.optional()
	.describe('A commune, by its 5-character INSEE code (e.g. 69266).');
const flag = z
	.enum(['true', 'false'])
	.transform((v) => v === 'true')
	.optional();

const paging = { page, per_page: perPage };

export const quartierQuery = z
	.object({
		...paging,
		commune,
		qpv: flag.describe('true: only official QPV; false: only the other quartiers.')
	})
	.strict();

export const roomQuery = z
	.object({
		...paging,
		q,
		quartier,
		commune,
		kitchen_level: z
			.enum(KITCHEN_LEVELS)
			.optional()
			.describe('Rooms with at least this kitchen (none < reheating < full).'),
		min_area: z.coerce.number().int().min(0).max(100_000).optional().describe('Rooms of at least this many m².'),
		min_capacity: z.coerce
			.number()
			.int()
			.min(0)
			.max(100_000)
			.optional()
			.describe('Rooms for at least this many people.'),
		step_free: flag.describe('true: only rooms with step-free access.')
	})
	.strict();

export const practiceQuery = z
	.object({
		...paging,
		q,
		theme: z
			.string()
			.regex(/^[A-Z]{2,5}$/)
			.optional()
			.describe('A theme code of the Carrefour des innovations sociales taxonomy (e.g. JEU).'),
		public: z.enum(PUBLICS).optional().describe('Practices for this public.'),
		kitchen_level: z
			.enum(KITCHEN_LEVELS)
			.optional()
			.describe('Practices that need at most this kitchen: what a room with this kitchen can host.'),
		max_area: z.coerce
			.number()
			.int()
			.min(0)
			.max(100_000)
			.optional()
			.describe('Practices that need at most this many m²: what a room of this size can host.')
	})
	.strict();

export const organisationQuery = z
	.object({
		...paging,
		q,
		type: z.enum(ORGANISATION_TYPES).optional(),
		quartier: quartier.describe('Organisations that serve this quartier (id or QPV code).'),
		commune: commune.describe('Organisations based in this commune (INSEE code).')
	})
	.strict();

export const initiativeQuery = z
	.object({
		...paging,
		q,
		status: z.enum(OPEN_INITIATIVE_STATUSES).optional(),
		quartier: quartier.describe('Initiatives in this quartier (id or QPV code).'),
		commune: commune.describe('Initiatives in a quartier of this commune (INSEE code).'),
		practice: z.string().trim().min(1).max(100).optional().describe('Initiatives of this practice (id or slug).'),
		organisation: z.string().trim().min(1).max(100).optional().describe('Initiatives run by this organisation (id).')
	})
	.strict();

export const indicatorQuery = z
	.object({
		...paging,
		series: z
			.string()
			.regex(/^[a-z0-9_]{1,60}$/)
			.optional()
			.describe('A series, by its code (e.g. tx_f_empl).'),
		measure: z
			.string()
			.regex(/^[a-z0-9_]{1,60}$/)
			.optional()
			.describe('Every series of one measure (e.g. employment_rate_15_64: women, men and everyone).'),
		sex: z.enum(['all', 'women', 'men']).optional().describe('The population a series counts.'),
		territory_type: z.enum(['quartier', 'commune', 'reference']).optional(),
		quartier,
		year: z.coerce.number().int().min(1900).max(2100).optional()
	})
	.strict();

export type QuartierQuery = z.output<typeof quartierQuery>;
export type IndicatorQuery = z.output<typeof indicatorQuery>;
export type RoomQuery = z.output<typeof roomQuery>;
export type PracticeQuery = z.output<typeof practiceQuery>;
export type OrganisationQuery = z.output<typeof organisationQuery>;
export type InitiativeQuery = z.output<typeof initiativeQuery>;

/** The body of PATCH /api/v1/initiatives/{id}. */
export const initiativeStatusInput = z.object({ status: z.enum(INITIATIVE_STATUSES) }).strict();

// ── Records ───────────────────────────────────────────────────────────────────

const timestamp = z.iso.datetime().describe('ISO 8601, UTC.');
const lon = z.number().min(-180).max(180).nullable().describe('WGS84 longitude, null when unknown.');
const lat = z.number().min(-90).max(90).nullable().describe('WGS84 latitude, null when unknown.');

export const communeRef = z.object({ insee_code: z.string(), name: z.string() }).strict();
export const quartierRef = z.object({ id: z.string(), name: z.string(), qpv_code: z.string().nullable() }).strict();

export const quartierRecord = z
	.object({
		id: z.string(),
		name: z.string(),
		qpv_code: z.string().nullable().describe('Official 2024 QPV code, null for other quartiers.'),
		commune_insee_code: z.string().describe('The first commune listed for the quartier.'),
		commune_name: z.string(),
		communes: z.array(communeRef).describe('Every commune the quartier lies in (a few QPV straddle two).'),
		centroid_lon: lon,
		centroid_lat: lat,
		updated_at: timestamp
	})
	.strict();

const geometry = z
	.object({
		type: z.enum(['Polygon', 'MultiPolygon']),
		coordinates: z.array(z.array(z.any()))
	})
	.strict()
	.describe('GeoJSON geometry (RFC 7946), WGS84.');

export const quartierDetail = quartierRecord.extend({ outline: geometry.nullable() }).strict();

const openingPeriod = z
	.object({
		weekday: z.number().int().min(1).max(7).describe('1 = Monday … 7 = Sunday.'),
		start: z.string().describe('HH:MM, local time of the commune.'),
		end: z.string()
	})
	.strict();

export const roomRecord = z
	.object({
		id: z.string(),
		name: z.string(),
		description: z.string(),
		facility_id: z.string(),
		facility_name: z.string(),
		address: z.string(),
		commune_insee_code: z.string(),
		commune_name: z.string(),
		quartier_id: z.string().nullable(),
		quartier_name: z.string().nullable(),
		qpv_code: z.string().nullable(),
		lon,
		lat,
		area_m2: z.number().int(),
		capacity: z.number().int(),
		kitchen_level: z.enum(KITCHEN_LEVELS),
		toilets: z.boolean(),
		child_toilets: z.boolean(),
		changing_table: z.boolean(),
		storage_m2: z.number().int(),
		outdoor_m2: z.number().int(),
		step_free: z.boolean(),
		van_access: z.boolean(),
		parking: z.boolean(),
		water_point: z.boolean(),
		opening_hours: z.array(openingPeriod).describe('Weekly opening hours; empty means "on request".'),
		approval_required: z.boolean(),
		min_notice_hours: z.number().int(),
		max_booking_minutes: z.number().int(),
		bookable_by: z.enum(BOOKABLE_BY),
		updated_at: timestamp
	})
	.strict();

const requirements = z
	.object({
		min_area_m2: z.number().int(),
		kitchen_level: z.enum(KITCHEN_LEVELS),
		toilets: z.boolean(),
		child_toilets: z.boolean(),
		changing_table: z.boolean(),
		storage_m2: z.number().int(),
		outdoor_m2: z.number().int(),
		step_free: z.boolean(),
		van_access: z.boolean(),
		water_point: z.boolean()
	})
	.strict()
	.describe('What the practice needs from a room, on the same scale as a room’s equipment.');

const practiceText = z.object({ title: z.string(), summary: z.string(), description: z.string().nullable() }).strict();

const reference = z
	.object({ name: z.string(), place: z.string().nullable(), url: z.string().nullable(), note: z.string().nullable() })
	.strict();

export const practiceRecord = z
	.object({
		id: z.string(),
		slug: z.string(),
		title: z.string(),
		summary: z.string(),
		description: z.string().describe('Markdown.'),
		themes: z.array(z.string()),
		publics: z.array(z.enum(PUBLICS)),
		needs_answered: z.array(z.string()),
		requirements,
		sessions_per_week: z.number().int(),
		session_minutes: z.number().int(),
		preferred_windows: z.array(z.enum(TIME_WINDOWS)),
		staff: z.number().int(),
		volunteers: z.number().int(),
		setup_cost_min: z.number().int().nullable().describe('Euros.'),
		setup_cost_max: z.number().int().nullable(),
		yearly_cost_min: z.number().int().nullable(),
		yearly_cost_max: z.number().int().nullable(),
		impact_indicators: z.array(z.string()),
		references: z.array(reference),
		translations: z
			.object({ en: practiceText.optional(), ar: practiceText.optional() })
			.strict()
			.describe('Title, summary and description in other languages, where translated (French is the source).'),
		published_at: timestamp.nullable(),
		updated_at: timestamp
	})
	.strict();

export const organisationRecord = z
	.object({
		id: z.string(),
		name: z.string(),
		type: z.enum(ORGANISATION_TYPES),
		description: z.string(),
		commune_insee_code: z.string().nullable(),
		commune_name: z.string().nullable(),
		website: z.string().nullable(),
		quartiers: z.array(quartierRef).describe('The quartiers the organisation serves.'),
		updated_at: timestamp
	})
	.strict()
	.describe('No person is named and no contact e-mail or phone is given: see the open data page.');

const initiativeText = z
	.object({ title: z.string(), summary: z.string(), schedule: z.string(), how_to_join: z.string() })
	.strict();

export const roomRef = z.object({ id: z.string(), name: z.string(), lon, lat }).strict();

export const initiativeRecord = z
	.object({
		id: z.string(),
		title: z.string(),
		summary: z.string(),
		status: z.enum(INITIATIVE_STATUSES),
		schedule: z.string(),
		how_to_join: z.string(),
		website: z.string().nullable(),
		started_on: z.iso.date().nullable(),
		practice_id: z.string(),
		practice_slug: z.string(),
		practice_title: z.string(),
		organisation_id: z.string(),
		organisation_name: z.string(),
		quartiers: z.array(quartierRef),
		rooms: z.array(roomRef),
		translations: z.object({ en: initiativeText.optional(), ar: initiativeText.optional() }).strict(),
		updated_at: timestamp
	})
	.strict();

const indicatorSeriesFields = {
	series_code: z.string().describe('The series, e.g. tx_f_empl.'),
	measure: z.string().describe('What is measured; series of one measure differ by population (sex).'),
	sex: z.enum(['all', 'women', 'men']),
	unit: z.enum(['percent', 'count', 'euros', 'ratio']).describe('percent: 36.5 means 36.5 %.'),
	theme: z.string(),
	label: z.object({ fr: z.string(), en: z.string(), ar: z.string() }).strict(),
	source: z.string(),
	source_url: z.string().nullable(),
	licence: z.string().describe('Licence Ouverte 2.0 unless the source says otherwise.')
};

const indicatorPoint = {
	territory_type: z.enum(['quartier', 'commune', 'reference']),
	territory_id: z.string(),
	territory_code: z
		.string()
		.nullable()
		.describe(
			'2024 QPV code, commune INSEE code, or the reference code (file-mean, file-weighted-mean: means of the quartiers of the imported file).'
		),
	territory_name: z.string().nullable(),
	year: z.number().int(),
	value: z.number().nullable().describe('null when suppressed.'),
	suppressed: z
		.boolean()
		.describe(
			'A count hidden by disclosure control: from 1 to k − 1, or hidden so that another cannot be worked out from the total.'
		)
};

export const indicatorRecord = z
	.object({ ...indicatorSeriesFields, ...indicatorPoint })
	.strict()
	.describe('One value of one series for one territory and year, after disclosure control.');

export const indicatorSeriesDetail = z
	.object({
		...indicatorSeriesFields,
		min_count: z.number().int().describe('k: counts from 1 to k − 1 are not published.'),
		values: z.array(z.object(indicatorPoint).strict())
	})
	.strict()
	.describe('A series with all its published values; its id is its code.');

export type IndicatorRecord = z.output<typeof indicatorRecord>;
export type IndicatorSeriesDetail = z.output<typeof indicatorSeriesDetail>;
export type QuartierRecord = z.output<typeof quartierRecord>;
export type QuartierDetail = z.output<typeof quartierDetail>;
export type RoomRecord = z.output<typeof roomRecord>;
export type PracticeRecord = z.output<typeof practiceRecord>;
export type OrganisationRecord = z.output<typeof organisationRecord>;
export type InitiativeRecord = z.output<typeof initiativeRecord>;

// ── Envelopes ─────────────────────────────────────────────────────────────────

export const listMeta = z
	.object({ page: z.number().int(), per_page: z.number().int(), total: z.number().int(), pages: z.number().int() })
	.strict();

export const listLinks = z
	.object({
		self: z.string(),
		first: z.string(),
		last: z.string(),
		prev: z.string().nullable(),
		next: z.string().nullable()
	})
	.strict()
	.describe('Absolute URLs of the neighbouring pages, the same as the Link header.');

export function listOf<T extends z.ZodType>(record: T) {
	return z.object({ data: z.array(record), meta: listMeta, links: listLinks }).strict();
}

export function one<T extends z.ZodType>(record: T) {
	return z.object({ data: record }).strict();
}

/** RFC 9457 problem details; `invalid_params` lists what was wrong with a request. */
export const problem = z
	.object({
		type: z.string(),
		title: z.string(),
		status: z.number().int(),
		detail: z.string().optional(),
		instance: z.string().optional(),
		invalid_params: z.array(z.object({ name: z.string(), reason: z.string() }).strict()).optional()
	})
	.strict();
export type Problem = z.output<typeof problem>;

// ── Pagination ────────────────────────────────────────────────────────────────

export interface ListPage {
	page: number;
	per_page: number;
	total: number;
	pages: number;
}

export function listPage(page: number, perPage: number, total: number): ListPage {
	return { page, per_page: perPage, total, pages: Math.max(1, Math.ceil(total / perPage)) };
}

/**
 * Links to the first, last, previous and next pages, keeping the other parameters. A page past
 * the last one answers an empty `data` (not the last page): a client walking `next` stops anyway.
 */
export function listLinksFor(url: URL, meta: ListPage): z.output<typeof listLinks> {
	const at = (n: number) => {
		const next = new URL(url);
		next.searchParams.set('page', String(n));
		next.searchParams.set('per_page', String(meta.per_page));
		return next.toString();
	};
	return {
		self: at(meta.page),
		first: at(1),
		last: at(meta.pages),
		prev: meta.page > 1 ? at(Math.min(meta.page - 1, meta.pages)) : null,
		next: meta.page < meta.pages ? at(meta.page + 1) : null
	};
}

/** The same links as an RFC 8288 Link header. */
export function linkHeader(links: z.output<typeof listLinks>): string {
	return (['first', 'prev', 'next', 'last'] as const)
		.filter((rel) => links[rel])
		.map((rel) => `<${links[rel]}>; rel="${rel}"`)
		.join(', ');
}

/** Turns Zod's issues into the problem document's `invalid_params`. */
export function invalidParams(error: z.ZodError): { name: string; reason: string }[] {
	return error.issues.map((issue) => {
		if (issue.code === 'unrecognized_keys') return { name: issue.keys.join(', '), reason: 'Unknown parameter.' };
		return { name: issue.path.join('.') || '(body)', reason: issue.message };
	});
}

/** Query parameters as an object; a repeated parameter keeps its first value. */
export function queryObject(params: URLSearchParams): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [k, v] of params) if (!(k in out)) out[k] = v;
	return out;
}

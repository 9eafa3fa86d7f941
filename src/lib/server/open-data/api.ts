/**
 * The HTTP side of /api/v1 and of the open data downloads, apart from SvelteKit so that the
 * integration tests call it as the routes do: parse with the contract's Zod schemas, answer JSON
 * (RFC 9457 problems for errors), CORS for everyone, ETags, and one rate limit per address.
 */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { AppContext } from '../context.js';
import { AccessDenied } from '../authorisation.js';
import { authenticateApiToken } from '../api-tokens.js';
import { updateInitiativeStatus, type ApiWriter } from '../use-cases/update-initiative-status.js';
import type { Actor } from '#lib/domain/authorisation.js';
import {
	indicatorQuery,
	initiativeQuery,
	invalidParams,
	linkHeader,
	listLinksFor,
	listPage,
	organisationQuery,
	practiceQuery,
	quartierQuery,
	queryObject,
	roomQuery,
	type Problem
} from '#lib/domain/open-data-api.js';
import { openApiDocument } from '#lib/domain/openapi.js';
import { toCsv } from '#lib/domain/csv.js';
import {
	CSV_COLUMNS,
	DATASETS,
	GEOGRAPHIC_DATASETS,
	indicatorsGeoJson,
	initiativesGeoJson,
	quartiersGeoJson,
	roomsGeoJson,
	type Dataset
} from '#lib/domain/open-data.js';
import { windowOf, type Listed, type Window } from './common.js';
import { getQuartier, listQuartiers, withoutOutline } from './quartiers.js';
import { getRoom, listRooms } from './rooms.js';
import { getPractice, listPractices } from './practices.js';
import { getOrganisation, listOrganisations } from './organisations.js';
import { getInitiative, listInitiatives, quartierCentroids } from './initiatives.js';
import { allIndicatorRecords, getIndicatorSeries, listIndicators } from './indicators.js';

/** What a handler needs of a request; the routes build it from SvelteKit's event. */
export interface ApiRequest {
	url: URL;
	request: Request;
	ip: string;
	actor: Actor | null;
}

type Ctx = Pick<AppContext, 'db' | 'rateLimiter'>;

interface Collection {
	query: z.ZodType<{ page: number; per_page: number }>;
	list(db: Ctx['db'], query: never, window?: Window): Promise<Listed<object>>;
	get(db: Ctx['db'], id: string): Promise<object | null>;
	/** How an item looks in a list, when lighter than its detail. */
	inList?: (item: never) => object;
}

const COLLECTIONS: Record<string, Collection> = {
	quartiers: { query: quartierQuery, list: listQuartiers, get: getQuartier, inList: withoutOutline },
	rooms: { query: roomQuery, list: listRooms, get: getRoom },
	practices: { query: practiceQuery, list: listPractices, get: getPractice },
	organisations: { query: organisationQuery, list: listOrganisations, get: getOrganisation },
	initiatives: { query: initiativeQuery, list: listInitiatives, get: getInitiative },
	indicators: { query: indicatorQuery, list: listIndicators, get: getIndicatorSeries }
};

const CORS = {
	'Access-Control-Allow-Origin': '*',
	'Access-Control-Expose-Headers': 'Link, ETag, Retry-After'
};

const PROBLEM_TITLES: Record<number, string> = {
	400: 'Bad request',
	401: 'Authentication required',
	403: 'Forbidden',
	404: 'Not found',
	405: 'Method not allowed',
	415: 'Unsupported media type',
	429: 'Too many requests'
};

/** An RFC 9457 problem document; `type` points at the API's help page, where each one is explained. */
export function problemResponse(
	status: number,
	detail: string,
	extra: Partial<Problem> = {},
	headers: Record<string, string> = {}
): Response {
	const body: Problem = {
		type: `/api#problem-${status}`,
		title: PROBLEM_TITLES[status] ?? 'Error',
		status,
		detail,
		...extra
	};
	return new Response(JSON.stringify(body), {
		status,
		headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store', ...CORS, ...headers }
	});
}

function etagOf(body: string): string {
	return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

function notModified(request: Request, etag: string): boolean {
	const header = request.headers.get('if-none-match');
	if (!header) return false;
	return header
		.split(',')
		.map((t) => t.trim().replace(/^W\//, ''))
		.some((t) => t === etag || t === '*');
}

/** A cacheable public answer: ETag, 304 when the client already has it, CORS for every origin. */
function cacheable(request: Request, body: string, headers: Record<string, string>, maxAge: number): Response {
	const etag = etagOf(body);
	const common = { ETag: etag, 'Cache-Control': `public, max-age=${maxAge}`, ...CORS };
	if (notModified(request, etag)) return new Response(null, { status: 304, headers: { ...common, ...headers } });
	return new Response(body, { status: 200, headers: { ...common, ...headers } });
}

export const json = (request: Request, data: unknown, headers: Record<string, string> = {}) =>
	cacheable(request, JSON.stringify(data), { 'Content-Type': 'application/json; charset=utf-8', ...headers }, 60);

export async function limited(ctx: Ctx, req: ApiRequest): Promise<Response | null> {
	const limit = await ctx.rateLimiter.hit('apiIp', req.ip);
	if (!limit.limited) return null;
	return problemResponse(
		429,
		`Too many requests from this address; try again in ${limit.retryAfterSeconds} s.`,
		{},
		{ 'Retry-After': String(limit.retryAfterSeconds) }
	);
}

function unknownCollection(name: string): Response {
	return problemResponse(404, `There is no collection "${name}". Collections: ${Object.keys(COLLECTIONS).join(', ')}.`);
}

/** GET /api/v1/{collection}: a page of items with meta, links and a Link header. */
export async function handleList(ctx: Ctx, req: ApiRequest, name: string): Promise<Response> {
	const collection = COLLECTIONS[name];
	if (!collection) return unknownCollection(name);
	const tooMany = await limited(ctx, req);
	if (tooMany) return tooMany;
	const parsed = collection.query.safeParse(queryObject(req.url.searchParams));
	if (!parsed.success)
		return problemResponse(400, 'Some query parameters are not valid.', {
			invalid_params: invalidParams(parsed.error)
		});
	const query = parsed.data;
	const { rows, total } = await collection.list(ctx.db, query as never, windowOf(query));
	const meta = listPage(query.page, query.per_page, total);
	const links = listLinksFor(req.url, meta);
	const data = collection.inList ? rows.map((r) => collection.inList!(r as never)) : rows;
	return json(req.request, { data, meta, links }, { Link: linkHeader(links) });
}

/** GET /api/v1/{collection}/{id}. */
export async function handleDetail(ctx: Ctx, req: ApiRequest, name: string, id: string): Promise<Response> {
	const collection = COLLECTIONS[name];
	if (!collection) return unknownCollection(name);
	const tooMany = await limited(ctx, req);
	if (tooMany) return tooMany;
	const item = await collection.get(ctx.db, id);
	if (!item) return problemResponse(404, `No public item of ${name} has the id "${id}".`);
	return json(req.request, { data: item });
}

/** PATCH /api/v1/initiatives/{id} with {"status": …}, by a member (session) or an organisation's token. */
export async function handlePatchInitiative(ctx: Ctx, req: ApiRequest, id: string): Promise<Response> {
	const tooMany = await limited(ctx, req);
	if (tooMany) return tooMany;
	const authorization = req.request.headers.get('authorization');
	let writer: ApiWriter | null = null;
	if (authorization) {
		// A token that is sent but not valid is refused, never replaced by the session.
		const token = await authenticateApiToken(ctx.db, authorization);
		if (!token)
			return problemResponse(401, 'The API token is unknown or revoked.', {}, { 'WWW-Authenticate': 'Bearer' });
		writer = { token };
	} else if (req.actor) writer = { actor: req.actor };
	if (!writer)
		return problemResponse(
			401,
			'Sign in, or send an API token as "Authorization: Bearer <token>".',
			{},
			{ 'WWW-Authenticate': 'Bearer' }
		);
	// Only JSON: a cross-site form cannot send it, and a cross-site script must first pass a CORS
	// preflight, which never lets cookies through (Access-Control-Allow-Origin is "*").
	const type = req.request.headers.get('content-type') ?? '';
	if (!/^application\/(merge-patch\+)?json\b/i.test(type))
		return problemResponse(415, 'Send the body as application/json, e.g. {"status": "running"}.');
	let body: unknown;
	try {
		body = await req.request.json();
	} catch {
		return problemResponse(400, 'The body is not valid JSON.');
	}
	try {
		const result = await updateInitiativeStatus(ctx, writer, id, body);
		if (result.ok)
			return new Response(JSON.stringify({ data: result.initiative }), {
				headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...CORS }
			});
		if (result.code === 'NOT_FOUND') return problemResponse(404, `No initiative has the id "${id}".`);
		if (result.code === 'RATE_LIMITED')
			return problemResponse(
				429,
				`Too many changes; try again in ${result.retryAfterSeconds} s.`,
				{},
				{ 'Retry-After': String(result.retryAfterSeconds) }
			);
		return problemResponse(400, 'The body is not valid.', { invalid_params: result.invalidParams });
	} catch (e) {
		if (e instanceof AccessDenied)
			return problemResponse(403, 'Only members of the organisation that runs this initiative may change it.');
		throw e;
	}
}

/** CORS preflight: programs on other sites may read, and write with a token (never a cookie). */
export function handlePreflight(): Response {
	return new Response(null, {
		status: 204,
		headers: {
			...CORS,
			'Access-Control-Allow-Methods': 'GET, PATCH, OPTIONS',
			'Access-Control-Allow-Headers': 'Authorization, Content-Type, If-None-Match',
			'Access-Control-Max-Age': '86400'
		}
	});
}

export function handleOpenApi(req: Pick<ApiRequest, 'url' | 'request'>): Response {
	return json(req.request, openApiDocument(`${req.url.origin}/api/v1`));
}

export function handleMethodNotAllowed(allowed: string): Response {
	return problemResponse(405, `This address answers ${allowed} only.`, {}, { Allow: allowed });
}

// ── Downloads ─────────────────────────────────────────────────────────────────

const FORMATS = ['csv', 'geojson'] as const;

/** The dataset and format a file name asks for ("rooms.csv"), or null when there is no such file. */
export function downloadOf(file: string): { dataset: Dataset; format: 'csv' | 'geojson' } | null {
	const m = /^([a-z]+)\.([a-z]+)$/.exec(file);
	const dataset = DATASETS.find((d) => d === m?.[1]);
	const format = FORMATS.find((f) => f === m?.[2]);
	if (!dataset || !format) return null;
	if (format === 'geojson' && !GEOGRAPHIC_DATASETS.includes(dataset)) return null;
	return { dataset, format };
}

async function body(db: Ctx['db'], dataset: Dataset, format: 'csv' | 'geojson'): Promise<string> {
	const csv = format === 'csv';
	switch (dataset) {
		case 'quartiers': {
			const rows = (await listQuartiers(db, {})).rows;
			return csv ? toCsv(CSV_COLUMNS.quartiers, rows) : JSON.stringify(quartiersGeoJson(rows));
		}
		case 'rooms': {
			const rows = (await listRooms(db, {})).rows;
			return csv ? toCsv(CSV_COLUMNS.rooms, rows) : JSON.stringify(roomsGeoJson(rows));
		}
		case 'practices':
			return toCsv(CSV_COLUMNS.practices, (await listPractices(db, {})).rows);
		case 'organisations':
			return toCsv(CSV_COLUMNS.organisations, (await listOrganisations(db, {})).rows);
		case 'initiatives': {
			const rows = (await listInitiatives(db, {})).rows;
			if (csv) return toCsv(CSV_COLUMNS.initiatives, rows);
			const centroids = await quartierCentroids(db, [...new Set(rows.flatMap((i) => i.quartiers.map((q) => q.id)))]);
			return JSON.stringify(initiativesGeoJson(rows, centroids));
		}
		case 'indicators': {
			const records = await allIndicatorRecords(db);
			if (csv) return toCsv(CSV_COLUMNS.indicators, records);
			return JSON.stringify(indicatorsGeoJson((await listQuartiers(db, {})).rows, records));
		}
	}
}

/** GET /open-data/{dataset}.{csv|geojson}: the whole dataset as a file. */
export async function handleDownload(ctx: Ctx, req: ApiRequest, file: string, today = new Date()): Promise<Response> {
	const wanted = downloadOf(file);
	if (!wanted) return problemResponse(404, `There is no open data file "${file}".`);
	const tooMany = await limited(ctx, req);
	if (tooMany) return tooMany;
	const text = await body(ctx.db, wanted.dataset, wanted.format);
	const name = `quartiers-vivants-${wanted.dataset}-${today.toISOString().slice(0, 10)}.${wanted.format}`;
	return cacheable(
		req.request,
		text,
		{
			'Content-Type':
				wanted.format === 'csv' ? 'text/csv; charset=utf-8; header=present' : 'application/geo+json; charset=utf-8',
			'Content-Disposition': `attachment; filename="${name}"`
		},
		300
	);
}

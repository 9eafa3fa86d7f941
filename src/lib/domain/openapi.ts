/**
 * The OpenAPI 3.1 document of /api/v1, generated from the Zod schemas the routes use
 * (open-data-api.ts): parameters from the query schemas, components from the record schemas.
 */
import { z } from 'zod';
import {
	indicatorQuery,
	indicatorRecord,
	indicatorSeriesDetail,
	initiativeQuery,
	initiativeRecord,
	initiativeStatusInput,
	listOf,
	one,
	organisationQuery,
	organisationRecord,
	practiceQuery,
	practiceRecord,
	problem,
	quartierDetail,
	quartierQuery,
	quartierRecord,
	roomQuery,
	roomRecord,
	API_MAX_PER_PAGE
} from './open-data-api.js';
import { IMPACT_RESPONSE_SCHEMA } from './impact-open-data.js';

export interface ApiCollection {
	/** The path segment: /api/v1/<name>. */
	name: 'quartiers' | 'rooms' | 'practices' | 'organisations' | 'initiatives' | 'indicators';
	/** The component name of one item. */
	item: string;
	query: z.ZodObject;
	record: z.ZodType;
	detail: z.ZodType;
	summary: string;
	description: string;
}

export const API_COLLECTIONS: readonly ApiCollection[] = [
	{
		name: 'quartiers',
		item: 'Quartier',
		query: quartierQuery,
		record: quartierRecord,
		detail: quartierDetail,
		summary: 'Quartiers',
		description: 'Quartiers, among them the official 2024 QPV. The detail adds the outline.'
	},
	{
		name: 'rooms',
		item: 'Room',
		query: roomQuery,
		record: roomRecord,
		detail: roomRecord,
		summary: 'Shared rooms',
		description: 'Rooms of public facilities, with their equipment, opening hours and booking policy.'
	},
	{
		name: 'practices',
		item: 'Practice',
		query: practiceQuery,
		record: practiceRecord,
		detail: practiceRecord,
		summary: 'Catalogue of practices',
		description: 'Published practices (fiches innovation) only; proposals under review are not public.'
	},
	{
		name: 'organisations',
		item: 'Organisation',
		query: organisationQuery,
		record: organisationRecord,
		detail: organisationRecord,
		summary: 'Organisations',
		description: 'The directory of organisations, without members or personal contact details.'
	},
	{
		name: 'initiatives',
		item: 'Initiative',
		query: initiativeQuery,
		record: initiativeRecord,
		detail: initiativeRecord,
		summary: 'Initiatives',
		description:
			'Practices run by organisations in quartiers. Ideas (status idea) and initiatives of unpublished practices are not public.'
	},
	{
		name: 'indicators',
		item: 'IndicatorValue',
		query: indicatorQuery,
		record: indicatorRecord,
		detail: indicatorSeriesDetail,
		summary: 'Official indicators',
		description:
			'Values of official indicators (imported tables, e.g. INSEE figures per QPV) by series, territory and year, each with its source and licence. Counts go through disclosure control: a count from 1 to k − 1 (k = 5 unless the series says otherwise), and any count that would let it be worked out from a published total, has value null and suppressed true. The detail, /indicators/{id}, takes a series code and gives the series with all its values.'
	}
];

type JsonSchema = Record<string, unknown>;

/** A schema of a parameter, on its own (no $schema, no registry). */
function paramSchema(schema: z.ZodType): JsonSchema {
	const { $schema: _ignored, description: _described, ...rest } = z.toJSONSchema(schema, { io: 'input' }) as JsonSchema;
	return rest;
}

function parameters(query: z.ZodObject): JsonSchema[] {
	return Object.entries(query.shape).map(([name, field]) => {
		const schema = field as z.ZodType;
		return {
			name,
			in: 'query',
			required: false,
			...(schema.description ? { description: schema.description } : {}),
			schema: paramSchema(schema)
		};
	});
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: JsonSchema) => ({ 'application/json': { schema } });
const problemResponse = (description: string) => ({
	description,
	content: { 'application/problem+json': { schema: ref('Problem') } }
});

const localDate = { type: 'string', format: 'date' };
const localTime = { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' };
const BOOKING_REQUEST_SCHEMA: JsonSchema = {
	type: 'object',
	required: ['roomId', 'title', 'date', 'start', 'end'],
	properties: {
		roomId: { type: 'string' },
		initiativeId: { type: 'string', description: 'An initiative of the calling organisation.' },
		title: { type: 'string', minLength: 3, maxLength: 120 },
		isPublic: { type: 'boolean', default: false },
		date: { ...localDate, description: 'The first date (DTSTART).' },
		start: localTime,
		end: localTime,
		rule: { type: 'string', examples: ['FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20270630'] },
		until: { ...localDate, description: 'Replaces the rule’s UNTIL or COUNT.' },
		excludedDates: { type: 'array', items: localDate },
		calendarFilter: { type: 'string', enum: ['all', 'school_periods', 'holidays'], default: 'all' },
		skipPublicHolidays: { type: 'boolean', default: true }
	}
};
const BOOKING_CREATED_SCHEMA: JsonSchema = {
	type: 'object',
	properties: {
		seriesId: { type: ['string', 'null'] },
		bookings: {
			type: 'array',
			items: {
				type: 'object',
				properties: {
					id: { type: 'string' },
					date: localDate,
					start: { type: 'string', format: 'date-time' },
					end: { type: 'string', format: 'date-time' },
					status: { type: 'string', enum: ['pending', 'confirmed'] }
				}
			}
		}
	}
};

/** The document, with `serverUrl` (e.g. https://example.org/api/v1) as its one server. */
export function openApiDocument(serverUrl: string): JsonSchema {
	const registry = z.registry<{ id: string }>();
	registry.add(problem, { id: 'Problem' });
	registry.add(initiativeStatusInput, { id: 'InitiativeStatusInput' });
	for (const c of API_COLLECTIONS) {
		registry.add(c.record, { id: c.item });
		if (c.detail !== c.record) registry.add(c.detail, { id: `${c.item}Detail` });
		registry.add(listOf(c.record), { id: `${c.item}List` });
		registry.add(one(c.detail), { id: `${c.item}Response` });
	}
	const generated = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}` }) as {
		schemas: Record<string, JsonSchema>;
	};
	const schemas = Object.fromEntries(
		Object.entries(generated.schemas).map(([id, { $schema: _s, $id: _i, ...schema }]) => [id, schema])
	);

	const paths: Record<string, JsonSchema> = {};
	const tooMany = problemResponse('Too many requests from this address; see Retry-After.');
	for (const c of API_COLLECTIONS) {
		paths[`/${c.name}`] = {
			get: {
				operationId: `list_${c.name}`,
				summary: c.summary,
				description: c.description,
				tags: [c.name],
				parameters: parameters(c.query),
				responses: {
					'200': {
						description: `A page of ${c.name}. The Link header repeats links.first/prev/next/last.`,
						headers: { Link: { schema: { type: 'string' }, description: 'RFC 8288 links to other pages.' } },
						content: json(ref(`${c.item}List`))
					},
					'400': problemResponse('A parameter is unknown or invalid; invalid_params says which.'),
					'429': tooMany
				}
			}
		};
		const detail: Record<string, JsonSchema> = {
			get: {
				operationId: `get_${c.name}`,
				summary: `One item of ${c.name}`,
				tags: [c.name],
				parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
				responses: {
					'200': { description: 'The item.', content: json(ref(`${c.item}Response`)) },
					'404': problemResponse('No public item has this id.'),
					'429': tooMany
				}
			}
		};
		if (c.name === 'initiatives')
			detail.patch = {
				operationId: 'update_initiative_status',
				summary: 'Change the status of an initiative',
				description:
					'For members of the organisation that runs the initiative: signed in (session cookie), or with an API token created by an administrator of that organisation, sent as `Authorization: Bearer <token>`.',
				tags: [c.name],
				security: [{ bearerToken: [] }, { session: [] }],
				parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
				requestBody: { required: true, content: json(ref('InitiativeStatusInput')) },
				responses: {
					'200': { description: 'The initiative, updated.', content: json(ref(`${c.item}Response`)) },
					'400': problemResponse('The body is not JSON, or the status is unknown.'),
					'401': problemResponse('No valid session or token.'),
					'403': problemResponse('The session or token does not belong to a member of this organisation.'),
					'404': problemResponse('No initiative has this id.'),
					'415': problemResponse('The body must be sent as application/json.'),
					'429': tooMany
				}
			};
		paths[`/${c.name}/{id}`] = detail;
	}
	paths['/bookings'] = {
		post: {
			operationId: 'request_booking',
			summary: 'Request a room, once or as a recurring series',
			description:
				'With an API token of the organisation (`Authorization: Bearer <token>`). Times are wall-clock times in the commune’s zone; `rule` is an RFC 5545 RRULE (FREQ=DAILY|WEEKLY|MONTHLY, INTERVAL, BYDAY, BYMONTHDAY, BYSETPOS, COUNT, UNTIL); without it, one date. A series is created whole or not at all: when any date is taken (also when another request took it a moment earlier) nothing is written and the answer is 409 with the dates taken.',
			tags: ['bookings'],
			security: [{ bearerToken: [] }],
			requestBody: { required: true, content: json(BOOKING_REQUEST_SCHEMA) },
			responses: {
				'201': {
					description: 'The bookings created: pending, or confirmed when the room needs no approval.',
					content: json(BOOKING_CREATED_SCHEMA)
				},
				'400': problemResponse('The body is not JSON.'),
				'401': problemResponse('No valid token.'),
				'403': problemResponse('The room does not take requests from organisations.'),
				'409': problemResponse('Some dates are already taken; `conflicts` lists them. Nothing was booked.'),
				'422': problemResponse('A field is invalid (`errors`), or the room’s policy refuses dates (`problems`).'),
				'429': tooMany
			}
		}
	};
	paths['/quartiers/{code}/impact'] = {
		get: {
			operationId: 'get_quartier_impact',
			summary: 'Impact of the initiatives of a quartier',
			description:
				'What the initiatives of a quartier reported each month, added up by year: participants by sex and age band, participants by month, people trained, people back in work, hours of childcare. Every count goes through disclosure control: counts from 1 to min_count − 1 are null, and enough other figures too that none can be worked out from the totals. The same tables as the page /quartiers/{code}/impact and its CSV /quartiers/{code}/impact.csv.',
			tags: ['observatory'],
			parameters: [
				{
					name: 'code',
					in: 'path',
					required: true,
					description: 'QPV code of the quartier, or its id.',
					schema: { type: 'string' }
				}
			],
			responses: {
				'200': { description: 'The protected tables, the latest year first.', content: json(ref('QuartierImpact')) },
				'404': problemResponse('No quartier has this code or id.'),
				'429': tooMany
			}
		}
	};
	paths['/openapi.json'] = {
		get: {
			operationId: 'openapi',
			summary: 'This document',
			tags: ['meta'],
			responses: { '200': { description: 'OpenAPI 3.1 document.', content: json({ type: 'object' }) } }
		}
	};

	return {
		openapi: '3.1.0',
		info: {
			title: 'Quartiers Vivants — open data API',
			version: '1.0.0',
			description: `Read access to quartiers, shared rooms, the catalogue of practices, organisations and initiatives. No account is needed to read; pages hold at most ${API_MAX_PER_PAGE} items; requests are rate-limited per address. Data under Licence Ouverte / Open Licence 2.0 (Etalab).`,
			license: {
				name: 'Licence Ouverte / Open Licence 2.0',
				url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/'
			}
		},
		jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
		servers: [{ url: serverUrl }],
		tags: [
			...API_COLLECTIONS.map((c) => ({ name: c.name, description: c.description })),
			{ name: 'bookings', description: 'Room requests by organisations.' },
			{ name: 'observatory', description: 'Figures per quartier, after disclosure control.' },
			{ name: 'meta' }
		],
		paths,
		components: {
			schemas: { ...schemas, QuartierImpact: IMPACT_RESPONSE_SCHEMA },
			securitySchemes: {
				bearerToken: { type: 'http', scheme: 'bearer', description: 'An API token of an organisation.' },
				session: { type: 'apiKey', in: 'cookie', name: 'qv.session_token' }
			}
		}
	};
}

import { handleQuartierImpact } from '#lib/server/observatory/impact-api.js';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { forEachEngine } from './engines.js';
import {
	apiToken,
	commune,
	facility,
	indicatorSeries,
	indicatorValue,
	initiative,
	initiativeQuartier,
	initiativeRoom,
	initiativeTranslation,
	organisation,
	organisationQuartier,
	practice,
	practiceTranslation,
	quartier,
	quartierCommune,
	roleGrant,
	room,
	user
} from '#lib/server/db/schema.js';
import { loadActor } from '#lib/server/authorisation.js';
import { generateApiToken, hashSecret } from '#lib/server/api-tokens.js';

// Real-shaped tokens (qv_ + 32 random bytes), as organisation admins create them.
const VALID_TOKEN = generateApiToken();
const REVOKED_TOKEN = generateApiToken();
const OTHER_TOKEN = generateApiToken();
import {
	handleDetail,
	handleDownload,
	handleList,
	handleOpenApi,
	handlePatchInitiative,
	type ApiRequest
} from '#lib/server/open-data/api.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { API_COLLECTIONS } from '#lib/domain/openapi.js';
import { listOf, one, problem } from '#lib/domain/open-data-api.js';

const ORIGIN = 'http://localhost:4999';
let ipCounter = 0;

/** A request as the routes build it; each gets its own address unless told, so limits do not mix. */
function request(path: string, init: RequestInit = {}, actor: Actor | null = null, ip?: string): ApiRequest {
	ipCounter += 1;
	return {
		url: new URL(path, ORIGIN),
		request: new Request(new URL(path, ORIGIN), init),
		ip: ip ?? `198.51.100.${ipCounter % 250}`,
		actor
	};
}

const SQUARE = (lon: number, lat: number) => ({
	type: 'Polygon',
	coordinates: [
		[
			[lon, lat],
			[lon + 0.01, lat],
			[lon + 0.01, lat + 0.01],
			[lon, lat]
		]
	]
});

/** Fixture rows: one commune, a QPV and a plain quartier, rooms, practices in every status, initiatives. */
async function seed(db: Parameters<typeof loadActor>[0]) {
	await db.insert(commune).values({ id: 'c-vil', inseeCode: '69266', name: 'Villeurbanne', holidayZone: 'A' });
	await db.insert(quartier).values([
		{
			id: 'q-sj',
			communeId: 'c-vil',
			name: 'Saint-Jean',
			qpvCode: 'QN06920M',
			outline: SQUARE(4.9, 45.78),
			centroidLon: 4.905,
			centroidLat: 45.785
		},
		{ id: 'q-gratte', communeId: 'c-vil', name: 'Gratte-Ciel', centroidLon: 4.88, centroidLat: 45.77 }
	]);
	await db.insert(quartierCommune).values({ quartierId: 'q-sj', communeId: 'c-vil' });
	await db.insert(organisation).values([
		{
			id: 'o-scop',
			name: 'SCOP Petits Pas',
			type: 'ess_enterprise',
			communeId: 'c-vil',
			website: 'https://petits-pas.example',
			contactEmail: 'nadia.benali@example.fr',
			contactPhone: '06 12 34 56 78'
		},
		{ id: 'o-other', name: 'Autre association', type: 'association' }
	]);
	await db.insert(organisationQuartier).values({ organisationId: 'o-scop', quartierId: 'q-sj' });
	// One official indicator, so that every API collection has an item (observatory-indicators.test.ts tests them).
	await db.insert(indicatorSeries).values({
		id: 's-empl-f',
		code: 'tx_f_empl',
		measure: 'employment_rate_15_64',
		sex: 'women',
		label: { fr: "Taux d'emploi des femmes", en: 'Employment rate of women', ar: 'معدل تشغيل النساء' },
		unit: 'percent',
		source: 'Test',
		licence: 'Licence Ouverte 2.0'
	});
	await db
		.insert(indicatorValue)
		.values({ seriesId: 's-empl-f', territoryType: 'quartier', territoryId: 'q-sj', year: 2015, value: 36.3 });
	await db.insert(facility).values({
		id: 'f-mq',
		name: 'Maison de quartier Saint-Jean',
		communeId: 'c-vil',
		quartierId: 'q-sj',
		address: '3 rue du Tonkin',
		lon: 4.9012345678,
		lat: 45.7823
	});
	await db.insert(room).values([
		{
			id: 'r-small',
			facilityId: 'f-mq',
			name: 'Petite salle',
			areaM2: 32,
			capacity: 20,
			kitchenLevel: 'reheating',
			openingHours: [{ weekday: 1, start: '09:00', end: '12:00' }]
		},
		{
			id: 'r-big',
			facilityId: 'f-mq',
			name: 'Grande salle',
			areaM2: 80,
			capacity: 60,
			kitchenLevel: 'full',
			stepFree: true,
			description: 'Cuisine équipée pour la crèche'
		}
	]);
	await db.insert(practice).values([
		{
			id: 'p-creche',
			slug: 'creche-itinerante',
			status: 'published',
			title: 'Crèche itinérante',
			summary: '=HYPERLINK("http://evil.example","clic")',
			themes: ['JEU'],
			publics: ['children_0_3'],
			minAreaM2: 40,
			kitchenLevel: 'reheating',
			childToilets: true,
			publishedAt: new Date('2025-01-02T10:00:00Z'),
			references: [{ name: "Soli'mômes", place: 'Montreuil' }]
		},
		{
			id: 'p-atelier',
			slug: 'atelier-francais',
			status: 'published',
			title: 'Atelier de français',
			summary: 'Apprendre le français',
			themes: ['INS'],
			publics: ['adults_learning_french'],
			minAreaM2: 20
		},
		{ id: 'p-proposed', slug: 'proposee', status: 'proposed', title: 'Pratique proposée', summary: 'En attente' },
		{ id: 'p-rejected', slug: 'refusee', status: 'rejected', title: 'Pratique refusée', summary: 'Refusée' }
	]);
	await db
		.insert(practiceTranslation)
		.values({ practiceId: 'p-creche', locale: 'en', title: 'Itinerant crèche', summary: 'A crèche in a van' });
	await db.insert(initiative).values([
		{
			id: 'i-running',
			practiceId: 'p-creche',
			organisationId: 'o-scop',
			title: 'Crèche à Saint-Jean',
			status: 'running',
			contactEmail: 'nadia.benali@example.fr',
			startedOn: '2024-09-02'
		},
		{
			id: 'i-preparing',
			practiceId: 'p-atelier',
			organisationId: 'o-scop',
			title: 'Atelier Gratte-Ciel',
			status: 'preparing'
		},
		{ id: 'i-idea', practiceId: 'p-atelier', organisationId: 'o-scop', title: 'Idée secrète', status: 'idea' },
		{
			id: 'i-unpublished',
			practiceId: 'p-proposed',
			organisationId: 'o-scop',
			title: 'Initiative d’une pratique proposée',
			status: 'running'
		}
	]);
	await db.insert(initiativeQuartier).values([
		{ initiativeId: 'i-running', quartierId: 'q-sj' },
		{ initiativeId: 'i-preparing', quartierId: 'q-sj' },
		{ initiativeId: 'i-preparing', quartierId: 'q-gratte' }
	]);
	await db.insert(initiativeRoom).values({ initiativeId: 'i-running', roomId: 'r-small' });
	await db.insert(initiativeTranslation).values({ initiativeId: 'i-running', locale: 'ar', title: 'حضانة متنقلة' });
	await db.insert(user).values([
		{ id: 'u-member', name: 'Fatou', email: 'fatou@exemple.fr' },
		{ id: 'u-outsider', name: 'Karim', email: 'karim@exemple.fr' }
	]);
	await db.insert(roleGrant).values({
		id: 'g1',
		userId: 'u-member',
		role: 'organisation_member',
		scopeType: 'organisation',
		scopeId: 'o-scop'
	});
	await db.insert(apiToken).values([
		{
			id: 't-scop',
			organisationId: 'o-scop',
			name: 'Site web',
			tokenHash: hashSecret(VALID_TOKEN),
			prefix: 'qv_scop'
		},
		{
			id: 't-revoked',
			organisationId: 'o-scop',
			name: 'Ancien',
			tokenHash: hashSecret(REVOKED_TOKEN),
			prefix: 'qv_scop',
			revokedAt: new Date()
		},
		{
			id: 't-other',
			organisationId: 'o-other',
			name: 'Autre',
			tokenHash: hashSecret(OTHER_TOKEN),
			prefix: 'qv_othe'
		}
	]);
}

async function text(res: Response) {
	return await res.text();
}

forEachEngine('open data and the read API', (use) => {
	beforeAll(async () => {
		await seed(use().db);
	});

	const list = async (path: string) => {
		const res = await handleList(use(), request(path), path.split(/[/?]/)[3]!);
		return {
			res,
			body: (await res.json()) as {
				data: { id: string }[];
				meta: Record<string, number>;
				links: Record<string, string | null>;
			}
		};
	};

	describe('downloads', () => {
		const download = (file: string, init?: RequestInit) =>
			handleDownload(use(), request(`/open-data/${file}`, init), file, new Date('2025-03-04T12:00:00Z'));

		it('serves the rooms as a UTF-8 CSV with a BOM, CRLF lines, a file name and an ETag', async () => {
			const res = await download('rooms.csv');
			expect(res.status).toBe(200);
			expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
			expect(res.headers.get('content-disposition')).toBe(
				'attachment; filename="quartiers-vivants-rooms-2025-03-04.csv"'
			);
			expect(res.headers.get('access-control-allow-origin')).toBe('*');
			const bytes = new Uint8Array(await res.clone().arrayBuffer());
			expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
			const csv = await text(res);
			// Response.text() decodes UTF-8 and drops the BOM, as a reader should; the bytes above hold it.
			const lines = csv.split('\r\n');
			expect(lines[0]).toMatch(/^id,name,description,facility_id,/);
			expect(csv).toContain(
				'r-small,Petite salle,,f-mq,Maison de quartier Saint-Jean,3 rue du Tonkin,69266,Villeurbanne,q-sj,Saint-Jean,QN06920M'
			);
			expect(csv).toContain('1 09:00-12:00');
			const again = await download('rooms.csv', { headers: { 'If-None-Match': res.headers.get('etag')! } });
			expect(again.status).toBe(304);
		});

		it('exports published practices only, with formulas defused', async () => {
			const csv = await text(await download('practices.csv'));
			expect(csv).toContain('creche-itinerante');
			expect(csv).toContain('atelier-francais');
			expect(csv).not.toContain('Pratique proposée');
			expect(csv).not.toContain('Pratique refusée');
			expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""clic"")"`);
			expect(csv).toContain('Itinerant crèche');
		});

		it('exports organisations without contact e-mail or phone', async () => {
			const csv = await text(await download('organisations.csv'));
			expect(csv).toContain('SCOP Petits Pas');
			expect(csv).toContain('QN06920M');
			expect(csv).not.toContain('nadia.benali');
			expect(csv).not.toContain('06 12 34 56 78');
		});

		it('exports initiatives that are under way, not ideas nor those of unpublished practices', async () => {
			const csv = await text(await download('initiatives.csv'));
			expect(csv).toContain('Crèche à Saint-Jean');
			expect(csv).toContain('Atelier Gratte-Ciel');
			expect(csv).not.toContain('Idée secrète');
			expect(csv).not.toContain('pratique proposée');
			expect(csv).not.toContain('nadia.benali');
		});

		it('places rooms, initiatives and quartiers in GeoJSON', async () => {
			const rooms = await download('rooms.geojson');
			expect(rooms.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
			const fc = (await rooms.json()) as {
				type: string;
				features: { id: string; geometry: unknown; properties: Record<string, unknown> }[];
			};
			expect(fc.type).toBe('FeatureCollection');
			expect(fc.features.find((f) => f.id === 'r-big')).toMatchObject({
				geometry: { type: 'Point', coordinates: [4.901235, 45.7823] },
				properties: { area_m2: 80, step_free: true }
			});

			const initiatives = (await (await download('initiatives.geojson')).json()) as typeof fc;
			const byId = Object.fromEntries(initiatives.features.map((f) => [f.id, f.geometry]));
			expect(Object.keys(byId).sort()).toEqual(['i-preparing', 'i-running']);
			expect(byId['i-running']).toEqual({ type: 'Point', coordinates: [4.901235, 45.7823] });
			expect(byId['i-preparing']).toEqual({
				type: 'MultiPoint',
				coordinates: [
					[4.88, 45.77],
					[4.905, 45.785]
				]
			});

			const quartiers = (await (await download('quartiers.geojson')).json()) as typeof fc;
			expect(quartiers.features.find((f) => f.id === 'q-sj')!.geometry).toEqual(SQUARE(4.9, 45.78));
			expect(quartiers.features.find((f) => f.id === 'q-gratte')!.geometry).toBeNull();
		});

		it('has no GeoJSON of datasets without a place, nor unknown files', async () => {
			expect((await download('practices.geojson')).status).toBe(404);
			expect((await download('users.csv')).status).toBe(404);
		});
	});

	describe('read API', () => {
		it('filters rooms by area, kitchen, quartier (id or QPV code) and accent-blind search', async () => {
			expect((await list('/api/v1/rooms?min_area=40')).body.data.map((r) => r.id)).toEqual(['r-big']);
			expect((await list('/api/v1/rooms?kitchen_level=reheating')).body.data.map((r) => r.id).sort()).toEqual([
				'r-big',
				'r-small'
			]);
			expect((await list('/api/v1/rooms?kitchen_level=full')).body.data.map((r) => r.id)).toEqual(['r-big']);
			expect((await list('/api/v1/rooms?quartier=QN06920M')).body.meta.total).toBe(2);
			expect((await list('/api/v1/rooms?quartier=q-gratte')).body.meta.total).toBe(0);
			expect((await list('/api/v1/rooms?q=creche')).body.data.map((r) => r.id)).toEqual(['r-big']);
			expect((await list('/api/v1/rooms?q=tonkin')).body.meta.total).toBe(2);
			expect((await list('/api/v1/rooms?commune=69266&step_free=true')).body.data.map((r) => r.id)).toEqual(['r-big']);
		});

		it('filters practices by theme, public, what a room offers and search, published only', async () => {
			expect((await list('/api/v1/practices')).body.data.map((p) => p.id).sort()).toEqual(['p-atelier', 'p-creche']);
			expect((await list('/api/v1/practices?theme=JEU')).body.data.map((p) => p.id)).toEqual(['p-creche']);
			expect((await list('/api/v1/practices?public=adults_learning_french')).body.data.map((p) => p.id)).toEqual([
				'p-atelier'
			]);
			expect((await list('/api/v1/practices?max_area=32')).body.data.map((p) => p.id)).toEqual(['p-atelier']);
			expect((await list('/api/v1/practices?kitchen_level=none')).body.data.map((p) => p.id)).toEqual(['p-atelier']);
			expect((await list('/api/v1/practices?q=itinerante')).body.data.map((p) => p.id)).toEqual(['p-creche']);
			expect((await list('/api/v1/practices?q=proposée')).body.meta.total).toBe(0);
		});

		it('filters organisations and initiatives', async () => {
			expect((await list('/api/v1/organisations?quartier=QN06920M')).body.data.map((o) => o.id)).toEqual(['o-scop']);
			expect((await list('/api/v1/organisations?type=association')).body.data.map((o) => o.id)).toEqual(['o-other']);
			expect((await list('/api/v1/initiatives?status=running')).body.data.map((i) => i.id)).toEqual(['i-running']);
			expect((await list('/api/v1/initiatives?quartier=q-gratte')).body.data.map((i) => i.id)).toEqual(['i-preparing']);
			expect(
				(await list('/api/v1/initiatives?practice=creche-itinerante&commune=69266')).body.data.map((i) => i.id)
			).toEqual(['i-running']);
			expect((await list('/api/v1/quartiers?qpv=true')).body.data.map((q) => q.id)).toEqual(['q-sj']);
		});

		it('pages with meta, links and a Link header', async () => {
			const { res, body } = await list('/api/v1/rooms?per_page=1&page=2');
			expect(body.meta).toEqual({ page: 2, per_page: 1, total: 2, pages: 2 });
			expect(body.data).toHaveLength(1);
			expect(body.links.prev).toBe(`${ORIGIN}/api/v1/rooms?per_page=1&page=1`);
			expect(body.links.next).toBeNull();
			expect(res.headers.get('link')).toBe(
				`<${ORIGIN}/api/v1/rooms?per_page=1&page=1>; rel="first", <${ORIGIN}/api/v1/rooms?per_page=1&page=1>; rel="prev", <${ORIGIN}/api/v1/rooms?per_page=1&page=2>; rel="last"`
			);
			const first = await list('/api/v1/rooms?per_page=1');
			expect(first.body.data[0]!.id).not.toBe(body.data[0]!.id);
			expect((await list('/api/v1/rooms?page=9')).body.data).toEqual([]);
		});

		it('answers bad parameters with an RFC 9457 problem that names them', async () => {
			for (const path of [
				'/api/v1/rooms?per_page=101',
				'/api/v1/rooms?min_area=grand',
				'/api/v1/rooms?kitchen=full',
				'/api/v1/initiatives?status=idea',
				'/api/v1/rooms?page=0'
			]) {
				const res = await handleList(use(), request(path), path.split(/[/?]/)[3]!);
				expect(res.status, path).toBe(400);
				expect(res.headers.get('content-type')).toBe('application/problem+json');
				const body = problem.parse(await res.json());
				expect(body.invalid_params?.length, path).toBeGreaterThan(0);
			}
			const unknown = problem.parse(
				await (await handleList(use(), request('/api/v1/rooms?kitchen=full'), 'rooms')).json()
			);
			expect(unknown.invalid_params).toEqual([{ name: 'kitchen', reason: 'Unknown parameter.' }]);
		});

		it('answers unknown ids and collections, and non-public items, with a JSON 404', async () => {
			for (const [collection, id] of [
				['rooms', 'nope'],
				['practices', 'p-proposed'],
				['initiatives', 'i-idea'],
				['initiatives', 'i-unpublished'],
				['users', 'u-member']
			] as const) {
				const res = await handleDetail(use(), request(`/api/v1/${collection}/${id}`), collection, id);
				expect(res.status, `${collection}/${id}`).toBe(404);
				expect(problem.parse(await res.json()).status).toBe(404);
			}
		});

		it('answers every path of the OpenAPI document, with bodies that match its schemas', async () => {
			const doc = (await handleOpenApi(request('/api/v1/openapi.json')).json()) as { paths: Record<string, object> };
			const ids: Record<string, string> = {
				quartiers: 'q-sj',
				rooms: 'r-small',
				practices: 'creche-itinerante',
				organisations: 'o-scop',
				initiatives: 'i-running',
				indicators: 'tx_f_empl'
			};
			// POST /bookings is answered in booking-requests.test.ts.
			const answered: string[] = ['/openapi.json', '/bookings'];
			for (const c of API_COLLECTIONS) {
				const res = await handleList(use(), request(`/api/v1/${c.name}`), c.name);
				expect(res.status).toBe(200);
				const body = listOf(c.record).parse(await res.json());
				expect(body.data.length, c.name).toBeGreaterThan(0);
				const detail = await handleDetail(use(), request(`/api/v1/${c.name}/${ids[c.name]}`), c.name, ids[c.name]!);
				expect(detail.status).toBe(200);
				one(c.detail).parse(await detail.json());
				answered.push(`/${c.name}`, `/${c.name}/{id}`);
			}
			// The impact of a quartier (its protected tables: observatory-impact.test.ts).
			const impact = await handleQuartierImpact(use(), request('/api/v1/quartiers/q-sj/impact'), 'q-sj', new Date());
			expect(impact.status).toBe(200);
			expect(((await impact.json()) as { data: { quartier: { code: string } } }).data.quartier.code).toBe('QN06920M');
			answered.push('/quartiers/{code}/impact');
			expect(Object.keys(doc.paths).sort()).toEqual(answered.sort());
		});
	});

	describe('writing an initiative’s status', () => {
		const patch = (body: unknown, headers: Record<string, string>, actor: Actor | null = null, id = 'i-preparing') =>
			handlePatchInitiative(
				use(),
				request(
					`/api/v1/initiatives/${id}`,
					{ method: 'PATCH', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) },
					actor
				),
				id
			);
		const status = async (id = 'i-preparing') =>
			(await use().db.select().from(initiative).where(eq(initiative.id, id)))[0]!.status;

		it('lets a program with its organisation’s token change the status', async () => {
			const res = await patch({ status: 'running' }, { Authorization: `Bearer ${VALID_TOKEN}` });
			expect(res.status).toBe(200);
			expect(((await res.json()) as { data: { status: string } }).data.status).toBe('running');
			expect(await status()).toBe('running');
			const [token] = await use().db.select().from(apiToken).where(eq(apiToken.id, 't-scop'));
			expect(token!.lastUsedAt).not.toBeNull();
		});

		it('refuses a revoked token, an unknown one, and another organisation’s', async () => {
			expect((await patch({ status: 'paused' }, { Authorization: `Bearer ${REVOKED_TOKEN}` })).status).toBe(401);
			expect((await patch({ status: 'paused' }, { Authorization: 'Bearer nothing-like-it' })).status).toBe(401);
			const other = await patch({ status: 'paused' }, { Authorization: `Bearer ${OTHER_TOKEN}` });
			expect(other.status).toBe(403);
			expect(problem.parse(await other.json()).status).toBe(403);
			expect(await status()).toBe('running');
		});

		it('lets a signed-in member change it, and refuses anyone else', async () => {
			const member = await loadActor(use().db, 'u-member');
			const outsider = await loadActor(use().db, 'u-outsider');
			expect((await patch({ status: 'paused' }, {}, outsider)).status).toBe(403);
			expect((await patch({ status: 'paused' }, {}, null)).status).toBe(401);
			expect(await status()).toBe('running');
			expect((await patch({ status: 'paused' }, {}, member)).status).toBe(200);
			expect(await status()).toBe('paused');
		});

		it('refuses an unknown status, a body that is not JSON, and an unknown initiative', async () => {
			const member = await loadActor(use().db, 'u-member');
			const bad = await patch({ status: 'finished' }, {}, member);
			expect(bad.status).toBe(400);
			expect(problem.parse(await bad.json()).invalid_params?.[0]?.name).toBe('status');
			const form = await handlePatchInitiative(
				use(),
				request(
					'/api/v1/initiatives/i-preparing',
					{ method: 'PATCH', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'status=ended' },
					member
				),
				'i-preparing'
			);
			expect(form.status).toBe(415);
			expect((await patch({ status: 'ended' }, {}, member, 'i-nowhere')).status).toBe(404);
			expect(await status()).toBe('paused');
		});
	});

	it('limits how often one address may call the API', async () => {
		let last: Response | undefined;
		for (let i = 0; i < 301; i++)
			last = await handleDetail(use(), request('/api/v1/rooms/nope', {}, null, '192.0.2.99'), 'rooms', 'nope');
		expect(last!.status).toBe(429);
		expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
		// Another address is not affected.
		expect((await handleDetail(use(), request('/api/v1/rooms/r-small'), 'rooms', 'r-small')).status).toBe(200);
	});
});

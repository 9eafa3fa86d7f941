import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { count, eq, inArray } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { forEachEngine } from './engines.js';
import { commune, qpvImport, quartier, quartierCommune, roleGrant, user } from '#lib/server/db/schema.js';
import { loadActor } from '#lib/server/authorisation.js';
import { seedDemo } from '#lib/server/demo/seed-demo.js';
import { importQpv, type UploadedFile } from '#lib/server/use-cases/import-qpv.js';
import { getQpvImport } from '#lib/server/use-cases/get-qpv-import.js';
import { listQuartiers } from '#lib/server/use-cases/list-quartiers.js';
import { getQuartier } from '#lib/server/use-cases/get-quartier.js';
import { getTerritoryOverview } from '#lib/server/use-cases/get-territory-overview.js';
import { listCommunes } from '#lib/server/use-cases/list-communes.js';
import { updateCommune } from '#lib/server/use-cases/update-commune.js';
import { pageRequest } from '#lib/domain/pagination.js';

const fixtures = new URL('../fixtures/qpv2024/', import.meta.url);
const read = (name: string): UploadedFile => {
	const raw = readFileSync(new URL(name, fixtures));
	return { name: name.replace(/\.gz$/, ''), bytes: new Uint8Array(name.endsWith('.gz') ? gunzipSync(raw) : raw) };
};
const FULL_LIST = read('qpv2024_list_centroids.csv.gz');
const FULL_OUTLINES = read('qpv2024_contours_simplified.geojson.gz');

forEachEngine(
	'territory: importing the official QPV files',
	(use, engine) => {
		const admin = async () => loadActor(use().db, 'territory-admin');
		const total = async (table: typeof quartier | typeof commune | typeof qpvImport | typeof quartierCommune) => {
			const [row] = await use().db.select({ n: count() }).from(table);
			return row?.n ?? 0;
		};

		beforeAll(async () => {
			// The demo: Villeurbanne and three of its QPV, seeded from the same files.
			expect(await seedDemo(use().db)).toBe('seeded');
			await use()
				.db.insert(user)
				.values([
					{ id: 'territory-admin', name: 'Admin', email: 'admin-territoire@exemple.fr', twoFactorEnabled: true },
					{ id: 'territory-planner', name: 'Planner', email: 'planner-territoire@exemple.fr', twoFactorEnabled: true }
				]);
			await use()
				.db.insert(roleGrant)
				.values([
					{ id: 'g-admin', userId: 'territory-admin', role: 'administrator' },
					{ id: 'g-planner', userId: 'territory-planner', role: 'planner' }
				]);
		});

		it('refuses anyone but an administrator, and changes nothing', async () => {
			const before = await total(quartier);
			await expect(
				importQpv(use(), await loadActor(use().db, 'territory-planner'), { list: FULL_LIST, outlines: null })
			).rejects.toMatchObject({ reason: 'AUTH.FORBIDDEN' });
			await expect(importQpv(use(), null, { list: FULL_LIST, outlines: null })).rejects.toMatchObject({
				reason: 'AUTH.SIGN_IN_REQUIRED'
			});
			expect(await total(quartier)).toBe(before);
		});

		it('refuses a malformed file whole, and imports nothing of the other', async () => {
			const notGeoJson: UploadedFile = {
				name: 'contours.geojson',
				bytes: new TextEncoder().encode('{"type":"Feature"}')
			};
			expect(await importQpv(use(), await admin(), { list: FULL_LIST, outlines: notGeoJson })).toEqual({
				ok: false,
				fieldErrors: { outlines: 'QPV.OUTLINES_NOT_COLLECTION' }
			});
			// The two files swapped in the form.
			expect(
				await importQpv(use(), await admin(), { list: read('sample_outlines.geojson'), outlines: FULL_LIST })
			).toEqual({
				ok: false,
				fieldErrors: { list: 'QPV.LIST_HEADER' }
			});
			expect(await importQpv(use(), await admin(), { list: FULL_OUTLINES, outlines: null })).toEqual({
				ok: false,
				fieldErrors: { list: 'QPV.FILE_TOO_LARGE' }
			});
			expect(await total(quartier)).toBe(3);
			expect(await total(commune)).toBe(1);
			expect(await total(qpvImport)).toBe(0);
		});

		it('imports the full official files in one go, recognising the demo quartiers', async () => {
			const started = performance.now();
			const result = await importQpv(use(), await admin(), { list: FULL_LIST, outlines: FULL_OUTLINES });
			const seconds = (performance.now() - started) / 1000;
			console.info(`[${engine.name}] full QPV import: ${seconds.toFixed(1)} s`);
			if (!result.ok) throw new Error(JSON.stringify(result));
			const report = (await getQpvImport(use(), await admin(), result.importId))!;
			expect(report).toMatchObject({
				createdCount: 1581,
				updatedCount: 0,
				unchangedCount: 3,
				rejectedCount: 0,
				communesCreatedCount: 833,
				listFileName: 'qpv2024_list_centroids.csv',
				outlinesFileName: 'qpv2024_contours_simplified.geojson'
			});
			expect(await total(quartier)).toBe(1584);
			expect(await total(commune)).toBe(834);
			// Every commune of every QPV is linked: 1,584 QPV, 149 of them over two communes or more.
			expect(await total(quartierCommune)).toBe(1776);
			expect(seconds).toBeLessThan(60);

			const [europe] = await use().db.select().from(quartier).where(eq(quartier.qpvCode, 'QN00201M'));
			const communes = await use()
				.db.select({ name: commune.name, zone: commune.holidayZone, tz: commune.timeZone })
				.from(quartierCommune)
				.innerJoin(commune, eq(commune.id, quartierCommune.communeId))
				.where(eq(quartierCommune.quartierId, europe!.id))
				.orderBy(commune.name);
			expect(communes).toEqual([
				{ name: 'Omissy', zone: 'B', tz: 'Europe/Paris' },
				{ name: 'Saint-Quentin', zone: 'B', tz: 'Europe/Paris' }
			]);
			expect((europe!.outline as { type: string }).type).toBe('MultiPolygon');
			// The home page still shows the commune whose rooms are described, not the first of 834 by name.
			expect((await getTerritoryOverview(use()))?.commune.name).toBe('Villeurbanne');
			const overseas = await use()
				.db.select({ insee: commune.inseeCode, zone: commune.holidayZone, tz: commune.timeZone })
				.from(commune)
				.where(inArray(commune.inseeCode, ['97101', '97411', '97302', '2A004']))
				.orderBy(commune.inseeCode);
			expect(overseas).toEqual([
				{ insee: '2A004', zone: null, tz: 'Europe/Paris' },
				{ insee: '97101', zone: null, tz: 'America/Guadeloupe' },
				{ insee: '97302', zone: null, tz: 'America/Cayenne' },
				{ insee: '97411', zone: null, tz: 'Indian/Reunion' }
			]);
		});

		it('finds nothing to change when the same files come again', async () => {
			const result = await importQpv(use(), await admin(), { list: FULL_LIST, outlines: FULL_OUTLINES });
			if (!result.ok) throw new Error(JSON.stringify(result));
			const report = (await getQpvImport(use(), await admin(), result.importId))!;
			expect(report).toMatchObject({ createdCount: 0, updatedCount: 0, unchangedCount: 1584, rejectedCount: 0 });
			expect(await total(quartier)).toBe(1584);
			expect(await total(quartierCommune)).toBe(1776);
		});

		it('reports a renamed quartier as updated, keeps outlines when only the list comes, and reports bad lines', async () => {
			const text = new TextDecoder().decode(FULL_LIST.bytes);
			const edited = text
				.replace('QN06922M,Tonkin,', 'QN06922M,Tonkin - Croix-Luizet,')
				.replace(
					'QN06901M,Monod - Baratin - Cacard,M,69,69266,Villeurbanne',
					'QN06901M,Monod - Baratin - Cacard,M,69,69266;69123,Villeurbanne;Lyon'
				)
				.replace(/^QN06902M,Centre,M,69,69091,Givors,4\.77255/m, 'QN06902M,Centre,M,69,69091,Givors,abc');
			const result = await importQpv(use(), await admin(), {
				list: { name: 'liste-corrigee.csv', bytes: new TextEncoder().encode(edited) },
				outlines: null
			});
			if (!result.ok) throw new Error(JSON.stringify(result));
			const report = (await getQpvImport(use(), await admin(), result.importId))!;
			expect(report).toMatchObject({ createdCount: 0, updatedCount: 2, unchangedCount: 1581, rejectedCount: 1 });
			expect(report.updated).toEqual([
				{ qpvCode: 'QN06901M', name: 'Monod - Baratin - Cacard', changes: ['communes'] },
				{ qpvCode: 'QN06922M', name: 'Tonkin - Croix-Luizet', changes: ['name'] }
			]);
			expect(report.rejected).toEqual([{ file: 'list', line: 841, code: 'QPV.CENTROID_INVALID', qpvCode: 'QN06902M' }]);
			const [tonkin] = await use().db.select().from(quartier).where(eq(quartier.qpvCode, 'QN06922M'));
			expect(tonkin?.name).toBe('Tonkin - Croix-Luizet');
			expect(tonkin?.outline).not.toBeNull();
			const page = await getQuartier(use(), 'QN06901M');
			expect(page?.communes.map((c) => c.name)).toEqual(['Villeurbanne', 'Lyon']);
		});

		it('keeps an administrator’s correction of a commune across imports', async () => {
			const [papeete] = await use().db.select().from(commune).where(eq(commune.name, 'Mahina'));
			expect(
				await updateCommune(use(), await admin(), papeete!.id, { holidayZone: 'Z', timeZone: 'Mars/Olympus' })
			).toEqual({
				ok: false,
				fieldErrors: { holidayZone: 'COMMUNE.ZONE_INVALID', timeZone: 'COMMUNE.TIME_ZONE_INVALID' }
			});
			expect(
				await updateCommune(use(), await admin(), papeete!.id, { holidayZone: '', timeZone: 'Pacific/Marquesas' })
			).toEqual({
				ok: true
			});
			await expect(
				updateCommune(use(), await loadActor(use().db, 'territory-planner'), papeete!.id, {
					holidayZone: 'A',
					timeZone: 'Europe/Paris'
				})
			).rejects.toMatchObject({ reason: 'AUTH.FORBIDDEN' });
			const result = await importQpv(use(), await admin(), { list: FULL_LIST, outlines: null });
			expect(result.ok).toBe(true);
			const [after] = await use().db.select().from(commune).where(eq(commune.id, papeete!.id));
			expect(after).toMatchObject({ holidayZone: null, timeZone: 'Pacific/Marquesas' });
		});

		it('lists quartiers by commune, accents ignored, with pagination', async () => {
			const all = await listQuartiers(use(), { page: pageRequest('1') });
			expect(all.info.total).toBe(1584);
			expect(all.quartiers).toHaveLength(20);
			const venissieux = await listQuartiers(use(), { search: 'venissieux', page: pageRequest('1') });
			expect(venissieux.quartiers.map((q) => q.qpvCode)).toContain('QN06913M');
			// Minguettes is in Saint-Fons first, Vénissieux second.
			expect(venissieux.quartiers.find((q) => q.qpvCode === 'QN06913M')?.communes.map((c) => c.name)).toEqual([
				'Saint-Fons',
				'Vénissieux'
			]);
			const byCode = await listQuartiers(use(), { search: 'qn0692', page: pageRequest('1') });
			expect(byCode.quartiers.map((q) => q.qpvCode).sort()).toEqual([
				'QN06920M',
				'QN06921M',
				'QN06922M',
				'QN06923M',
				'QN06924I',
				'QN06925M',
				'QN06926M',
				'QN06927M',
				'QN06928M',
				'QN06929M'
			]);
			expect((await listQuartiers(use(), { search: '%', page: pageRequest('1') })).info.total).toBe(0);
			const last = await listQuartiers(use(), { page: pageRequest('999') });
			expect(last.info.page).toBe(80);
			expect(last.quartiers).toHaveLength(4);
			const communes = await listCommunes(use(), await admin(), { search: 'villeur', page: pageRequest('1') });
			expect(communes.communes).toMatchObject([{ name: 'Villeurbanne', holidayZone: 'A', quartiers: 5 }]);
		});

		it('shows a quartier with its communes, facilities and organisations', async () => {
			const saintJean = await getQuartier(use(), 'qn06920m');
			expect(saintJean?.quartier.name).toBe('Saint-Jean');
			expect(saintJean?.communes.map((c) => c.name)).toEqual(['Villeurbanne']);
			expect(saintJean?.organisations.length).toBeGreaterThan(0);
			expect(await getQuartier(use(), 'QN99999X')).toBeNull();
		});
	},
	{ RATE_LIMITS: 'false' }
);

/**
 * Impact reports and the fiche quartier, on both engines: leads file and edit a month, others
 * cannot; the quartier's tables come out protected in the API and the CSV; the fiche's PDF is
 * one A4 page in Arabic even with long lists.
 */
import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { forEachEngine } from './engines.js';
import type { AppContext } from '#lib/server/context.js';
import {
	commune,
	facility,
	impactParticipants,
	impactReport,
	indicatorSeries,
	indicatorValue,
	initiative,
	initiativeQuartier,
	initiativeTranslation,
	need,
	organisation,
	practice,
	quartier,
	room,
	user
} from '#lib/server/db/schema.js';
import { AccessDenied } from '#lib/server/authorisation.js';
import { fileImpactReport } from '#lib/server/use-cases/file-impact-report.js';
import { listImpactReports } from '#lib/server/use-cases/list-impact-reports.js';
import { getQuartierImpact } from '#lib/server/use-cases/get-quartier-impact.js';
import { getQuartierFiche } from '#lib/server/use-cases/get-quartier-fiche.js';
import { getQuartierDashboard } from '#lib/server/use-cases/get-quartier-dashboard.js';
import { handleQuartierImpact, handleQuartierImpactCsv } from '#lib/server/observatory/impact-api.js';
import { ficheTexts } from '#lib/server/observatory/fiche-texts.js';
import { renderFichePdf } from '#lib/server/observatory/fiche-pdf.js';
import { IMPACT_AGE_BANDS, participantField } from '#lib/domain/impact-report.js';
import type { Actor } from '#lib/domain/authorisation.js';

const NOW = new Date('2026-11-15T10:00:00Z');

interface World {
	initiativeId: string;
	quartierId: string;
	qpvCode: string;
	member: Actor;
	outsider: Actor;
}

async function world(db: AppContext['db']): Promise<World> {
	const communeId = randomUUID();
	await db
		.insert(commune)
		.values({ id: communeId, inseeCode: `T${randomUUID().slice(0, 5)}`, name: 'Testville', holidayZone: 'C' });
	const quartierId = randomUUID();
	const qpvCode = `QN${randomUUID().replace(/-/g, '').slice(0, 7).toUpperCase()}`;
	await db.insert(quartier).values({ id: quartierId, communeId, name: 'Les Izards', qpvCode });
	const facilityId = randomUUID();
	await db
		.insert(facility)
		.values({ id: facilityId, name: 'Maison de quartier', communeId, quartierId, address: '1 rue' });
	await db.insert(room).values(
		Array.from({ length: 6 }, (_, i) => ({
			id: randomUUID(),
			facilityId,
			name: `Salle polyvalente numéro ${i + 1}`,
			areaM2: 40,
			capacity: 15
		}))
	);
	const orgId = randomUUID();
	const otherOrgId = randomUUID();
	await db.insert(organisation).values([
		{ id: orgId, name: 'SCOP Petits Pas', type: 'ess_enterprise', communeId },
		{ id: otherOrgId, name: 'Autre asso', type: 'association', communeId }
	]);
	const practiceId = randomUUID();
	await db.insert(practice).values({
		id: practiceId,
		slug: `creche-${practiceId}`,
		status: 'published',
		title: 'Crèche itinérante',
		summary: '…'
	});
	// Five running initiatives with long titles, translated into Arabic: the fiche must still fit.
	const initiatives = Array.from({ length: 5 }, () => randomUUID());
	await db.insert(initiative).values(
		initiatives.map((id, i) => ({
			id,
			practiceId,
			organisationId: orgId,
			title: `Crèche itinérante et atelier de couture des mamans du quartier, édition ${i + 1}`,
			status: 'running'
		}))
	);
	await db.insert(initiativeQuartier).values(initiatives.map((initiativeId) => ({ initiativeId, quartierId })));
	await db.insert(initiativeTranslation).values(
		initiatives.map((initiativeId, i) => ({
			initiativeId,
			locale: 'ar',
			title: `الحضانة المتنقلة وورشة الخياطة لأمهات الحي، الدورة ${i + 1} مع جمعية الأحياء الحية`
		}))
	);
	await db.insert(need).values(
		Array.from({ length: 7 }, (_, i) => ({
			id: randomUUID(),
			kind: 'need',
			quartierId,
			communeId,
			theme: 'childcare',
			title: `نحتاج إلى مكان لرعاية الأطفال الصغار أثناء دروس اللغة الفرنسية للأمهات ${i + 1}`,
			language: 'ar',
			status: 'published',
			shortCode: randomUUID().replace(/-/g, '').slice(0, 7).toUpperCase(),
			supportCount: 10 + i,
			publishedAt: new Date()
		}))
	);
	const series = [
		{ sex: 'women', code: 'tx_f_empl', value: 36.2 },
		{ sex: 'all', code: 'tx_empl', value: 40.1 }
	];
	for (const s of series) {
		const id = randomUUID();
		await db.insert(indicatorSeries).values({
			id,
			code: `${s.code}-${id}`,
			measure: 'employment_rate_15_64',
			sex: s.sex,
			label: { fr: 'Taux d’emploi des 15-64 ans', ar: 'نسبة التشغيل لدى الفئة 15-64 سنة' },
			unit: 'percent',
			theme: 'employment',
			source: 'INSEE, Fichier localisé social et fiscal'
		});
		await db.insert(indicatorValue).values([
			{ seriesId: id, territoryType: 'quartier', territoryId: quartierId, year: 2019, value: s.value - 2 },
			{ seriesId: id, territoryType: 'quartier', territoryId: quartierId, year: 2020, value: s.value }
		]);
	}
	const person = async () => {
		const id = randomUUID();
		await db.insert(user).values({ id, name: 'Test', email: `${id}@exemple.fr`, emailVerified: true });
		return id;
	};
	const grant = (id: string) => ({
		role: 'organisation_member' as const,
		scopeType: 'organisation' as const,
		scopeId: id
	});
	return {
		initiativeId: initiatives[0]!,
		quartierId,
		qpvCode,
		member: { userId: await person(), twoFactorEnabled: false, grants: [grant(orgId)] },
		outsider: { userId: await person(), twoFactorEnabled: false, grants: [grant(otherOrgId)] }
	};
}

/** Three women aged 35–49 among larger groups. */
const october = {
	month: '2026-10',
	[participantField('woman', '35-49')]: '3',
	[participantField('woman', '25-34')]: '14',
	[participantField('man', '25-34')]: '9',
	[participantField('man', '35-49')]: '11',
	childcareHours: '42',
	peopleTrained: '6',
	peopleBackToWork: '2',
	note: 'Un mois **chargé**.'
};

const apiRequest = (url: string) => ({ url: new URL(url), request: new Request(url), ip: '203.0.113.9', actor: null });

forEachEngine('observatory impact', (use) => {
	let w: World;
	beforeAll(async () => {
		w = await world(use().db);
	});

	it('a member files a month; filing the same month again edits it rather than adding one', async () => {
		const first = await fileImpactReport(use(), w.member, w.initiativeId, october, NOW);
		expect(first).toMatchObject({ ok: true, month: '2026-10-01', created: true });
		const again = await fileImpactReport(
			use(),
			w.member,
			w.initiativeId,
			{ ...october, [participantField('man', '35-49')]: '12', childcareHours: '40' },
			NOW
		);
		expect(again).toMatchObject({ ok: true, created: false });
		const [{ n }] = (await use()
			.db.select({ n: count() })
			.from(impactReport)
			.where(eq(impactReport.initiativeId, w.initiativeId))) as [{ n: number }];
		expect(Number(n)).toBe(1);
		const listed = await listImpactReports(use(), w.member, { initiativeId: w.initiativeId, month: '2026-10' });
		expect(listed?.reports).toEqual([
			expect.objectContaining({ month: '2026-10-01', participants: 38, childcareHours: 40 })
		]);
		expect(listed?.stored?.[participantField('man', '35-49')]).toBe('12');
		expect(listed?.reports[0]?.noteHtml).toContain('<strong>chargé</strong>');
	});

	it('refuses a member of another organisation, and a visitor without an account', async () => {
		await expect(fileImpactReport(use(), w.outsider, w.initiativeId, october, NOW)).rejects.toBeInstanceOf(
			AccessDenied
		);
		await expect(fileImpactReport(use(), null, w.initiativeId, october, NOW)).rejects.toBeInstanceOf(AccessDenied);
		await expect(listImpactReports(use(), w.outsider, { initiativeId: w.initiativeId })).rejects.toBeInstanceOf(
			AccessDenied
		);
	});

	it('saves nothing of a form with a wrong field, and says which', async () => {
		const before = await use().db.select({ n: count() }).from(impactParticipants);
		const r = await fileImpactReport(
			use(),
			w.member,
			w.initiativeId,
			{ ...october, month: '2026-09', [participantField('other', '65+')]: '-1' },
			NOW
		);
		expect(r).toEqual({ ok: false, fieldErrors: { [participantField('other', '65+')]: 'IMPACT.FIGURE_INVALID' } });
		const future = await fileImpactReport(use(), w.member, w.initiativeId, { ...october, month: '2027-01' }, NOW);
		expect(future).toEqual({ ok: false, fieldErrors: { month: 'IMPACT.MONTH_FUTURE' } });
		expect(await use().db.select({ n: count() }).from(impactParticipants)).toEqual(before);
		expect(await listImpactReports(use(), w.member, { initiativeId: w.initiativeId })).toMatchObject({
			reports: [{ month: '2026-10-01' }]
		});
	});

	it('publishes the 3 women aged 35–49 as hidden on the page data, in the API and in the CSV', async () => {
		const band = IMPACT_AGE_BANDS.indexOf('35-49');
		const page = await getQuartierImpact(use(), w.qpvCode, NOW);
		const year = page!.impact[0]!;
		expect(year.year).toBe(2026);
		expect(year.participants.cells[0]![band]).toBeNull();
		expect(year.participants.total).toBe(38);
		expect(year.peopleBackToWork).toBeNull();
		expect(year.peopleTrained).toBe(6);

		const api = await handleQuartierImpact(
			use(),
			apiRequest(`http://localhost/api/v1/quartiers/${w.qpvCode}/impact`),
			w.qpvCode,
			NOW
		);
		expect(api.status).toBe(200);
		const body = (await api.json()) as {
			data: { years: { participants: { cells: (number | null)[][]; total: number | null } }[] };
		};
		expect(body.data.years[0]!.participants.cells[0]![band]).toBeNull();
		expect(body.data.years[0]!.participants.total).toBe(38);
		expect(JSON.stringify(body)).not.toContain('"note"');

		const csv = await (
			await handleQuartierImpactCsv(
				use(),
				apiRequest(`http://localhost/quartiers/${w.qpvCode}/impact.csv`),
				w.qpvCode,
				NOW
			)
		).text();
		const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
		expect(lines[0]).toBe('quartier,year,table,row,column,value,suppressed,min_count');
		expect(lines).toContain(`${w.qpvCode},2026,participants,woman,35-49,,true,5`);
		expect(lines).toContain(`${w.qpvCode},2026,participants,total,total,38,false,5`);
		expect(csv).not.toMatch(/,3,false/);

		const missing = await handleQuartierImpact(
			use(),
			apiRequest('http://localhost/api/v1/quartiers/QN0000000/impact'),
			'QN0000000',
			NOW
		);
		expect(missing.status).toBe(404);
	});

	it('draws the fiche quartier on exactly one A4 page in Arabic, with the women / everyone indicator and its source', async () => {
		const fiche = await getQuartierFiche(use(), w.qpvCode, 'ar', NOW);
		expect(fiche!.indicators).toEqual([
			expect.objectContaining({ year: 2020, women: 36.2, all: 40.1, label: 'نسبة التشغيل لدى الفئة 15-64 سنة' })
		]);
		expect(fiche!.needs).toHaveLength(5);
		expect(fiche!.initiatives).toHaveLength(5);
		const texts = ficheTexts(fiche!, 'ar');
		expect(texts.sections[0]!.lines.map((l) => l.text).join(' ')).toContain('INSEE');
		for (const lang of ['ar', 'fr', 'en'] as const) {
			const pdf = await renderFichePdf(ficheTexts((await getQuartierFiche(use(), w.qpvCode, lang, NOW))!, lang), lang, {
				compress: false
			});
			const raw = pdf.toString('latin1');
			expect(raw.slice(0, 5)).toBe('%PDF-');
			expect(raw.match(/\/Type \/Page\b(?!s)/g), `${lang}: one page`).toHaveLength(1);
			expect(raw).toContain('/MediaBox [0 0 595.28 841.89]');
		}
	});

	it('puts on the dashboard, beside the official figures, the most supported needs, the running initiatives and the rooms', async () => {
		const d = await getQuartierDashboard(use(), w.qpvCode.toLowerCase(), 'ar', NOW);
		expect(d!.quartier.id).toBe(w.quartierId);
		expect(d!.indicators.map((i) => i.measure)).toEqual(['employment_rate_15_64']);
		// Seven needs: the five most supported, most supported first.
		expect(d!.needs.map((n) => n.supportCount)).toEqual([16, 15, 14, 13, 12]);
		// In the reader's language where translated.
		expect(d!.initiatives).toHaveLength(5);
		expect(d!.initiatives[0]!.title).toMatch(/^الحضانة المتنقلة/);
		// Its six rooms, none of them booked.
		expect(d!.occupancy.rooms).toHaveLength(6);
		expect(d!.occupancy.rooms.every((r) => r.bookedHours === 0)).toBe(true);
		expect(await getQuartierDashboard(use(), 'QN0000000', 'fr', NOW)).toBeNull();
	});
});

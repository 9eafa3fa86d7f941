import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { forEachEngine, meta, uniqueEmail } from './engines.js';
import { commune, organisation, practice, practiceTranslation, roleGrant } from '#lib/server/db/schema.js';
import { loadActor } from '#lib/server/authorisation.js';
import { seedCatalogue } from '#lib/server/catalogue/seed-catalogue.js';
import { REFERENCE_PRACTICES } from '#lib/server/catalogue/practices.js';
import { signUp } from '#lib/server/use-cases/sign-up.js';
import { listPractices } from '#lib/server/use-cases/list-practices.js';
import { getPractice } from '#lib/server/use-cases/get-practice.js';
import { proposePractice } from '#lib/server/use-cases/propose-practice.js';
import { updatePractice } from '#lib/server/use-cases/update-practice.js';
import { reviewPractice } from '#lib/server/use-cases/review-practice.js';
import { listPracticeProposals } from '#lib/server/use-cases/list-practice-proposals.js';
import { listMyPracticeProposals } from '#lib/server/use-cases/list-my-practice-proposals.js';
import { getPracticeForEditing } from '#lib/server/use-cases/get-practice-for-editing.js';
import { isThemeCode } from '#lib/domain/themes.js';
import { pageRequest } from '#lib/domain/pagination.js';
import type { RawForm } from '#lib/domain/practice-form.js';

const PASSWORD = 'une phrase facile à retenir';

const proposal = (title: string, extra: RawForm = {}): RawForm => ({
	title,
	summary: 'Un atelier de couture où les voisines réparent et créent ensemble.',
	description: '## Déroulé\n\nDeux séances par semaine. <script>alert(1)</script>',
	themes: ['COH', 'CUL'],
	publics: ['women'],
	minAreaM2: '35',
	kitchenLevel: 'none',
	toilets: 'on',
	sessionsPerWeek: '2',
	sessionMinutes: '120',
	preferredWindows: ['school_hours'],
	staff: '1',
	volunteers: '3',
	setupCostMin: '2000',
	setupCostMax: '6000',
	...extra
});

forEachEngine('catalogue of practices', (use) => {
	const ids = { resident: '', member: '', moderator: '', outsider: '' };
	const orgId = 'org-femmes';

	async function account(name: string) {
		const r = await signUp(
			use(),
			{ name, email: uniqueEmail(name.replace(/\s+/g, '-')), password: PASSWORD },
			{ ...meta(), locale: 'fr' }
		);
		if (!r.ok) throw new Error(JSON.stringify(r));
		return r.userId;
	}
	const actor = (id: string) => loadActor(use().db, id);

	beforeAll(async () => {
		const { db } = use();
		await db.insert(commune).values({ id: 'c1', inseeCode: '69266', name: 'Villeurbanne', holidayZone: 'A' });
		await db.insert(organisation).values([
			{ id: orgId, name: 'Femmes en Mouvement', type: 'association', communeId: 'c1' },
			{ id: 'org-other', name: 'Autre structure', type: 'association', communeId: 'c1' }
		]);
		ids.resident = await account('Habitante');
		ids.member = await account('Membre');
		ids.moderator = await account('Moderatrice');
		ids.outsider = await account('Membre ailleurs');
		await db.insert(roleGrant).values([
			{ id: 'g1', userId: ids.member, role: 'organisation_member', scopeType: 'organisation', scopeId: orgId },
			{ id: 'g2', userId: ids.moderator, role: 'moderator' },
			{ id: 'g3', userId: ids.outsider, role: 'organisation_member', scopeType: 'organisation', scopeId: 'org-other' }
		]);
	});

	it('seeds the reference catalogue once, however many times it runs, all published', async () => {
		const { db } = use();
		expect(await seedCatalogue(db)).toBe(REFERENCE_PRACTICES.length);
		expect(await seedCatalogue(db)).toBe(0);
		const rows = await db.select().from(practice);
		expect(rows.length).toBe(REFERENCE_PRACTICES.length);
		expect(rows.length).toBeGreaterThanOrEqual(15);
		expect(rows.every((r) => r.status === 'published' && r.publishedAt !== null)).toBe(true);
	});

	it('keeps a moderator’s edit of a seeded practice across restarts', async () => {
		const { db } = use();
		await db.update(practice).set({ summary: 'Corrigé par la modération.' }).where(eq(practice.slug, 'repair-cafe'));
		await seedCatalogue(db);
		const [row] = await db.select().from(practice).where(eq(practice.slug, 'repair-cafe'));
		expect(row?.summary).toBe('Corrigé par la modération.');
	});

	it('gives every seeded practice an English and an Arabic title and summary, and only known theme codes', async () => {
		const { db } = use();
		const rows = await db.select().from(practice);
		const translations = await db.select().from(practiceTranslation);
		for (const p of rows) {
			expect(p.themes.length, p.slug).toBeGreaterThan(0);
			expect(p.themes.every(isThemeCode), p.slug).toBe(true);
			expect(p.publics.length, p.slug).toBeGreaterThan(0);
			for (const locale of ['en', 'ar']) {
				const t = translations.find((x) => x.practiceId === p.id && x.locale === locale);
				expect(t?.title.trim(), `${p.slug} ${locale}`).toBeTruthy();
				expect(t?.summary.trim(), `${p.slug} ${locale}`).toBeTruthy();
			}
			const ar = translations.find((x) => x.practiceId === p.id && x.locale === 'ar');
			expect(ar?.title, p.slug).toMatch(/[\u0600-\u06ff]/);
		}
	});

	it('describes the itinerant crèche so that a 32 m² room with a reheating kitchen lacks only 8 m² and child toilets', async () => {
		const [row] = await use().db.select().from(practice).where(eq(practice.slug, 'creche-itinerante'));
		expect(row).toMatchObject({
			minAreaM2: 40,
			kitchenLevel: 'reheating',
			childToilets: true,
			changingTable: false,
			toilets: false,
			storageM2: 0,
			outdoorM2: 0,
			stepFree: false,
			vanAccess: false,
			waterPoint: false
		});
	});

	it('lists the catalogue in the visitor’s language, filtered and paged', async () => {
		const ctx = use();
		const all = await listPractices(ctx, 'ar', {}, pageRequest('1', 100));
		expect(all.info.total).toBe(REFERENCE_PRACTICES.length);
		const creche = all.items.find((p) => p.slug === 'creche-itinerante');
		expect(creche).toMatchObject({ title: 'حضانة متنقلة', lang: 'ar' });

		const children = await listPractices(ctx, 'fr', { public: 'children_0_3' }, pageRequest('1', 100));
		expect(children.items.map((p) => p.slug)).toContain('creche-itinerante');
		expect(children.items.every((p) => p.publics.includes('children_0_3'))).toBe(true);

		const small = await listPractices(ctx, 'fr', { maxArea: 32, kitchen: 'reheating' }, pageRequest('1', 100));
		expect(small.items.length).toBeGreaterThan(0);
		expect(small.items.every((p) => p.minAreaM2 <= 32 && p.kitchenLevel !== 'full')).toBe(true);
		expect(small.items.map((p) => p.slug)).not.toContain('creche-itinerante');

		const theme = await listPractices(ctx, 'fr', { theme: 'DEC' }, pageRequest('1', 100));
		expect(theme.items.map((p) => p.slug).sort()).toEqual([
			'atelier-velo-solidaire',
			'repair-cafe',
			'vestiaire-solidaire'
		]);

		// French search ignores accents: "creche" finds "crèche".
		const found = await listPractices(ctx, 'fr', { q: 'creche itinerante' }, pageRequest('1', 100));
		expect(found.items[0]?.slug).toBe('creche-itinerante');

		const page2 = await listPractices(ctx, 'fr', {}, pageRequest('2', 10));
		expect(page2.info).toMatchObject({ page: 2, pages: Math.ceil(REFERENCE_PRACTICES.length / 10) });
		expect(page2.items.length).toBe(REFERENCE_PRACTICES.length - 10);
	});

	it('shows a practice page with its description rendered safely', async () => {
		const view = await getPractice(use(), null, 'creche-itinerante', 'en');
		expect(view).toMatchObject({ title: 'Itinerant crèche', titleLang: 'en', descriptionLang: 'fr', canEdit: false });
		expect(view?.descriptionHtml).toContain('<h3>');
		expect(view?.references[0]?.name).toContain('Soli’mômes');
	});

	it('takes a proposal from an organisation member through review to publication', async () => {
		const ctx = use();
		const member = await actor(ids.member);
		const proposed = await proposePractice(
			ctx,
			member,
			proposal('Atelier couture solidaire', { organisationId: orgId })
		);
		expect(proposed).toEqual({ ok: true, slug: 'atelier-couture-solidaire', status: 'proposed' });

		// Not public yet, but its proposers and the moderators see it.
		expect(await getPractice(ctx, null, 'atelier-couture-solidaire', 'fr')).toBeNull();
		expect(await getPractice(ctx, await actor(ids.resident), 'atelier-couture-solidaire', 'fr')).toBeNull();
		expect((await getPractice(ctx, member, 'atelier-couture-solidaire', 'fr'))?.status).toBe('proposed');
		expect((await listPractices(ctx, 'fr', { q: 'couture solidaire' }, pageRequest('1'))).items).toEqual([]);

		const moderator = await actor(ids.moderator);
		const queue = await listPracticeProposals(ctx, moderator);
		expect(queue.map((q) => q.slug)).toContain('atelier-couture-solidaire');
		expect(queue.find((q) => q.slug === 'atelier-couture-solidaire')?.organisationName).toBe('Femmes en Mouvement');

		expect(await reviewPractice(ctx, moderator, 'atelier-couture-solidaire', { decision: 'approve' })).toEqual({
			ok: true,
			status: 'published'
		});
		const published = await getPractice(ctx, null, 'atelier-couture-solidaire', 'fr');
		expect(published).toMatchObject({ status: 'published', proposedBy: 'Femmes en Mouvement' });
		expect(published?.publishedAt).toBeInstanceOf(Date);
		expect(published?.descriptionHtml).not.toContain('<script');
		// Reviewed once: a second decision is refused.
		expect(
			await reviewPractice(ctx, moderator, 'atelier-couture-solidaire', { decision: 'reject', note: 'Trop tard' })
		).toEqual({
			ok: false,
			fieldErrors: { form: 'PRACTICE.NOT_PROPOSED' }
		});
		const mine = await listMyPracticeProposals(ctx, member);
		expect(mine.find((p) => p.slug === 'atelier-couture-solidaire')?.status).toBe('published');
	});

	it('keeps a rejected proposal out of the public catalogue and tells its proposers why', async () => {
		const ctx = use();
		const member = await actor(ids.member);
		const r = await proposePractice(ctx, member, proposal('Atelier couture solidaire', { organisationId: orgId }));
		expect(r).toMatchObject({ ok: true, slug: 'atelier-couture-solidaire-2' });
		const moderator = await actor(ids.moderator);
		expect(await reviewPractice(ctx, moderator, 'atelier-couture-solidaire-2', { decision: 'reject' })).toEqual({
			ok: false,
			fieldErrors: { note: 'PRACTICE.NOTE_REQUIRED' }
		});
		expect(
			await reviewPractice(ctx, moderator, 'atelier-couture-solidaire-2', {
				decision: 'reject',
				note: 'Doublon de la fiche publiée.'
			})
		).toEqual({ ok: true, status: 'rejected' });

		expect(await getPractice(ctx, null, 'atelier-couture-solidaire-2', 'fr')).toBeNull();
		expect(await getPractice(ctx, await actor(ids.outsider), 'atelier-couture-solidaire-2', 'fr')).toBeNull();
		const list = await listPractices(ctx, 'fr', {}, pageRequest('1', 100));
		expect(list.items.map((p) => p.slug)).not.toContain('atelier-couture-solidaire-2');
		const mine = await listMyPracticeProposals(ctx, member);
		expect(mine.find((p) => p.slug === 'atelier-couture-solidaire-2')).toMatchObject({
			status: 'rejected',
			reviewNote: 'Doublon de la fiche publiée.'
		});
		expect((await getPractice(ctx, member, 'atelier-couture-solidaire-2', 'fr'))?.reviewNote).toBe(
			'Doublon de la fiche publiée.'
		);
	});

	it('refuses proposals from people who act for no organisation, or for another one', async () => {
		const ctx = use();
		await expect(
			proposePractice(ctx, await actor(ids.resident), proposal('Fiche d’une habitante'))
		).rejects.toMatchObject({
			reason: 'AUTH.FORBIDDEN'
		});
		await expect(
			proposePractice(ctx, await actor(ids.outsider), proposal('Au nom d’une autre', { organisationId: orgId }))
		).rejects.toMatchObject({ reason: 'AUTH.FORBIDDEN' });
		await expect(proposePractice(ctx, null, proposal('Anonyme'))).rejects.toMatchObject({
			reason: 'AUTH.SIGN_IN_REQUIRED'
		});
		expect(await proposePractice(ctx, await actor(ids.member), proposal('Sans structure choisie'))).toEqual({
			ok: false,
			fieldErrors: { organisationId: 'PRACTICE.ORGANISATION_REQUIRED' }
		});
		const rows = await ctx.db.select({ slug: practice.slug }).from(practice);
		expect(rows.map((r) => r.slug)).not.toContain('fiche-d-une-habitante');
	});

	it('lets moderators edit every field and the translations, and nobody else', async () => {
		const ctx = use();
		const resident = await actor(ids.resident);
		const member = await actor(ids.member);
		await expect(updatePractice(ctx, resident, 'ludotheque', proposal('Piratée'))).rejects.toMatchObject({
			reason: 'AUTH.FORBIDDEN'
		});
		await expect(updatePractice(ctx, member, 'ludotheque', proposal('Piratée'))).rejects.toMatchObject({
			reason: 'AUTH.FORBIDDEN'
		});
		await expect(getPracticeForEditing(ctx, resident, 'ludotheque')).rejects.toMatchObject({
			reason: 'AUTH.FORBIDDEN'
		});

		const moderator = await actor(ids.moderator);
		const editing = await getPracticeForEditing(ctx, moderator, 'ludotheque');
		const values = {
			...editing!.values,
			minAreaM2: '70',
			title_ar: 'مكتبة ألعاب الحي',
			summary_en: '',
			title_en: '',
			description_en: ''
		};
		expect(await updatePractice(ctx, moderator, 'ludotheque', values)).toEqual({ ok: true, slug: 'ludotheque' });
		const after = await getPractice(ctx, null, 'ludotheque', 'ar');
		expect(after).toMatchObject({ title: 'مكتبة ألعاب الحي', requirements: { minAreaM2: 70 } });
		// English emptied: the page falls back to French.
		expect((await getPractice(ctx, null, 'ludotheque', 'en'))?.titleLang).toBe('fr');

		// Bad input saves nothing.
		const bad = await updatePractice(ctx, moderator, 'ludotheque', {
			...values,
			setupCostMin: '9000',
			setupCostMax: '10'
		});
		expect(bad).toEqual({ ok: false, fieldErrors: { setupCostMax: 'PRACTICE.COST_ORDER' } });
		expect((await getPractice(ctx, null, 'ludotheque', 'fr'))?.costs.setupMin).not.toBe(9000);
	});

	it('publishes a moderator’s own new practice at once', async () => {
		const r = await proposePractice(use(), await actor(ids.moderator), proposal('Café des parents'));
		expect(r).toEqual({ ok: true, slug: 'cafe-des-parents', status: 'published' });
	});
});

forEachEngine(
	'catalogue proposals are rate-limited',
	(use) => {
		it('stops a flood of proposals from one person', async () => {
			const ctx = use();
			await ctx.db.insert(commune).values({ id: 'c1', inseeCode: '69266', name: 'Villeurbanne', holidayZone: 'A' });
			await ctx.db.insert(organisation).values({ id: 'o1', name: 'Asso', type: 'association', communeId: 'c1' });
			const r = await signUp(
				ctx,
				{ name: 'Membre', email: uniqueEmail('flood'), password: PASSWORD },
				{ ...meta(), locale: 'fr' }
			);
			if (!r.ok) throw new Error('sign-up');
			await ctx.db
				.insert(roleGrant)
				.values({ id: 'g', userId: r.userId, role: 'organisation_member', scopeType: 'organisation', scopeId: 'o1' });
			const member = await loadActor(ctx.db, r.userId);
			const results = [];
			for (let i = 0; i < 11; i++)
				results.push(await proposePractice(ctx, member, proposal(`Fiche ${i}`, { organisationId: 'o1' })));
			expect(results.slice(0, 10).every((x) => x.ok)).toBe(true);
			expect(results[10]).toMatchObject({ ok: false, fieldErrors: { form: 'RATE.LIMITED' } });
		});
	},
	{ RATE_LIMITS: 'true' }
);

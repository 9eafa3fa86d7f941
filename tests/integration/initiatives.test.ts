import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { forEachEngine } from './engines.js';
import type { AppContext } from '#lib/server/context.js';
import { commune, facility, initiative, organisation, practice, quartier, room, user } from '#lib/server/db/schema.js';
import { AccessDenied } from '#lib/server/authorisation.js';
import { createInitiative } from '#lib/server/use-cases/create-initiative.js';
import { updateInitiative } from '#lib/server/use-cases/update-initiative.js';
import { getInitiative } from '#lib/server/use-cases/get-initiative.js';
import { listInitiatives } from '#lib/server/use-cases/list-initiatives.js';
import { getInitiativeForm } from '#lib/server/use-cases/get-initiative-form.js';
import { pageRequest } from '#lib/domain/pagination.js';
import type { Actor } from '#lib/domain/authorisation.js';

interface World {
	orgId: string;
	otherOrgId: string;
	practiceId: string;
	quartierId: string;
	foreignQuartierId: string;
	roomId: string;
	member: Actor;
	outsider: Actor;
}

async function world(db: AppContext['db']): Promise<World> {
	const communeId = randomUUID();
	const elsewhere = randomUUID();
	await db.insert(commune).values([
		{ id: communeId, inseeCode: `T${randomUUID().slice(0, 5)}`, name: 'Testville', holidayZone: 'A' },
		{ id: elsewhere, inseeCode: `U${randomUUID().slice(0, 5)}`, name: 'Ailleurs', holidayZone: 'C' }
	]);
	const quartierId = randomUUID();
	const foreignQuartierId = randomUUID();
	await db.insert(quartier).values([
		{ id: quartierId, communeId, name: 'Les Buers' },
		{ id: foreignQuartierId, communeId: elsewhere, name: 'Loin' }
	]);
	const facilityId = randomUUID();
	await db
		.insert(facility)
		.values({ id: facilityId, name: 'Maison du quartier', communeId, quartierId, address: '1 rue' });
	const roomId = randomUUID();
	await db.insert(room).values({ id: roomId, facilityId, name: 'Salle 1', areaM2: 40, capacity: 15 });
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
		orgId,
		otherOrgId,
		practiceId,
		quartierId,
		foreignQuartierId,
		roomId,
		member: { userId: await person(), twoFactorEnabled: false, grants: [grant(orgId)] },
		outsider: { userId: await person(), twoFactorEnabled: false, grants: [grant(otherOrgId)] }
	};
}

const valid = (w: World) => ({
	organisationId: w.orgId,
	practiceId: w.practiceId,
	title: 'Crèche itinérante des Buers',
	summary: 'Le camion vient deux jours par semaine.',
	status: 'running',
	schedule: 'Lundi et mardi, 8 h – 19 h',
	howToJoin: 'Sur orientation de la PMI ou du centre social.',
	contactEmail: 'creche@petits-pas.example',
	quartierIds: [w.quartierId],
	roomIds: [w.roomId],
	title_ar: 'الحضانة المتنقلة في لي بوير',
	schedule_ar: 'الاثنين والثلاثاء'
});

forEachEngine('initiatives', (use) => {
	let w: World;
	beforeAll(async () => {
		w = await world(use().db);
	});

	it('a member publishes an initiative; its page says where, when, how to join, in Arabic where translated', async () => {
		const created = await createInitiative(use(), w.member, valid(w));
		expect(created.ok).toBe(true);
		if (!created.ok) return;
		const page = await getInitiative(use(), w.member, { id: created.id, locale: 'ar' });
		expect(page).toMatchObject({
			title: 'الحضانة المتنقلة في لي بوير',
			schedule: 'الاثنين والثلاثاء',
			// Not translated: French is shown, and the page says so.
			howToJoin: 'Sur orientation de la PMI ou du centre social.',
			lang: 'ar',
			canEdit: true,
			quartiers: [{ name: 'Les Buers' }],
			rooms: [{ name: 'Salle 1', facilityName: 'Maison du quartier' }]
		});
		expect((await getInitiative(use(), w.outsider, { id: created.id, locale: 'fr' }))?.canEdit).toBe(false);
	});

	it('refuses someone who does not act for the organisation, and saves nothing', async () => {
		const before = await use().db.select({ n: count() }).from(initiative);
		await expect(createInitiative(use(), w.outsider, valid(w))).rejects.toBeInstanceOf(AccessDenied);
		await expect(createInitiative(use(), null, valid(w))).rejects.toBeInstanceOf(AccessDenied);
		expect(await use().db.select({ n: count() }).from(initiative)).toEqual(before);
	});

	it('bad input comes back field by field and nothing is half-saved', async () => {
		const before = await use().db.select({ n: count() }).from(initiative);
		const result = await createInitiative(use(), w.member, { ...valid(w), title: '', quartierIds: [] });
		expect(result).toEqual({
			ok: false,
			fieldErrors: { title: 'FIELD.REQUIRED', quartierIds: 'INITIATIVE.QUARTIER_REQUIRED' }
		});
		// A quartier the form never offered (another commune) is refused too.
		const foreign = await createInitiative(use(), w.member, { ...valid(w), quartierIds: [w.foreignQuartierId] });
		expect(foreign).toEqual({ ok: false, fieldErrors: { quartierIds: 'CHOICE.INVALID' } });
		expect(await use().db.select({ n: count() }).from(initiative)).toEqual(before);
	});

	it('an update changes the status and replaces places and translations; the organisation cannot be swapped', async () => {
		const created = await createInitiative(use(), w.member, valid(w));
		if (!created.ok) throw new Error('not created');
		const updated = await updateInitiative(use(), w.member, created.id, {
			...valid(w),
			organisationId: w.otherOrgId,
			status: 'paused',
			roomIds: [],
			title_ar: '',
			schedule_ar: ''
		});
		expect(updated).toEqual({ ok: true, id: created.id });
		const [row] = await use().db.select().from(initiative).where(eq(initiative.id, created.id));
		expect(row).toMatchObject({ status: 'paused', organisationId: w.orgId });
		const page = await getInitiative(use(), null, { id: created.id, locale: 'ar' });
		expect(page).toMatchObject({ lang: 'fr', rooms: [], title: 'Crèche itinérante des Buers' });
		await expect(updateInitiative(use(), w.outsider, created.id, valid(w))).rejects.toBeInstanceOf(AccessDenied);
	});

	it('lists running initiatives first and filters by quartier and status', async () => {
		const list = await listInitiatives(use(), {
			filters: { quartierId: w.quartierId },
			page: pageRequest('1'),
			locale: 'fr'
		});
		expect(list.items.length).toBeGreaterThanOrEqual(2);
		expect(list.items[0]!.status).toBe('running');
		expect(list.items.every((i) => i.quartiers.includes('Les Buers'))).toBe(true);
		const paused = await listInitiatives(use(), {
			filters: { quartierId: w.quartierId, status: 'paused' },
			page: pageRequest('1'),
			locale: 'fr'
		});
		expect(paused.items.map((i) => i.status)).toEqual(['paused']);
		// An unknown status is ignored rather than an error.
		const any = await listInitiatives(use(), { filters: { status: 'nonsense' }, page: pageRequest('1'), locale: 'fr' });
		expect(any.info.total).toBeGreaterThanOrEqual(2);
	});

	it('the form offers the organisation’s own quartiers and rooms, and only to its members', async () => {
		const form = await getInitiativeForm(use(), w.member, { locale: 'fr' });
		expect(form?.organisation?.id).toBe(w.orgId);
		expect(form?.quartiers.map((q) => q.name)).toEqual(['Les Buers']);
		expect(form?.rooms.map((r) => r.name)).toEqual(['Salle 1']);
		const resident: Actor = { userId: randomUUID(), twoFactorEnabled: false, grants: [] };
		await expect(getInitiativeForm(use(), resident, { locale: 'fr' })).rejects.toBeInstanceOf(AccessDenied);
	});
});

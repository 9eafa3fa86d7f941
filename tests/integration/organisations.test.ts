import { and, desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { forEachEngine, meta, uniqueEmail } from './engines.js';
import {
	apiToken,
	commune,
	mailOutbox,
	organisation,
	organisationInvitation,
	organisationQuartier,
	quartier,
	quartierCommune,
	roleGrant
} from '#lib/server/db/schema.js';
import { loadActor } from '#lib/server/authorisation.js';
import { authenticateApiToken } from '#lib/server/api-tokens.js';
import { signUp } from '#lib/server/use-cases/sign-up.js';
import { createOrganisation } from '#lib/server/use-cases/create-organisation.js';
import { updateOrganisation } from '#lib/server/use-cases/update-organisation.js';
import { getOrganisation } from '#lib/server/use-cases/get-organisation.js';
import { getOrganisationProfile } from '#lib/server/use-cases/get-organisation-profile.js';
import { listOrganisations } from '#lib/server/use-cases/list-organisations.js';
import { directoryFilters } from '#lib/domain/organisations.js';
import { inviteMember } from '#lib/server/use-cases/invite-member.js';
import { checkInvitation } from '#lib/server/use-cases/check-invitation.js';
import { acceptInvitation } from '#lib/server/use-cases/accept-invitation.js';
import { revokeInvitation } from '#lib/server/use-cases/revoke-invitation.js';
import { listOrganisationMembers } from '#lib/server/use-cases/list-organisation-members.js';
import { changeMemberRole } from '#lib/server/use-cases/change-member-role.js';
import { removeMember } from '#lib/server/use-cases/remove-member.js';
import { createApiToken } from '#lib/server/use-cases/create-api-token.js';
import { listApiTokens } from '#lib/server/use-cases/list-api-tokens.js';
import { revokeApiToken } from '#lib/server/use-cases/revoke-api-token.js';

const PASSWORD = 'une phrase facile à retenir';

forEachEngine('organisations, members, invitations and API tokens', (use) => {
	const ids = { moderator: '', claire: '', fatou: '', stranger: '' };
	const emails = { claire: '', fatou: '', stranger: '' };
	let orgId = '';

	async function account(name: string, locale: 'fr' | 'en' | 'ar' = 'fr') {
		const email = uniqueEmail(name.toLowerCase());
		const r = await signUp(use(), { name, email, password: PASSWORD }, { ...meta(), locale });
		if (!r.ok) throw new Error(JSON.stringify(r));
		return { id: r.userId, email };
	}
	const actor = (id: string) => loadActor(use().db, id);

	/** The invitation link most recently mailed to `email`, read from the outbox. */
	async function mailedLink(email: string) {
		const [mail] = await use()
			.db.select()
			.from(mailOutbox)
			.where(eq(mailOutbox.recipient, email))
			.orderBy(desc(mailOutbox.createdAt));
		const token = mail?.body.match(/\/invitations\/([A-Za-z0-9_-]+)/)?.[1];
		if (!mail || !token) throw new Error(`no invitation mailed to ${email}`);
		return { mail, token };
	}

	beforeAll(async () => {
		const db = use().db;
		await db.insert(commune).values([
			{ id: 'c1', inseeCode: '69266', name: 'Villeurbanne', holidayZone: 'A' },
			{ id: 'c2', inseeCode: '69123', name: 'Lyon', holidayZone: 'A' }
		]);
		await db.insert(quartier).values([
			{ id: 'q-sj', communeId: 'c1', name: 'Saint-Jean', qpvCode: 'QN06920M' },
			{ id: 'q-bu', communeId: 'c1', name: 'Les Buers', qpvCode: 'QN06921M' },
			{ id: 'q-ly', communeId: 'c2', name: 'Mermoz', qpvCode: 'QN06999M' }
		]);
		await db.insert(quartierCommune).values([
			{ quartierId: 'q-sj', communeId: 'c1' },
			{ quartierId: 'q-bu', communeId: 'c1' },
			{ quartierId: 'q-ly', communeId: 'c2' }
		]);
		ids.moderator = (await account('Yasmine')).id;
		await db.insert(roleGrant).values({ id: 'g-mod', userId: ids.moderator, role: 'moderator' });
		const claire = await account('Claire', 'en');
		const fatou = await account('Fatou');
		const stranger = await account('Inconnue');
		Object.assign(ids, { claire: claire.id, fatou: fatou.id, stranger: stranger.id });
		Object.assign(emails, { claire: claire.email, fatou: fatou.email, stranger: stranger.email });
	});

	it('lets a moderator list an organisation and mails its first admin, in her language', async () => {
		await expect(
			createOrganisation(
				use(),
				await actor(ids.stranger),
				{ name: 'X', type: 'association', communeId: 'c1', adminEmail: 'x@exemple.fr' },
				'fr'
			)
		).rejects.toMatchObject({ reason: 'AUTH.FORBIDDEN' });

		expect(
			await createOrganisation(
				use(),
				await actor(ids.moderator),
				{ name: 'SCOP Petits Pas', type: 'guild', communeId: 'nowhere', adminEmail: 'pas une adresse' },
				'fr'
			)
		).toEqual({ ok: false, fieldErrors: { type: 'ORGANISATION.TYPE_INVALID', adminEmail: 'EMAIL.INVALID' } });
		expect(
			await createOrganisation(
				use(),
				await actor(ids.moderator),
				{ name: 'SCOP Petits Pas', type: 'ess_enterprise', communeId: 'nowhere', adminEmail: emails.claire },
				'fr'
			)
		).toEqual({ ok: false, fieldErrors: { communeId: 'ORGANISATION.COMMUNE_INVALID' } });
		expect(await use().db.select().from(organisation)).toEqual([]);

		const created = await createOrganisation(
			use(),
			await actor(ids.moderator),
			{
				name: 'SCOP Petits Pas',
				type: 'ess_enterprise',
				communeId: 'c1',
				description: 'Crèche itinérante',
				adminEmail: emails.claire.toUpperCase()
			},
			'fr'
		);
		if (!created.ok) throw new Error(JSON.stringify(created));
		expect(created.invitationMailed).toBe(true);
		orgId = created.organisationId;

		const { mail, token } = await mailedLink(emails.claire);
		// Claire's account is in English: so is the mail, whatever the moderator's language.
		expect(mail.subject).toBe('Quartiers Vivants: join SCOP Petits Pas');
		expect(mail.body).toContain('Yasmine invites you to join SCOP Petits Pas');
		expect(mail.body).toContain('(role: Manager)');
		// Only a hash of the token is kept.
		const [stored] = await use()
			.db.select()
			.from(organisationInvitation)
			.where(eq(organisationInvitation.organisationId, orgId));
		expect(stored!.tokenHash).not.toContain(token);
		expect(stored!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
		expect(stored!.email).toBe(emails.claire);
		const days = (stored!.expiresAt.getTime() - stored!.createdAt.getTime()) / 86_400_000;
		expect(days).toBeCloseTo(14, 1);
	});

	it('lets only the invited account accept, once, and makes it the organisation’s admin', async () => {
		const { token } = await mailedLink(emails.claire);
		expect(await checkInvitation(use(), token, null)).toMatchObject({
			status: 'pending',
			organisation: { id: orgId, name: 'SCOP Petits Pas' },
			forThisAccount: null
		});
		expect(await checkInvitation(use(), token, ids.fatou)).toMatchObject({ status: 'pending', forThisAccount: false });
		expect(await checkInvitation(use(), 'made-up-token-made-up-token', null)).toEqual({ status: 'invalid' });

		await expect(acceptInvitation(use(), null, token)).rejects.toMatchObject({ reason: 'AUTH.SIGN_IN_REQUIRED' });
		expect(await acceptInvitation(use(), await actor(ids.fatou), token)).toEqual({
			ok: false,
			error: 'ORGANISATION.INVITATION_OTHER_ACCOUNT'
		});
		expect(await acceptInvitation(use(), await actor(ids.claire), token)).toEqual({ ok: true, organisationId: orgId });
		expect(await acceptInvitation(use(), await actor(ids.claire), token)).toEqual({
			ok: false,
			error: 'ORGANISATION.INVITATION_USED'
		});
		expect(await checkInvitation(use(), token, ids.claire)).toMatchObject({ status: 'accepted' });
		const grants = await use()
			.db.select({ role: roleGrant.role, scopeType: roleGrant.scopeType, scopeId: roleGrant.scopeId })
			.from(roleGrant)
			.where(eq(roleGrant.userId, ids.claire));
		expect(grants).toEqual([{ role: 'organisation_admin', scopeType: 'organisation', scopeId: orgId }]);
	});

	it('lets its admin edit the page, and no one else', async () => {
		const profile = {
			name: 'SCOP Petits Pas Itinérants',
			type: 'ess_enterprise',
			description: 'Crèche itinérante, deux jours par quartier.',
			contactEmail: 'contact@petits-pas.example',
			contactPhone: '04 65 71 10 02',
			websiteUrl: 'petits-pas.example',
			quartierIds: ['q-sj', 'q-bu']
		};
		await expect(updateOrganisation(use(), await actor(ids.fatou), orgId, profile)).rejects.toMatchObject({
			reason: 'AUTH.FORBIDDEN'
		});
		await expect(updateOrganisation(use(), await actor(ids.moderator), orgId, profile)).rejects.toMatchObject({
			reason: 'AUTH.FORBIDDEN'
		});
		await expect(getOrganisationProfile(use(), await actor(ids.stranger), orgId)).rejects.toMatchObject({
			reason: 'AUTH.FORBIDDEN'
		});

		// A quartier of another commune is refused, and nothing is half-saved.
		expect(
			await updateOrganisation(use(), await actor(ids.claire), orgId, { ...profile, quartierIds: ['q-sj', 'q-ly'] })
		).toEqual({ ok: false, fieldErrors: { quartierIds: 'ORGANISATION.QUARTIER_INVALID' } });
		const [unchanged] = await use().db.select().from(organisation).where(eq(organisation.id, orgId));
		expect(unchanged!.name).toBe('SCOP Petits Pas');

		expect(await updateOrganisation(use(), await actor(ids.claire), orgId, profile)).toEqual({ ok: true });
		const form = await getOrganisationProfile(use(), await actor(ids.claire), orgId);
		expect(form!.quartierChoices.map((q) => q.name)).toEqual(['Les Buers', 'Saint-Jean']);
		expect(form!.servedQuartierIds.sort()).toEqual(['q-bu', 'q-sj']);

		const page = await getOrganisation(use(), null, orgId, 'fr');
		expect(page).toMatchObject({
			organisation: {
				name: 'SCOP Petits Pas Itinérants',
				website: 'https://petits-pas.example/',
				contactEmail: 'contact@petits-pas.example',
				contactPhone: '04 65 71 10 02',
				communeName: 'Villeurbanne'
			},
			quartiers: [{ name: 'Les Buers' }, { name: 'Saint-Jean' }],
			initiatives: [],
			members: null,
			canManage: false
		});
		// Members' names are for the organisation's members only.
		expect((await getOrganisation(use(), await actor(ids.stranger), orgId, 'fr'))!.members).toBeNull();
		expect((await getOrganisation(use(), await actor(ids.claire), orgId, 'fr'))!.members).toEqual([
			{ name: 'Claire', role: 'organisation_admin' }
		]);
	});

	it('finds organisations by type, commune, quartier served and part of the name', async () => {
		await use()
			.db.insert(organisation)
			.values([
				{ id: 'o-asso', name: 'Femmes en Mouvement', type: 'association', communeId: 'c1' },
				{ id: 'o-lyon', name: '100% Mermoz', type: 'association', communeId: 'c2' }
			]);
		await use()
			.db.insert(organisationQuartier)
			.values([
				{ organisationId: 'o-asso', quartierId: 'q-sj' },
				{ organisationId: 'o-lyon', quartierId: 'q-ly' }
			]);
		const names = async (query: string, page: string | null = null) =>
			(await listOrganisations(use(), directoryFilters(new URLSearchParams(query)), page)).organisations.map(
				(o) => o.name
			);
		expect(await names('')).toEqual(['100% Mermoz', 'Femmes en Mouvement', 'SCOP Petits Pas Itinérants']);
		expect(await names('type=association')).toEqual(['100% Mermoz', 'Femmes en Mouvement']);
		expect(await names('commune=c1')).toEqual(['Femmes en Mouvement', 'SCOP Petits Pas Itinérants']);
		expect(await names('quartier=q-bu')).toEqual(['SCOP Petits Pas Itinérants']);
		expect(await names('quartier=q-sj&type=association')).toEqual(['Femmes en Mouvement']);
		expect(await names('q=petits')).toEqual(['SCOP Petits Pas Itinérants']);
		// A search is text, not a pattern; an unknown type is ignored rather than an error.
		expect(await names('q=%25')).toEqual(['100% Mermoz']);
		expect(await names('type=guild')).toHaveLength(3);
		const listed = await listOrganisations(use(), directoryFilters(new URLSearchParams('')), '99');
		expect(listed.page).toMatchObject({ page: 1, pages: 1, total: 3 });
		expect(listed.organisations.find((o) => o.id === orgId)?.quartiers).toEqual(['Les Buers', 'Saint-Jean']);
		expect(listed.options.communes.map((c) => c.name)).toEqual(['Lyon', 'Villeurbanne']);
		expect(listed.options.quartiers.map((q) => q.name)).toEqual(['Mermoz', 'Les Buers', 'Saint-Jean']);
	});

	describe('invitations by the organisation’s admin', () => {
		it('invites a member who accepts, and refuses to invite someone already in', async () => {
			await expect(
				inviteMember(use(), await actor(ids.fatou), orgId, { email: emails.fatou, role: 'organisation_member' }, 'fr')
			).rejects.toMatchObject({ reason: 'AUTH.FORBIDDEN' });
			expect(
				await inviteMember(
					use(),
					await actor(ids.claire),
					orgId,
					{ email: emails.claire, role: 'organisation_member' },
					'fr'
				)
			).toEqual({ ok: false, fieldErrors: { email: 'ORGANISATION.ALREADY_MEMBER' } });
			expect(
				await inviteMember(
					use(),
					await actor(ids.claire),
					orgId,
					{ email: emails.fatou, role: 'organisation_member' },
					'fr'
				)
			).toEqual({ ok: true, email: emails.fatou });
			const { mail, token } = await mailedLink(emails.fatou);
			expect(mail.subject).toBe('Quartiers Vivants : rejoindre SCOP Petits Pas Itinérants');
			expect(await acceptInvitation(use(), await actor(ids.fatou), token)).toEqual({ ok: true, organisationId: orgId });
			const members = await listOrganisationMembers(use(), await actor(ids.claire), orgId);
			expect(members!.members.map((m) => [m.name, m.role, m.isLastAdmin])).toEqual([
				['Claire', 'organisation_admin', true],
				['Fatou', 'organisation_member', false]
			]);
			expect(members!.invitations).toEqual([]);
		});

		it('says an expired link has expired, and a revoked one was cancelled', async () => {
			const stranger = await actor(ids.stranger);
			await inviteMember(
				use(),
				await actor(ids.claire),
				orgId,
				{ email: emails.stranger, role: 'organisation_member' },
				'fr'
			);
			const first = await mailedLink(emails.stranger);
			await use()
				.db.update(organisationInvitation)
				.set({ expiresAt: new Date(Date.now() - 1000) })
				.where(eq(organisationInvitation.email, emails.stranger));
			expect(await checkInvitation(use(), first.token, ids.stranger)).toMatchObject({ status: 'expired' });
			expect(await acceptInvitation(use(), stranger, first.token)).toEqual({
				ok: false,
				error: 'ORGANISATION.INVITATION_EXPIRED'
			});
			const lapsed = await listOrganisationMembers(use(), await actor(ids.claire), orgId);
			expect(lapsed!.invitations.map((i) => i.status)).toEqual(['expired']);

			// Sent again: a new link; the admin then cancels it.
			await inviteMember(
				use(),
				await actor(ids.claire),
				orgId,
				{ email: emails.stranger, role: 'organisation_admin' },
				'fr'
			);
			const second = await mailedLink(emails.stranger);
			expect(second.token).not.toBe(first.token);
			const pending = await listOrganisationMembers(use(), await actor(ids.claire), orgId);
			expect(pending!.invitations.map((i) => [i.status, i.role])).toEqual([['pending', 'organisation_admin']]);
			await expect(revokeInvitation(use(), stranger, orgId, pending!.invitations[0]!.id)).rejects.toMatchObject({
				reason: 'AUTH.FORBIDDEN'
			});
			expect(await revokeInvitation(use(), await actor(ids.claire), orgId, pending!.invitations[0]!.id)).toEqual({
				ok: true
			});
			expect(await revokeInvitation(use(), await actor(ids.claire), orgId, pending!.invitations[0]!.id)).toEqual({
				ok: false,
				fieldErrors: { form: 'NOT_FOUND' }
			});
			expect(await checkInvitation(use(), second.token, ids.stranger)).toMatchObject({ status: 'revoked' });
			expect(await acceptInvitation(use(), stranger, second.token)).toEqual({
				ok: false,
				error: 'ORGANISATION.INVITATION_REVOKED'
			});
			const grants = await use().db.select().from(roleGrant).where(eq(roleGrant.userId, ids.stranger));
			expect(grants).toEqual([]);
		});
	});

	it('limits how many invitations one organisation mails in an hour', async () => {
		const admin = await account('Responsable');
		await use().db.insert(organisation).values({ id: 'o-limit', name: 'Limite', type: 'association', communeId: 'c1' });
		await use().db.insert(roleGrant).values({
			id: 'g-limit',
			userId: admin.id,
			role: 'organisation_admin',
			scopeType: 'organisation',
			scopeId: 'o-limit'
		});
		const invite = async (n: number) =>
			inviteMember(
				use(),
				await actor(admin.id),
				'o-limit',
				{ email: `invitee-${n}-${admin.id}@exemple.fr`, role: 'organisation_member' },
				'fr'
			);
		for (let n = 1; n <= 20; n++) expect((await invite(n)).ok).toBe(true);
		expect(await invite(21)).toMatchObject({ ok: false, fieldErrors: { form: 'RATE.LIMITED' } });
		const sent = await use()
			.db.select()
			.from(organisationInvitation)
			.where(eq(organisationInvitation.organisationId, 'o-limit'));
		expect(sent).toHaveLength(20);
	});

	describe('members', () => {
		it('never removes or demotes the last admin', async () => {
			const claire = await actor(ids.claire);
			expect(await removeMember(use(), claire, orgId, ids.claire)).toEqual({
				ok: false,
				fieldErrors: { form: 'ORGANISATION.LAST_ADMIN' }
			});
			expect(await changeMemberRole(use(), claire, orgId, { userId: ids.claire, role: 'organisation_member' })).toEqual(
				{
					ok: false,
					fieldErrors: { form: 'ORGANISATION.LAST_ADMIN' }
				}
			);
			await expect(
				changeMemberRole(use(), await actor(ids.fatou), orgId, { userId: ids.fatou, role: 'organisation_admin' })
			).rejects.toMatchObject({ reason: 'AUTH.FORBIDDEN' });
		});

		it('hands over: a second admin, then the first steps down and the member is removed', async () => {
			expect(
				await changeMemberRole(use(), await actor(ids.claire), orgId, { userId: ids.fatou, role: 'organisation_admin' })
			).toEqual({ ok: true, stillManages: true });
			expect(
				await changeMemberRole(use(), await actor(ids.claire), orgId, {
					userId: ids.claire,
					role: 'organisation_member'
				})
			).toEqual({ ok: true, stillManages: false });
			await expect(listOrganisationMembers(use(), await actor(ids.claire), orgId)).rejects.toMatchObject({
				reason: 'AUTH.FORBIDDEN'
			});
			expect(await removeMember(use(), await actor(ids.fatou), orgId, ids.claire)).toEqual({
				ok: true,
				stillManages: true
			});
			expect(await removeMember(use(), await actor(ids.fatou), orgId, ids.stranger)).toEqual({
				ok: false,
				fieldErrors: { form: 'NOT_FOUND' }
			});
			const left = await use()
				.db.select({ userId: roleGrant.userId, role: roleGrant.role })
				.from(roleGrant)
				.where(and(eq(roleGrant.scopeType, 'organisation'), eq(roleGrant.scopeId, orgId)));
			expect(left).toEqual([{ userId: ids.fatou, role: 'organisation_admin' }]);
		});
	});

	describe('API tokens', () => {
		it('authenticates a token until it is revoked, and records its use at most once a minute', async () => {
			const fatou = await actor(ids.fatou);
			await expect(createApiToken(use(), await actor(ids.claire), orgId, { name: 'Site' })).rejects.toMatchObject({
				reason: 'AUTH.FORBIDDEN'
			});
			expect(await createApiToken(use(), fatou, orgId, { name: ' ' })).toEqual({
				ok: false,
				fieldErrors: { name: 'FIELD.REQUIRED' }
			});
			const created = await createApiToken(use(), fatou, orgId, { name: 'Site de la SCOP' });
			if (!created.ok) throw new Error(JSON.stringify(created));
			expect(created.token).toMatch(/^qv_[A-Za-z0-9_-]{43}$/);

			const [row] = await use().db.select().from(apiToken).where(eq(apiToken.organisationId, orgId));
			expect(row!.prefix).toBe(created.token.slice(0, 10));
			expect(row!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
			expect(JSON.stringify(row)).not.toContain(created.token);
			expect(row!.lastUsedAt).toBeNull();

			const db = use().db;
			expect(await authenticateApiToken(db, `Bearer ${created.token}`)).toEqual({
				organisationId: orgId,
				tokenId: row!.id
			});
			const [used] = await db.select().from(apiToken).where(eq(apiToken.id, row!.id));
			expect(used!.lastUsedAt).toBeInstanceOf(Date);
			// A second call within the minute does not write again.
			await authenticateApiToken(db, `Bearer ${created.token}`);
			const [again] = await db.select().from(apiToken).where(eq(apiToken.id, row!.id));
			expect(again!.lastUsedAt!.getTime()).toBe(used!.lastUsedAt!.getTime());
			// An older use is refreshed.
			await db
				.update(apiToken)
				.set({ lastUsedAt: new Date(Date.now() - 5 * 60_000) })
				.where(eq(apiToken.id, row!.id));
			await authenticateApiToken(db, `Bearer ${created.token}`);
			const [refreshed] = await db.select().from(apiToken).where(eq(apiToken.id, row!.id));
			expect(Date.now() - refreshed!.lastUsedAt!.getTime()).toBeLessThan(60_000);

			for (const header of [
				null,
				'',
				created.token,
				`Basic ${created.token}`,
				`Bearer ${created.token.slice(0, -1)}x`,
				`Bearer qv_${'A'.repeat(43)}`
			])
				expect(await authenticateApiToken(db, header)).toBeNull();

			const listed = await listApiTokens(use(), fatou, orgId);
			expect(listed!.tokens.map((t) => [t.name, t.prefix, t.createdBy, t.revokedAt])).toEqual([
				['Site de la SCOP', created.token.slice(0, 10), 'Fatou', null]
			]);
			await expect(revokeApiToken(use(), await actor(ids.stranger), orgId, row!.id)).rejects.toMatchObject({
				reason: 'AUTH.FORBIDDEN'
			});
			expect(await revokeApiToken(use(), fatou, orgId, row!.id)).toEqual({ ok: true });
			expect(await authenticateApiToken(db, `Bearer ${created.token}`)).toBeNull();
			expect(await revokeApiToken(use(), fatou, orgId, row!.id)).toEqual({
				ok: false,
				fieldErrors: { form: 'NOT_FOUND' }
			});
		});
	});
});

import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { forEachEngine, meta, signedInCookie, uniqueEmail } from './engines.js';
import { commune, organisation, roleGrant } from '#lib/server/db/schema.js';
import { AccessDenied, loadActor } from '#lib/server/authorisation.js';
import { signUp } from '#lib/server/use-cases/sign-up.js';
import { listUsers } from '#lib/server/use-cases/list-users.js';
import { grantRole } from '#lib/server/use-cases/grant-role.js';
import { revokeRole } from '#lib/server/use-cases/revoke-role.js';
import { listOutbox } from '#lib/server/use-cases/list-outbox.js';
import { startTwoFactor } from '#lib/server/use-cases/start-two-factor.js';
import { confirmTwoFactor } from '#lib/server/use-cases/confirm-two-factor.js';
import { totp } from '../support/totp.js';

const PASSWORD = 'une phrase facile à retenir';

forEachEngine('roles and administration', (use) => {
	let adminId = '';
	let residentId = '';
	const orgId = 'org-test';

	async function account(name: string) {
		const email = uniqueEmail(name);
		const r = await signUp(use(), { name, email, password: PASSWORD }, { ...meta(), locale: 'fr' });
		if (!r.ok) throw new Error(JSON.stringify(r));
		return { id: r.userId, email };
	}
	const actor = async (id: string) => loadActor(use().db, id);

	beforeAll(async () => {
		const admin = await account('Admin');
		adminId = admin.id;
		residentId = (await account('Habitante')).id;
		await use().db.insert(roleGrant).values({ id: 'seed-admin', userId: adminId, role: 'administrator' });
		await use().db.insert(commune).values({ id: 'c1', inseeCode: '69266', name: 'Villeurbanne', holidayZone: 'A' });
		await use()
			.db.insert(organisation)
			.values({ id: orgId, name: 'SCOP Petits Pas', type: 'ess_enterprise', communeId: 'c1' });
	});

	it('refuses the administration to anyone who is not an administrator', async () => {
		await expect(listUsers(use(), await actor(residentId))).rejects.toMatchObject({ reason: 'AUTH.FORBIDDEN' });
		await expect(listUsers(use(), null)).rejects.toBeInstanceOf(AccessDenied);
		await expect(
			grantRole(use(), await actor(residentId), { userId: residentId, role: 'administrator', scope: 'global' })
		).rejects.toMatchObject({
			reason: 'AUTH.FORBIDDEN'
		});
		const grants = await use().db.select().from(roleGrant).where(eq(roleGrant.userId, residentId));
		expect(grants).toEqual([]);
	});

	it('asks an administrator without two-factor authentication to set it up first', async () => {
		await expect(listUsers(use(), await actor(adminId))).rejects.toMatchObject({ reason: 'AUTH.TWO_FACTOR_REQUIRED' });
		await expect(listOutbox(use(), await actor(adminId))).rejects.toMatchObject({ reason: 'AUTH.TWO_FACTOR_REQUIRED' });
	});

	it('opens the administration once two-factor authentication is on', async () => {
		const [row] = await use().db.select().from(roleGrant).where(eq(roleGrant.userId, adminId));
		expect(row).toBeDefined();
		const admin = (await listUsersEmail(adminId))!;
		const cookie = await signedInCookie(use(), admin, PASSWORD);
		const started = await startTwoFactor(use(), { password: PASSWORD }, meta(cookie));
		if (!started.ok) throw new Error('2FA');
		expect(await confirmTwoFactor(use(), adminId, { code: totp(started.setup.secret) }, meta(cookie))).toEqual({
			ok: true
		});
		const list = await listUsers(use(), await actor(adminId));
		expect(list.total).toBeGreaterThanOrEqual(2);
		const found = await listUsers(use(), await actor(adminId), { search: 'habit' });
		expect(found.users.map((u) => u.name)).toEqual(['Habitante']);
		// A search is text, never a pattern: % matches only a literal percent sign.
		expect((await listUsers(use(), await actor(adminId), { search: '%' })).users).toEqual([]);
	});

	it('grants a scoped role, and refuses a role in the wrong scope', async () => {
		const admin = await actor(adminId);
		expect(await grantRole(use(), admin, { userId: residentId, role: 'organisation_admin', scope: 'global' })).toEqual({
			ok: false,
			fieldErrors: { scope: 'ROLE.SCOPE_INVALID' }
		});
		expect(
			await grantRole(use(), admin, { userId: residentId, role: 'organisation_admin', scope: 'organisation:nope' })
		).toEqual({
			ok: false,
			fieldErrors: { scope: 'NOT_FOUND' }
		});
		expect(
			await grantRole(use(), admin, { userId: residentId, role: 'organisation_admin', scope: `organisation:${orgId}` })
		).toEqual({ ok: true });
		// Twice is harmless.
		expect(
			await grantRole(use(), admin, { userId: residentId, role: 'organisation_admin', scope: `organisation:${orgId}` })
		).toEqual({ ok: true });
		const resident = await actor(residentId);
		expect(resident?.grants).toEqual([{ role: 'organisation_admin', scopeType: 'organisation', scopeId: orgId }]);
	});

	it('revokes a role, but never the acting administrator’s own', async () => {
		const admin = await actor(adminId);
		const [grant] = await use().db.select().from(roleGrant).where(eq(roleGrant.userId, residentId));
		expect(await revokeRole(use(), admin, grant!.id)).toEqual({ ok: true });
		expect((await actor(residentId))?.grants).toEqual([]);
		expect(await revokeRole(use(), admin, 'seed-admin')).toEqual({ ok: false, error: 'ROLE.SELF_ADMIN' });
		expect((await actor(adminId))?.grants.map((g) => g.role)).toEqual(['administrator']);
		expect(await revokeRole(use(), admin, 'unknown')).toEqual({ ok: false, error: 'NOT_FOUND' });
	});

	async function listUsersEmail(id: string) {
		const { user } = await import('#lib/server/db/schema.js');
		const [u] = await use().db.select({ email: user.email }).from(user).where(eq(user.id, id));
		return u?.email;
	}
});

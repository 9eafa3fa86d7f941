import { count, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { forEachEngine, meta } from './engines.js';
import { commune, facility, organisation, quartier, roleGrant, room, user } from '#lib/server/db/schema.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '#lib/server/demo/seed-demo.js';
import { signIn } from '#lib/server/use-cases/sign-in.js';
import { getTerritoryOverview } from '#lib/server/use-cases/get-territory-overview.js';
import { ROLES } from '#lib/domain/authorisation.js';

forEachEngine('demo territory', (use) => {
	it('loads a real commune with three of its 2024 QPV, their codes and outlines', async () => {
		expect(await seedDemo(use().db)).toBe('seeded');
		const [c] = await use().db.select().from(commune);
		expect(c).toMatchObject({ inseeCode: '69266', name: 'Villeurbanne', holidayZone: 'A', timeZone: 'Europe/Paris' });
		const qs = await use().db.select().from(quartier).orderBy(quartier.qpvCode);
		expect(qs.map((q) => [q.qpvCode, q.name])).toEqual([
			['QN06920M', 'Saint-Jean'],
			['QN06921M', 'Les Buers'],
			['QN06922M', 'Tonkin']
		]);
		for (const q of qs) expect((q.outline as { type: string }).type).toMatch(/Polygon/);
	});

	it('has facilities with rooms and one organisation of each type', async () => {
		const [{ n: facilities }] = (await use().db.select({ n: count() }).from(facility)) as [{ n: number }];
		const [{ n: rooms }] = (await use().db.select({ n: count() }).from(room)) as [{ n: number }];
		expect(facilities).toBeGreaterThanOrEqual(3);
		expect(rooms).toBeGreaterThanOrEqual(facilities);
		const types = (await use().db.select({ type: organisation.type }).from(organisation)).map((o) => o.type).sort();
		expect(types).toEqual([
			'association',
			'commune',
			'company',
			'ess_enterprise',
			'foundation',
			'maitre_ouvrage',
			'social_landlord'
		]);
		const overview = await getTerritoryOverview(use());
		// Every demo facility has rooms, and the home page counts them.
		expect(overview?.rooms.facilities).toBeGreaterThan(0);
		expect(overview?.rooms.rooms).toBeGreaterThanOrEqual(overview!.rooms.facilities);
		expect(overview?.quartiers.some((q) => q.rooms > 0 && q.facilities > 0)).toBe(true);
	});

	it('creates one demo account per role, each able to sign in', async () => {
		const grants = await use().db.select({ role: roleGrant.role }).from(roleGrant);
		expect(new Set(['resident', ...grants.map((g) => g.role)])).toEqual(new Set(ROLES));
		for (const a of DEMO_ACCOUNTS) {
			const r = await signIn(
				use(),
				{ email: a.email, password: DEMO_PASSWORD },
				meta(undefined, `10.0.0.${DEMO_ACCOUNTS.indexOf(a)}`)
			);
			expect(r.ok, a.email).toBe(true);
		}
		const [admin] = await use().db.select().from(user).where(eq(user.email, 'admin@demo.quartiers-vivants.fr'));
		expect(admin?.twoFactorEnabled).toBe(false);
	});

	it('never loads twice', async () => {
		expect(await seedDemo(use().db)).toBe('skipped');
		const [{ n }] = (await use().db.select({ n: count() }).from(commune)) as [{ n: number }];
		expect(n).toBe(1);
	});
});

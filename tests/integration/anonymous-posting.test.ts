/**
 * A moderator decides whether a commune's residents may post needs without an account, and the
 * posting form follows: on the demo (where it is allowed), turned off then on again.
 */
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { forEachEngine } from './engines.js';
import { commune, user } from '#lib/server/db/schema.js';
import { loadActor } from '#lib/server/authorisation.js';
import { seedCatalogue } from '#lib/server/catalogue/seed-catalogue.js';
import { seedDemo } from '#lib/server/demo/seed-demo.js';
import { getNeedForm } from '#lib/server/use-cases/get-need-form.js';
import { listVoiceSettings } from '#lib/server/use-cases/list-voice-settings.js';
import { setAnonymousPosting } from '#lib/server/use-cases/set-anonymous-posting.js';
import { pageRequest } from '#lib/domain/pagination.js';

forEachEngine('posting without an account, per commune', (use) => {
	const actorOf = async (email: string) => {
		const [row] = await use().db.select({ id: user.id }).from(user).where(eq(user.email, email));
		return loadActor(use().db, row!.id);
	};

	it('is turned off and on by a moderator only, and the form asks visitors to sign in while it is off', async () => {
		const { db } = use();
		await seedCatalogue(db);
		expect(await seedDemo(db)).toBe('seeded');
		const moderator = await actorOf('moderation@demo.quartiers-vivants.fr');
		const resident = await actorOf('habitante@demo.quartiers-vivants.fr');
		const [villeurbanne] = await db.select({ id: commune.id }).from(commune).where(eq(commune.inseeCode, '69266'));

		const listed = await listVoiceSettings(use(), moderator, { search: 'villeur', page: pageRequest(null, 50) });
		expect(listed.communes).toEqual([
			{ id: villeurbanne!.id, name: 'Villeurbanne', inseeCode: '69266', anonymousPostingAllowed: true }
		]);
		expect((await getNeedForm(use(), null, {}))?.signInRequired).toBe(false);

		await expect(setAnonymousPosting(use(), resident, villeurbanne!.id, false)).rejects.toMatchObject({
			reason: 'AUTH.FORBIDDEN'
		});
		await expect(listVoiceSettings(use(), resident, { page: pageRequest(null, 50) })).rejects.toMatchObject({
			reason: 'AUTH.FORBIDDEN'
		});
		expect((await getNeedForm(use(), null, {}))?.signInRequired).toBe(false);

		expect(await setAnonymousPosting(use(), moderator, villeurbanne!.id, false)).toEqual({ ok: true, allowed: false });
		expect((await getNeedForm(use(), null, {}))?.signInRequired).toBe(true);
		// A signed-in resident is never asked to sign in.
		expect((await getNeedForm(use(), resident, {}))?.signInRequired).toBe(false);

		expect(await setAnonymousPosting(use(), moderator, villeurbanne!.id, true)).toEqual({ ok: true, allowed: true });
		expect((await getNeedForm(use(), null, {}))?.signInRequired).toBe(false);
		expect(await setAnonymousPosting(use(), moderator, 'no-such-commune', true)).toEqual({
			ok: false,
			fieldErrors: { form: 'NOT_FOUND' }
		});
	});
});

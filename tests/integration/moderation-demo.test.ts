/**
 * The acceptance step "a moderator refuses a post with a reason that its author sees", on the demo:
 * the demo moderator refuses the idea posted without an account, and the reason lands where the
 * need page reads it — `need.refusal_reason` and the text of the 'refused' entry of its history.
 */
import { asc, eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { forEachEngine } from './engines.js';
import { rowsOf } from '#lib/server/db/client.js';
import { need, needEvent, user } from '#lib/server/db/schema.js';
import { loadActor } from '#lib/server/authorisation.js';
import { seedCatalogue } from '#lib/server/catalogue/seed-catalogue.js';
import { seedDemo } from '#lib/server/demo/seed-demo.js';
import { listModerationQueue } from '#lib/server/use-cases/list-moderation-queue.js';
import { moderateNeed } from '#lib/server/use-cases/moderate-need.js';
import * as m from '#lib/paraglide/messages.js';

forEachEngine('moderating the demo', (use) => {
	const actorOf = async (email: string) => {
		const [row] = await use().db.select({ id: user.id }).from(user).where(eq(user.email, email));
		return loadActor(use().db, row!.id);
	};

	it('refuses the demo idea posted without an account, with a reason stored where its author reads it', async () => {
		const { db } = use();
		await seedCatalogue(db);
		expect(await seedDemo(db)).toBe('seeded');
		const moderator = await actorOf('moderation@demo.quartiers-vivants.fr');
		const resident = await actorOf('habitante@demo.quartiers-vivants.fr');

		const queue = await listModerationQueue(use(), moderator);
		expect(queue.needs.map((n) => [n.title, n.author])).toEqual([
			['Une fête des cuisines du monde au printemps', { firstName: 'Malika', withoutAccount: true }]
		]);
		const id = queue.needs[0]!.id;
		await expect(moderateNeed(use(), resident, id, { decision: 'refuse', reason: 'other' })).rejects.toMatchObject({
			reason: 'AUTH.FORBIDDEN'
		});

		const note = 'Proposez-la plutôt au centre social, qui organise déjà une fête au printemps.';
		expect(await moderateNeed(use(), moderator, id, { decision: 'refuse', reason: 'duplicate', note })).toEqual({
			ok: true,
			status: 'refused'
		});
		const reason = `${m.moderation_refusal_text_duplicate({}, { locale: 'fr' })}\n\n${note}`;
		const [row] = await db.select().from(need).where(eq(need.id, id));
		expect(row).toMatchObject({ status: 'refused', refusalReason: reason, publishedAt: null });
		const history = await db
			.select({ status: needEvent.status, text: needEvent.text, language: needEvent.language })
			.from(needEvent)
			.where(eq(needEvent.needId, id))
			.orderBy(asc(needEvent.createdAt));
		expect(history).toEqual([
			{ status: 'submitted', text: null, language: null },
			{ status: 'refused', text: reason, language: 'fr' }
		]);
		const jobs = rowsOf<{ n: number }>(
			await db.execute(
				sql`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'notification-dispatch' AND data->>'needId' = ${id}`
			)
		);
		expect(Number(jobs[0]?.n)).toBe(1);
		expect((await listModerationQueue(use(), moderator)).counts.needs).toBe(0);
	});
});

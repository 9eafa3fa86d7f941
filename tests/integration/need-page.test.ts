/**
 * A need's page and what people do there, on both engines: supports and follows counted once per
 * account even when twenty arrive at once, comments with one level of replies and a first post
 * held for moderation, who sees a need before it is public, who may answer it officially, and
 * notifications that exist exactly when the change does.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { and, count, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { forEachEngine } from './engines.js';
import type { AppContext } from '#lib/server/context.js';
import {
	commune,
	initiative,
	need,
	needComment,
	needEvent,
	needFollow,
	needSupport,
	organisation,
	practice,
	quartier,
	user
} from '#lib/server/db/schema.js';
import { AccessDenied } from '#lib/server/authorisation.js';
import { supportNeed } from '#lib/server/use-cases/support-need.js';
import { withdrawSupport } from '#lib/server/use-cases/withdraw-support.js';
import { followNeed } from '#lib/server/use-cases/follow-need.js';
import { unfollowNeed } from '#lib/server/use-cases/unfollow-need.js';
import { commentOnNeed } from '#lib/server/use-cases/comment-on-need.js';
import { respondToNeed } from '#lib/server/use-cases/respond-to-need.js';
import { getNeed } from '#lib/server/use-cases/get-need.js';
import { shortCodeFrom } from '#lib/domain/short-code.js';
import type { Actor } from '#lib/domain/authorisation.js';

type Db = AppContext['db'];

interface World {
	communeId: string;
	quartierId: string;
	cityOrgId: string;
	orgId: string;
	otherOrgId: string;
	initiativeId: string;
	member: Actor;
	planner: Actor;
	moderator: Actor;
}

const resident = (userId: string): Actor => ({ userId, twoFactorEnabled: false, grants: [] });

async function person(db: Db, name = 'Amina Test'): Promise<string> {
	const id = randomUUID();
	await db.insert(user).values({ id, name, email: `${id}@exemple.fr`, emailVerified: true });
	return id;
}

async function world(db: Db): Promise<World> {
	const communeId = randomUUID();
	await db
		.insert(commune)
		.values({ id: communeId, inseeCode: `T${randomUUID().slice(0, 5)}`, name: 'Testville', holidayZone: 'A' });
	const quartierId = randomUUID();
	await db
		.insert(quartier)
		.values({ id: quartierId, communeId, name: 'Les Buers', qpvCode: `QT${randomUUID().slice(0, 6)}` });
	const [cityOrgId, orgId, otherOrgId] = [randomUUID(), randomUUID(), randomUUID()];
	await db.insert(organisation).values([
		{ id: cityOrgId, name: 'Ville de Testville', type: 'commune', communeId },
		{ id: orgId, name: 'Centre social', type: 'association', communeId },
		{ id: otherOrgId, name: 'Autre asso', type: 'association', communeId }
	]);
	const practiceId = randomUUID();
	await db
		.insert(practice)
		.values({ id: practiceId, slug: `creche-${practiceId}`, status: 'published', title: 'Crèche', summary: '…' });
	const initiativeId = randomUUID();
	await db
		.insert(initiative)
		.values({ id: initiativeId, practiceId, organisationId: orgId, title: 'Crèche itinérante', status: 'running' });
	return {
		communeId,
		quartierId,
		cityOrgId,
		orgId,
		otherOrgId,
		initiativeId,
		member: {
			userId: await person(db),
			twoFactorEnabled: false,
			grants: [{ role: 'organisation_member', scopeType: 'organisation', scopeId: orgId }]
		},
		planner: {
			userId: await person(db),
			twoFactorEnabled: false,
			grants: [{ role: 'planner', scopeType: 'global', scopeId: '' }]
		},
		moderator: {
			userId: await person(db),
			twoFactorEnabled: false,
			grants: [{ role: 'moderator', scopeType: 'global', scopeId: '' }]
		}
	};
}

async function makeNeed(db: Db, w: World, options: { status?: string; authorId?: string | null } = {}) {
	const id = randomUUID();
	const status = options.status ?? 'published';
	await db.insert(need).values({
		id,
		kind: 'need',
		quartierId: w.quartierId,
		communeId: w.communeId,
		theme: 'EDU',
		title: 'Une garde pendant les cours',
		body: 'Le mardi matin.',
		language: 'fr',
		authorId: options.authorId ?? null,
		status,
		refusalReason: status === 'refused' ? 'Hors sujet.' : null,
		shortCode: shortCodeFrom(randomBytes(7)),
		publishedAt: status === 'submitted' || status === 'refused' ? null : new Date()
	});
	return id;
}

async function counters(db: Db, needId: string) {
	const [row] = await db
		.select({ support: need.supportCount, follow: need.followerCount, comment: need.commentCount })
		.from(need)
		.where(eq(need.id, needId));
	const [supports] = await db.select({ n: count() }).from(needSupport).where(eq(needSupport.needId, needId));
	const [follows] = await db.select({ n: count() }).from(needFollow).where(eq(needFollow.needId, needId));
	const [comments] = await db
		.select({ n: count() })
		.from(needComment)
		.where(and(eq(needComment.needId, needId), eq(needComment.status, 'published')));
	return { ...row!, supportRows: supports!.n, followRows: follows!.n, commentRows: comments!.n };
}

async function jobsFor(db: Db, kind: string, needId: string): Promise<number> {
	const rows = (await db.execute(
		sql`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'notification-dispatch' AND data->>'kind' = ${kind} AND data->>'needId' = ${needId}`
	)) as unknown as { rows?: { n: number }[] } & { n: number }[];
	return (rows.rows ?? rows)[0]!.n;
}

forEachEngine('a need’s page: support, follow, comments, official answers', (use) => {
	let w: World;
	beforeAll(async () => {
		w = await world(use().db);
	});

	describe('support', () => {
		it('one support per account, withdrawable, the counter always equal to the rows', async () => {
			const needId = await makeNeed(use().db, w);
			const me = resident(await person(use().db));
			expect(await supportNeed(use(), me, { needId })).toEqual({ ok: true, supported: true, supportCount: 1 });
			expect(await supportNeed(use(), me, { needId })).toEqual({ ok: true, supported: true, supportCount: 1 });
			expect((await getNeed(use(), me, { id: needId }))?.viewer.supported).toBe(true);
			expect(await withdrawSupport(use(), me, { needId })).toEqual({ ok: true, supported: false, supportCount: 0 });
			expect(await withdrawSupport(use(), me, { needId })).toEqual({ ok: true, supported: false, supportCount: 0 });
			expect(await counters(use().db, needId)).toMatchObject({ support: 0, supportRows: 0 });
			await expect(supportNeed(use(), null, { needId })).rejects.toBeInstanceOf(AccessDenied);
		});

		it('twenty clicks at once from one account count one; from twenty accounts, twenty', async () => {
			const needId = await makeNeed(use().db, w);
			const me = resident(await person(use().db));
			await Promise.all(Array.from({ length: 20 }, () => supportNeed(use(), me, { needId })));
			expect(await counters(use().db, needId)).toMatchObject({ support: 1, supportRows: 1 });

			const many = await Promise.all(Array.from({ length: 20 }, () => person(use().db)));
			await Promise.all(many.map((id) => supportNeed(use(), resident(id), { needId })));
			expect(await counters(use().db, needId)).toMatchObject({ support: 21, supportRows: 21 });
			// Withdrawing at once, twice each, leaves the one that stays.
			await Promise.all(
				many.flatMap((id) => [
					withdrawSupport(use(), resident(id), { needId }),
					withdrawSupport(use(), resident(id), { needId })
				])
			);
			expect(await counters(use().db, needId)).toMatchObject({ support: 1, supportRows: 1 });
		});

		it('only a public need can be supported, followed or commented', async () => {
			const authorId = await person(use().db);
			const me = resident(authorId);
			for (const status of ['submitted', 'refused']) {
				const needId = await makeNeed(use().db, w, { status, authorId });
				expect(await supportNeed(use(), me, { needId })).toEqual({ ok: false, code: 'CONVERSATION.NOT_PUBLIC' });
				expect(await followNeed(use(), me, { needId })).toEqual({ ok: false, code: 'CONVERSATION.NOT_PUBLIC' });
				expect(await commentOnNeed(use(), me, { needId, values: { body: 'Et alors ?' } })).toEqual({
					ok: false,
					code: 'CONVERSATION.NOT_PUBLIC'
				});
				expect(await counters(use().db, needId)).toMatchObject({ support: 0, follow: 0, comment: 0, commentRows: 0 });
			}
			expect(await supportNeed(use(), me, { needId: randomUUID() })).toEqual({ ok: false, code: 'NOT_FOUND' });
		});
	});

	it('follow and unfollow, idempotent, counted', async () => {
		const needId = await makeNeed(use().db, w);
		const me = resident(await person(use().db));
		await Promise.all(Array.from({ length: 5 }, () => followNeed(use(), me, { needId })));
		expect(await counters(use().db, needId)).toMatchObject({ follow: 1, followRows: 1 });
		expect((await getNeed(use(), me, { id: needId }))?.viewer.following).toBe(true);
		await Promise.all(Array.from({ length: 5 }, () => unfollowNeed(use(), me, { needId })));
		expect(await counters(use().db, needId)).toMatchObject({ follow: 0, followRows: 0 });
	});

	describe('comments', () => {
		it('holds a first post for moderation, shown to its author only; later ones are published and counted', async () => {
			const needId = await makeNeed(use().db, w);
			const me = resident(await person(use().db, 'Fatima Benali'));
			const other = resident(await person(use().db));
			const first = await commentOnNeed(use(), me, { needId, values: { body: 'Moi aussi !', language: 'fr' } });
			expect(first).toMatchObject({ ok: true, status: 'pending' });
			expect(await counters(use().db, needId)).toMatchObject({ comment: 0, commentRows: 0 });
			expect(await jobsFor(use().db, 'need.commented', needId)).toBe(0);
			const mine = await getNeed(use(), me, { id: needId });
			expect(mine?.comments).toMatchObject([
				{ body: 'Moi aussi !', status: 'pending', mine: true, authorName: 'Fatima' }
			]);
			expect((await getNeed(use(), other, { id: needId }))?.comments).toEqual([]);
			expect((await getNeed(use(), null, { id: needId }))?.comments).toEqual([]);

			// A moderator publishes it (the moderation queue's work, done by hand here).
			if (!first.ok || !first.commentId) throw new Error('no comment');
			await use().db.update(needComment).set({ status: 'published' }).where(eq(needComment.id, first.commentId));
			await use().db.update(need).set({ commentCount: 1 }).where(eq(need.id, needId));

			const second = await commentOnNeed(use(), me, { needId, values: { body: 'نحن بحاجة إليه', language: 'ar' } });
			expect(second).toMatchObject({ ok: true, status: 'published' });
			expect(await counters(use().db, needId)).toMatchObject({ comment: 2, commentRows: 2 });
			expect(await jobsFor(use().db, 'need.commented', needId)).toBe(1);
			const seen = await getNeed(use(), null, { id: needId });
			expect(seen?.comments.map((c) => [c.body, c.language])).toEqual([
				['Moi aussi !', 'fr'],
				['نحن بحاجة إليه', 'ar']
			]);
		});

		it('someone with a published need comments at once', async () => {
			const authorId = await person(use().db);
			await makeNeed(use().db, w, { authorId });
			const needId = await makeNeed(use().db, w);
			const result = await commentOnNeed(use(), resident(authorId), { needId, values: { body: 'Bonne idée' } });
			expect(result).toMatchObject({ ok: true, status: 'published' });
		});

		it('replies one level deep: a reply to a reply joins the first comment’s thread', async () => {
			const authorId = await person(use().db);
			await makeNeed(use().db, w, { authorId });
			const me = resident(authorId);
			const needId = await makeNeed(use().db, w);
			const top = await commentOnNeed(use(), me, { needId, values: { body: 'Premier' } });
			if (!top.ok || !top.commentId) throw new Error('no comment');
			const reply = await commentOnNeed(use(), me, { needId, values: { body: 'Réponse', parentId: top.commentId } });
			if (!reply.ok || !reply.commentId) throw new Error('no reply');
			const deeper = await commentOnNeed(use(), me, {
				needId,
				values: { body: 'Plus loin', parentId: reply.commentId }
			});
			if (!deeper.ok || !deeper.commentId) throw new Error('no deeper reply');
			const [row] = await use().db.select().from(needComment).where(eq(needComment.id, deeper.commentId));
			expect(row?.parentId).toBe(top.commentId);
			const page = await getNeed(use(), null, { id: needId });
			expect(page?.comments).toHaveLength(1);
			expect(page?.comments[0]?.replies.map((r) => r.body)).toEqual(['Réponse', 'Plus loin']);
			// A reply to a comment of another need is refused.
			const elsewhere = await makeNeed(use().db, w);
			expect(
				await commentOnNeed(use(), me, { needId: elsewhere, values: { body: 'Perdu', parentId: top.commentId } })
			).toEqual({ ok: false, fieldErrors: { body: 'CONVERSATION.PARENT_UNKNOWN' } });
		});

		it('a filled honeypot writes nothing; bad input comes back by field', async () => {
			const needId = await makeNeed(use().db, w);
			const me = resident(await person(use().db));
			const robot = await commentOnNeed(use(), me, {
				needId,
				values: { body: 'Cheap pills', website: 'http://x.example' }
			});
			expect(robot).toEqual({ ok: true, commentId: null, status: 'pending' });
			expect(await use().db.select({ n: count() }).from(needComment).where(eq(needComment.needId, needId))).toEqual([
				{ n: 0 }
			]);
			expect(await commentOnNeed(use(), me, { needId, values: { body: ' ' } })).toEqual({
				ok: false,
				fieldErrors: { body: 'FIELD.REQUIRED' }
			});
		});
	});

	describe('visibility', () => {
		it('a submitted or refused need is seen by its author and moderators only', async () => {
			const authorId = await person(use().db);
			for (const status of ['submitted', 'refused']) {
				const needId = await makeNeed(use().db, w, { status, authorId });
				const own = await getNeed(use(), resident(authorId), { id: needId });
				expect(own?.status).toBe(status);
				expect(own?.refusalReason).toBe(status === 'refused' ? 'Hors sujet.' : null);
				expect(await getNeed(use(), w.moderator, { id: needId })).not.toBeNull();
				expect(await getNeed(use(), resident(await person(use().db)), { id: needId })).toBeNull();
				expect(await getNeed(use(), null, { id: needId })).toBeNull();
				expect(await getNeed(use(), w.planner, { id: needId })).toBeNull();
			}
		});
	});

	describe('official answers', () => {
		it('a planner studies then answers; the history tells it, with the organisation, and each step is notified', async () => {
			const needId = await makeNeed(use().db, w);
			const page = await getNeed(use(), w.planner, { id: needId });
			expect(page?.response?.statuses).toEqual(['under_study', 'answered']);
			expect(page?.response?.organisations.map((o) => o.name)).toEqual(['Ville de Testville']);
			expect(await getNeed(use(), resident(await person(use().db)), { id: needId })).toMatchObject({ response: null });

			expect(await respondToNeed(use(), w.planner, { needId, values: { status: 'under_study' } })).toMatchObject({
				ok: true
			});
			const answered = await respondToNeed(use(), w.planner, {
				needId,
				values: {
					status: 'answered',
					organisationId: w.cityOrgId,
					text: 'La **Ville** ouvre une salle. <script>alert(1)</script>',
					language: 'fr'
				}
			});
			expect(answered).toMatchObject({ ok: true });
			const after = await getNeed(use(), null, { id: needId });
			expect(after?.status).toBe('answered');
			expect(after?.history.map((e) => e.status)).toEqual(['under_study', 'answered']);
			const answer = after?.history[1];
			expect(answer?.organisation?.name).toBe('Ville de Testville');
			expect(answer?.html).toContain('<strong>Ville</strong>');
			expect(answer?.html).not.toContain('<script>');
			expect(await jobsFor(use().db, 'need.status_changed', needId)).toBe(2);
		});

		it('links an initiative and says it is done; refuses a step the lifecycle does not allow, with nothing written', async () => {
			const needId = await makeNeed(use().db, w, { status: 'under_study' });
			expect(await respondToNeed(use(), w.planner, { needId, values: { status: 'linked' } })).toEqual({
				ok: false,
				fieldErrors: { initiativeId: 'CONVERSATION.INITIATIVE_REQUIRED' }
			});
			expect(
				await respondToNeed(use(), w.planner, { needId, values: { status: 'linked', initiativeId: w.initiativeId } })
			).toMatchObject({ ok: true });
			const [row] = await use().db.select().from(need).where(eq(need.id, needId));
			expect(row).toMatchObject({ status: 'linked', initiativeId: w.initiativeId });
			expect((await getNeed(use(), null, { id: needId }))?.history[0]?.initiative?.title).toBe('Crèche itinérante');

			const jobs = await jobsFor(use().db, 'need.status_changed', needId);
			const events = await use().db.select({ n: count() }).from(needEvent).where(eq(needEvent.needId, needId));
			expect(await respondToNeed(use(), w.planner, { needId, values: { status: 'under_study' } })).toEqual({
				ok: false,
				fieldErrors: { status: 'CONVERSATION.TRANSITION_INVALID' }
			});
			expect(await respondToNeed(use(), w.planner, { needId, values: { status: 'answered', text: '' } })).toEqual({
				ok: false,
				fieldErrors: { text: 'CONVERSATION.ANSWER_REQUIRED' }
			});
			// Nothing half-written: no history entry, no notification for a refused step.
			expect(await use().db.select({ n: count() }).from(needEvent).where(eq(needEvent.needId, needId))).toEqual(events);
			expect(await jobsFor(use().db, 'need.status_changed', needId)).toBe(jobs);
			expect(await respondToNeed(use(), w.planner, { needId, values: { status: 'done' } })).toMatchObject({ ok: true });
		});

		it('a member answers for her organisation, not for another; a resident cannot answer', async () => {
			const needId = await makeNeed(use().db, w);
			const page = await getNeed(use(), w.member, { id: needId });
			expect(page?.response?.organisations.map((o) => o.id)).toEqual([w.orgId]);
			expect(page?.response?.staff).toBe(false);
			await expect(
				respondToNeed(use(), w.member, {
					needId,
					values: { status: 'answered', organisationId: w.otherOrgId, text: 'Nous le faisons.' }
				})
			).rejects.toBeInstanceOf(AccessDenied);
			await expect(
				respondToNeed(use(), w.member, { needId, values: { status: 'answered', text: 'Sans structure.' } })
			).rejects.toBeInstanceOf(AccessDenied);
			await expect(
				respondToNeed(use(), resident(await person(use().db)), { needId, values: { status: 'under_study' } })
			).rejects.toBeInstanceOf(AccessDenied);
			await expect(respondToNeed(use(), null, { needId, values: { status: 'under_study' } })).rejects.toBeInstanceOf(
				AccessDenied
			);
			expect(await jobsFor(use().db, 'need.status_changed', needId)).toBe(0);

			const ok = await respondToNeed(use(), w.member, {
				needId,
				values: { status: 'answered', organisationId: w.orgId, text: 'Le centre social propose un créneau.' }
			});
			expect(ok).toMatchObject({ ok: true });
			const after = await getNeed(use(), null, { id: needId });
			expect(after?.history.at(-1)?.organisation?.name).toBe('Centre social');
			// Staff may speak for the commune, but not for an association they do not belong to.
			const other = await makeNeed(use().db, w);
			expect(
				await respondToNeed(use(), w.planner, {
					needId: other,
					values: { status: 'under_study', organisationId: w.orgId }
				})
			).toEqual({ ok: false, fieldErrors: { organisationId: 'CONVERSATION.ORGANISATION_INVALID' } });
		});

		it('several people moving a need at once: one step is recorded, the others are told it is no longer possible', async () => {
			const needId = await makeNeed(use().db, w);
			const results = await Promise.all(
				Array.from({ length: 8 }, (_, i) =>
					respondToNeed(use(), i % 2 ? w.planner : w.moderator, { needId, values: { status: 'under_study' } })
				)
			);
			expect(results.filter((r) => r.ok)).toHaveLength(1);
			for (const refused of results.filter((r) => !r.ok))
				expect(refused).toEqual({ ok: false, fieldErrors: { status: 'CONVERSATION.TRANSITION_INVALID' } });
			expect(await use().db.select({ n: count() }).from(needEvent).where(eq(needEvent.needId, needId))).toEqual([
				{ n: 1 }
			]);
			expect(await jobsFor(use().db, 'need.status_changed', needId)).toBe(1);
		});

		it('a need awaiting moderation cannot be answered', async () => {
			const needId = await makeNeed(use().db, w, { status: 'submitted' });
			expect(await respondToNeed(use(), w.moderator, { needId, values: { status: 'under_study' } })).toEqual({
				ok: false,
				fieldErrors: { status: 'CONVERSATION.TRANSITION_INVALID' }
			});
		});
	});
});

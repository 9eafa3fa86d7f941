/**
 * Moderation on both engines: what the queue shows, what a decision writes (status, history, the
 * reason an author reads, exactly one notification job), that two moderators deciding at once
 * decide once, that upholding a report hides the post and fixes its need's counter, and that
 * reports are limited to public posts, deduplicated and rate-limited. Authorisation is the use case's.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { forEachEngine } from './engines.js';
import { rowsOf } from '#lib/server/db/client.js';
import {
	commune,
	contentReport,
	need,
	needComment,
	needEvent,
	needPhoto,
	quartier,
	user
} from '#lib/server/db/schema.js';
import { AccessDenied } from '#lib/server/authorisation.js';
import { listModerationQueue } from '#lib/server/use-cases/list-moderation-queue.js';
import { moderateNeed } from '#lib/server/use-cases/moderate-need.js';
import { moderateComment } from '#lib/server/use-cases/moderate-comment.js';
import { resolveReport } from '#lib/server/use-cases/resolve-report.js';
import { reportContent } from '#lib/server/use-cases/report-content.js';
import { getReportTarget } from '#lib/server/use-cases/get-report-target.js';
import { shortCodeFrom } from '#lib/domain/short-code.js';
import type { Actor } from '#lib/domain/authorisation.js';
import * as m from '#lib/paraglide/messages.js';

forEachEngine('moderation and reports', (use) => {
	let quartierId: string;
	let communeId: string;
	let moderator: Actor;
	let secondModerator: Actor;
	let author: Actor;
	let reader: Actor;

	const db = () => use().db;

	async function person(name: string): Promise<string> {
		const id = randomUUID();
		await db()
			.insert(user)
			.values({ id, name, email: `${id}@exemple.fr`, emailVerified: true });
		return id;
	}

	let minutes = 0;
	async function aNeed(
		status: string,
		options: { authorId?: string | null; authorName?: string; language?: string; title?: string } = {}
	): Promise<string> {
		const id = randomUUID();
		minutes += 1;
		await db()
			.insert(need)
			.values({
				id,
				kind: 'idea',
				quartierId,
				communeId,
				theme: 'CUL',
				title: options.title ?? `Idée ${id.slice(0, 6)}`,
				body: 'Un texte',
				language: options.language ?? 'fr',
				authorId: options.authorId === undefined ? author.userId : options.authorId,
				authorName: options.authorName ?? null,
				status,
				shortCode: shortCodeFrom(randomBytes(7)),
				createdAt: new Date(Date.UTC(2030, 0, 1, 8, minutes)),
				publishedAt: status === 'submitted' || status === 'refused' ? null : new Date(Date.UTC(2030, 0, 1, 9))
			});
		return id;
	}

	async function aComment(needId: string, status: string, language = 'fr'): Promise<string> {
		const id = randomUUID();
		minutes += 1;
		await db()
			.insert(needComment)
			.values({
				id,
				needId,
				authorId: author.userId,
				body: `Commentaire ${id.slice(0, 6)}`,
				language,
				status,
				createdAt: new Date(Date.UTC(2030, 0, 1, 8, minutes))
			});
		if (status === 'published')
			await db()
				.update(need)
				.set({ commentCount: sql`${need.commentCount} + 1` })
				.where(eq(need.id, needId));
		return id;
	}

	/** Notification jobs raised for one need or comment, of one kind. */
	async function jobs(kind: string, field: 'needId' | 'commentId', id: string): Promise<number> {
		const rows = rowsOf<{ n: number }>(
			await db().execute(
				sql`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'notification-dispatch' AND data->>'kind' = ${kind} AND data->>${field} = ${id}`
			)
		);
		return Number(rows[0]?.n ?? 0);
	}

	const needRow = async (id: string) => (await db().select().from(need).where(eq(need.id, id)))[0]!;
	const commentRow = async (id: string) => (await db().select().from(needComment).where(eq(needComment.id, id)))[0]!;
	const eventsOf = (id: string) => db().select().from(needEvent).where(eq(needEvent.needId, id));

	beforeAll(async () => {
		communeId = randomUUID();
		await db()
			.insert(commune)
			.values({ id: communeId, inseeCode: `M${randomUUID().slice(0, 5)}`, name: 'Modville', holidayZone: 'A' });
		quartierId = randomUUID();
		await db().insert(quartier).values({ id: quartierId, communeId, name: 'Saint-Jean' });
		const grant = [{ role: 'moderator' as const, scopeType: 'global' as const, scopeId: '' }];
		moderator = { userId: await person('Nora Modératrice'), twoFactorEnabled: false, grants: grant };
		secondModerator = { userId: await person('Paul Modérateur'), twoFactorEnabled: false, grants: grant };
		author = { userId: await person('Samira Benali'), twoFactorEnabled: false, grants: [] };
		reader = { userId: await person('Awa Diallo'), twoFactorEnabled: false, grants: [] };
	});

	it('lets only moderators see the queue and decide, whatever the page does', async () => {
		const needId = await aNeed('submitted');
		const ctx = use();
		await expect(listModerationQueue(ctx, author)).rejects.toMatchObject({ reason: 'AUTH.FORBIDDEN' });
		await expect(listModerationQueue(ctx, null)).rejects.toMatchObject({ reason: 'AUTH.SIGN_IN_REQUIRED' });
		await expect(moderateNeed(ctx, author, needId, { decision: 'publish' })).rejects.toBeInstanceOf(AccessDenied);
		const commentId = await aComment(await aNeed('published'), 'pending');
		await expect(moderateComment(ctx, reader, commentId, { decision: 'publish' })).rejects.toBeInstanceOf(AccessDenied);
		await expect(
			resolveReport(ctx, reader, { type: 'need', id: needId }, { decision: 'dismiss' })
		).rejects.toBeInstanceOf(AccessDenied);
		expect((await needRow(needId)).status).toBe('submitted');
		expect((await commentRow(commentId)).status).toBe('pending');
		expect(await jobs('need.published', 'needId', needId)).toBe(0);
		// Clear the queue for the next test.
		await db().update(need).set({ status: 'refused' }).where(eq(need.id, needId));
		await db().update(needComment).set({ status: 'refused' }).where(eq(needComment.id, commentId));
	});

	it('shows what awaits, the oldest first, with who posted it, and open reports grouped by post', async () => {
		const withAccount = await aNeed('submitted', { title: 'Une garde pour les petits' });
		const anonymousNamed = await aNeed('submitted', { authorId: null, authorName: 'Malika', language: 'ar' });
		const anonymous = await aNeed('submitted', { authorId: null });
		await db()
			.insert(needPhoto)
			.values({
				needId: withAccount,
				alt: 'La salle',
				mime: 'image/webp',
				width: 10,
				height: 10,
				image: Buffer.from([1]),
				thumbnail: Buffer.from([2])
			});
		await aNeed('published');
		const host = await aNeed('published', { title: 'Le passage de l’école' });
		const pending = await aComment(host, 'pending', 'ar');
		const reportedComment = await aComment(host, 'published', 'en');
		const ctx = use();
		for (const [who, reason] of [
			[reader, 'insult'],
			[author, 'insult'],
			[moderator, 'other']
		] as const)
			expect(
				await reportContent(
					ctx,
					who,
					{ ip: '198.51.100.1' },
					{ type: 'comment', id: reportedComment },
					{
						reason,
						details: who === reader ? 'Il vise ma voisine' : ''
					}
				)
			).toMatchObject({ ok: true });
		expect(
			await reportContent(ctx, reader, { ip: '198.51.100.1' }, { type: 'need', id: host }, { reason: 'off_topic' })
		).toMatchObject({ ok: true, needId: host });

		const queue = await listModerationQueue(ctx, moderator);
		expect(queue.needs.map((n) => n.id)).toEqual([withAccount, anonymousNamed, anonymous]);
		expect(queue.needs[0]).toMatchObject({
			title: 'Une garde pour les petits',
			quartierName: 'Saint-Jean',
			language: 'fr',
			author: { firstName: 'Samira', withoutAccount: false },
			hasPhoto: true,
			photoAlt: 'La salle'
		});
		// The account's full name is never shown: a first name only.
		expect(JSON.stringify(queue)).not.toContain('Benali');
		expect(queue.needs[1]).toMatchObject({ language: 'ar', author: { firstName: 'Malika', withoutAccount: true } });
		expect(queue.needs[2]).toMatchObject({ hasPhoto: false, author: { firstName: null, withoutAccount: true } });
		expect(queue.comments).toEqual([
			expect.objectContaining({ id: pending, needId: host, needTitle: 'Le passage de l’école', language: 'ar' })
		]);
		expect(queue.reports).toEqual([
			expect.objectContaining({
				targetType: 'comment',
				targetId: reportedComment,
				needId: host,
				count: 3,
				reasons: [
					{ reason: 'insult', count: 2 },
					{ reason: 'other', count: 1 }
				],
				details: ['Il vise ma voisine'],
				status: 'published',
				language: 'en',
				titleLanguage: 'fr'
			}),
			expect.objectContaining({ targetType: 'need', targetId: host, count: 1, title: 'Le passage de l’école' })
		]);
		expect(queue.counts).toEqual({ needs: 3, comments: 1, reports: 2 });

		// Leave an empty queue behind.
		for (const id of [withAccount, anonymousNamed, anonymous])
			expect(await moderateNeed(ctx, moderator, id, { decision: 'publish' })).toEqual({
				ok: true,
				status: 'published'
			});
		expect(await moderateComment(ctx, moderator, pending, { decision: 'publish' })).toMatchObject({ ok: true });
		for (const [type, id] of [
			['comment', reportedComment],
			['need', host]
		] as const)
			expect(await resolveReport(ctx, moderator, { type, id }, { decision: 'dismiss' })).toMatchObject({ ok: true });
		expect((await listModerationQueue(ctx, moderator)).counts).toEqual({ needs: 0, comments: 0, reports: 0 });
	});

	it('publishes a need: public, dated, in its history, and its author told once', async () => {
		const needId = await aNeed('submitted');
		const now = new Date('2030-02-01T10:00:00Z');
		expect(await moderateNeed(use(), moderator, needId, { decision: 'publish', reason: '' }, now)).toEqual({
			ok: true,
			status: 'published'
		});
		const row = await needRow(needId);
		expect(row.status).toBe('published');
		expect(row.publishedAt?.toISOString()).toBe(now.toISOString());
		const events = await eventsOf(needId);
		expect(events).toEqual([expect.objectContaining({ status: 'published', actorId: moderator.userId, text: null })]);
		expect(await jobs('need.published', 'needId', needId)).toBe(1);
		expect(await jobs('need.refused', 'needId', needId)).toBe(0);
	});

	it('refuses a need only with a reason, and keeps the reason its author reads where her need page reads it', async () => {
		const needId = await aNeed('submitted', { language: 'ar' });
		const ctx = use();
		expect(await moderateNeed(ctx, moderator, needId, { decision: 'refuse', reason: '', note: 'x' })).toEqual({
			ok: false,
			fieldErrors: { reason: 'MODERATION.REASON_REQUIRED' }
		});
		expect((await needRow(needId)).status).toBe('submitted');

		const note = 'اكتبي الفكرة دون ذكر اسم الجارة.';
		expect(await moderateNeed(ctx, moderator, needId, { decision: 'refuse', reason: 'personal_data', note })).toEqual({
			ok: true,
			status: 'refused'
		});
		// In the language the author wrote in (Arabic), whatever language the moderator reads.
		const expected = `${m.moderation_refusal_text_personal_data({}, { locale: 'ar' })}\n\n${note}`;
		const row = await needRow(needId);
		expect(row.status).toBe('refused');
		expect(row.publishedAt).toBeNull();
		expect(row.refusalReason).toBe(expected);
		const events = await eventsOf(needId);
		expect(events).toEqual([
			expect.objectContaining({ status: 'refused', text: expected, language: 'ar', actorId: moderator.userId })
		]);
		expect(await jobs('need.refused', 'needId', needId)).toBe(1);
		expect(await jobs('need.published', 'needId', needId)).toBe(0);
	});

	it('decides once when two moderators decide the same need at the same moment', async () => {
		const needId = await aNeed('submitted');
		const ctx = use();
		const results = await Promise.all([
			moderateNeed(ctx, moderator, needId, { decision: 'publish' }),
			moderateNeed(ctx, secondModerator, needId, { decision: 'refuse', reason: 'duplicate' })
		]);
		const winners = results.filter((r) => r.ok);
		expect(winners).toHaveLength(1);
		expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, fieldErrors: { form: 'MODERATION.ALREADY_DECIDED' } }]);
		const status = (await needRow(needId)).status;
		expect(status).toBe(winners[0]!.ok && winners[0]!.status);
		expect(await eventsOf(needId)).toHaveLength(1);
		expect((await jobs('need.published', 'needId', needId)) + (await jobs('need.refused', 'needId', needId))).toBe(1);
		// Later, the same: nothing left to decide.
		expect(await moderateNeed(ctx, moderator, needId, { decision: 'publish' })).toMatchObject({
			fieldErrors: { form: 'MODERATION.ALREADY_DECIDED' }
		});
	});

	it('publishes a comment once, counting it once on its need, and refuses another with a reason', async () => {
		const needId = await aNeed('published');
		const commentId = await aComment(needId, 'pending');
		const ctx = use();
		const results = await Promise.all([
			moderateComment(ctx, moderator, commentId, { decision: 'publish' }),
			moderateComment(ctx, secondModerator, commentId, { decision: 'publish' })
		]);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		expect((await commentRow(commentId)).status).toBe('published');
		expect((await needRow(needId)).commentCount).toBe(1);
		expect(await jobs('need.commented', 'commentId', commentId)).toBe(1);

		const refused = await aComment(needId, 'pending', 'en');
		expect(await moderateComment(ctx, moderator, refused, { decision: 'refuse', reason: 'insult', note: '' })).toEqual({
			ok: true,
			status: 'refused'
		});
		const row = await commentRow(refused);
		expect(row.status).toBe('refused');
		expect(row.refusalReason).toBe(m.moderation_refusal_text_insult({}, { locale: 'en' }));
		expect((await needRow(needId)).commentCount).toBe(1);
		expect(await jobs('comment.refused', 'commentId', refused)).toBe(1);
		expect(await jobs('need.commented', 'commentId', refused)).toBe(0);
	});

	it('upholds the reports on a comment: hidden, uncounted, every open report closed, decided once', async () => {
		const needId = await aNeed('published');
		const commentId = await aComment(needId, 'published');
		await aComment(needId, 'published');
		const ctx = use();
		for (const who of [reader, author])
			await reportContent(ctx, who, { ip: '198.51.100.2' }, { type: 'comment', id: commentId }, { reason: 'insult' });
		expect((await needRow(needId)).commentCount).toBe(2);

		const results = await Promise.all([
			resolveReport(ctx, moderator, { type: 'comment', id: commentId }, { decision: 'uphold', reason: 'insult' }),
			resolveReport(ctx, secondModerator, { type: 'comment', id: commentId }, { decision: 'dismiss' })
		]);
		const winner = results.find((r) => r.ok);
		expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, fieldErrors: { form: 'MODERATION.ALREADY_DECIDED' } }]);
		const reports = await db()
			.select({ status: contentReport.status, resolvedBy: contentReport.resolvedBy })
			.from(contentReport)
			.where(and(eq(contentReport.targetType, 'comment'), eq(contentReport.targetId, commentId)));
		expect(reports).toHaveLength(2);
		expect(new Set(reports.map((r) => r.status)).size).toBe(1);
		if (winner?.ok && winner.status === 'upheld') {
			expect(winner.closed).toBe(2);
			expect((await commentRow(commentId)).status).toBe('hidden');
			expect((await needRow(needId)).commentCount).toBe(1);
			expect(await jobs('comment.refused', 'commentId', commentId)).toBe(1);
		} else {
			expect((await commentRow(commentId)).status).toBe('published');
			expect((await needRow(needId)).commentCount).toBe(2);
		}
	});

	it('upholds a report on a need: refused with the reason its author reads; dismissing leaves a need as it was', async () => {
		const ctx = use();
		const hidden = await aNeed('answered');
		await reportContent(ctx, reader, { ip: '198.51.100.3' }, { type: 'need', id: hidden }, { reason: 'spam' });
		expect(await resolveReport(ctx, moderator, { type: 'need', id: hidden }, { decision: 'uphold' })).toEqual({
			ok: false,
			fieldErrors: { reason: 'MODERATION.REASON_REQUIRED' }
		});
		expect(
			await resolveReport(
				ctx,
				moderator,
				{ type: 'need', id: hidden },
				{
					decision: 'uphold',
					reason: 'advertising',
					note: 'Lien commercial.'
				}
			)
		).toEqual({ ok: true, status: 'upheld', closed: 1 });
		const text = `${m.moderation_refusal_text_advertising({}, { locale: 'fr' })}\n\nLien commercial.`;
		expect(await needRow(hidden)).toMatchObject({ status: 'refused', refusalReason: text });
		expect((await eventsOf(hidden)).map((e) => [e.status, e.text])).toEqual([['refused', text]]);
		expect(await jobs('need.refused', 'needId', hidden)).toBe(1);
		// Once hidden, it can no longer be reported.
		expect(await getReportTarget(ctx, 'need', hidden)).toBeNull();

		const kept = await aNeed('published');
		await reportContent(ctx, reader, { ip: '198.51.100.3' }, { type: 'need', id: kept }, { reason: 'other' });
		expect(await resolveReport(ctx, moderator, { type: 'need', id: kept }, { decision: 'dismiss' })).toEqual({
			ok: true,
			status: 'dismissed',
			closed: 1
		});
		expect((await needRow(kept)).status).toBe('published');
		expect(await eventsOf(kept)).toEqual([]);
		expect(await jobs('need.refused', 'needId', kept)).toBe(0);
		// Dismissed reports no longer block a new one: something may change later.
		expect(
			await reportContent(ctx, reader, { ip: '198.51.100.3' }, { type: 'need', id: kept }, { reason: 'other' })
		).toMatchObject({ ok: true });
	});

	it('takes reports of public posts only, once per account, and none from a robot', async () => {
		const ctx = use();
		const ip = { ip: '198.51.100.4' };
		const submitted = await aNeed('submitted');
		const published = await aNeed('published');
		const pendingComment = await aComment(published, 'pending');
		expect(await reportContent(ctx, reader, ip, { type: 'need', id: submitted }, { reason: 'spam' })).toBeNull();
		expect(
			await reportContent(ctx, reader, ip, { type: 'comment', id: pendingComment }, { reason: 'spam' })
		).toBeNull();
		expect(await reportContent(ctx, reader, ip, { type: 'room', id: published }, { reason: 'spam' })).toBeNull();
		expect(await reportContent(ctx, reader, ip, { type: 'need', id: randomUUID() }, { reason: 'spam' })).toBeNull();

		expect(await reportContent(ctx, reader, ip, { type: 'need', id: published }, { reason: 'rude' })).toEqual({
			ok: false,
			fieldErrors: { reason: 'MODERATION.REPORT_REASON_REQUIRED' }
		});
		const twice = await Promise.all([
			reportContent(ctx, reader, ip, { type: 'need', id: published }, { reason: 'spam' }),
			reportContent(ctx, reader, ip, { type: 'need', id: published }, { reason: 'insult' })
		]);
		expect(twice.filter((r) => r?.ok)).toHaveLength(1);
		expect(twice.filter((r) => r && !r.ok)).toEqual([
			{ ok: false, fieldErrors: { form: 'MODERATION.ALREADY_REPORTED' } }
		]);
		// Someone else may still report it, and so may a visitor without an account.
		expect(await reportContent(ctx, author, ip, { type: 'need', id: published }, { reason: 'spam' })).toMatchObject({
			ok: true
		});
		expect(await reportContent(ctx, null, ip, { type: 'need', id: published }, { reason: 'spam' })).toMatchObject({
			ok: true
		});
		// A filled honeypot is thanked like anyone, and nothing is stored.
		expect(
			await reportContent(ctx, null, ip, { type: 'need', id: published }, { reason: 'spam', website: 'http://x' })
		).toEqual({ ok: true, needId: published });
		const stored = await db()
			.select({ reporterId: contentReport.reporterId })
			.from(contentReport)
			.where(eq(contentReport.targetId, published));
		expect(stored).toHaveLength(3);
	});

	it('rate-limits reports per account, and per address without an account', async () => {
		const ctx = use();
		const target = { type: 'need', id: await aNeed('published') };
		const flooder = { userId: await person('Robot Fou'), twoFactorEnabled: false, grants: [] };
		const answers = [];
		for (let i = 0; i < 11; i++)
			answers.push(await reportContent(ctx, flooder, { ip: `192.0.2.${i}` }, target, { reason: 'spam' }));
		expect(answers[0]).toMatchObject({ ok: true });
		expect(answers[1]).toMatchObject({ fieldErrors: { form: 'MODERATION.ALREADY_REPORTED' } });
		expect(answers[10]).toMatchObject({ ok: false, fieldErrors: { form: 'RATE.LIMITED' } });

		const anonymous = [];
		for (let i = 0; i < 11; i++)
			anonymous.push(await reportContent(ctx, null, { ip: '192.0.2.200' }, target, { reason: 'other' }));
		expect(anonymous.slice(0, 10).every((r) => r?.ok)).toBe(true);
		expect(anonymous[10]).toMatchObject({ ok: false, fieldErrors: { form: 'RATE.LIMITED' } });
		// Another address is not held back by this one.
		expect(await reportContent(ctx, null, { ip: '192.0.2.201' }, target, { reason: 'other' })).toMatchObject({
			ok: true
		});
	});
});

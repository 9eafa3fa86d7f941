/**
 * Notifications of the residents' voice on both engines: each event reaches exactly the people
 * concerned (never the one who acted), in-app always and by mail in each reader's language as
 * she chose; the weekly digest goes out once, even when the pass runs twice at once; a signed
 * unsubscribe link turns mail off without signing in, and a tampered one changes nothing.
 */
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import {
	mailOutbox,
	need,
	needComment,
	needEvent,
	needFollow,
	notification,
	notificationPreference,
	quartier
} from '#lib/server/db/schema.js';
import { rowsOf } from '#lib/server/db/client.js';
import type { Mail } from '#lib/server/mail.js';
import { enqueueNotification, type NotificationEvent } from '#lib/server/notifications/enqueue.js';
import { sendWeeklyDigests } from '#lib/server/notifications/digest.js';
import { unsubscribeToken } from '#lib/server/notifications/unsubscribe-token.js';
import { checkUnsubscribeLink } from '#lib/server/use-cases/check-unsubscribe-link.js';
import { unsubscribe } from '#lib/server/use-cases/unsubscribe.js';
import { saveNotificationPreference } from '#lib/server/use-cases/save-notification-preference.js';
import { getNotificationPreference } from '#lib/server/use-cases/get-notification-preference.js';
import { forEachEngine } from './engines.js';
import { eventually, seedTerritory, type Territory } from './booking-fixtures.js';

forEachEngine('notifications of the residents’ voice', (use) => {
	let t: Territory;
	let quartierId: string;
	/** Every mail handed to the mailer, with its headers (the outbox keeps none). */
	const sent: Mail[] = [];
	// The people of the story, and how each of them wants to hear of it.
	let author: string; // posted the need; Arabic; one mail per change
	let followerFr: string; // follows; French; one mail per change
	let weekly: string; // follows; English; the weekly digest
	let silent: string; // follows; French; no e-mail
	let staff: string; // follows, and is the one who answers

	const actor = (userId: string) => ({ userId, grants: [], twoFactorEnabled: false });
	const noticesOf = async (userId: string, kind?: string) =>
		(await use().db.select().from(notification).where(eq(notification.userId, userId))).filter(
			(n) => !kind || n.kind === kind
		);
	const mailsTo = (userId: string) => sent.filter((m) => m.to === t.emails[userId]);
	/** Until every queued dispatch and mail job has run: then "no mail" means none will come. */
	const queueIdle = () =>
		eventually(async () => {
			const result = await use().db.execute(sql`
				SELECT count(*)::int AS n FROM pgboss.job
				WHERE name IN ('notification-dispatch', 'notification-mail') AND state IN ('created', 'retry', 'active')`);
			return rowsOf<{ n: number }>(result)[0]!.n === 0;
		}, 20_000);
	const raise = (event: NotificationEvent) => use().db.transaction((tx) => enqueueNotification(tx, event));

	async function addNeed(values: { title: string; status: string; refusalReason?: string }) {
		const id = randomUUID();
		await use()
			.db.insert(need)
			.values({
				id,
				kind: 'need',
				quartierId,
				communeId: t.communeId,
				theme: 'cadre_de_vie',
				title: values.title,
				body: 'Texte',
				language: 'fr',
				authorId: author,
				status: values.status,
				refusalReason: values.refusalReason ?? null,
				shortCode: randomUUID().slice(0, 8)
			});
		return id;
	}

	it('sets up a need, its author and four followers', async () => {
		const ctx = use();
		t = await seedTerritory(ctx.db);
		[author, followerFr, weekly, silent, staff] = [
			t.requesterId,
			t.orgAdminId,
			t.managerId,
			t.otherManagerId,
			t.communeManagerId
		];
		quartierId = randomUUID();
		await ctx.db.insert(quartier).values({ id: quartierId, communeId: t.communeId, name: 'Saint-Jean' });
		const original = ctx.mailer.send.bind(ctx.mailer);
		ctx.mailer.send = async (mail) => {
			sent.push(mail);
			await original(mail);
		};
		await ctx.db.insert(notificationPreference).values([
			{ userId: weekly, email: 'weekly' },
			{ userId: silent, email: 'none' }
		]);
	});

	let needId: string;

	it('tells the author alone that her need is published, in Arabic, with a way to unsubscribe', async () => {
		needId = await addNeed({ title: 'Un banc près du tram', status: 'published' });
		await use()
			.db.insert(needFollow)
			.values([followerFr, weekly, silent, staff].map((userId) => ({ needId, userId })));
		await raise({ kind: 'need.published', needId });
		await eventually(async () => mailsTo(author).length === 1);
		await queueIdle();
		const [notice] = await noticesOf(author, 'need.published');
		expect(notice).toMatchObject({ link: `/needs/${needId}`, readAt: null });
		expect(notice?.payload).toMatchObject({ title: 'Un banc près du tram', titleLanguage: 'fr' });
		for (const other of [followerFr, weekly, silent, staff]) expect(await noticesOf(other)).toEqual([]);
		const [mail] = mailsTo(author);
		expect(mail?.subject).toBe('منشوركم متاح الآن: Un banc près du tram');
		const link = `http://localhost:4999/unsubscribe/${unsubscribeToken(use().signingSecret, author)}`;
		expect(mail?.text).toContain(link);
		expect(mail?.text).toContain(`http://localhost:4999/needs/${needId}`);
		expect(mail?.headers).toEqual({
			'Content-Language': 'ar',
			'List-Unsubscribe': `<${link}>`,
			'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click'
		});
		// The outbox keeps the text (administrators read it there).
		const outbox = await use().db.select().from(mailOutbox).where(eq(mailOutbox.recipient, t.emails[author]!));
		expect(outbox[0]?.body).toContain(link);
	});

	it('tells the author and every follower of an answer, but not the one who gave it', async () => {
		const ctx = use();
		const eventId = randomUUID();
		const answer = `${'La commune installera deux bancs au printemps. '.repeat(10)}Fin.`;
		await ctx.db.transaction(async (tx) => {
			await tx.update(need).set({ status: 'answered' }).where(eq(need.id, needId));
			await tx.insert(needEvent).values({
				id: eventId,
				needId,
				status: 'answered',
				actorId: staff,
				organisationId: t.organisationId,
				text: answer,
				language: 'fr'
			});
			await enqueueNotification(tx, { kind: 'need.status_changed', needId, eventId });
		});
		await eventually(async () => mailsTo(followerFr).length === 1 && mailsTo(author).length === 2);
		await queueIdle();
		for (const person of [author, followerFr, weekly, silent])
			expect(await noticesOf(person, 'need.status_changed')).toHaveLength(1);
		expect(await noticesOf(staff)).toEqual([]);
		const payload = (await noticesOf(followerFr, 'need.status_changed'))[0]!.payload as Record<string, string>;
		expect(payload).toMatchObject({ needStatus: 'answered', organisationName: 'Femmes en Mouvement' });
		expect([...payload.answer!]).toHaveLength(300);
		expect(payload.answer!.endsWith('…')).toBe(true);
		// Mail only for those who want one per change, each in her language.
		expect(mailsTo(followerFr)[0]?.subject).toBe('Du nouveau : Un banc près du tram');
		expect(mailsTo(followerFr)[0]?.text).toContain(
			'Du nouveau sur « Un banc près du tram » : une réponse a été apportée (Femmes en Mouvement).'
		);
		expect(mailsTo(followerFr)[0]?.text).toContain('Réponse : La commune installera deux bancs');
		expect(mailsTo(author)[1]?.subject).toBe('جديد: Un banc près du tram');
		expect(mailsTo(weekly)).toEqual([]);
		expect(mailsTo(silent)).toEqual([]);
		expect(mailsTo(staff)).toEqual([]);
	});

	it('tells the author and followers of a published comment, but not its writer; a held comment nobody', async () => {
		const ctx = use();
		const commentId = randomUUID();
		const heldId = randomUUID();
		await ctx.db.insert(needComment).values([
			{ id: commentId, needId, authorId: followerFr, body: 'Merci !', language: 'fr', status: 'published' },
			{ id: heldId, needId, authorId: staff, body: 'En attente', language: 'fr', status: 'pending' }
		]);
		await raise({ kind: 'need.commented', needId, commentId: heldId });
		await raise({ kind: 'need.commented', needId, commentId });
		await eventually(async () => mailsTo(author).length === 3);
		await queueIdle();
		for (const person of [author, weekly, silent, staff])
			expect(await noticesOf(person, 'need.commented')).toHaveLength(1);
		expect(await noticesOf(followerFr, 'need.commented')).toEqual([]);
		expect((await noticesOf(author, 'need.commented'))[0]?.link).toBe(`/needs/${needId}#comments`);
		expect(mailsTo(author)[2]?.subject).toBe('تعليق جديد: Un banc près du tram');
		expect(mailsTo(staff)).toHaveLength(1);
		expect(mailsTo(followerFr)).toHaveLength(1);
	});

	it('tells the author of a refused need and of a refused comment why, and nobody else', async () => {
		const ctx = use();
		const refusedNeed = await addNeed({
			title: 'Publicité',
			status: 'refused',
			refusalReason: 'Hors sujet'
		});
		await ctx.db.insert(needFollow).values({ needId: refusedNeed, userId: followerFr });
		const commentId = randomUUID();
		await ctx.db.insert(needComment).values({
			id: commentId,
			needId,
			authorId: followerFr,
			body: 'Insulte',
			language: 'fr',
			status: 'refused',
			refusalReason: 'Propos injurieux'
		});
		await raise({ kind: 'need.refused', needId: refusedNeed });
		await raise({ kind: 'comment.refused', commentId });
		await eventually(async () => mailsTo(author).length === 4 && mailsTo(followerFr).length === 2);
		await queueIdle();
		expect((await noticesOf(author, 'need.refused'))[0]?.payload).toMatchObject({ reason: 'Hors sujet' });
		expect(await noticesOf(followerFr, 'need.refused')).toEqual([]);
		expect((await noticesOf(followerFr, 'comment.refused'))[0]?.payload).toMatchObject({
			reason: 'Propos injurieux'
		});
		expect(await noticesOf(author, 'comment.refused')).toEqual([]);
		expect(mailsTo(followerFr)[1]?.text).toContain('Motif : Propos injurieux');
		expect(mailsTo(author)[3]?.text).toContain('السبب: Hors sujet');
	});

	it('sends the weekly reader one digest of her unread notifications, once even if the pass runs twice at once', async () => {
		const ctx = use();
		// Someone weekly with nothing new gets nothing.
		await ctx.db.insert(notificationPreference).values({ userId: author, email: 'weekly' });
		await ctx.db.update(notification).set({ readAt: new Date() }).where(eq(notification.userId, author));
		const now = new Date(Date.now() + 1000);
		const counts = await Promise.all([sendWeeklyDigests(ctx.db, now), sendWeeklyDigests(ctx.db, now)]);
		expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
		expect(await sendWeeklyDigests(ctx.db, new Date(now.getTime() + 3_600_000))).toBe(0);
		await eventually(async () => mailsTo(weekly).length === 1);
		await queueIdle();
		const [digest] = mailsTo(weekly);
		expect(digest?.subject).toBe('Your week on Quartiers Vivants: 2 new notification(s)');
		expect(digest?.text).toContain('News on “Un banc près du tram”: answered (Femmes en Mouvement).');
		expect(digest?.text).toContain('New comment on “Un banc près du tram”.');
		expect(digest?.text).toContain(`http://localhost:4999/unsubscribe/${unsubscribeToken(ctx.signingSecret, weekly)}`);
		expect(digest?.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
		expect(mailsTo(author)).toHaveLength(4);
		expect(mailsTo(silent)).toEqual([]);
		const [pref] = await ctx.db.select().from(notificationPreference).where(eq(notificationPreference.userId, weekly));
		expect(pref?.lastDigestAt?.getTime()).toBe(now.getTime());
		// A week later, with nothing new since: still nothing.
		expect(await sendWeeklyDigests(ctx.db, new Date(now.getTime() + 7 * 86_400_000))).toBe(0);
	});

	it('saves a preference from the account page, and refuses anything but the three choices', async () => {
		const ctx = use();
		expect(await getNotificationPreference(ctx, actor(followerFr))).toEqual({ email: 'each' });
		expect(await saveNotificationPreference(ctx, actor(followerFr), { email: 'daily' })).toEqual({
			ok: false,
			fieldErrors: { email: 'NOTIFICATION_PREFERENCE.INVALID' }
		});
		expect(await saveNotificationPreference(ctx, actor(followerFr), { email: 'weekly' })).toEqual({
			ok: true,
			email: 'weekly'
		});
		expect(await getNotificationPreference(ctx, actor(followerFr))).toEqual({ email: 'weekly' });
		await saveNotificationPreference(ctx, actor(followerFr), { email: 'each' });
		expect(await getNotificationPreference(ctx, actor(followerFr))).toEqual({ email: 'each' });
		await expect(getNotificationPreference(ctx, null)).rejects.toThrow();
	});

	it('turns mail off with the signed link, without signing in; a tampered link changes nothing', async () => {
		const ctx = use();
		const token = unsubscribeToken(ctx.signingSecret, followerFr);
		const [id, signature] = token.split('.') as [string, string];
		const forged = `${Buffer.from(weekly).toString('base64url')}.${signature}`;
		expect(await checkUnsubscribeLink(ctx, forged)).toBe('invalid');
		expect(await unsubscribe(ctx, forged)).toEqual({ ok: false, reason: 'TOKEN.INVALID' });
		expect(await unsubscribe(ctx, `${id}.${'A'.repeat(22)}`)).toEqual({ ok: false, reason: 'TOKEN.INVALID' });
		expect(await unsubscribe(ctx, 'not a token')).toEqual({ ok: false, reason: 'TOKEN.INVALID' });
		expect(await getNotificationPreference(ctx, actor(weekly))).toEqual({ email: 'weekly' });

		expect(await checkUnsubscribeLink(ctx, token)).toBe('subscribed');
		expect(await unsubscribe(ctx, token)).toEqual({ ok: true });
		expect(await unsubscribe(ctx, token)).toEqual({ ok: true });
		expect(await checkUnsubscribeLink(ctx, token)).toBe('unsubscribed');
		expect(await getNotificationPreference(ctx, actor(followerFr))).toEqual({ email: 'none' });

		// The next change reaches her in the app only.
		const eventId = randomUUID();
		await ctx.db.transaction(async (tx) => {
			await tx.insert(needEvent).values({ id: eventId, needId, status: 'done', actorId: staff });
			await enqueueNotification(tx, { kind: 'need.status_changed', needId, eventId });
		});
		await eventually(async () => (await noticesOf(followerFr, 'need.status_changed')).length === 2);
		await queueIdle();
		expect(mailsTo(followerFr)).toHaveLength(2);
	});
});

import { asc, count, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { contentReport, need, needComment, needPhoto, quartier, user } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { firstNameOf, groupReports, type ReportGroup } from '#lib/domain/moderation.js';

/** How many items of each kind one page shows: the oldest first, the rest once these are dealt with. */
export const QUEUE_PAGE = 30;

/** The author as a moderator sees her: a first name, and whether she posted without an account. */
export interface QueueAuthor {
	firstName: string | null;
	withoutAccount: boolean;
}

export interface NeedToModerate {
	id: string;
	kind: string;
	title: string;
	body: string;
	language: string;
	quartierName: string;
	author: QueueAuthor;
	hasPhoto: boolean;
	photoAlt: string;
	createdAt: Date;
}

export interface CommentToModerate {
	id: string;
	needId: string;
	needTitle: string;
	needLanguage: string;
	body: string;
	language: string;
	author: QueueAuthor;
	createdAt: Date;
}

export interface ReportedPost extends ReportGroup {
	/** The need the post is, or belongs to, for the link to its page. */
	needId: string;
	/** The need's title (for a comment, the title of the need it is on) and its language. */
	title: string;
	titleLanguage: string;
	/** What was reported: the need's text or the comment's, and its language. */
	excerpt: string;
	language: string;
	status: string;
}

export interface ModerationQueue {
	needs: NeedToModerate[];
	comments: CommentToModerate[];
	reports: ReportedPost[];
	counts: { needs: number; comments: number; reports: number };
}

const author = (authorId: string | null, accountName: string | null, chosenName: string | null): QueueAuthor => ({
	firstName: firstNameOf(authorId ? accountName : chosenName),
	withoutAccount: authorId === null
});

/**
 * The moderators' queue: needs and ideas awaiting moderation, comments held for review, and open
 * reports grouped by the post they are about — each the longest-waiting first, with how many wait.
 */
export async function listModerationQueue(ctx: Pick<AppContext, 'db'>, actor: Actor | null): Promise<ModerationQueue> {
	assertAllowed(actor, 'content.moderate');
	const { db } = ctx;

	const needRows = await db
		.select({
			id: need.id,
			kind: need.kind,
			title: need.title,
			body: need.body,
			language: need.language,
			quartierName: quartier.name,
			authorId: need.authorId,
			accountName: user.name,
			chosenName: need.authorName,
			photoAlt: needPhoto.alt,
			photoNeedId: needPhoto.needId,
			createdAt: need.createdAt
		})
		.from(need)
		.innerJoin(quartier, eq(quartier.id, need.quartierId))
		.leftJoin(user, eq(user.id, need.authorId))
		.leftJoin(needPhoto, eq(needPhoto.needId, need.id))
		.where(eq(need.status, 'submitted'))
		.orderBy(asc(need.createdAt), asc(need.id))
		.limit(QUEUE_PAGE);

	const commentRows = await db
		.select({
			id: needComment.id,
			needId: needComment.needId,
			needTitle: need.title,
			needLanguage: need.language,
			body: needComment.body,
			language: needComment.language,
			authorId: needComment.authorId,
			accountName: user.name,
			createdAt: needComment.createdAt
		})
		.from(needComment)
		.innerJoin(need, eq(need.id, needComment.needId))
		.leftJoin(user, eq(user.id, needComment.authorId))
		.where(eq(needComment.status, 'pending'))
		.orderBy(asc(needComment.createdAt), asc(needComment.id))
		.limit(QUEUE_PAGE);

	// Open reports are few (they are closed in batches per post): group them here, page the groups.
	const openReports = await db
		.select({
			targetType: contentReport.targetType,
			targetId: contentReport.targetId,
			reason: contentReport.reason,
			details: contentReport.details,
			createdAt: contentReport.createdAt
		})
		.from(contentReport)
		.where(eq(contentReport.status, 'open'))
		.orderBy(asc(contentReport.createdAt));
	const groups = groupReports(
		openReports.map((r) => ({
			...r,
			targetType: r.targetType === 'comment' ? ('comment' as const) : ('need' as const)
		}))
	);
	const shown = groups.slice(0, QUEUE_PAGE);
	const needIds = shown.filter((g) => g.targetType === 'need').map((g) => g.targetId);
	const commentIds = shown.filter((g) => g.targetType === 'comment').map((g) => g.targetId);
	const reportedNeeds = needIds.length
		? await db
				.select({ id: need.id, title: need.title, body: need.body, language: need.language, status: need.status })
				.from(need)
				.where(inArray(need.id, needIds))
		: [];
	const reportedComments = commentIds.length
		? await db
				.select({
					id: needComment.id,
					needId: needComment.needId,
					needTitle: need.title,
					needLanguage: need.language,
					body: needComment.body,
					language: needComment.language,
					status: needComment.status
				})
				.from(needComment)
				.innerJoin(need, eq(need.id, needComment.needId))
				.where(inArray(needComment.id, commentIds))
		: [];
	const reports: ReportedPost[] = shown.flatMap((g) => {
		if (g.targetType === 'need') {
			const n = reportedNeeds.find((r) => r.id === g.targetId);
			return n
				? [
						{
							...g,
							needId: n.id,
							title: n.title,
							titleLanguage: n.language,
							excerpt: n.body,
							language: n.language,
							status: n.status
						}
					]
				: [];
		}
		const c = reportedComments.find((r) => r.id === g.targetId);
		return c
			? [
					{
						...g,
						needId: c.needId,
						title: c.needTitle,
						titleLanguage: c.needLanguage,
						excerpt: c.body,
						language: c.language,
						status: c.status
					}
				]
			: [];
	});

	const [needCount] = await db.select({ n: count() }).from(need).where(eq(need.status, 'submitted'));
	const [commentCount] = await db.select({ n: count() }).from(needComment).where(eq(needComment.status, 'pending'));

	return {
		needs: needRows.map((r) => ({
			id: r.id,
			kind: r.kind,
			title: r.title,
			body: r.body,
			language: r.language,
			quartierName: r.quartierName,
			author: author(r.authorId, r.accountName, r.chosenName),
			hasPhoto: r.photoNeedId !== null,
			photoAlt: r.photoAlt ?? '',
			createdAt: r.createdAt
		})),
		comments: commentRows.map((r) => ({
			id: r.id,
			needId: r.needId,
			needTitle: r.needTitle,
			needLanguage: r.needLanguage,
			body: r.body,
			language: r.language,
			author: author(r.authorId, r.accountName, null),
			createdAt: r.createdAt
		})),
		reports,
		counts: { needs: needCount?.n ?? 0, comments: commentCount?.n ?? 0, reports: groups.length }
	};
}

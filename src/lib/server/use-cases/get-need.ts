import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import {
	initiative,
	need,
	needComment,
	needEvent,
	needFollow,
	needPhoto,
	needSupport,
	organisation,
	quartier,
	user
} from '../db/schema.js';
import { isStaffResponder, responderOrganisations } from '../need-page/responders.js';
import { authorise, type Actor } from '#lib/domain/authorisation.js';
import { renderMarkdown } from '#lib/domain/markdown.js';
import { acceptsConversation, canSeeNeed, nextStatuses } from '#lib/domain/need-lifecycle.js';

/** What a page shows of a person: her first name, never her full name nor her address. */
function firstName(name: string | null): string | null {
	const first = name?.trim().split(/\s+/)[0];
	return first ? first : null;
}

export interface NeedComment {
	id: string;
	parentId: string | null;
	authorName: string | null;
	body: string;
	language: string;
	/** published, or pending for its own author (shown to her as awaiting moderation). */
	status: string;
	createdAt: Date;
	mine: boolean;
}

/**
 * A need's page: the need in its own language, its visible history with the official answers,
 * its published comments in threads (and the reader's own comments still held), and what the
 * reader may do there. Null when the need does not exist or the reader may not see it.
 */
export async function getNeed(ctx: Pick<AppContext, 'db'>, actor: Actor | null, input: { id: string }) {
	const [row] = await ctx.db
		.select({
			id: need.id,
			kind: need.kind,
			theme: need.theme,
			title: need.title,
			body: need.body,
			language: need.language,
			status: need.status,
			refusalReason: need.refusalReason,
			authorId: need.authorId,
			authorAccountName: user.name,
			authorName: need.authorName,
			channel: need.channel,
			lon: need.lon,
			lat: need.lat,
			initiativeId: need.initiativeId,
			shortCode: need.shortCode,
			supportCount: need.supportCount,
			commentCount: need.commentCount,
			followerCount: need.followerCount,
			createdAt: need.createdAt,
			publishedAt: need.publishedAt,
			communeId: need.communeId,
			quartierId: quartier.id,
			quartierName: quartier.name,
			quartierCode: quartier.qpvCode
		})
		.from(need)
		.innerJoin(quartier, eq(need.quartierId, quartier.id))
		.leftJoin(user, eq(need.authorId, user.id))
		.where(eq(need.id, input.id));
	if (!row) return null;
	const moderator = authorise(actor, 'content.moderate').allowed;
	if (!canSeeNeed(row, { userId: actor?.userId ?? null, moderator })) return null;
	const userId = actor?.userId ?? null;

	const [photo, history, comments, supported, following] = await Promise.all([
		ctx.db
			.select({ alt: needPhoto.alt, width: needPhoto.width, height: needPhoto.height })
			.from(needPhoto)
			.where(eq(needPhoto.needId, row.id)),
		ctx.db
			.select({
				id: needEvent.id,
				status: needEvent.status,
				text: needEvent.text,
				language: needEvent.language,
				createdAt: needEvent.createdAt,
				organisationId: organisation.id,
				organisationName: organisation.name,
				initiativeId: initiative.id,
				initiativeTitle: initiative.title
			})
			.from(needEvent)
			.leftJoin(organisation, eq(needEvent.organisationId, organisation.id))
			.leftJoin(initiative, eq(needEvent.initiativeId, initiative.id))
			.where(eq(needEvent.needId, row.id))
			.orderBy(asc(needEvent.createdAt), asc(needEvent.id)),
		ctx.db
			.select({
				id: needComment.id,
				parentId: needComment.parentId,
				authorId: needComment.authorId,
				authorName: user.name,
				body: needComment.body,
				language: needComment.language,
				status: needComment.status,
				createdAt: needComment.createdAt
			})
			.from(needComment)
			.leftJoin(user, eq(needComment.authorId, user.id))
			.where(
				and(
					eq(needComment.needId, row.id),
					userId
						? or(
								eq(needComment.status, 'published'),
								and(eq(needComment.status, 'pending'), eq(needComment.authorId, userId))
							)
						: eq(needComment.status, 'published')
				)
			)
			.orderBy(asc(needComment.createdAt), asc(needComment.id)),
		userId
			? ctx.db
					.select({ userId: needSupport.userId })
					.from(needSupport)
					.where(and(eq(needSupport.needId, row.id), eq(needSupport.userId, userId)))
			: Promise.resolve([]),
		userId
			? ctx.db
					.select({ userId: needFollow.userId })
					.from(needFollow)
					.where(and(eq(needFollow.needId, row.id), eq(needFollow.userId, userId)))
			: Promise.resolve([])
	]);

	const asComment = (c: (typeof comments)[number]): NeedComment => ({
		id: c.id,
		parentId: c.parentId,
		authorName: firstName(c.authorName),
		body: c.body,
		language: c.language,
		status: c.status,
		createdAt: c.createdAt,
		mine: userId !== null && c.authorId === userId
	});
	// Threads: each top-level comment with its replies; a reply whose comment is not shown is left out.
	const threads = comments
		.filter((c) => c.parentId === null)
		.map((c) => ({
			...asComment(c),
			replies: comments.filter((r) => r.parentId === c.id).map(asComment)
		}));

	const statuses = nextStatuses(row.status);
	const organisations = actor && statuses.length > 0 ? await responderOrganisations(ctx.db, actor, row.communeId) : [];
	const staff = isStaffResponder(actor);
	const canRespond = statuses.length > 0 && (staff || organisations.length > 0);
	const initiatives =
		canRespond && statuses.includes('linked')
			? await ctx.db
					.select({ id: initiative.id, title: initiative.title })
					.from(initiative)
					.orderBy(asc(initiative.title))
			: [];
	// The initiative the need is linked to, for a link at the top of the page.
	const [linked] = row.initiativeId
		? await ctx.db
				.select({ id: initiative.id, title: initiative.title })
				.from(initiative)
				.where(inArray(initiative.id, [row.initiativeId]))
		: [];

	const isAuthor = userId !== null && row.authorId === userId;
	return {
		id: row.id,
		kind: row.kind,
		theme: row.theme,
		title: row.title,
		body: row.body,
		language: row.language,
		status: row.status,
		// The reason of a refusal is for its author and the moderators, who alone see a refused need.
		refusalReason: row.status === 'refused' ? row.refusalReason : null,
		authorName: row.authorId ? firstName(row.authorAccountName) : firstName(row.authorName),
		withoutAccount: row.authorId === null,
		channel: row.channel,
		place: row.lon !== null && row.lat !== null ? { lon: row.lon, lat: row.lat } : null,
		shortCode: row.shortCode,
		supportCount: row.supportCount,
		commentCount: row.commentCount,
		followerCount: row.followerCount,
		createdAt: row.createdAt,
		publishedAt: row.publishedAt,
		quartier: { id: row.quartierId, name: row.quartierName, code: row.quartierCode ?? row.quartierId },
		photo: photo[0] ?? null,
		initiative: linked ?? null,
		history: history.map((e) => ({
			id: e.id,
			status: e.status,
			language: e.language,
			// Official answers are Markdown: rendered here by the one safe renderer, below the page's h2 and h3.
			html: e.text && e.status !== 'refused' ? renderMarkdown(e.text, 4) : null,
			// A refusal's reason is plain text, shown only to those who see a refused need.
			reason: e.status === 'refused' ? e.text : null,
			createdAt: e.createdAt,
			organisation: e.organisationId ? { id: e.organisationId, name: e.organisationName ?? '' } : null,
			initiative: e.initiativeId ? { id: e.initiativeId, title: e.initiativeTitle ?? '' } : null
		})),
		comments: threads,
		viewer: {
			signedIn: actor !== null,
			isAuthor,
			moderator,
			supported: supported.length > 0,
			following: following.length > 0,
			canConverse: actor !== null && acceptsConversation(row.status)
		},
		response: canRespond ? { statuses, organisations, initiatives, staff } : null
	};
}

export type NeedPage = NonNullable<Awaited<ReturnType<typeof getNeed>>>;

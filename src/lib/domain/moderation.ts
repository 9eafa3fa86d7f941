/**
 * The rules of moderation: why a moderator may refuse or hide a post, why a person may report
 * one, and which decisions each state allows. Reasons are stable codes; the interface (and the
 * text stored for an author) turns them into sentences in src/lib/i18n/moderation-text.ts.
 */
import { z } from 'zod';

/** Why a moderator refuses a post, or hides it after a report. Each one is explained to its author. */
export const REFUSAL_REASONS = ['personal_data', 'insult', 'advertising', 'off_topic', 'duplicate', 'other'] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** Why someone reports a post (`content_report.reason`). */
export const REPORT_REASONS = ['spam', 'insult', 'personal_data', 'off_topic', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/**
 * The refusal reason a moderator most likely means when upholding a report for this reason,
 * offered first so that upholding the usual case takes one click.
 */
export const REFUSAL_FOR_REPORT: Record<ReportReason, RefusalReason> = {
	spam: 'advertising',
	insult: 'insult',
	personal_data: 'personal_data',
	off_topic: 'off_topic',
	other: 'other'
};

export const NOTE_MAX = 1000;
export const REPORT_DETAILS_MAX = 1000;

export type NeedStatus = 'submitted' | 'published' | 'refused' | 'under_study' | 'answered' | 'linked' | 'done';
export type CommentStatus = 'pending' | 'published' | 'refused' | 'hidden';
export type ReportStatus = 'open' | 'dismissed' | 'upheld';

export type PostDecision = 'publish' | 'refuse';
export type ReportDecision = 'dismiss' | 'uphold';

/** Statuses in which a need is public, so can be reported, and hidden if a report is upheld. */
export const VISIBLE_NEED_STATUSES = [
	'published',
	'under_study',
	'answered',
	'linked',
	'done'
] as const satisfies readonly NeedStatus[];

/**
 * What a moderator may decide from each state. A post awaiting moderation is published or
 * refused; a public post can only be hidden, through an upheld report; a refused or hidden post
 * is final (its author posts again). Anything else means someone decided first.
 */
export const NEED_DECISIONS: Record<NeedStatus, readonly ('publish' | 'refuse' | 'hide')[]> = {
	submitted: ['publish', 'refuse'],
	published: ['hide'],
	under_study: ['hide'],
	answered: ['hide'],
	linked: ['hide'],
	done: ['hide'],
	refused: []
};

export const COMMENT_DECISIONS: Record<CommentStatus, readonly ('publish' | 'refuse' | 'hide')[]> = {
	pending: ['publish', 'refuse'],
	published: ['hide'],
	refused: [],
	hidden: []
};

export const REPORT_DECISIONS: Record<ReportStatus, readonly ReportDecision[]> = {
	open: ['dismiss', 'uphold'],
	dismissed: [],
	upheld: []
};

export function needAllows(status: string, decision: 'publish' | 'refuse' | 'hide'): boolean {
	return (NEED_DECISIONS[status as NeedStatus] ?? []).includes(decision);
}

export function commentAllows(status: string, decision: 'publish' | 'refuse' | 'hide'): boolean {
	return (COMMENT_DECISIONS[status as CommentStatus] ?? []).includes(decision);
}

/** The states from which a decision may be taken: use cases update only rows still in one of them. */
export function needStatusesAllowing(decision: 'publish' | 'refuse' | 'hide'): NeedStatus[] {
	return (Object.keys(NEED_DECISIONS) as NeedStatus[]).filter((s) => NEED_DECISIONS[s].includes(decision));
}

export function commentStatusesAllowing(decision: 'publish' | 'refuse' | 'hide'): CommentStatus[] {
	return (Object.keys(COMMENT_DECISIONS) as CommentStatus[]).filter((s) => COMMENT_DECISIONS[s].includes(decision));
}

/** The states a need or a comment is in when it may be reported: only what the public can see. */
export function isReportable(
	target: { type: 'need'; status: string } | { type: 'comment'; status: string; needStatus: string }
): boolean {
	const needVisible = (s: string) => (VISIBLE_NEED_STATUSES as readonly string[]).includes(s);
	return target.type === 'need'
		? needVisible(target.status)
		: target.status === 'published' && needVisible(target.needStatus);
}

const note = z.string().trim().max(NOTE_MAX, 'MODERATION.NOTE_TOO_LONG').default('');
const refusalReason = z.enum(REFUSAL_REASONS, { error: 'MODERATION.REASON_REQUIRED' });
const optionalReason = z.preprocess((v) => (v === '' ? undefined : v), refusalReason.optional());

/**
 * A moderator's decision on a need or a comment awaiting moderation. Refusing needs a reason:
 * its author must know why, to post again; the note is an optional word to the author, shown
 * with the reason.
 */
export const postDecisionForm = z
	.object({
		decision: z.enum(['publish', 'refuse'], { error: 'MODERATION.DECISION_REQUIRED' }),
		reason: optionalReason,
		note
	})
	.superRefine((v, ctx) => {
		if (v.decision === 'refuse' && !v.reason)
			ctx.addIssue({ code: 'custom', path: ['reason'], message: 'MODERATION.REASON_REQUIRED' });
	});

/** Closing the open reports on one post: dismissed (nothing changes) or upheld (the post is hidden, with a reason). */
export const reportDecisionForm = z
	.object({
		decision: z.enum(['dismiss', 'uphold'], { error: 'MODERATION.DECISION_REQUIRED' }),
		reason: optionalReason,
		note
	})
	.superRefine((v, ctx) => {
		if (v.decision === 'uphold' && !v.reason)
			ctx.addIssue({ code: 'custom', path: ['reason'], message: 'MODERATION.REASON_REQUIRED' });
	});

/** Someone reports a post. `website` is a honeypot: people never see it, form-filling robots do. */
export const reportForm = z.object({
	reason: z.enum(REPORT_REASONS, { error: 'MODERATION.REPORT_REASON_REQUIRED' }),
	details: z.string().trim().max(REPORT_DETAILS_MAX, 'MODERATION.DETAILS_TOO_LONG').default(''),
	website: z.string().default('')
});

/** Whether a report form was filled in by a robot (the hidden field has a value). */
export function isHoneypotFilled(values: Record<string, unknown>): boolean {
	return typeof values.website === 'string' && values.website.trim() !== '';
}

/**
 * The text an author reads: the reason, then the moderator's note when there is one. It is
 * stored as such (need.refusal_reason and the 'refused' history entry) in the post's language,
 * so the author reads what the moderator meant even if the interface changes later.
 */
export function refusalText(reasonText: string, noteText: string): string {
	const n = noteText.trim();
	return n ? `${reasonText}\n\n${n}` : reasonText;
}

export interface OpenReport {
	targetType: 'need' | 'comment';
	targetId: string;
	reason: string;
	details: string;
	createdAt: Date;
}

export interface ReportGroup {
	targetType: 'need' | 'comment';
	targetId: string;
	count: number;
	/** Each reason given, with how many gave it, most frequent first. */
	reasons: { reason: string; count: number }[];
	/** The details people wrote, oldest first, empty ones left out. */
	details: string[];
	firstReportedAt: Date;
}

/** Groups open reports by the post they are about, the longest-waiting post first. */
export function groupReports(reports: readonly OpenReport[]): ReportGroup[] {
	const groups = new Map<string, ReportGroup & { tally: Map<string, number> }>();
	const sorted = [...reports].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
	for (const r of sorted) {
		const key = `${r.targetType}:${r.targetId}`;
		let g = groups.get(key);
		if (!g) {
			g = {
				targetType: r.targetType,
				targetId: r.targetId,
				count: 0,
				reasons: [],
				details: [],
				firstReportedAt: r.createdAt,
				tally: new Map()
			};
			groups.set(key, g);
		}
		g.count += 1;
		g.tally.set(r.reason, (g.tally.get(r.reason) ?? 0) + 1);
		if (r.details.trim()) g.details.push(r.details.trim());
	}
	return [...groups.values()].map(({ tally, ...g }) => ({
		...g,
		reasons: [...tally]
			.map(([reason, count]) => ({ reason, count }))
			.sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason))
	}));
}

/** The first name shown for an author: the first word of an account's name, never the whole of it. */
export function firstNameOf(name: string | null | undefined): string | null {
	const first = (name ?? '').trim().split(/\s+/)[0];
	return first ? first : null;
}

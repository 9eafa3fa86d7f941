import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { contentReport } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import { refuseNeed, withdrawComment } from '../moderation/write.js';
import { rateLimited } from './rate-limited.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { parseForm, type FieldErrors } from '#lib/domain/account-forms.js';
import { needStatusesAllowing, reportDecisionForm } from '#lib/domain/moderation.js';

export type ResolveReportResult =
	| { ok: true; status: 'dismissed' | 'upheld'; closed: number }
	| { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

/**
 * A moderator closes every open report on one post at once: dismissed (the post stays), or upheld
 * (a need is refused, a comment hidden, with the reason its author reads, and the counters follow).
 * The reports are closed first, conditionally: a second moderator deciding at the same moment
 * finds none open and is told someone already decided.
 */
export async function resolveReport(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	target: { type: string; id: string },
	values: Record<string, unknown>,
	now = new Date()
): Promise<ResolveReportResult> {
	assertAllowed(actor, 'content.moderate');
	const form = parseForm(reportDecisionForm, values);
	if (!form.ok) return form;
	const limited = await rateLimited(ctx.rateLimiter, [['moderateUser', actor.userId]]);
	if (limited) return limited;
	const { decision, reason, note } = form.data;
	const status = decision === 'uphold' ? ('upheld' as const) : ('dismissed' as const);

	const closed = await ctx.db.transaction(async (tx) => {
		const rows = await tx
			.update(contentReport)
			.set({ status, resolvedBy: actor.userId, resolvedAt: now })
			.where(
				and(
					eq(contentReport.targetType, target.type),
					eq(contentReport.targetId, target.id),
					eq(contentReport.status, 'open')
				)
			)
			.returning({ id: contentReport.id });
		if (rows.length === 0 || decision === 'dismiss' || !reason) return rows.length;
		// The post may already be out of view (refused by another route): the reports still close.
		if (target.type === 'need')
			await refuseNeed(tx, {
				needId: target.id,
				from: needStatusesAllowing('hide'),
				refusal: { reason, note },
				actorId: actor.userId,
				now
			});
		else await withdrawComment(tx, { commentId: target.id, from: 'published', refusal: { reason, note } });
		return rows.length;
	});
	if (closed === 0) return { ok: false, fieldErrors: { form: 'MODERATION.ALREADY_DECIDED' } };
	return { ok: true, status, closed };
}

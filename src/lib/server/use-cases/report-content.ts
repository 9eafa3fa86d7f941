import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { contentReport } from '../db/schema.js';
import { rateLimited } from './rate-limited.js';
import { findReportTarget } from './get-report-target.js';
import type { RequestMeta } from './request-meta.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { parseForm, type FieldErrors } from '#lib/domain/account-forms.js';
import { isHoneypotFilled, reportForm } from '#lib/domain/moderation.js';

export type ReportContentResult =
	{ ok: true; needId: string } | { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

/**
 * Someone, signed in or not, reports a public need or comment to the moderators. A robot that
 * fills the hidden field is thanked and nothing is stored; reports are rate-limited per account
 * (or per address without one) so that reporting cannot become a way to harass; one open report
 * per account and post. Null when the post does not exist or is not public.
 */
export async function reportContent(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	meta: Pick<RequestMeta, 'ip'>,
	target: { type: string; id: string },
	values: Record<string, unknown>
): Promise<ReportContentResult | null> {
	const found = await findReportTarget(ctx.db, target.type, target.id);
	if (!found) return null;
	if (isHoneypotFilled(values)) return { ok: true, needId: found.needId };
	const form = parseForm(reportForm, values);
	if (!form.ok) return form;
	const limited = await rateLimited(ctx.rateLimiter, [
		actor ? ['reportContent', `user:${actor.userId}`] : ['reportContent', `ip:${meta.ip}`]
	]);
	if (limited) return limited;

	const stored = await ctx.db.transaction(async (tx) => {
		if (actor) {
			// Two clicks at once from one account must not make two reports: serialise them on this pair.
			const key = `report:${actor.userId}:${found.type}:${found.id}`;
			await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${key}))`);
			const [already] = await tx
				.select({ id: contentReport.id })
				.from(contentReport)
				.where(
					and(
						eq(contentReport.targetType, found.type),
						eq(contentReport.targetId, found.id),
						eq(contentReport.reporterId, actor.userId),
						eq(contentReport.status, 'open')
					)
				)
				.limit(1);
			if (already) return false;
		}
		await tx.insert(contentReport).values({
			id: randomUUID(),
			targetType: found.type,
			targetId: found.id,
			reporterId: actor?.userId ?? null,
			reason: form.data.reason,
			details: form.data.details
		});
		return true;
	});
	if (!stored) return { ok: false, fieldErrors: { form: 'MODERATION.ALREADY_REPORTED' } };
	return { ok: true, needId: found.needId };
}

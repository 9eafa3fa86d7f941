import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { impactParticipants, impactReport, initiative } from '../db/schema.js';
import { parseImpactReportForm } from '#lib/domain/impact-report.js';
import { toLocal } from '#lib/domain/zoned-time.js';
import type { Actor } from '#lib/domain/authorisation.js';

export type FileImpactReportResult =
	{ ok: true; id: string; month: string; created: boolean } | { ok: false; fieldErrors: Record<string, string> };

/** Months are counted in metropolitan France's calendar, where the platform's communes are. */
const REPORTING_ZONE = 'Europe/Paris';

/**
 * A member of the organisation that runs an initiative files its report for one month. Filing a
 * month that already has a report replaces that report (one report per initiative and month):
 * the figures, the note and the grid are written together in one transaction, or not at all.
 */
export async function fileImpactReport(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	initiativeId: string,
	values: Record<string, unknown>,
	now: Date
): Promise<FileImpactReportResult | null> {
	const [found] = await ctx.db
		.select({ organisationId: initiative.organisationId })
		.from(initiative)
		.where(eq(initiative.id, initiativeId));
	if (!found) return null;
	assertAllowed(actor, 'organisation.act', { organisationId: found.organisationId });
	const form = parseImpactReportForm(values, toLocal(now, REPORTING_ZONE).date.slice(0, 7));
	if (!form.ok) return form;
	const r = form.data;

	return ctx.db.transaction(async (tx) => {
		const fresh = randomUUID();
		const [saved] = await tx
			.insert(impactReport)
			.values({
				id: fresh,
				initiativeId,
				month: r.month,
				childcareHours: r.childcareHours,
				peopleTrained: r.peopleTrained,
				peopleBackToWork: r.peopleBackToWork,
				note: r.note,
				filedBy: actor.userId
			})
			.onConflictDoUpdate({
				target: [impactReport.initiativeId, impactReport.month],
				set: {
					childcareHours: r.childcareHours,
					peopleTrained: r.peopleTrained,
					peopleBackToWork: r.peopleBackToWork,
					note: r.note,
					filedBy: actor.userId,
					updatedAt: sql`now()`
				}
			})
			.returning({ id: impactReport.id });
		const id = saved!.id;
		await tx.delete(impactParticipants).where(eq(impactParticipants.reportId, id));
		if (r.participants.length > 0)
			await tx.insert(impactParticipants).values(r.participants.map((p) => ({ reportId: id, ...p })));
		return { ok: true as const, id, month: r.month, created: id === fresh };
	});
}

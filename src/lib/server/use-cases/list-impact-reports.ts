import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { initiative } from '../db/schema.js';
import { initiativeReport, initiativeReports } from '../observatory/impact-reports.js';
import { impactFormValues, MONTH_PATTERN, monthStart } from '#lib/domain/impact-report.js';
import { renderMarkdown } from '#lib/domain/markdown.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { monthAttendanceGrid, suggestedParticipants } from '../sessions/attendance-figures.js';

/**
 * An initiative's impact reports, for the members of its organisation only: they see the figures
 * they typed, unprotected. The public sees them only added up by quartier, protected.
 * With `month` ('2026-10'), also that month's report as form values, to edit it.
 * With `suggestFor` (a month), the attendance the organiser took at that month's sessions, as
 * participant fields to prefill a new report (never written into a filed one).
 */
export async function listImpactReports(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { initiativeId: string; month?: string | null; suggestFor?: string | null }
) {
	const [found] = await ctx.db
		.select({ id: initiative.id, title: initiative.title, organisationId: initiative.organisationId })
		.from(initiative)
		.where(eq(initiative.id, input.initiativeId));
	if (!found) return null;
	assertAllowed(actor, 'organisation.act', { organisationId: found.organisationId });
	const reports = await initiativeReports(ctx.db, found.id);
	const month = input.month && MONTH_PATTERN.test(input.month) ? input.month : null;
	const current = month ? await initiativeReport(ctx.db, found.id, monthStart(month)) : null;
	const suggestFor = input.suggestFor && MONTH_PATTERN.test(input.suggestFor) ? input.suggestFor : null;
	const attendance = suggestFor ? await monthAttendanceGrid(ctx.db, found.id, suggestFor) : null;
	return {
		initiative: { id: found.id, title: found.title },
		reports: reports.map((r) => ({
			month: r.month,
			participants: r.participants.reduce((a, p) => a + p.count, 0),
			childcareHours: r.childcareHours,
			peopleTrained: r.peopleTrained,
			peopleBackToWork: r.peopleBackToWork,
			/** The free text as sanitised HTML (raw HTML off, script links refused). */
			noteHtml: r.note ? renderMarkdown(r.note) : '',
			updatedAt: r.updatedAt
		})),
		month,
		stored: current ? impactFormValues(current) : null,
		suggested:
			attendance && attendance.total > 0
				? { month: suggestFor!, attended: attendance.total, participants: suggestedParticipants(attendance) }
				: null
	};
}

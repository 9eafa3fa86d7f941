import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { loadRunApplication, type RunApplication } from '../planner/apply-requests.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { defaultApplyDates, type ApplyDates } from '#lib/domain/planner/apply-form.js';
import { toLocal, type LocalDate } from '#lib/domain/zoned-time.js';

export interface PlannerApplyPreview {
	application: RunApplication;
	/** Today in the commune: the earliest date a series may start. */
	today: LocalDate;
	defaults: ApplyDates;
}

/**
 * "Apply the timetable", before anything is written: every booking request the run would become,
 * what is skipped and why, and the dates proposed; null when the scenario has no such run.
 */
export async function previewPlannerApply(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	scenarioId: string,
	runId: string,
	now: Date
): Promise<PlannerApplyPreview | null> {
	assertAllowed(actor, 'planner.use');
	const application = await loadRunApplication(ctx.db, scenarioId, runId);
	if (!application) return null;
	const today = toLocal(now, application.timeZone).date;
	return { application, today, defaults: defaultApplyDates(today) };
}

import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, guarded, requireUser } from '#lib/server/http.js';
import { previewPlannerApply } from '#lib/server/use-cases/preview-planner-apply.js';
import { applyPlannerRun, type ApplyRefusal } from '#lib/server/use-cases/apply-planner-run.js';
import { clockTime } from '#lib/domain/planner/apply-form.js';
import { errorText } from '#lib/i18n/error-text.js';

export const load: PageServerLoad = (event) =>
	guarded(event, async () => {
		const preview = await previewPlannerApply(
			await app(),
			event.locals.actor,
			event.params.id,
			event.params.runId,
			new Date()
		);
		if (!preview) error(404, { message: 'Not Found' });
		const applied = Number(event.url.searchParams.get('applied'));
		return {
			...preview,
			items: preview.application.items.map((i) => ({ ...i, startTime: clockTime(i.start), endTime: clockTime(i.end) })),
			justApplied: Number.isInteger(applied) && applied > 0 ? applied : null
		};
	});

/** A refusal as the page lists it: which request, and each date with what stands in its way. */
function shown(refusals: readonly ApplyRefusal[]) {
	return refusals.map((r) => ({
		roomLabel: r.item.roomLabel,
		activityLabel: r.item.activityLabel,
		organisationName: r.item.organisationName,
		weekday: r.item.weekday,
		startTime: clockTime(r.item.start),
		endTime: clockTime(r.item.end),
		noDates: r.noDates,
		conflicts: r.conflicts,
		problems: r.problems
	}));
}

export const actions = {
	apply: (event) =>
		guarded(event, async () => {
			requireUser(event.locals);
			const values = await formValues(event.request);
			const result = await applyPlannerRun(
				await app(),
				event.locals.actor,
				{ scenarioId: event.params.id, runId: event.params.runId, values },
				new Date()
			);
			if (result.ok) redirect(303, `${event.url.pathname}?applied=${result.series.length}`);
			if (result.reason === 'NOT_FOUND') error(404, { message: 'Not Found' });
			if (result.reason === 'INVALID') return formFailure(values, result.fieldErrors, result.retryAfterSeconds);
			const errors = { form: errorText(result.reason) };
			if (result.reason === 'PLANNER.APPLY_REFUSED')
				return fail(409, { values, errors, refusals: shown(result.refusals) });
			return fail(result.reason === 'PLANNER.APPLY_ALREADY_APPLIED' ? 409 : 400, { values, errors });
		})
} satisfies Actions;

import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, guarded } from '#lib/server/http.js';
import { listModerationQueue } from '#lib/server/use-cases/list-moderation-queue.js';
import { moderateNeed } from '#lib/server/use-cases/moderate-need.js';
import { moderateComment } from '#lib/server/use-cases/moderate-comment.js';
import { resolveReport } from '#lib/server/use-cases/resolve-report.js';

export const load: PageServerLoad = (event) =>
	guarded(event, async () => ({ queue: await listModerationQueue(await app(), event.locals.actor) }));

// Each form says which item it decides (`item`), so that an error shows beside that item only.
export const actions = {
	need: (event) =>
		guarded(event, async () => {
			const values = await formValues(event.request);
			const result = await moderateNeed(await app(), event.locals.actor, values.id ?? '', values);
			if (!result.ok)
				return formFailure(values, result.fieldErrors, result.retryAfterSeconds, { item: `need:${values.id}` });
			return { decided: { kind: 'need' as const, status: result.status } };
		}),
	comment: (event) =>
		guarded(event, async () => {
			const values = await formValues(event.request);
			const result = await moderateComment(await app(), event.locals.actor, values.id ?? '', values);
			if (!result.ok)
				return formFailure(values, result.fieldErrors, result.retryAfterSeconds, { item: `comment:${values.id}` });
			return { decided: { kind: 'comment' as const, status: result.status } };
		}),
	report: (event) =>
		guarded(event, async () => {
			const values = await formValues(event.request);
			const target = { type: values.type ?? '', id: values.id ?? '' };
			const result = await resolveReport(await app(), event.locals.actor, target, values);
			if (!result.ok)
				return formFailure(values, result.fieldErrors, result.retryAfterSeconds, {
					item: `report:${target.type}:${target.id}`
				});
			return { decided: { kind: 'report' as const, status: result.status } };
		})
} satisfies Actions;

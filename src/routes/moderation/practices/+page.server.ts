import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, guarded } from '#lib/server/http.js';
import { listPracticeProposals } from '#lib/server/use-cases/list-practice-proposals.js';
import { reviewPractice } from '#lib/server/use-cases/review-practice.js';

export const load: PageServerLoad = (event) =>
	guarded(event, async () => ({ proposals: await listPracticeProposals(await app(), event.locals.actor) }));

export const actions = {
	review: (event) =>
		guarded(event, async () => {
			const values = await formValues(event.request);
			const slug = values.slug ?? '';
			const result = await reviewPractice(await app(), event.locals.actor, slug, values);
			if (!result.ok) return formFailure(values, result.fieldErrors, result.retryAfterSeconds, { slug });
			return { reviewed: { slug, status: result.status } };
		})
} satisfies Actions;

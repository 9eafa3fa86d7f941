import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { guarded } from '#lib/server/http.js';
import { formFields, practiceFormFailure } from '#lib/server/catalogue/form-fields.js';
import { listActingOrganisations } from '#lib/server/use-cases/list-acting-organisations.js';
import { proposePractice } from '#lib/server/use-cases/propose-practice.js';
import { authorise } from '#lib/domain/authorisation.js';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (!locals.user) redirect(303, `/sign-in?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
	return {
		organisations: await listActingOrganisations(await app(), locals.actor),
		isModerator: authorise(locals.actor, 'content.moderate').allowed
	};
};

export const actions = {
	default: (event) =>
		guarded(event, async () => {
			const values = await formFields(event.request);
			const result = await proposePractice(await app(), event.locals.actor, values);
			if (!result.ok) return practiceFormFailure(values, result.fieldErrors, result.retryAfterSeconds);
			if (result.status === 'published') redirect(303, `/practices/${result.slug}?created=1`);
			redirect(303, `/practices/proposals?sent=${encodeURIComponent(result.slug)}`);
		})
} satisfies Actions;

import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { initiativeFilterChoices, listInitiatives } from '#lib/server/use-cases/list-initiatives.js';
import { pageRequest } from '#lib/domain/pagination.js';
import { hasRole } from '#lib/domain/authorisation.js';
import { getLocale } from '#lib/paraglide/runtime.js';

export const load: PageServerLoad = async ({ url, locals }) => {
	const ctx = await app();
	const filters = {
		status: url.searchParams.get('status'),
		quartierId: url.searchParams.get('quartier'),
		practiceId: url.searchParams.get('practice')
	};
	const [list, choices] = await Promise.all([
		listInitiatives(ctx, { filters, page: pageRequest(url.searchParams.get('page')), locale: getLocale() }),
		initiativeFilterChoices(ctx)
	]);
	// The button is for people who act for an organisation; the use case checks again on submit.
	const actor = locals.actor;
	const canPublish =
		!!actor &&
		(actor.grants.some((g) => g.scopeType === 'organisation') ||
			(hasRole(actor, 'administrator') && actor.twoFactorEnabled));
	return { ...list, choices, filters, canPublish };
};

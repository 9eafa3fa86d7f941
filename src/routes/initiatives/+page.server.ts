import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { initiativeFilterChoices, listInitiatives } from '#lib/server/use-cases/list-initiatives.js';
import { pageRequest } from '#lib/domain/pagination.js';
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
	return { ...list, choices, filters, signedIn: !!locals.user };
};

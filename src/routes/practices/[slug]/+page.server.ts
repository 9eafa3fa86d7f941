import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { getPractice } from '#lib/server/use-cases/get-practice.js';
import { listInitiatives } from '#lib/server/use-cases/list-initiatives.js';
import { pageRequest } from '#lib/domain/pagination.js';

/**
 * A practice's page. Each section of the page comes from its own use case and has its own key
 * in the returned data (e.g. the rooms that can host this practice), so a section is added with
 * one more line here and one more block in +page.svelte.
 */
export const load: PageServerLoad = async ({ locals, params }) => {
	const ctx = await app();
	const practice = await getPractice(ctx, locals.actor, params.slug, locals.locale);
	if (!practice) error(404, { message: 'Not Found' });
	// Where it already runs: the initiatives that put this practice into practice.
	const initiatives =
		practice.status === 'published'
			? await listInitiatives(ctx, {
					filters: { practiceId: practice.id },
					page: pageRequest('1', 10),
					locale: locals.locale
				})
			: null;
	return { practice, initiatives };
};

import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { guarded } from '#lib/server/http.js';
import { listMyPracticeProposals } from '#lib/server/use-cases/list-my-practice-proposals.js';

export const load: PageServerLoad = (event) => {
	if (!event.locals.user)
		redirect(303, `/sign-in?redirectTo=${encodeURIComponent(event.url.pathname + event.url.search)}`);
	return guarded(event, async () => ({
		proposals: await listMyPracticeProposals(await app(), event.locals.actor),
		sent: event.url.searchParams.get('sent')
	}));
};

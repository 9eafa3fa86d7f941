import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { getInitiative } from '#lib/server/use-cases/get-initiative.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { listUpcomingVisits } from '#lib/server/use-cases/list-upcoming-visits.js';
import { listInitiativeSessions } from '#lib/server/use-cases/list-initiative-sessions.js';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const ctx = await app();
	const initiative = await getInitiative(ctx, locals.actor, { id: params.id, locale: getLocale() });
	if (!initiative) error(404, 'NOT_FOUND');
	const visits = await listUpcomingVisits(ctx, {
		initiativeId: initiative.id,
		now: new Date(),
		limit: 8,
		locale: getLocale()
	});
	const sessions = await listInitiativeSessions(ctx, locals.actor, { initiativeId: initiative.id });
	return {
		initiative,
		saved: url.searchParams.has('saved'),
		visits,
		sessions: { count: sessions?.sessions.length ?? 0, next: sessions?.sessions[0] ?? null }
	};
};

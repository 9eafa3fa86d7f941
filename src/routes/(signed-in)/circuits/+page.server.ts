import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { listCircuits } from '#lib/server/use-cases/list-circuits.js';
import { listActingOrganisations } from '#lib/server/use-cases/list-acting-organisations.js';

export const load: PageServerLoad = async ({ locals }) => {
	const ctx = await app();
	const [lists, organisations] = await Promise.all([
		listCircuits(ctx, locals.actor),
		listActingOrganisations(ctx, locals.actor)
	]);
	return { ...lists, canRequest: organisations.length > 0 };
};

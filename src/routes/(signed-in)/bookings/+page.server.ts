import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { listOrganisationBookings } from '#lib/server/use-cases/list-organisation-bookings.js';

export const load: PageServerLoad = async ({ locals, url }) => {
	const when = url.searchParams.get('when') === 'past' ? 'past' : 'upcoming';
	const list = await listOrganisationBookings(await app(), locals.actor, { when, now: new Date() });
	return { ...list, when };
};

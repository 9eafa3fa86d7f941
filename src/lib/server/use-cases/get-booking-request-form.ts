import { asc, inArray } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { AccessDenied } from '../authorisation.js';
import { initiative } from '../db/schema.js';
import { loadRoomForBooking } from '../bookings/requests.js';
import { listActingOrganisations } from './list-acting-organisations.js';
import type { Actor } from '#lib/domain/authorisation.js';

/** What the booking form offers: the room and its rules, the organisations the person acts for, their initiatives. */
export async function getBookingRequestForm(ctx: Pick<AppContext, 'db'>, actor: Actor | null, roomId: string) {
	if (!actor) throw new AccessDenied('AUTH.SIGN_IN_REQUIRED');
	const room = await loadRoomForBooking(ctx.db, roomId);
	if (!room) return null;
	const organisations = await listActingOrganisations(ctx, actor);
	const initiatives = organisations.length
		? await ctx.db
				.select({ id: initiative.id, title: initiative.title, organisationId: initiative.organisationId })
				.from(initiative)
				.where(
					inArray(
						initiative.organisationId,
						organisations.map((o) => o.id)
					)
				)
				.orderBy(asc(initiative.title))
		: [];
	return { room, organisations, initiatives };
}

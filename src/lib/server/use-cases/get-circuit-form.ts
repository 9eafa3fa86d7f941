import { asc, inArray } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { initiative } from '../db/schema.js';
import { listVanRooms } from '../circuits/plan.js';
import { listActingOrganisations } from './list-acting-organisations.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { AccessDenied } from '../authorisation.js';

/**
 * What the circuit form offers: the organisations this person acts for, their initiatives, and
 * only the rooms a van can reach (a leg elsewhere would be refused anyway).
 */
export async function getCircuitForm(ctx: Pick<AppContext, 'db'>, actor: Actor | null) {
	if (!actor) throw new AccessDenied('AUTH.SIGN_IN_REQUIRED');
	const organisations = await listActingOrganisations(ctx, actor);
	if (organisations.length === 0) throw new AccessDenied('AUTH.FORBIDDEN');
	const [initiatives, rooms] = await Promise.all([
		ctx.db
			.select({ id: initiative.id, title: initiative.title, organisationId: initiative.organisationId })
			.from(initiative)
			.where(
				inArray(
					initiative.organisationId,
					organisations.map((o) => o.id)
				)
			)
			.orderBy(asc(initiative.title)),
		listVanRooms(ctx.db)
	]);
	return {
		organisations,
		initiatives,
		rooms: rooms.map((r) => ({
			id: r.id,
			name: r.name,
			facilityName: r.facilityName,
			quartierName: r.quartierName
		}))
	};
}

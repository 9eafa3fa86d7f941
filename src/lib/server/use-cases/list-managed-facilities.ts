import { asc, count, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { commune, facility, quartier, room } from '../db/schema.js';
import { AccessDenied } from '../authorisation.js';
import { managedScope } from '../facility-access.js';
import { authorise, type Actor } from '#lib/domain/authorisation.js';

/**
 * "My facilities": what a facility manager looks after — the facilities of their communes and
 * those granted one by one; an administrator (with two-factor) sees them all.
 */
export async function listManagedFacilities(ctx: Pick<AppContext, 'db'>, actor: Actor | null) {
	const scope = managedScope(actor);
	if (!scope.all && scope.communeIds.length === 0 && scope.facilityIds.length === 0) {
		const decision = authorise(actor, 'facility.manage');
		throw new AccessDenied(decision.allowed ? 'AUTH.FORBIDDEN' : decision.reason);
	}
	const reach: SQL[] = [];
	if (scope.communeIds.length) reach.push(inArray(facility.communeId, scope.communeIds));
	if (scope.facilityIds.length) reach.push(inArray(facility.id, scope.facilityIds));
	const facilities = await ctx.db
		.select({
			id: facility.id,
			name: facility.name,
			address: facility.address,
			communeName: commune.name,
			quartierName: quartier.name,
			rooms: count(room.id)
		})
		.from(facility)
		.innerJoin(commune, eq(facility.communeId, commune.id))
		.leftJoin(quartier, eq(facility.quartierId, quartier.id))
		.leftJoin(room, eq(room.facilityId, facility.id))
		.where(scope.all ? undefined : or(...reach))
		.groupBy(facility.id, commune.name, quartier.name)
		.orderBy(asc(commune.name), asc(facility.name), asc(facility.id));
	return {
		contentLocale: 'fr' as const,
		// Only a commune-wide manager (or an administrator) adds facilities: a new one has no
		// facility-level grant yet.
		canCreate: scope.all || scope.communeIds.length > 0,
		facilities
	};
}

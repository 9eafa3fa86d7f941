import { asc, inArray } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { commune, organisation } from '../db/schema.js';
import { AccessDenied } from '../authorisation.js';
import { managedScope } from '../facility-access.js';
import { quartiersOfCommunes } from '../facility-place.js';
import type { Actor } from '#lib/domain/authorisation.js';

/**
 * The lists the facility form picks from: the communes the actor may add a facility in (or the
 * facility's own commune when editing), each with its quartiers, and the possible owners.
 * Editing pages check access to the facility itself before they ask for these.
 */
export async function getFacilityChoices(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	options: { communeId?: string } = {}
) {
	const scope = managedScope(actor);
	if (!options.communeId && !scope.all && scope.communeIds.length === 0) throw new AccessDenied('AUTH.FORBIDDEN');
	const communeIds = options.communeId ? [options.communeId] : scope.communeIds;
	const communes = await ctx.db
		.select({ id: commune.id, name: commune.name })
		.from(commune)
		.where(scope.all && !options.communeId ? undefined : inArray(commune.id, communeIds))
		.orderBy(asc(commune.name));
	const quartiers = await quartiersOfCommunes(
		ctx.db,
		communes.map((c) => c.id)
	);
	const organisations = await ctx.db
		.select({ id: organisation.id, name: organisation.name })
		.from(organisation)
		.orderBy(asc(organisation.name));
	const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'fr');
	return {
		contentLocale: 'fr' as const,
		communes: communes.map((c) => ({
			...c,
			quartiers: quartiers
				.filter((q) => q.communeIds.includes(c.id))
				.map(({ id, name }) => ({ id, name }))
				.sort(byName)
		})),
		organisations
	};
}

/** Where a facility is: its quartier, picked from its commune's or found from its coordinates. */
import { eq, inArray, or } from 'drizzle-orm';
import type { Database } from './db/client.js';
import { organisation, quartier, quartierCommune } from './db/schema.js';
import { nearest } from '#lib/domain/geo.js';
import type { FieldErrors } from '#lib/domain/account-forms.js';

type Reader = Pick<Database, 'select' | 'selectDistinct'>;

/**
 * The quartiers of some communes: those whose main commune it is, and those that straddle it,
 * each with the communes (among those asked) it lies in.
 */
export async function quartiersOfCommunes(db: Reader, communeIds: string[]) {
	if (communeIds.length === 0) return [];
	const links = await db
		.select({ quartierId: quartierCommune.quartierId, communeId: quartierCommune.communeId })
		.from(quartierCommune)
		.where(inArray(quartierCommune.communeId, communeIds));
	const rows = await db
		.select({
			id: quartier.id,
			name: quartier.name,
			communeId: quartier.communeId,
			centroidLon: quartier.centroidLon,
			centroidLat: quartier.centroidLat
		})
		.from(quartier)
		.where(
			or(
				inArray(quartier.communeId, communeIds),
				links.length
					? inArray(
							quartier.id,
							links.map((l) => l.quartierId)
						)
					: undefined
			)
		);
	const asked = new Set(communeIds);
	return rows.map(({ communeId, ...q }) => ({
		...q,
		communeIds: [
			...new Set([
				...(asked.has(communeId) ? [communeId] : []),
				...links.filter((l) => l.quartierId === q.id).map((l) => l.communeId)
			])
		]
	}));
}

/**
 * The quartier to store: the one picked, if it lies in the commune; otherwise, when the facility
 * has coordinates, the quartier of the commune whose centre is nearest; otherwise none.
 */
export async function resolvePlace(
	db: Reader,
	communeId: string,
	input: { quartierId: string | null; lon: number | null; lat: number | null; ownerOrganisationId: string | null }
): Promise<{ ok: true; quartierId: string | null } | { ok: false; fieldErrors: FieldErrors }> {
	const fieldErrors: FieldErrors = {};
	let quartierId: string | null = null;
	const quartiers = await quartiersOfCommunes(db, [communeId]);
	if (input.quartierId) {
		if (quartiers.some((q) => q.id === input.quartierId)) quartierId = input.quartierId;
		else fieldErrors.quartierId = 'FACILITY.QUARTIER_INVALID';
	} else if (input.lon !== null && input.lat !== null) {
		const placed = quartiers.filter((q) => q.centroidLon !== null && q.centroidLat !== null);
		const closest = nearest(placed, { lon: input.lon, lat: input.lat }, (q) => ({
			lon: q.centroidLon!,
			lat: q.centroidLat!
		}));
		quartierId = closest?.id ?? null;
	}
	if (input.ownerOrganisationId) {
		const [owner] = await db
			.select({ id: organisation.id })
			.from(organisation)
			.where(eq(organisation.id, input.ownerOrganisationId));
		if (!owner) fieldErrors.ownerOrganisationId = 'FACILITY.OWNER_INVALID';
	}
	return Object.keys(fieldErrors).length ? { ok: false, fieldErrors } : { ok: true, quartierId };
}

import { asc, eq, or } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { commune, facility, organisation, organisationQuartier, quartier, quartierCommune } from '../db/schema.js';
import type { Geometry } from '#lib/domain/geo.js';

/**
 * A quartier's public page: what it is, where it lies, and what is there. Found by its QPV
 * code (the address people share) or, for quartiers without one, by its id.
 * Each section is its own query, so that other parts of the product can add theirs beside.
 */
export async function getQuartier(ctx: Pick<AppContext, 'db'>, codeOrId: string) {
	const key = codeOrId.trim().slice(0, 64);
	const [q] = await ctx.db
		.select({
			id: quartier.id,
			name: quartier.name,
			qpvCode: quartier.qpvCode,
			communeId: quartier.communeId,
			outline: quartier.outline,
			centroidLon: quartier.centroidLon,
			centroidLat: quartier.centroidLat
		})
		.from(quartier)
		.where(or(eq(quartier.qpvCode, key.toUpperCase()), eq(quartier.id, key)))
		.limit(1);
	if (!q) return null;
	const [communes, facilities, organisations] = await Promise.all([
		ctx.db
			.select({
				id: commune.id,
				name: commune.name,
				inseeCode: commune.inseeCode,
				holidayZone: commune.holidayZone,
				timeZone: commune.timeZone
			})
			.from(quartierCommune)
			.innerJoin(commune, eq(commune.id, quartierCommune.communeId))
			.where(eq(quartierCommune.quartierId, q.id))
			.orderBy(asc(commune.name)),
		ctx.db
			.select({ id: facility.id, name: facility.name, address: facility.address, lon: facility.lon, lat: facility.lat })
			.from(facility)
			.where(eq(facility.quartierId, q.id))
			.orderBy(asc(facility.name)),
		ctx.db
			.select({ id: organisation.id, name: organisation.name, type: organisation.type })
			.from(organisationQuartier)
			.innerJoin(organisation, eq(organisation.id, organisationQuartier.organisationId))
			.where(eq(organisationQuartier.quartierId, q.id))
			.orderBy(asc(organisation.name))
	]);
	return {
		// Names are written by the commune, the ANCT and organisations, in French.
		contentLocale: 'fr' as const,
		quartier: {
			id: q.id,
			name: q.name,
			qpvCode: q.qpvCode,
			outline: (q.outline ?? null) as Geometry | null,
			centroid: q.centroidLon !== null && q.centroidLat !== null ? { lon: q.centroidLon, lat: q.centroidLat } : null
		},
		// The main commune first.
		communes: [...communes.filter((c) => c.id === q.communeId), ...communes.filter((c) => c.id !== q.communeId)],
		facilities,
		organisations
	};
}

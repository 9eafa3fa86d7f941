import { and, asc, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { facility, practice, practiceTranslation, quartier, room } from '../db/schema.js';
import { facilityPlaceColumns, kitchen, practiceRequirementColumns, roomEquipmentColumns } from '../fit/equipment.js';
import { fit, rankByFit, type Candidate } from '#lib/domain/fit.js';
import { distanceKm } from '#lib/domain/geo.js';
import { pickTranslation, type Locale } from '#lib/domain/locale.js';

export interface RoomCandidate {
	id: string;
	name: string;
	facilityName: string;
	quartierName: string | null;
}

/**
 * "Rooms that can host this practice": every room of the territory compared with the practice's
 * requirements, best fit first, then the nearest to the quartier asked about.
 * Public: rooms and published practices are public information.
 */
export async function findRoomsForPractice(
	ctx: Pick<AppContext, 'db'>,
	input: { slug: string; quartierId?: string | null; locale: Locale }
) {
	const [p] = await ctx.db
		.select({ id: practice.id, slug: practice.slug, title: practice.title, ...practiceRequirementColumns })
		.from(practice)
		.where(and(eq(practice.slug, input.slug), eq(practice.status, 'published')));
	if (!p) return null;
	const translations = await ctx.db
		.select({ locale: practiceTranslation.locale, title: practiceTranslation.title })
		.from(practiceTranslation)
		.where(eq(practiceTranslation.practiceId, p.id));

	// Only quartiers that have rooms are worth offering as a place to search near.
	const quartiers = await ctx.db
		.selectDistinct({ id: quartier.id, name: quartier.name, lon: quartier.centroidLon, lat: quartier.centroidLat })
		.from(quartier)
		.innerJoin(facility, eq(facility.quartierId, quartier.id))
		.orderBy(asc(quartier.name));
	const near = quartiers.find((q) => q.id === input.quartierId) ?? null;

	const rooms = await ctx.db
		.select({
			id: room.id,
			name: room.name,
			quartierName: quartier.name,
			...facilityPlaceColumns,
			...roomEquipmentColumns
		})
		.from(room)
		.innerJoin(facility, eq(room.facilityId, facility.id))
		.leftJoin(quartier, eq(facility.quartierId, quartier.id))
		.orderBy(asc(facility.name), asc(room.name));

	const needs = { ...p, kitchenLevel: kitchen(p.kitchenLevel) };
	const origin = near && near.lon !== null && near.lat !== null ? { lon: near.lon, lat: near.lat } : null;
	const candidates: Candidate<RoomCandidate>[] = rooms.map((r) => ({
		item: { id: r.id, name: r.name, facilityName: r.facilityName, quartierName: r.quartierName },
		fit: fit({ ...r, kitchenLevel: kitchen(r.kitchenLevel) }, needs),
		distanceKm: origin && r.lon !== null && r.lat !== null ? distanceKm(origin, { lon: r.lon, lat: r.lat }) : null
	}));

	const { title, lang } = pickTranslation(input.locale, { title: p.title }, translations);
	return {
		practice: { slug: p.slug, title, lang, requirements: needs },
		quartiers: quartiers.map(({ id, name }) => ({ id, name })),
		nearQuartierId: near?.id ?? null,
		candidates: rankByFit(candidates)
	};
}

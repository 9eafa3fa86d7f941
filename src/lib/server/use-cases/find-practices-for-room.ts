import { asc, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { facility, practice, practiceTranslation, quartier, room } from '../db/schema.js';
import { kitchen, practiceRequirementColumns, roomEquipmentColumns } from '../fit/equipment.js';
import { fit, rankByFit, type Candidate } from '#lib/domain/fit.js';
import { pickTranslation, type Locale } from '#lib/domain/locale.js';

export interface PracticeCandidate {
	slug: string;
	title: string;
	summary: string;
	lang: Locale;
}

/** "Practices this room can host": every published practice compared with the room. Public. */
export async function findPracticesForRoom(ctx: Pick<AppContext, 'db'>, input: { roomId: string; locale: Locale }) {
	const [r] = await ctx.db
		.select({
			id: room.id,
			name: room.name,
			facilityName: facility.name,
			quartierName: quartier.name,
			...roomEquipmentColumns
		})
		.from(room)
		.innerJoin(facility, eq(room.facilityId, facility.id))
		.leftJoin(quartier, eq(facility.quartierId, quartier.id))
		.where(eq(room.id, input.roomId));
	if (!r) return null;

	const practices = await ctx.db
		.select({
			id: practice.id,
			slug: practice.slug,
			title: practice.title,
			summary: practice.summary,
			...practiceRequirementColumns
		})
		.from(practice)
		.where(eq(practice.status, 'published'))
		.orderBy(asc(practice.title));
	const translations =
		input.locale === 'fr' || practices.length === 0
			? []
			: await ctx.db
					.select({
						practiceId: practiceTranslation.practiceId,
						locale: practiceTranslation.locale,
						title: practiceTranslation.title,
						summary: practiceTranslation.summary
					})
					.from(practiceTranslation)
					.where(
						inArray(
							practiceTranslation.practiceId,
							practices.map((p) => p.id)
						)
					);

	const equipment = { ...r, kitchenLevel: kitchen(r.kitchenLevel) };
	const candidates: Candidate<PracticeCandidate>[] = practices.map((p) => {
		const text = pickTranslation(
			input.locale,
			{ title: p.title, summary: p.summary },
			translations
				.filter((t) => t.practiceId === p.id)
				.map(({ locale, title, summary }) => ({ locale, title, summary }))
		);
		return {
			item: { slug: p.slug, title: text.title, summary: text.summary, lang: text.lang },
			fit: fit(equipment, { ...p, kitchenLevel: kitchen(p.kitchenLevel) }),
			distanceKm: null
		};
	});
	return {
		room: { id: r.id, name: r.name, facilityName: r.facilityName, quartierName: r.quartierName, equipment },
		candidates: rankByFit(candidates)
	};
}

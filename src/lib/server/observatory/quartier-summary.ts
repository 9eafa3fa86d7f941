/**
 * What runs in a quartier, as its dashboard and its fiche show it: the most supported needs, the
 * running initiatives and the rooms with their occupancy. One reading for both, so that the page
 * a chef de projet browses and the sheet she prints never disagree.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { initiative, initiativeQuartier, initiativeTranslation, organisation, practice } from '../db/schema.js';
import { listQuartierNeeds } from '../use-cases/list-needs.js';
import { quartierRoomOccupancy } from './quartier-figures.js';
import { pickTranslation, type Locale } from '#lib/domain/locale.js';

/** At most this many of each list: the fiche's A4 page holds no more in Arabic, the longest language. */
export const SUMMARY_LIMITS = { needs: 5, initiatives: 5, rooms: 6 } as const;

export async function quartierSummary(
	ctx: Pick<AppContext, 'db'>,
	q: { id: string; qpvCode: string | null },
	locale: Locale,
	now: Date
) {
	const [needs, initiatives, occupancy] = await Promise.all([
		listQuartierNeeds(ctx, q.id),
		runningInitiatives(ctx, q.id, locale),
		quartierRoomOccupancy(ctx.db, q.qpvCode ?? q.id, now)
	]);
	return {
		needs: needs.items
			.slice(0, SUMMARY_LIMITS.needs)
			.map((n) => ({ id: n.id, title: n.title, lang: n.lang, supportCount: n.supportCount })),
		initiatives,
		occupancy: { ...occupancy, rooms: occupancy.rooms.slice(0, SUMMARY_LIMITS.rooms) }
	};
}

export type QuartierSummary = Awaited<ReturnType<typeof quartierSummary>>;

/** The quartier's running initiatives of published practices, in the reader's language where translated. */
async function runningInitiatives(ctx: Pick<AppContext, 'db'>, quartierId: string, locale: Locale) {
	const rows = await ctx.db
		.select({ id: initiative.id, title: initiative.title, organisationName: organisation.name })
		.from(initiativeQuartier)
		.innerJoin(initiative, eq(initiative.id, initiativeQuartier.initiativeId))
		.innerJoin(organisation, eq(organisation.id, initiative.organisationId))
		.innerJoin(practice, eq(practice.id, initiative.practiceId))
		.where(
			and(
				eq(initiativeQuartier.quartierId, quartierId),
				eq(initiative.status, 'running'),
				eq(practice.status, 'published')
			)
		)
		.orderBy(asc(initiative.title))
		.limit(SUMMARY_LIMITS.initiatives);
	const translations =
		rows.length === 0 || locale === 'fr'
			? []
			: await ctx.db
					.select({
						initiativeId: initiativeTranslation.initiativeId,
						locale: initiativeTranslation.locale,
						title: initiativeTranslation.title
					})
					.from(initiativeTranslation)
					.where(
						and(
							inArray(
								initiativeTranslation.initiativeId,
								rows.map((r) => r.id)
							),
							eq(initiativeTranslation.locale, locale)
						)
					);
	return rows.map((r) => {
		const t = pickTranslation(
			locale,
			{ title: r.title },
			translations.filter((x) => x.initiativeId === r.id)
		);
		return { id: r.id, title: t.title, lang: t.lang, organisationName: r.organisationName };
	});
}

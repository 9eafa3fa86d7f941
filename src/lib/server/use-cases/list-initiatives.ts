import { and, asc, count, desc, eq, exists, inArray, sql, type SQL } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import {
	initiative,
	initiativeQuartier,
	initiativeTranslation,
	organisation,
	practice,
	quartier
} from '../db/schema.js';
import { pageInfo, type PageRequest } from '#lib/domain/pagination.js';
import { pickTranslation, type Locale } from '#lib/domain/locale.js';
import { INITIATIVE_STATUSES, isOneOf } from '#lib/domain/vocabulary.js';

export interface InitiativeFilters {
	status?: string | null;
	quartierId?: string | null;
	practiceId?: string | null;
	organisationId?: string | null;
}

/**
 * The public list of initiatives, running ones first. Filters that name nothing known are
 * ignored rather than refused: they come from a URL someone may have edited.
 */
export async function listInitiatives(
	ctx: Pick<AppContext, 'db'>,
	input: { filters: InitiativeFilters; page: PageRequest; locale: Locale }
) {
	const f = input.filters;
	const conditions: SQL[] = [];
	if (isOneOf(INITIATIVE_STATUSES, f.status)) conditions.push(eq(initiative.status, f.status));
	if (f.practiceId) conditions.push(eq(initiative.practiceId, f.practiceId));
	if (f.organisationId) conditions.push(eq(initiative.organisationId, f.organisationId));
	if (f.quartierId)
		conditions.push(
			exists(
				ctx.db
					.select({ one: sql`1` })
					.from(initiativeQuartier)
					.where(
						and(eq(initiativeQuartier.initiativeId, initiative.id), eq(initiativeQuartier.quartierId, f.quartierId))
					)
			)
		);
	const where = conditions.length > 0 ? and(...conditions) : undefined;

	const [{ total } = { total: 0 }] = await ctx.db.select({ total: count() }).from(initiative).where(where);
	const info = pageInfo(input.page, Number(total));
	const rows = await ctx.db
		.select({
			id: initiative.id,
			title: initiative.title,
			summary: initiative.summary,
			status: initiative.status,
			organisationId: organisation.id,
			organisationName: organisation.name,
			practiceSlug: practice.slug,
			practiceTitle: practice.title
		})
		.from(initiative)
		.innerJoin(organisation, eq(initiative.organisationId, organisation.id))
		.innerJoin(practice, eq(initiative.practiceId, practice.id))
		.where(where)
		// Running first, then getting ready, ideas, paused, ended; the newest within each.
		.orderBy(
			sql`array_position(array['running','preparing','idea','paused','ended']::text[], ${initiative.status})`,
			desc(initiative.updatedAt),
			asc(initiative.title)
		)
		.limit(info.size)
		.offset((info.page - 1) * info.size);

	const ids = rows.map((r) => r.id);
	const [quartiers, translations] = await Promise.all([
		ids.length === 0
			? []
			: ctx.db
					.select({ initiativeId: initiativeQuartier.initiativeId, name: quartier.name })
					.from(initiativeQuartier)
					.innerJoin(quartier, eq(initiativeQuartier.quartierId, quartier.id))
					.where(inArray(initiativeQuartier.initiativeId, ids))
					.orderBy(asc(quartier.name)),
		ids.length === 0 || input.locale === 'fr'
			? []
			: ctx.db
					.select({
						initiativeId: initiativeTranslation.initiativeId,
						locale: initiativeTranslation.locale,
						title: initiativeTranslation.title,
						summary: initiativeTranslation.summary
					})
					.from(initiativeTranslation)
					.where(and(inArray(initiativeTranslation.initiativeId, ids), eq(initiativeTranslation.locale, input.locale)))
	]);

	const items = rows.map((r) => {
		const text = pickTranslation(
			input.locale,
			{ title: r.title, summary: r.summary },
			translations
				.filter((t) => t.initiativeId === r.id)
				.map(({ locale, title, summary }) => ({ locale, title, summary }))
		);
		return {
			...r,
			title: text.title,
			summary: text.summary,
			lang: text.lang,
			quartiers: quartiers.filter((q) => q.initiativeId === r.id).map((q) => q.name)
		};
	});
	return { items, info };
}

/** What the filters of the list offer: quartiers and practices that have initiatives. */
export async function initiativeFilterChoices(ctx: Pick<AppContext, 'db'>) {
	const [quartiers, practices] = await Promise.all([
		ctx.db
			.selectDistinct({ id: quartier.id, name: quartier.name })
			.from(initiativeQuartier)
			.innerJoin(quartier, eq(initiativeQuartier.quartierId, quartier.id))
			.orderBy(asc(quartier.name)),
		ctx.db
			.selectDistinct({ id: practice.id, title: practice.title })
			.from(initiative)
			.innerJoin(practice, eq(initiative.practiceId, practice.id))
			.orderBy(asc(practice.title))
	]);
	return { quartiers, practices };
}

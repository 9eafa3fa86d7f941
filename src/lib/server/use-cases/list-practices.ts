import { and, arrayContains, asc, count, desc, eq, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { practice } from '../db/schema.js';
import { translationsOf } from '../catalogue/practice-rows.js';
import { kitchenLevelsServedBy, type CatalogueFilters } from '#lib/domain/catalogue-filters.js';
import { pageInfo, type PageInfo, type PageRequest } from '#lib/domain/pagination.js';
import { pickTranslation, type Locale } from '#lib/domain/locale.js';

export interface PracticeCard {
	slug: string;
	title: string;
	summary: string;
	/** The language title and summary are in: the visitor's, or French when not translated. */
	lang: Locale;
	themes: string[];
	publics: string[];
	minAreaM2: number;
	kitchenLevel: string;
}

/** The published catalogue, filtered, one page at a time, in the visitor's language where translated. */
export async function listPractices(
	ctx: Pick<AppContext, 'db'>,
	locale: Locale,
	filters: CatalogueFilters,
	request: PageRequest
): Promise<{ items: PracticeCard[]; info: PageInfo }> {
	const search = filters.q ? sql`websearch_to_tsquery('qv_french', ${filters.q})` : undefined;
	const conditions: SQL[] = [eq(practice.status, 'published')];
	if (filters.theme) conditions.push(arrayContains(practice.themes, [filters.theme]));
	if (filters.public) conditions.push(arrayContains(practice.publics, [filters.public]));
	if (filters.maxArea !== undefined) conditions.push(lte(practice.minAreaM2, filters.maxArea));
	if (filters.kitchen) conditions.push(inArray(practice.kitchenLevel, kitchenLevelsServedBy(filters.kitchen)));
	if (search) conditions.push(sql`"practice"."search" @@ ${search}`);
	const where = and(...conditions);

	const [total] = await ctx.db.select({ n: count() }).from(practice).where(where);
	const info = pageInfo(request, total?.n ?? 0);
	const rows = await ctx.db
		.select({
			id: practice.id,
			slug: practice.slug,
			title: practice.title,
			summary: practice.summary,
			themes: practice.themes,
			publics: practice.publics,
			minAreaM2: practice.minAreaM2,
			kitchenLevel: practice.kitchenLevel
		})
		.from(practice)
		.where(where)
		.orderBy(
			...(search ? [desc(sql`ts_rank("practice"."search", ${search})`)] : []),
			asc(practice.title),
			asc(practice.id)
		)
		.limit(info.size)
		.offset((info.page - 1) * info.size);

	const translations =
		locale === 'fr'
			? []
			: await translationsOf(
					ctx.db,
					rows.map((r) => r.id),
					locale
				);
	const items = rows.map(({ id, title, summary, ...rest }) => {
		const text = pickTranslation(
			locale,
			{ title, summary },
			translations
				.filter((t) => t.practiceId === id)
				.map((t) => ({ locale: t.locale, title: t.title, summary: t.summary }))
		);
		return { ...rest, title: text.title, summary: text.summary, lang: text.lang };
	});
	return { items, info };
}

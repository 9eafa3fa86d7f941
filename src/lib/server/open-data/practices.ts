import { and, arrayContains, asc, count, desc, eq, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { practice, practiceTranslation } from '../db/schema.js';
import type { PracticeQuery, PracticeRecord } from '#lib/domain/open-data-api.js';
import { KITCHEN_LEVELS, PUBLICS, TIME_WINDOWS, isOneOf } from '#lib/domain/vocabulary.js';
import { iso, isoOrNull, searchMatches, searchRank, textOrNull, type Listed, type Window } from './common.js';

/** Only published practices are open data: proposals under review, rejected and archived ones are not. */
const published = eq(practice.status, 'published');

function filters(query: Partial<PracticeQuery>): SQL | undefined {
	return and(
		published,
		query.q ? searchMatches('practice', query.q) : undefined,
		query.theme ? arrayContains(practice.themes, [query.theme]) : undefined,
		query.public ? arrayContains(practice.publics, [query.public]) : undefined,
		query.kitchen_level
			? inArray(practice.kitchenLevel, KITCHEN_LEVELS.slice(0, KITCHEN_LEVELS.indexOf(query.kitchen_level) + 1))
			: undefined,
		query.max_area !== undefined ? lte(practice.minAreaM2, query.max_area) : undefined
	);
}

type Row = typeof practice.$inferSelect;
type Translation = typeof practiceTranslation.$inferSelect;

function references(value: unknown): PracticeRecord['references'] {
	if (!Array.isArray(value)) return [];
	return value.flatMap((r) => {
		if (!r || typeof r !== 'object') return [];
		const ref = r as Record<string, unknown>;
		const name = textOrNull(ref.name);
		return name ? [{ name, place: textOrNull(ref.place), url: textOrNull(ref.url), note: textOrNull(ref.note) }] : [];
	});
}

function toRecord(p: Row, translations: Translation[]): PracticeRecord {
	const text = (locale: string) => {
		const t = translations.find((x) => x.locale === locale);
		return t ? { title: t.title, summary: t.summary, description: t.description } : undefined;
	};
	const en = text('en');
	const ar = text('ar');
	return {
		id: p.id,
		slug: p.slug,
		title: p.title,
		summary: p.summary,
		description: p.description,
		themes: p.themes,
		publics: p.publics.filter((x) => isOneOf(PUBLICS, x)),
		needs_answered: p.needsAnswered,
		requirements: {
			min_area_m2: p.minAreaM2,
			kitchen_level: isOneOf(KITCHEN_LEVELS, p.kitchenLevel) ? p.kitchenLevel : 'none',
			toilets: p.toilets,
			child_toilets: p.childToilets,
			changing_table: p.changingTable,
			storage_m2: p.storageM2,
			outdoor_m2: p.outdoorM2,
			step_free: p.stepFree,
			van_access: p.vanAccess,
			water_point: p.waterPoint
		},
		sessions_per_week: p.sessionsPerWeek,
		session_minutes: p.sessionMinutes,
		preferred_windows: p.preferredWindows.filter((x) => isOneOf(TIME_WINDOWS, x)),
		staff: p.staff,
		volunteers: p.volunteers,
		setup_cost_min: p.setupCostMin,
		setup_cost_max: p.setupCostMax,
		yearly_cost_min: p.yearlyCostMin,
		yearly_cost_max: p.yearlyCostMax,
		impact_indicators: p.impactIndicators,
		references: references(p.references),
		translations: { ...(en ? { en } : {}), ...(ar ? { ar } : {}) },
		published_at: isoOrNull(p.publishedAt),
		updated_at: iso(p.updatedAt)
	};
}

async function withTranslations(db: Database, rows: Row[]): Promise<PracticeRecord[]> {
	const ids = rows.map((r) => r.id);
	const translations = ids.length
		? await db.select().from(practiceTranslation).where(inArray(practiceTranslation.practiceId, ids))
		: [];
	return rows.map((r) =>
		toRecord(
			r,
			translations.filter((t) => t.practiceId === r.id)
		)
	);
}

/** Published practices, best search match first when searching, otherwise by title. */
export async function listPractices(
	db: Database,
	query: Partial<PracticeQuery>,
	window?: Window
): Promise<Listed<PracticeRecord>> {
	const where = filters(query);
	const order = [...(query.q ? [desc(searchRank('practice', query.q))] : []), asc(practice.title), asc(practice.id)];
	const ordered = db
		.select()
		.from(practice)
		.where(where)
		.orderBy(...order);
	const rows = window ? await ordered.limit(window.limit).offset(window.offset) : await ordered;
	const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(practice).where(where);
	return { rows: await withTranslations(db, rows), total: Number(n) };
}

/** A published practice by id or slug. */
export async function getPractice(db: Database, idOrSlug: string): Promise<PracticeRecord | null> {
	const rows = await db
		.select()
		.from(practice)
		.where(and(published, or(eq(practice.id, idOrSlug), eq(practice.slug, idOrSlug))))
		.orderBy(sql`${practice.id} = ${idOrSlug} DESC`)
		.limit(1);
	const [record] = await withTranslations(db, rows);
	return record ?? null;
}

/**
 * The search page: practices, rooms, organisations and initiatives found by words and filters,
 * ranked together, one page at a time, with the markers of the rooms and initiatives found.
 *
 * Everything searched here is public (published practices only), so anyone may search: there
 * is no authorisation to check. Words go through websearch_to_tsquery, which accepts any text
 * people type ("quotes", -minus, or) without ever failing.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { rowsOf } from '../db/client.js';
import { pageInfo, type PageInfo, type PageRequest } from '#lib/domain/pagination.js';
import { searchScope, type SearchFilters, type SearchKind } from '#lib/domain/search-filters.js';
import { excerpt, MARK_START, MARK_STOP, snippetParts, withoutMarks, type SnippetPart } from '#lib/domain/highlight.js';
import { KITCHEN_LEVELS } from '#lib/domain/vocabulary.js';
import type { Locale } from '#lib/domain/locale.js';
import type { MapLayers } from '#lib/domain/map.js';
import { locateInitiatives, locateRooms, outlinesOf } from './map-layers.js';

interface HitBase {
	id: string;
	href: string;
	/** The title with its matched words marked. */
	title: SnippetPart[];
	snippet: SnippetPart[];
	/** Language of the title and snippet (a translation, or the French source). */
	lang: Locale;
}

export type SearchHit =
	| (HitBase & { kind: 'practices'; themes: string[]; publics: string[] })
	| (HitBase & {
			kind: 'rooms';
			facility: string;
			quartier: string | null;
			areaM2: number;
			capacity: number;
			kitchenLevel: string;
	  })
	| (HitBase & { kind: 'organisations'; type: string })
	| (HitBase & { kind: 'initiatives'; status: string; organisation: string });

export interface QuartierOption {
	id: string;
	name: string;
	commune: string;
}

export interface SearchResult {
	hits: SearchHit[];
	info: PageInfo;
	/** Active filters that could not apply to the kinds searched, and were set aside. */
	ignored: string[];
	/** The quartier filter named no quartier the search knows. */
	unknownQuartier: boolean;
	quartiers: QuartierOption[];
	map: MapLayers;
}

const KIND_ORDER: Record<SearchKind, number> = { practices: 0, rooms: 1, organisations: 2, initiatives: 3 };

/** ts_headline options: markers the page splits on, and a snippet of a couple of short fragments. */
const SNIPPET_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_STOP}, MaxWords=28, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
const TITLE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_STOP}, HighlightAll=true`;

export async function searchCatalogue(
	ctx: Pick<AppContext, 'db'>,
	filters: SearchFilters,
	request: PageRequest,
	locale: Locale
): Promise<SearchResult> {
	const quartiers = await quartierOptions(ctx, filters.quartier);
	const unknownQuartier = filters.quartier !== null && !quartiers.some((q) => q.id === filters.quartier);
	// An unknown quartier finds nothing rather than everything: the page says why.
	const { kinds, ignored } = searchScope(filters);

	const q = filters.q;
	const fq = sql`websearch_to_tsquery('qv_french', ${q})`;
	const sq = sql`websearch_to_tsquery('simple', ${q})`;
	const parts: SQL[] = [];
	for (const kind of kinds) {
		const active = (name: string) => !(ignored as string[]).includes(name);
		parts.push(matchQuery(kind, filters, active, q !== '' ? { fq, sq } : null));
	}
	const union = sql.join(parts, sql` UNION ALL `);

	const [counted] = rowsOf<{ total: number | string }>(
		await ctx.db.execute(sql`SELECT count(*) AS total FROM (${union}) found`)
	);
	const info = pageInfo(request, Number(counted?.total ?? 0));
	const offset = (info.page - 1) * info.size;
	const page = rowsOf<{ kind: SearchKind; id: string }>(
		await ctx.db.execute(sql`
			SELECT kind, id FROM (${union}) found
			ORDER BY rank DESC, kind_order, lower(sort_key), id
			LIMIT ${info.size} OFFSET ${offset}`)
	);

	const ids = (kind: SearchKind) => page.filter((r) => r.kind === kind).map((r) => r.id);
	const headline = q !== '';
	const [practices, rooms, organisations, initiatives] = await Promise.all([
		practiceHits(ctx, ids('practices'), q, headline, locale),
		roomHits(ctx, ids('rooms'), q, headline),
		organisationHits(ctx, ids('organisations'), q, headline),
		initiativeHits(ctx, ids('initiatives'), q, headline, locale)
	]);
	const found = new Map<string, SearchHit>(
		[...practices, ...rooms, ...organisations, ...initiatives].map((h) => [`${h.kind}:${h.id}`, h])
	);
	const hits = page.map((r) => found.get(`${r.kind}:${r.id}`)).filter((h): h is SearchHit => h !== undefined);

	// The map shows the rooms and initiatives of this page of results, nothing else.
	const located = [...(await locateRooms(ctx, ids('rooms'))), ...(await locateInitiatives(ctx, ids('initiatives')))];
	const order = new Map(hits.map((h, i) => [`${h.kind === 'rooms' ? 'room' : 'initiative'}:${h.id}`, i]));
	located.sort(
		(a, b) => (order.get(`${a.item.kind}:${a.item.id}`) ?? 0) - (order.get(`${b.item.kind}:${b.item.id}`) ?? 0)
	);
	const map = await outlinesOf(ctx, located, filters.quartier && !unknownQuartier ? [filters.quartier] : []);

	return { hits, info, ignored, unknownQuartier, quartiers, map };
}

/** Quartiers where something can be found (a room, an organisation, an initiative), plus the one asked for. */
async function quartierOptions(ctx: Pick<AppContext, 'db'>, selected: string | null): Promise<QuartierOption[]> {
	return rowsOf<QuartierOption>(
		await ctx.db.execute(sql`
			SELECT q.id, q.name, c.name AS commune
			FROM quartier q JOIN commune c ON c.id = q.commune_id
			WHERE q.id = ${selected ?? ''}
				OR EXISTS (SELECT 1 FROM facility f WHERE f.quartier_id = q.id)
				OR EXISTS (SELECT 1 FROM organisation_quartier oq WHERE oq.quartier_id = q.id)
				OR EXISTS (SELECT 1 FROM initiative_quartier iq WHERE iq.quartier_id = q.id)
			ORDER BY c.name, q.name`)
	);
}

/** One kind's matching rows as (kind, id, rank, kind_order, sort_key), for the ranked union. */
function matchQuery(
	kind: SearchKind,
	f: SearchFilters,
	active: (filter: string) => boolean,
	words: { fq: SQL; sq: SQL } | null
): SQL {
	const where: SQL[] = [];
	const on = (name: keyof SearchFilters) => active(name) && f[name] !== null && f[name] !== false;
	const order = KIND_ORDER[kind];
	// With no words, every row ranks 0 and the list reads by kind, then alphabetically.
	let rank: SQL = sql`0::real`;
	let from: SQL;
	let sortKey: SQL;

	switch (kind) {
		case 'practices': {
			from = sql`practice p`;
			sortKey = sql`p.title`;
			where.push(sql`p.status = 'published'`);
			if (words) {
				// The French text through qv_french; the English and Arabic titles and summaries
				// through 'simple' (no stemming, but found when typed as written).
				const translated = sql`to_tsvector('simple', t.title || ' ' || t.summary)`;
				where.push(sql`(p.search @@ ${words.fq} OR EXISTS (
					SELECT 1 FROM practice_translation t WHERE t.practice_id = p.id AND ${translated} @@ ${words.sq}))`);
				rank = sql`greatest(ts_rank(p.search, ${words.fq}), coalesce((
					SELECT max(ts_rank(${translated}, ${words.sq})) FROM practice_translation t WHERE t.practice_id = p.id), 0))`;
			}
			if (on('theme')) where.push(sql`${f.theme} = ANY (p.themes)`);
			if (on('public')) where.push(sql`${f.public} = ANY (p.publics)`);
			if (on('quartier'))
				where.push(sql`EXISTS (SELECT 1 FROM initiative i JOIN initiative_quartier iq ON iq.initiative_id = i.id
					WHERE i.practice_id = p.id AND iq.quartier_id = ${f.quartier})`);
			break;
		}
		case 'rooms': {
			from = sql`room r JOIN facility fa ON fa.id = r.facility_id`;
			sortKey = sql`fa.name || ' ' || r.name`;
			if (words) {
				// A room is found by its own words and by its facility's (name, address).
				where.push(sql`(r.search || fa.search) @@ ${words.fq}`);
				rank = sql`ts_rank(r.search || fa.search, ${words.fq})`;
			}
			if (on('quartier')) where.push(sql`fa.quartier_id = ${f.quartier}`);
			if (on('minArea')) where.push(sql`r.area_m2 >= ${f.minArea}`);
			if (on('kitchen') && f.kitchen) {
				const atLeast = KITCHEN_LEVELS.slice(KITCHEN_LEVELS.indexOf(f.kitchen));
				where.push(
					sql`r.kitchen_level IN (${sql.join(
						atLeast.map((l) => sql`${l}`),
						sql`, `
					)})`
				);
			}
			if (on('childToilets')) where.push(sql`r.child_toilets`);
			if (on('stepFree')) where.push(sql`r.step_free`);
			if (on('vanAccess')) where.push(sql`r.van_access`);
			if (on('outdoor')) where.push(sql`r.outdoor_m2 > 0`);
			break;
		}
		case 'organisations': {
			from = sql`organisation o`;
			sortKey = sql`o.name`;
			if (words) {
				where.push(sql`o.search @@ ${words.fq}`);
				rank = sql`ts_rank(o.search, ${words.fq})`;
			}
			if (on('theme'))
				where.push(sql`EXISTS (SELECT 1 FROM initiative i JOIN practice p ON p.id = i.practice_id
					WHERE i.organisation_id = o.id AND ${f.theme} = ANY (p.themes))`);
			if (on('quartier'))
				where.push(sql`EXISTS (SELECT 1 FROM organisation_quartier oq
					WHERE oq.organisation_id = o.id AND oq.quartier_id = ${f.quartier})`);
			break;
		}
		case 'initiatives': {
			from = sql`initiative i JOIN practice ip ON ip.id = i.practice_id`;
			sortKey = sql`i.title`;
			if (words) {
				const translated = sql`to_tsvector('simple', t.title || ' ' || t.summary)`;
				where.push(sql`(i.search @@ ${words.fq} OR EXISTS (
					SELECT 1 FROM initiative_translation t WHERE t.initiative_id = i.id AND ${translated} @@ ${words.sq}))`);
				rank = sql`greatest(ts_rank(i.search, ${words.fq}), coalesce((
					SELECT max(ts_rank(${translated}, ${words.sq})) FROM initiative_translation t WHERE t.initiative_id = i.id), 0))`;
			}
			if (on('theme')) where.push(sql`${f.theme} = ANY (ip.themes)`);
			if (on('public')) where.push(sql`${f.public} = ANY (ip.publics)`);
			if (on('quartier'))
				where.push(sql`EXISTS (SELECT 1 FROM initiative_quartier iq
					WHERE iq.initiative_id = i.id AND iq.quartier_id = ${f.quartier})`);
			break;
		}
	}
	const id = { practices: sql`p.id`, rooms: sql`r.id`, organisations: sql`o.id`, initiatives: sql`i.id` }[kind];
	const condition = where.length ? sql.join(where, sql` AND `) : sql`true`;
	return sql`(SELECT ${kind}::text AS kind, ${id} AS id, (${rank})::real AS rank, ${order}::int AS kind_order,
		${sortKey} AS sort_key FROM ${from} WHERE ${condition})`;
}

/** A title and a snippet as marked parts: highlighted by ts_headline when there are words. */
function marked(text: string, headline: string | null): SnippetPart[] {
	return headline === null ? [{ text, match: false }] : snippetParts(headline);
}
function snippetOf(text: string, headline: string | null): SnippetPart[] {
	return headline === null ? [{ text: excerpt(text), match: false }] : snippetParts(headline);
}

/**
 * ts_headline over text people wrote, with their own private-use characters removed first
 * (the markers must be ts_headline's alone). `config` is qv_french for French, simple otherwise.
 */
function headlineSql(config: 'qv_french' | 'simple', text: SQL, q: string, options: string): SQL {
	const query =
		config === 'qv_french' ? sql`websearch_to_tsquery('qv_french', ${q})` : sql`websearch_to_tsquery('simple', ${q})`;
	return sql`ts_headline(${sql.raw(`'${config}'`)}, translate(${text}, ${MARK_START + MARK_STOP}, ''), ${query}, ${options})`;
}

async function practiceHits(
	ctx: Pick<AppContext, 'db'>,
	ids: string[],
	q: string,
	headline: boolean,
	locale: Locale
): Promise<SearchHit[]> {
	if (ids.length === 0) return [];
	// The visitor's language where translated: its title and summary, highlighted with 'simple'.
	const title = sql`coalesce(t.title, p.title)`;
	const summary = sql`coalesce(nullif(t.summary, ''), p.summary)`;
	const lang = sql`CASE WHEN t.title IS NULL THEN 'fr' ELSE ${locale} END`;
	const rows = rowsOf<{
		id: string;
		slug: string;
		title: string;
		summary: string;
		lang: Locale;
		themes: string[];
		publics: string[];
		title_mark: string | null;
		summary_mark: string | null;
	}>(
		await ctx.db.execute(sql`
			SELECT p.id, p.slug, ${title} AS title, ${summary} AS summary, ${lang} AS lang, p.themes, p.publics,
				${
					headline
						? sql`CASE WHEN t.title IS NULL THEN ${headlineSql('qv_french', sql`p.title`, q, TITLE_OPTIONS)}
					ELSE ${headlineSql('simple', sql`t.title`, q, TITLE_OPTIONS)} END`
						: sql`NULL`
				} AS title_mark,
				${
					headline
						? sql`CASE WHEN t.title IS NULL THEN ${headlineSql('qv_french', sql`p.summary`, q, SNIPPET_OPTIONS)}
					ELSE ${headlineSql('simple', summary, q, SNIPPET_OPTIONS)} END`
						: sql`NULL`
				} AS summary_mark
			FROM practice p
			LEFT JOIN practice_translation t ON t.practice_id = p.id AND t.locale = ${locale} AND ${locale} <> 'fr'
			WHERE p.id IN (${sql.join(
				ids.map((id) => sql`${id}`),
				sql`, `
			)})`)
	);
	return rows.map((r) => ({
		kind: 'practices',
		id: r.id,
		href: `/practices/${encodeURIComponent(r.slug)}`,
		title: marked(withoutMarks(r.title), r.title_mark),
		snippet: snippetOf(withoutMarks(r.summary), r.summary_mark),
		lang: r.lang,
		themes: r.themes ?? [],
		publics: r.publics ?? []
	}));
}

async function roomHits(
	ctx: Pick<AppContext, 'db'>,
	ids: string[],
	q: string,
	headline: boolean
): Promise<SearchHit[]> {
	if (ids.length === 0) return [];
	const body = sql`r.description || ' ' || fa.address`;
	const rows = rowsOf<{
		id: string;
		name: string;
		facility: string;
		quartier: string | null;
		area_m2: number;
		capacity: number;
		kitchen_level: string;
		body: string;
		title_mark: string | null;
		body_mark: string | null;
	}>(
		await ctx.db.execute(sql`
			SELECT r.id, r.name, fa.name AS facility, qu.name AS quartier, r.area_m2, r.capacity, r.kitchen_level,
				trim(${body}) AS body,
				${headline ? headlineSql('qv_french', sql`r.name`, q, TITLE_OPTIONS) : sql`NULL`} AS title_mark,
				${headline ? headlineSql('qv_french', body, q, SNIPPET_OPTIONS) : sql`NULL`} AS body_mark
			FROM room r JOIN facility fa ON fa.id = r.facility_id LEFT JOIN quartier qu ON qu.id = fa.quartier_id
			WHERE r.id IN (${sql.join(
				ids.map((id) => sql`${id}`),
				sql`, `
			)})`)
	);
	return rows.map((r) => ({
		kind: 'rooms',
		id: r.id,
		href: `/rooms/${encodeURIComponent(r.id)}`,
		title: marked(withoutMarks(r.name), r.title_mark),
		snippet: snippetOf(withoutMarks(r.body), r.body_mark && r.body_mark.trim()),
		lang: 'fr',
		facility: r.facility,
		quartier: r.quartier,
		areaM2: Number(r.area_m2),
		capacity: Number(r.capacity),
		kitchenLevel: r.kitchen_level
	}));
}

async function organisationHits(
	ctx: Pick<AppContext, 'db'>,
	ids: string[],
	q: string,
	headline: boolean
): Promise<SearchHit[]> {
	if (ids.length === 0) return [];
	const rows = rowsOf<{
		id: string;
		name: string;
		type: string;
		description: string;
		title_mark: string | null;
		body_mark: string | null;
	}>(
		await ctx.db.execute(sql`
			SELECT o.id, o.name, o.type, o.description,
				${headline ? headlineSql('qv_french', sql`o.name`, q, TITLE_OPTIONS) : sql`NULL`} AS title_mark,
				${headline ? headlineSql('qv_french', sql`o.description`, q, SNIPPET_OPTIONS) : sql`NULL`} AS body_mark
			FROM organisation o
			WHERE o.id IN (${sql.join(
				ids.map((id) => sql`${id}`),
				sql`, `
			)})`)
	);
	return rows.map((r) => ({
		kind: 'organisations',
		id: r.id,
		href: `/organisations/${encodeURIComponent(r.id)}`,
		title: marked(withoutMarks(r.name), r.title_mark),
		snippet: snippetOf(withoutMarks(r.description), r.body_mark),
		lang: 'fr',
		type: r.type
	}));
}

async function initiativeHits(
	ctx: Pick<AppContext, 'db'>,
	ids: string[],
	q: string,
	headline: boolean,
	locale: Locale
): Promise<SearchHit[]> {
	if (ids.length === 0) return [];
	const title = sql`coalesce(t.title, i.title)`;
	const summary = sql`coalesce(nullif(t.summary, ''), i.summary)`;
	const rows = rowsOf<{
		id: string;
		title: string;
		summary: string;
		lang: Locale;
		status: string;
		organisation: string;
		title_mark: string | null;
		summary_mark: string | null;
	}>(
		await ctx.db.execute(sql`
			SELECT i.id, ${title} AS title, ${summary} AS summary,
				CASE WHEN t.title IS NULL THEN 'fr' ELSE ${locale} END AS lang, i.status, o.name AS organisation,
				${
					headline
						? sql`CASE WHEN t.title IS NULL THEN ${headlineSql('qv_french', sql`i.title`, q, TITLE_OPTIONS)}
					ELSE ${headlineSql('simple', sql`t.title`, q, TITLE_OPTIONS)} END`
						: sql`NULL`
				} AS title_mark,
				${
					headline
						? sql`CASE WHEN t.title IS NULL THEN ${headlineSql('qv_french', sql`i.summary`, q, SNIPPET_OPTIONS)}
					ELSE ${headlineSql('simple', summary, q, SNIPPET_OPTIONS)} END`
						: sql`NULL`
				} AS summary_mark
			FROM initiative i JOIN organisation o ON o.id = i.organisation_id
			LEFT JOIN initiative_translation t ON t.initiative_id = i.id AND t.locale = ${locale} AND ${locale} <> 'fr'
			WHERE i.id IN (${sql.join(
				ids.map((id) => sql`${id}`),
				sql`, `
			)})`)
	);
	return rows.map((r) => ({
		kind: 'initiatives',
		id: r.id,
		href: `/initiatives/${encodeURIComponent(r.id)}`,
		title: marked(withoutMarks(r.title), r.title_mark),
		snippet: snippetOf(withoutMarks(r.summary), r.summary_mark),
		lang: r.lang,
		status: r.status,
		organisation: r.organisation
	}));
}

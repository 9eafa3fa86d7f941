import { asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { rowsOf } from '../db/client.js';
import { commune, communeVoiceSettings, facility, quartier } from '../db/schema.js';
import { LISTED_STATUSES, type ListedStatus, type NeedKind } from '#lib/domain/need-vocabulary.js';
import type { Locale } from '#lib/domain/locale.js';
import {
	NEED_PAGE_SIZE,
	decodeCursor,
	encodeCursor,
	type NeedCursor,
	type NeedListFilters,
	type NeedListItem
} from '#lib/domain/need-list.js';

export interface NeedListPage {
	items: NeedListItem[];
	/** The `?after=` of the next page, null on the last one. */
	next: string | null;
}

const LISTED = sql.join(
	LISTED_STATUSES.map((s) => sql`${s}`),
	sql`, `
);

/**
 * One page of a commune's public needs, in one query that walks one index of `need`:
 * (commune_id, published_at DESC, id DESC) for the most recent first, (commune_id,
 * support_count DESC, id DESC) for the most supported, or (quartier_id, published_at DESC,
 * id DESC) when a quartier is chosen. The page starts strictly after the cursor, so pages never
 * overlap nor skip a need, whatever their depth. Counts come from the counters kept on the row:
 * a million supports are never counted here.
 */
export async function listNeeds(
	ctx: Pick<AppContext, 'db'>,
	input: { communeId: string; filters: NeedListFilters; after?: string | null; limit?: number }
): Promise<NeedListPage> {
	const f = input.filters;
	const limit = Math.min(Math.max(1, input.limit ?? NEED_PAGE_SIZE), 100);
	const cursor: NeedCursor | null = decodeCursor(input.after, f.sort);
	const where: SQL[] = [sql`n.commune_id = ${input.communeId}`];
	where.push(f.status ? sql`n.status = ${f.status}` : sql`n.status IN (${LISTED})`);
	if (f.quartierId) where.push(sql`n.quartier_id = ${f.quartierId}`);
	if (f.theme) where.push(sql`n.theme = ${f.theme}`);
	if (f.kind) where.push(sql`n.kind = ${f.kind}`);
	let order: SQL;
	if (f.sort === 'supported') {
		order = sql`support_count DESC NULLS LAST, id DESC NULLS LAST`;
		if (cursor?.sort === 'supported')
			where.push(sql`(n.support_count, n.id) < (${cursor.supportCount}::int, ${cursor.id})`);
	} else {
		order = sql`published_at DESC NULLS LAST, id DESC NULLS LAST`;
		// A listed need always has a publication date; saying so lets the index skip the nulls.
		where.push(sql`n.published_at IS NOT NULL`);
		if (cursor?.sort === 'recent')
			where.push(
				sql`(n.published_at, n.id) < (${timestampLiteral(cursor.publishedAtMicros)}::timestamptz, ${cursor.id})`
			);
	}
	// NULLS LAST as in the indexes (drizzle writes it so): another null order could not walk them.
	// The page is chosen on `need` alone (an index walk that stops after limit + 1 rows); only
	// those rows are then joined to their quartier and photo. Joined first, the planner would
	// read and sort every need of the commune to find twenty.
	const rows = rowsOf<{
		id: string;
		kind: NeedKind;
		theme: string;
		title: string;
		language: Locale;
		status: ListedStatus;
		support_count: number;
		comment_count: number;
		quartier_id: string;
		quartier_name: string;
		published_at: string | Date;
		published_us: string;
		has_photo: boolean;
	}>(
		await ctx.db.execute(sql`
			SELECT n.*, q.name AS quartier_name,
				(extract(epoch FROM n.published_at) * 1000000)::bigint::text AS published_us,
				EXISTS (SELECT 1 FROM need_photo p WHERE p.need_id = n.id) AS has_photo
			FROM (
				SELECT n.id, n.kind, n.theme, n.title, n.language, n.status, n.support_count, n.comment_count,
					n.quartier_id, n.published_at
				FROM need n
				WHERE ${sql.join(where, sql` AND `)}
				ORDER BY ${order}
				LIMIT ${limit + 1}
			) n JOIN quartier q ON q.id = n.quartier_id
			ORDER BY ${order}`)
	);
	const page = rows.slice(0, limit);
	const last = page.at(-1);
	const next =
		rows.length > limit && last
			? encodeCursor(
					f.sort === 'supported'
						? { sort: 'supported', supportCount: Number(last.support_count), id: last.id }
						: { sort: 'recent', publishedAtMicros: BigInt(last.published_us ?? '0'), id: last.id }
				)
			: null;
	return {
		items: page.map((r) => ({
			id: r.id,
			kind: r.kind,
			theme: r.theme,
			title: r.title,
			lang: r.language,
			status: r.status,
			supportCount: Number(r.support_count),
			commentCount: Number(r.comment_count),
			quartierId: r.quartier_id,
			quartierName: r.quartier_name,
			publishedAt: new Date(r.published_at),
			hasPhoto: r.has_photo === true || (r.has_photo as unknown) === 't'
		})),
		next
	};
}

/** Microseconds since the epoch as an ISO instant PostgreSQL reads exactly (a Date keeps milliseconds only). */
function timestampLiteral(micros: bigint): string {
	const ms = micros / 1000n;
	const rest = micros % 1000n;
	const iso = new Date(Number(ms)).toISOString();
	return `${iso.slice(0, -1)}${String(rest).padStart(3, '0')}Z`;
}

/**
 * The commune whose needs a page shows: the one named in the URL, else the chosen quartier's,
 * else the first commune that opened the residents' voice (or, failing that, the one with the
 * most facilities, as the home page). Null when there is none at all.
 */
export async function findNeedsCommune(
	ctx: Pick<AppContext, 'db'>,
	input: { inseeCode?: string | null; quartierId?: string | null }
) {
	const columns = { id: commune.id, name: commune.name, inseeCode: commune.inseeCode };
	if (input.inseeCode) {
		const [c] = await ctx.db.select(columns).from(commune).where(eq(commune.inseeCode, input.inseeCode)).limit(1);
		if (c) return c;
	}
	if (input.quartierId) {
		const [c] = await ctx.db
			.select(columns)
			.from(quartier)
			.innerJoin(commune, eq(commune.id, quartier.communeId))
			.where(eq(quartier.id, input.quartierId))
			.limit(1);
		if (c) return c;
	}
	const [c] = await ctx.db
		.select(columns)
		.from(commune)
		.orderBy(
			desc(sql`EXISTS (SELECT 1 FROM ${communeVoiceSettings} WHERE ${communeVoiceSettings.communeId} = ${commune.id})`),
			desc(sql`(SELECT count(*) FROM ${facility} WHERE ${facility.communeId} = ${commune.id})`),
			asc(commune.name)
		)
		.limit(1);
	return c ?? null;
}

/** The quartiers a commune's list can be filtered by. */
export async function needListQuartiers(ctx: Pick<AppContext, 'db'>, communeId: string) {
	return ctx.db
		.select({ id: quartier.id, name: quartier.name, qpvCode: quartier.qpvCode })
		.from(quartier)
		.where(eq(quartier.communeId, communeId))
		.orderBy(asc(quartier.name));
}

/** A quartier's five most supported public needs, for its page. */
export async function listQuartierNeeds(ctx: Pick<AppContext, 'db'>, quartierId: string) {
	const [q] = await ctx.db
		.select({ communeId: quartier.communeId })
		.from(quartier)
		.where(eq(quartier.id, quartierId))
		.limit(1);
	if (!q) return { items: [], next: null };
	return listNeeds(ctx, {
		communeId: q.communeId,
		filters: { commune: null, quartierId, theme: null, kind: null, status: null, sort: 'supported' },
		limit: 5
	});
}

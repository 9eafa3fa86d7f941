/** Pieces shared by the open data queries (API lists and downloads). */
import { sql, type SQL, type AnyColumn } from 'drizzle-orm';

/** A window of a list; absent for the downloads, which hold every row. */
export interface Window {
	offset: number;
	limit: number;
}

export interface Listed<T> {
	rows: T[];
	total: number;
}

export function windowOf(query: { page: number; per_page: number }): Window {
	return { offset: (query.page - 1) * query.per_page, limit: query.per_page };
}

/** Both drivers give Date objects for timestamptz; the API writes them in ISO 8601, UTC. */
export function iso(value: Date | string): string {
	return new Date(value).toISOString();
}

export function isoOrNull(value: Date | string | null): string | null {
	return value === null ? null : iso(value);
}

/**
 * French full-text match on a table's generated `search` column (drizzle/0003_french_search.sql):
 * websearch syntax, so "quoted phrases", OR and -word work and no input is a syntax error.
 */
export function searchMatches(table: string, q: string): SQL {
	return sql`${sql.identifier(table)}."search" @@ websearch_to_tsquery('qv_french', ${q})`;
}

export function searchRank(table: string, q: string): SQL<number> {
	return sql<number>`ts_rank(${sql.identifier(table)}."search", websearch_to_tsquery('qv_french', ${q}))`;
}

/** A quartier named by its id or by its QPV code. */
export function quartierIs(column: AnyColumn, value: string): SQL {
	return sql`${column} IN (SELECT "id" FROM "quartier" WHERE "id" = ${value} OR "qpv_code" = ${value})`;
}

/** Text from a jsonb value that may not be a string (data written by other parts of the app). */
export function textOrNull(value: unknown): string | null {
	return typeof value === 'string' && value !== '' ? value : null;
}

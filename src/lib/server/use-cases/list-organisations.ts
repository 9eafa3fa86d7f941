import { and, asc, eq, exists, ilike, inArray, sql, type SQL } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { commune, organisation, organisationQuartier, quartier } from '../db/schema.js';
import { pageInfo, pageRequest, type PageInfo } from '#lib/domain/pagination.js';
import type { DirectoryFilters } from '#lib/domain/organisations.js';

export interface DirectoryEntry {
	id: string;
	name: string;
	type: string;
	description: string;
	communeName: string | null;
	quartiers: string[];
}

export const DIRECTORY_PAGE_SIZE = 20;

/**
 * The public directory of organisations, filtered and paged, with what the filter form offers:
 * only the communes and quartiers some organisation is in, so that no choice leads to nothing.
 */
export async function listOrganisations(
	ctx: Pick<AppContext, 'db'>,
	filters: DirectoryFilters,
	rawPage: string | null
): Promise<{
	organisations: DirectoryEntry[];
	page: PageInfo;
	options: {
		communes: { id: string; name: string }[];
		quartiers: { id: string; name: string; communeName: string }[];
	};
}> {
	const conditions: SQL[] = [];
	if (filters.type) conditions.push(eq(organisation.type, filters.type));
	if (filters.communeId) conditions.push(eq(organisation.communeId, filters.communeId));
	if (filters.q) conditions.push(ilike(organisation.name, `%${escapeLike(filters.q)}%`));
	if (filters.quartierId)
		conditions.push(
			exists(
				ctx.db
					.select({ one: sql`1` })
					.from(organisationQuartier)
					.where(
						and(
							eq(organisationQuartier.organisationId, organisation.id),
							eq(organisationQuartier.quartierId, filters.quartierId)
						)
					)
			)
		);
	const where = conditions.length ? and(...conditions) : undefined;

	const [[counted], communes, quartiers] = await Promise.all([
		ctx.db
			.select({ n: sql<number>`count(*)::int` })
			.from(organisation)
			.where(where),
		ctx.db
			.selectDistinct({ id: commune.id, name: commune.name })
			.from(commune)
			.innerJoin(organisation, eq(organisation.communeId, commune.id))
			.orderBy(asc(commune.name)),
		ctx.db
			.selectDistinct({ id: quartier.id, name: quartier.name, communeName: commune.name })
			.from(quartier)
			.innerJoin(organisationQuartier, eq(organisationQuartier.quartierId, quartier.id))
			.innerJoin(commune, eq(commune.id, quartier.communeId))
			.orderBy(asc(commune.name), asc(quartier.name))
	]);
	const page = pageInfo(pageRequest(rawPage, DIRECTORY_PAGE_SIZE), counted?.n ?? 0);
	const rows = await ctx.db
		.select({
			id: organisation.id,
			name: organisation.name,
			type: organisation.type,
			description: organisation.description,
			communeName: commune.name
		})
		.from(organisation)
		.leftJoin(commune, eq(commune.id, organisation.communeId))
		.where(where)
		.orderBy(asc(organisation.name), asc(organisation.id))
		.limit(page.size)
		.offset((page.page - 1) * page.size);
	const served = rows.length
		? await ctx.db
				.select({ organisationId: organisationQuartier.organisationId, name: quartier.name })
				.from(organisationQuartier)
				.innerJoin(quartier, eq(quartier.id, organisationQuartier.quartierId))
				.where(
					inArray(
						organisationQuartier.organisationId,
						rows.map((r) => r.id)
					)
				)
				.orderBy(asc(quartier.name))
		: [];
	return {
		organisations: rows.map((r) => ({
			...r,
			quartiers: served.filter((s) => s.organisationId === r.id).map((s) => s.name)
		})),
		page,
		options: { communes, quartiers }
	};
}

/** A search is text, never a pattern: % and _ match themselves. */
function escapeLike(s: string): string {
	return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

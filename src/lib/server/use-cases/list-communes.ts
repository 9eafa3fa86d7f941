import { asc, ilike, or, sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { commune, quartierCommune } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { pageInfo, type PageRequest } from '#lib/domain/pagination.js';
import { containsPattern } from './list-quartiers.js';

/** Communes for the administrators, with how many quartiers each holds; filtered by name or INSEE code. */
export async function listCommunes(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	options: { search?: string; page: PageRequest }
) {
	assertAllowed(actor, 'territory.import');
	const search = options.search?.trim().slice(0, 100) ?? '';
	const where = search
		? or(
				sql`unaccent(${commune.name}) ILIKE unaccent(${containsPattern(search)})`,
				ilike(commune.inseeCode, `${search.replace(/[\\%_]/g, '')}%`)
			)
		: undefined;
	const [count] = await ctx.db
		.select({ n: sql<number>`count(*)::int` })
		.from(commune)
		.where(where);
	const info = pageInfo(options.page, count?.n ?? 0);
	const communes = await ctx.db
		.select({
			id: commune.id,
			inseeCode: commune.inseeCode,
			name: commune.name,
			departement: commune.departement,
			holidayZone: commune.holidayZone,
			timeZone: commune.timeZone,
			quartiers: sql<number>`(SELECT count(*)::int FROM ${quartierCommune} WHERE ${quartierCommune.communeId} = ${commune.id})`
		})
		.from(commune)
		.where(where)
		.orderBy(asc(commune.name), asc(commune.inseeCode))
		.limit(info.size)
		.offset((info.page - 1) * info.size);
	return { communes, info };
}

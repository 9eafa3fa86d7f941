import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { commune, quartier, quartierCommune } from '../db/schema.js';
import { pageInfo, type PageRequest } from '#lib/domain/pagination.js';

/** `%text%` for ILIKE, with the pattern characters a person may type taken literally. */
export function containsPattern(text: string): string {
	return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export interface QuartierListItem {
	id: string;
	name: string;
	qpvCode: string | null;
	/** The main commune first, then the others the quartier lies in. */
	communes: { name: string; inseeCode: string }[];
}

/**
 * The public list of quartiers, by commune then name. One search text matches a quartier's
 * name or QPV code, or the name or INSEE code of any of its communes, accents ignored
 * ("venissieux" finds Vénissieux).
 */
export async function listQuartiers(
	ctx: Pick<AppContext, 'db'>,
	options: { search?: string; page: PageRequest }
): Promise<{ quartiers: QuartierListItem[]; info: ReturnType<typeof pageInfo> }> {
	const search = options.search?.trim().slice(0, 100) ?? '';
	const pattern = containsPattern(search);
	const where = search
		? sql`(unaccent(${quartier.name}) ILIKE unaccent(${pattern}) OR ${quartier.qpvCode} ILIKE ${pattern}
			OR EXISTS (SELECT 1 FROM ${quartierCommune} JOIN ${commune} c ON c.id = ${quartierCommune.communeId}
				WHERE ${quartierCommune.quartierId} = ${quartier.id}
				AND (unaccent(c.name) ILIKE unaccent(${pattern}) OR c.insee_code ILIKE ${pattern})))`
		: undefined;
	const [count] = await ctx.db
		.select({ n: sql<number>`count(*)::int` })
		.from(quartier)
		.where(where);
	const info = pageInfo(options.page, count?.n ?? 0);
	const rows = await ctx.db
		.select({ id: quartier.id, name: quartier.name, qpvCode: quartier.qpvCode, communeId: quartier.communeId })
		.from(quartier)
		.innerJoin(commune, eq(commune.id, quartier.communeId))
		.where(where)
		.orderBy(asc(commune.name), asc(quartier.name), asc(quartier.id))
		.limit(info.size)
		.offset((info.page - 1) * info.size);
	const links = rows.length
		? await ctx.db
				.select({
					quartierId: quartierCommune.quartierId,
					communeId: commune.id,
					name: commune.name,
					inseeCode: commune.inseeCode
				})
				.from(quartierCommune)
				.innerJoin(commune, eq(commune.id, quartierCommune.communeId))
				.where(
					inArray(
						quartierCommune.quartierId,
						rows.map((r) => r.id)
					)
				)
				.orderBy(asc(commune.name))
		: [];
	const quartiers = rows.map((r) => {
		const own = links.filter((l) => l.quartierId === r.id);
		const main = own.filter((l) => l.communeId === r.communeId);
		const others = own.filter((l) => l.communeId !== r.communeId);
		return {
			id: r.id,
			name: r.name,
			qpvCode: r.qpvCode,
			communes: [...main, ...others].map((l) => ({ name: l.name, inseeCode: l.inseeCode }))
		};
	});
	return { quartiers, info };
}

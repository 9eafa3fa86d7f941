import { asc, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { commune, communeVoiceSettings, quartierCommune } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { pageInfo, type PageRequest } from '#lib/domain/pagination.js';
import { containsPattern } from './list-quartiers.js';

/**
 * The communes residents can post needs in (those with quartiers), and whether each lets people
 * post without an account: moderators decide it, since they read every such post first.
 */
export async function listVoiceSettings(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	options: { search?: string; page: PageRequest }
) {
	assertAllowed(actor, 'content.moderate');
	const search = options.search?.trim().slice(0, 100) ?? '';
	const hasQuartiers = sql`EXISTS (SELECT 1 FROM ${quartierCommune} WHERE ${quartierCommune.communeId} = ${commune.id})`;
	const where = search
		? sql`${hasQuartiers} AND unaccent(${commune.name}) ILIKE unaccent(${containsPattern(search)})`
		: hasQuartiers;
	const [count] = await ctx.db
		.select({ n: sql<number>`count(*)::int` })
		.from(commune)
		.where(where);
	const info = pageInfo(options.page, count?.n ?? 0);
	const communes = await ctx.db
		.select({
			id: commune.id,
			name: commune.name,
			inseeCode: commune.inseeCode,
			anonymousPostingAllowed: sql<boolean>`coalesce(${communeVoiceSettings.anonymousPostingAllowed}, false)`
		})
		.from(commune)
		.leftJoin(communeVoiceSettings, eq(communeVoiceSettings.communeId, commune.id))
		.where(where)
		.orderBy(asc(commune.name), asc(commune.inseeCode))
		.limit(info.size)
		.offset((info.page - 1) * info.size);
	return { communes, info };
}

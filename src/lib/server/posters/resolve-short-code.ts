import { and, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { consultation, need } from '../db/schema.js';
import { normaliseShortCode } from '#lib/domain/short-code.js';
import type { PosterKind } from '#lib/domain/poster.js';
import { PUBLIC_CONSULTATION_STATUSES, PUBLIC_NEED_STATUSES } from './public-content.js';

/**
 * The id behind a short code typed from a poster (/b/k7m2 qxz works as well as /b/K7M2QXZ),
 * or null when there is no such public need or consultation: the visitor then gets a 404,
 * whether the code is mistyped or the content is not (or no longer) public.
 */
export async function resolveShortCode(
	ctx: Pick<AppContext, 'db'>,
	input: { kind: PosterKind; typed: string }
): Promise<string | null> {
	const code = normaliseShortCode(input.typed);
	if (!code) return null;
	const table = input.kind === 'need' ? need : consultation;
	const statuses = input.kind === 'need' ? PUBLIC_NEED_STATUSES : PUBLIC_CONSULTATION_STATUSES;
	const [row] = await ctx.db
		.select({ id: table.id })
		.from(table)
		.where(and(eq(table.shortCode, code), inArray(table.status, [...statuses])));
	return row?.id ?? null;
}

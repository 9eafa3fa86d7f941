import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { rotaNeed } from '../db/schema.js';
import type { Actor } from '#lib/domain/authorisation.js';

/** The organiser removes one of her organisation's staffing needs. */
export async function removeRotaNeed(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	organisationId: string,
	needId: string
): Promise<{ ok: boolean }> {
	assertAllowed(actor, 'organisation.manage', { organisationId });
	const removed = await ctx.db
		.delete(rotaNeed)
		.where(and(eq(rotaNeed.id, needId), eq(rotaNeed.organisationId, organisationId)))
		.returning({ id: rotaNeed.id });
	return { ok: removed.length > 0 };
}

import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { demographicProfile } from '../db/schema.js';
import type { Actor } from '#lib/domain/authorisation.js';

/**
 * Withdraws the consent: the profile's block is deleted, not emptied, so nothing of it is kept.
 * Blocks already given with past responses are not touched: they carry no account, nothing
 * links them to her, which is also why they cannot be found to be deleted.
 */
export async function withdrawDemographicProfile(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null
): Promise<{ ok: true }> {
	assertAllowed(actor, 'account.manage_own');
	await ctx.db.delete(demographicProfile).where(eq(demographicProfile.userId, actor.userId));
	return { ok: true };
}

import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { demographicProfile } from '../db/schema.js';
import type { Actor } from '#lib/domain/authorisation.js';
import type { DemographicBlock } from '#lib/domain/demographic-choices.js';

export type DemographicProfile = DemographicBlock & { consentedAt: Date };

/**
 * The signed-in person's own demographic block, or null when she has not given one. There is
 * no way to ask for someone else's: the account is always the actor's own.
 */
export async function getDemographicProfile(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null
): Promise<DemographicProfile | null> {
	assertAllowed(actor, 'account.manage_own');
	return readDemographicProfile(ctx.db, actor.userId);
}

/** The block of one account; for its owner only (this use case, and "download my data"). */
export async function readDemographicProfile(db: AppContext['db'], userId: string): Promise<DemographicProfile | null> {
	const [row] = await db
		.select({
			consentedAt: demographicProfile.consentedAt,
			gender: demographicProfile.gender,
			ageBand: demographicProfile.ageBand,
			singleParent: demographicProfile.singleParent,
			employment: demographicProfile.employment,
			childrenUnder3: demographicProfile.childrenUnder3,
			childrenUnder12: demographicProfile.childrenUnder12
		})
		.from(demographicProfile)
		.where(eq(demographicProfile.userId, userId));
	// The database's checks only allow the vocabulary's values (migration 0006).
	return (row as DemographicProfile | undefined) ?? null;
}

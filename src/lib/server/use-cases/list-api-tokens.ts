import { desc, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { apiToken, organisation, user } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import type { Actor } from '#lib/domain/authorisation.js';

/** An organisation's tokens, newest first, for its admins: never the tokens themselves. */
export async function listApiTokens(ctx: Pick<AppContext, 'db'>, actor: Actor | null, organisationId: string) {
	assertAllowed(actor, 'organisation.manage', { organisationId });
	const [org] = await ctx.db
		.select({ id: organisation.id, name: organisation.name })
		.from(organisation)
		.where(eq(organisation.id, organisationId));
	if (!org) return null;
	const tokens = await ctx.db
		.select({
			id: apiToken.id,
			name: apiToken.name,
			prefix: apiToken.prefix,
			createdAt: apiToken.createdAt,
			lastUsedAt: apiToken.lastUsedAt,
			revokedAt: apiToken.revokedAt,
			createdBy: user.name
		})
		.from(apiToken)
		.leftJoin(user, eq(user.id, apiToken.createdBy))
		.where(eq(apiToken.organisationId, organisationId))
		.orderBy(desc(apiToken.createdAt));
	return { organisation: org, tokens };
}

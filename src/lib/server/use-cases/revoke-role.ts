import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { roleGrant } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import type { Actor } from '#lib/domain/authorisation.js';
import type { Failure } from '#lib/domain/result.js';

export type RevokeRoleResult = { ok: true } | Failure<'NOT_FOUND' | 'ROLE.SELF_ADMIN' | 'RATE.LIMITED'>;

/**
 * An administrator removes a role. Never their own administrator role: a slip must not lock
 * them out, and since only administrators revoke, the platform always keeps one.
 */
export async function revokeRole(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	grantId: string
): Promise<RevokeRoleResult> {
	assertAllowed(actor, 'roles.manage');
	const limit = await ctx.rateLimiter.hit('postUser', actor.userId);
	if (limit.limited) return { ok: false, error: 'RATE.LIMITED', retryAfterSeconds: limit.retryAfterSeconds };
	return ctx.db.transaction(async (tx) => {
		const [grant] = await tx.select().from(roleGrant).where(eq(roleGrant.id, grantId)).for('update');
		if (!grant) return { ok: false, error: 'NOT_FOUND' } as const;
		if (grant.role === 'administrator' && grant.userId === actor.userId)
			return { ok: false, error: 'ROLE.SELF_ADMIN' } as const;
		await tx.delete(roleGrant).where(eq(roleGrant.id, grantId));
		return { ok: true } as const;
	});
}

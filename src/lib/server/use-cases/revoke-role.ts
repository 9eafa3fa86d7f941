import { and, eq, ne } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { roleGrant } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import type { Actor } from '#lib/domain/authorisation.js';
import type { Failure } from '#lib/domain/result.js';

export type RevokeRoleResult = { ok: true } | Failure<'NOT_FOUND' | 'ROLE.LAST_ADMIN' | 'RATE.LIMITED'>;

/** An administrator removes a role. The last administrator's role cannot be removed. */
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
		if (grant.role === 'administrator') {
			const others = await tx
				.select({ id: roleGrant.id })
				.from(roleGrant)
				.where(and(eq(roleGrant.role, 'administrator'), ne(roleGrant.userId, grant.userId)))
				.for('update');
			if (others.length === 0) return { ok: false, error: 'ROLE.LAST_ADMIN' } as const;
		}
		await tx.delete(roleGrant).where(eq(roleGrant.id, grantId));
		return { ok: true } as const;
	});
}

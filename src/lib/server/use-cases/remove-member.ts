import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { lockMemberships, setMembership } from '../organisation-members.js';
import type { Actor } from '#lib/domain/authorisation.js';
import type { FieldErrors } from '#lib/domain/account-forms.js';
import { keepsAnAdmin } from '#lib/domain/organisations.js';
import { rateLimited } from './rate-limited.js';

export type RemoveMemberResult =
	{ ok: true; stillManages: boolean } | { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

/** An organisation's admin removes someone from it (herself included), never its last admin. */
export async function removeMember(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	organisationId: string,
	userId: string
): Promise<RemoveMemberResult> {
	assertAllowed(actor, 'organisation.manage', { organisationId });
	const limited = await rateLimited(ctx.rateLimiter, [['postUser', actor.userId]]);
	if (limited) return limited;
	return ctx.db.transaction(async (tx) => {
		const members = await lockMemberships(tx, organisationId);
		if (!members || !members.some((m) => m.userId === userId))
			return { ok: false, fieldErrors: { form: 'NOT_FOUND' } } as const;
		if (!keepsAnAdmin(members, { userId, role: null }))
			return { ok: false, fieldErrors: { form: 'ORGANISATION.LAST_ADMIN' } } as const;
		await setMembership(tx, { organisationId, userId, role: null, grantedBy: actor.userId });
		return { ok: true, stillManages: userId !== actor.userId } as const;
	});
}

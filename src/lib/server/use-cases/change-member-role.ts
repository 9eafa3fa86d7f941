import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { lockMemberships, setMembership } from '../organisation-members.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { parseForm, type FieldErrors } from '#lib/domain/account-forms.js';
import { keepsAnAdmin, memberRoleForm } from '#lib/domain/organisations.js';
import { rateLimited } from './rate-limited.js';

export type ChangeMemberRoleResult =
	{ ok: true; stillManages: boolean } | { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

/** An organisation's admin makes a member an admin, or an admin a member — never the last admin. */
export async function changeMemberRole(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	organisationId: string,
	values: Record<string, unknown>
): Promise<ChangeMemberRoleResult> {
	assertAllowed(actor, 'organisation.manage', { organisationId });
	const form = parseForm(memberRoleForm, values);
	if (!form.ok) return form;
	const limited = await rateLimited(ctx.rateLimiter, [['postUser', actor.userId]]);
	if (limited) return limited;
	const { userId, role } = form.data;
	return ctx.db.transaction(async (tx) => {
		const members = await lockMemberships(tx, organisationId);
		if (!members || !members.some((m) => m.userId === userId))
			return { ok: false, fieldErrors: { form: 'NOT_FOUND' } } as const;
		if (!keepsAnAdmin(members, { userId, role }))
			return { ok: false, fieldErrors: { form: 'ORGANISATION.LAST_ADMIN' } } as const;
		await setMembership(tx, { organisationId, userId, role, grantedBy: actor.userId });
		return { ok: true, stillManages: userId !== actor.userId || role === 'organisation_admin' } as const;
	});
}

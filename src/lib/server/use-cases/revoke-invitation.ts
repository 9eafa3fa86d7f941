import { and, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { organisationInvitation } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import type { Actor } from '#lib/domain/authorisation.js';
import type { FieldErrors } from '#lib/domain/account-forms.js';

export type RevokeInvitationResult = { ok: true } | { ok: false; fieldErrors: FieldErrors };

/** An organisation's admin withdraws an invitation not yet accepted: its link stops working. */
export async function revokeInvitation(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	organisationId: string,
	invitationId: string
): Promise<RevokeInvitationResult> {
	assertAllowed(actor, 'organisation.manage', { organisationId });
	const revoked = await ctx.db
		.update(organisationInvitation)
		.set({ revokedAt: new Date() })
		.where(
			and(
				eq(organisationInvitation.id, invitationId),
				eq(organisationInvitation.organisationId, organisationId),
				isNull(organisationInvitation.acceptedAt),
				isNull(organisationInvitation.revokedAt)
			)
		)
		.returning({ id: organisationInvitation.id });
	return revoked.length ? { ok: true } : { ok: false, fieldErrors: { form: 'NOT_FOUND' } };
}

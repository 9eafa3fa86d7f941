import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { organisationInvitation, user } from '../db/schema.js';
import { AccessDenied } from '../authorisation.js';
import { hashSecret } from '../api-tokens.js';
import { lockMemberships, setMembership } from '../organisation-members.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { invitationStatus, sameEmail, type OrganisationRole } from '#lib/domain/organisations.js';
import type { Failure } from '#lib/domain/result.js';

export type AcceptInvitationError =
	| 'ORGANISATION.INVITATION_INVALID'
	| 'ORGANISATION.INVITATION_EXPIRED'
	| 'ORGANISATION.INVITATION_REVOKED'
	| 'ORGANISATION.INVITATION_USED'
	| 'ORGANISATION.INVITATION_OTHER_ACCOUNT';

export type AcceptInvitationResult = { ok: true; organisationId: string } | Failure<AcceptInvitationError>;

/**
 * The invited person, signed in with the invited address, joins the organisation: the role is
 * granted and the invitation used up in one transaction, so a link works exactly once.
 * An admin already there is never demoted by accepting a member invitation.
 */
export async function acceptInvitation(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	token: string,
	now = new Date()
): Promise<AcceptInvitationResult> {
	if (!actor) throw new AccessDenied('AUTH.SIGN_IN_REQUIRED');
	const [me] = await ctx.db.select({ email: user.email }).from(user).where(eq(user.id, actor.userId));
	if (!me) throw new AccessDenied('AUTH.SIGN_IN_REQUIRED');
	return ctx.db.transaction(async (tx) => {
		const [invitation] = await tx
			.select()
			.from(organisationInvitation)
			.where(eq(organisationInvitation.tokenHash, hashSecret(token)))
			.for('update');
		if (!invitation) return { ok: false, error: 'ORGANISATION.INVITATION_INVALID' } as const;
		const status = invitationStatus(invitation, now);
		if (status === 'accepted') return { ok: false, error: 'ORGANISATION.INVITATION_USED' } as const;
		if (status === 'revoked') return { ok: false, error: 'ORGANISATION.INVITATION_REVOKED' } as const;
		if (status === 'expired') return { ok: false, error: 'ORGANISATION.INVITATION_EXPIRED' } as const;
		if (!sameEmail(me.email, invitation.email))
			return { ok: false, error: 'ORGANISATION.INVITATION_OTHER_ACCOUNT' } as const;

		const members = (await lockMemberships(tx, invitation.organisationId)) ?? [];
		const current = members.find((m) => m.userId === actor.userId)?.role;
		const role: OrganisationRole = current === 'organisation_admin' ? current : (invitation.role as OrganisationRole);
		await setMembership(tx, {
			organisationId: invitation.organisationId,
			userId: actor.userId,
			role,
			grantedBy: invitation.invitedBy ?? actor.userId
		});
		await tx
			.update(organisationInvitation)
			.set({ acceptedAt: now, acceptedBy: actor.userId })
			.where(eq(organisationInvitation.id, invitation.id));
		return { ok: true, organisationId: invitation.organisationId } as const;
	});
}

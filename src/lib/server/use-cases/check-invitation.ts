import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { organisation, organisationInvitation, user } from '../db/schema.js';
import { hashSecret } from '../api-tokens.js';
import { invitationStatus, sameEmail, type InvitationStatus } from '#lib/domain/organisations.js';

export type InvitationView =
	| { status: 'invalid' }
	| {
			status: InvitationStatus;
			organisation: { id: string; name: string };
			email: string;
			role: string;
			expiresAt: Date;
			/** Whether the signed-in account is the one invited; null when nobody is signed in. */
			forThisAccount: boolean | null;
	  };

/** What an invitation link leads to, before anything is accepted: the page says it plainly. */
export async function checkInvitation(
	ctx: Pick<AppContext, 'db'>,
	token: string,
	userId: string | null,
	now = new Date()
): Promise<InvitationView> {
	if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { status: 'invalid' };
	const [found] = await ctx.db
		.select({
			email: organisationInvitation.email,
			role: organisationInvitation.role,
			expiresAt: organisationInvitation.expiresAt,
			acceptedAt: organisationInvitation.acceptedAt,
			revokedAt: organisationInvitation.revokedAt,
			organisationId: organisation.id,
			organisationName: organisation.name
		})
		.from(organisationInvitation)
		.innerJoin(organisation, eq(organisation.id, organisationInvitation.organisationId))
		.where(eq(organisationInvitation.tokenHash, hashSecret(token)));
	if (!found) return { status: 'invalid' };
	let forThisAccount: boolean | null = null;
	if (userId) {
		const [me] = await ctx.db.select({ email: user.email }).from(user).where(eq(user.id, userId));
		forThisAccount = me ? sameEmail(me.email, found.email) : null;
	}
	return {
		status: invitationStatus(found, now),
		organisation: { id: found.organisationId, name: found.organisationName },
		email: found.email,
		role: found.role,
		expiresAt: found.expiresAt,
		forThisAccount
	};
}

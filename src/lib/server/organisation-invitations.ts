/**
 * Invitations to join an organisation, shared by "invite a member" and "list a new organisation"
 * (which invites its first admin). The link carries a random token; only its SHA-256 is stored.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { AppContext } from './context.js';
import type { Database } from './db/client.js';
import { organisationInvitation, user } from './db/schema.js';
import { hashSecret } from './api-tokens.js';
import { organisationInvitationMail } from './mail-templates.js';
import { INVITATION_DAYS, invitationExpiry, type OrganisationRole } from '#lib/domain/organisations.js';
import { isLocale, type Locale } from '#lib/domain/locale.js';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

export interface NewInvitation {
	id: string;
	token: string;
	organisationId: string;
	email: string;
	role: OrganisationRole;
}

/**
 * Stores an invitation, within the caller's transaction. An earlier pending invitation to the
 * same address is revoked: only the newest link works, so a resent invitation replaces the old one.
 */
export async function insertInvitation(
	tx: Tx | Database,
	params: { organisationId: string; email: string; role: OrganisationRole; invitedBy: string; now?: Date }
): Promise<NewInvitation> {
	const now = params.now ?? new Date();
	await tx
		.update(organisationInvitation)
		.set({ revokedAt: now })
		.where(
			and(
				eq(organisationInvitation.organisationId, params.organisationId),
				eq(organisationInvitation.email, params.email),
				isNull(organisationInvitation.acceptedAt),
				isNull(organisationInvitation.revokedAt)
			)
		);
	const token = randomBytes(32).toString('base64url');
	const id = randomUUID();
	await tx.insert(organisationInvitation).values({
		id,
		organisationId: params.organisationId,
		email: params.email,
		role: params.role,
		tokenHash: hashSecret(token),
		invitedBy: params.invitedBy,
		expiresAt: invitationExpiry(now)
	});
	return { id, token, organisationId: params.organisationId, email: params.email, role: params.role };
}

/**
 * Mails the link, after the invitation is committed (PGlite has one connection: the outbox must
 * not write while a transaction holds it). If the mail cannot go, the invitation is revoked so
 * that the list never shows one nobody received; the caller says "try again".
 */
export async function mailInvitation(
	ctx: Pick<AppContext, 'db' | 'mailer' | 'config'>,
	invitation: NewInvitation,
	params: { organisationName: string; inviterId: string; fallbackLocale: Locale }
): Promise<boolean> {
	const [inviter] = await ctx.db.select({ name: user.name }).from(user).where(eq(user.id, params.inviterId));
	// The mail is read by the invitee: in her account's language when she has one.
	const [recipient] = await ctx.db
		.select({ locale: user.locale })
		.from(user)
		.where(sql`lower(${user.email}) = ${invitation.email}`);
	const locale = isLocale(recipient?.locale) ? recipient.locale : params.fallbackLocale;
	const link = `${ctx.config.origin}/invitations/${invitation.token}`;
	try {
		await ctx.mailer.send({
			to: invitation.email,
			...organisationInvitationMail(locale, {
				organisation: params.organisationName,
				inviter: inviter?.name ?? '',
				role: invitation.role,
				link,
				email: invitation.email,
				days: INVITATION_DAYS
			})
		});
		return true;
	} catch (error) {
		console.error('[mail] invitation could not be sent', error);
		await ctx.db
			.update(organisationInvitation)
			.set({ revokedAt: new Date() })
			.where(eq(organisationInvitation.id, invitation.id));
		return false;
	}
}

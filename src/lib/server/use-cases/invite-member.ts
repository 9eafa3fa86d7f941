import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { organisation, roleGrant, user } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import { insertInvitation, mailInvitation } from '../organisation-invitations.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { parseForm, type FieldErrors } from '#lib/domain/account-forms.js';
import { invitationForm, ORGANISATION_ROLES } from '#lib/domain/organisations.js';
import type { Locale } from '#lib/domain/locale.js';
import { rateLimited } from './rate-limited.js';

export type InviteMemberResult =
	{ ok: true; email: string } | { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

/**
 * An organisation's admin invites someone by e-mail, as member or admin. Limited per person and
 * per organisation: each invitation mails an address someone typed, which must not become a way
 * to send mail to strangers.
 */
export async function inviteMember(
	ctx: Pick<AppContext, 'db' | 'rateLimiter' | 'mailer' | 'config'>,
	actor: Actor | null,
	organisationId: string,
	values: Record<string, unknown>,
	locale: Locale
): Promise<InviteMemberResult> {
	assertAllowed(actor, 'organisation.manage', { organisationId });
	const form = parseForm(invitationForm, values);
	if (!form.ok) return form;
	const limited = await rateLimited(ctx.rateLimiter, [
		['postUser', actor.userId],
		['organisationInvitation', organisationId]
	]);
	if (limited) return limited;

	const [org] = await ctx.db
		.select({ id: organisation.id, name: organisation.name })
		.from(organisation)
		.where(eq(organisation.id, organisationId));
	if (!org) return { ok: false, fieldErrors: { form: 'NOT_FOUND' } };
	const [already] = await ctx.db
		.select({ id: roleGrant.id })
		.from(roleGrant)
		.innerJoin(user, eq(user.id, roleGrant.userId))
		.where(
			and(
				sql`lower(${user.email}) = ${form.data.email}`,
				eq(roleGrant.scopeType, 'organisation'),
				eq(roleGrant.scopeId, organisationId),
				inArray(roleGrant.role, [...ORGANISATION_ROLES])
			)
		);
	if (already) return { ok: false, fieldErrors: { email: 'ORGANISATION.ALREADY_MEMBER' } };

	const invitation = await ctx.db.transaction((tx) =>
		insertInvitation(tx, { organisationId, email: form.data.email, role: form.data.role, invitedBy: actor.userId })
	);
	const mailed = await mailInvitation(ctx, invitation, {
		organisationName: org.name,
		inviterId: actor.userId,
		fallbackLocale: locale
	});
	if (!mailed) return { ok: false, fieldErrors: { form: 'ORGANISATION.MAIL_FAILED' } };
	return { ok: true, email: form.data.email };
}

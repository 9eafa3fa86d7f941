import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { commune, organisation } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import { insertInvitation, mailInvitation } from '../organisation-invitations.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { parseForm, type FieldErrors } from '#lib/domain/account-forms.js';
import { newOrganisationForm } from '#lib/domain/organisations.js';
import type { Locale } from '#lib/domain/locale.js';
import { rateLimited } from './rate-limited.js';

export type CreateOrganisationResult =
	| { ok: true; organisationId: string; invitationMailed: boolean }
	| { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

/**
 * A moderator or administrator lists an organisation and invites its first admin by e-mail.
 * The organisation and the invitation are stored together; the mail goes once they are.
 */
export async function createOrganisation(
	ctx: Pick<AppContext, 'db' | 'rateLimiter' | 'mailer' | 'config'>,
	actor: Actor | null,
	values: Record<string, unknown>,
	locale: Locale
): Promise<CreateOrganisationResult> {
	assertAllowed(actor, 'organisation.create');
	const form = parseForm(newOrganisationForm, values);
	if (!form.ok) return form;
	const limited = await rateLimited(ctx.rateLimiter, [['postUser', actor.userId]]);
	if (limited) return limited;
	const [place] = await ctx.db.select({ id: commune.id }).from(commune).where(eq(commune.id, form.data.communeId));
	if (!place) return { ok: false, fieldErrors: { communeId: 'ORGANISATION.COMMUNE_INVALID' } };

	const organisationId = randomUUID();
	const invitation = await ctx.db.transaction(async (tx) => {
		await tx.insert(organisation).values({
			id: organisationId,
			name: form.data.name,
			type: form.data.type,
			description: form.data.description,
			communeId: place.id
		});
		return insertInvitation(tx, {
			organisationId,
			email: form.data.adminEmail,
			role: 'organisation_admin',
			invitedBy: actor.userId
		});
	});
	const invitationMailed = await mailInvitation(ctx, invitation, {
		organisationName: form.data.name,
		inviterId: actor.userId,
		fallbackLocale: locale
	});
	return { ok: true, organisationId, invitationMailed };
}

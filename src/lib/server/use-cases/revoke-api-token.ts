import { and, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { apiToken } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import type { Actor } from '#lib/domain/authorisation.js';
import type { FieldErrors } from '#lib/domain/account-forms.js';

export type RevokeApiTokenResult = { ok: true } | { ok: false; fieldErrors: FieldErrors };

/** An organisation's admin revokes a token: the very next API call made with it is refused. */
export async function revokeApiToken(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	organisationId: string,
	tokenId: string
): Promise<RevokeApiTokenResult> {
	assertAllowed(actor, 'organisation.manage', { organisationId });
	const revoked = await ctx.db
		.update(apiToken)
		.set({ revokedAt: new Date() })
		.where(and(eq(apiToken.id, tokenId), eq(apiToken.organisationId, organisationId), isNull(apiToken.revokedAt)))
		.returning({ id: apiToken.id });
	return revoked.length ? { ok: true } : { ok: false, fieldErrors: { form: 'NOT_FOUND' } };
}

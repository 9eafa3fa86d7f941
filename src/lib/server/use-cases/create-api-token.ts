import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { apiToken, organisation } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import { generateApiToken, hashSecret } from '../api-tokens.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { parseForm, type FieldErrors } from '#lib/domain/account-forms.js';
import { apiTokenForm, apiTokenPrefix } from '#lib/domain/organisations.js';
import { rateLimited } from './rate-limited.js';

export type CreateApiTokenResult =
	{ ok: true; name: string; token: string } | { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

/**
 * An organisation's admin creates a named token for a program. The token is returned once, to be
 * shown once; only its hash and first characters are kept.
 */
export async function createApiToken(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	organisationId: string,
	values: Record<string, unknown>
): Promise<CreateApiTokenResult> {
	assertAllowed(actor, 'organisation.manage', { organisationId });
	const form = parseForm(apiTokenForm, values);
	if (!form.ok) return form;
	const limited = await rateLimited(ctx.rateLimiter, [['postUser', actor.userId]]);
	if (limited) return limited;
	const [org] = await ctx.db
		.select({ id: organisation.id })
		.from(organisation)
		.where(eq(organisation.id, organisationId));
	if (!org) return { ok: false, fieldErrors: { form: 'NOT_FOUND' } };
	const token = generateApiToken();
	await ctx.db.insert(apiToken).values({
		id: randomUUID(),
		organisationId,
		name: form.data.name,
		tokenHash: hashSecret(token),
		prefix: apiTokenPrefix(token),
		createdBy: actor.userId
	});
	return { ok: true, name: form.data.name, token };
}

import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { initiative } from '../db/schema.js';
import { AccessDenied, assertAllowed } from '../authorisation.js';
import type { ApiCaller } from '../api-tokens.js';
import { getInitiative } from '../open-data/initiatives.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { initiativeStatusInput, invalidParams, type InitiativeRecord } from '#lib/domain/open-data-api.js';

/** Who writes through the API: a signed-in person, or a program holding an organisation's token. */
export type ApiWriter = { actor: Actor } | { token: ApiCaller };

export type UpdateInitiativeStatusResult =
	| { ok: true; initiative: InitiativeRecord }
	| { ok: false; code: 'NOT_FOUND' }
	| { ok: false; code: 'INVALID'; invalidParams: { name: string; reason: string }[] }
	| { ok: false; code: 'RATE_LIMITED'; retryAfterSeconds: number };

/**
 * A member of the organisation that runs an initiative says where it stands (preparing, running,
 * paused…). With a token, the token's organisation must be the initiative's.
 */
export async function updateInitiativeStatus(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	writer: ApiWriter | null,
	id: string,
	body: unknown
): Promise<UpdateInitiativeStatusResult> {
	if (!writer) throw new AccessDenied('AUTH.SIGN_IN_REQUIRED');
	const [target] = await ctx.db
		.select({ organisationId: initiative.organisationId })
		.from(initiative)
		.where(eq(initiative.id, id));
	if (!target) return { ok: false, code: 'NOT_FOUND' };
	if ('actor' in writer) assertAllowed(writer.actor, 'organisation.act', { organisationId: target.organisationId });
	else if (writer.token.organisationId !== target.organisationId) throw new AccessDenied('AUTH.FORBIDDEN');

	const input = initiativeStatusInput.safeParse(body);
	if (!input.success) return { ok: false, code: 'INVALID', invalidParams: invalidParams(input.error) };
	const subject = 'actor' in writer ? writer.actor.userId : `token:${writer.token.tokenId}`;
	const limit = await ctx.rateLimiter.hit('postUser', subject);
	if (limit.limited) return { ok: false, code: 'RATE_LIMITED', retryAfterSeconds: limit.retryAfterSeconds };

	await ctx.db.transaction(async (tx) => {
		await tx.update(initiative).set({ status: input.data.status, updatedAt: new Date() }).where(eq(initiative.id, id));
	});
	const updated = await getInitiative(ctx.db, id, { includeNonPublic: true });
	if (!updated) return { ok: false, code: 'NOT_FOUND' };
	return { ok: true, initiative: updated };
}

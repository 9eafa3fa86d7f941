import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { checkReferences, writeInitiative } from '../initiatives/write.js';
import { rateLimited } from './rate-limited.js';
import { initiativeForm } from '#lib/domain/initiative-form.js';
import { parseForm, type FieldErrors } from '#lib/domain/account-forms.js';
import type { Actor } from '#lib/domain/authorisation.js';

export type SaveInitiativeResult =
	{ ok: true; id: string } | { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

/** A member of an organisation publishes an initiative it runs (or prepares) in one or more quartiers. */
export async function createInitiative(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	values: Record<string, unknown>
): Promise<SaveInitiativeResult> {
	const organisationId = typeof values.organisationId === 'string' ? values.organisationId : '';
	assertAllowed(actor, 'organisation.act', { organisationId });
	const form = parseForm(initiativeForm, values);
	if (!form.ok) return form;
	const limited = await rateLimited(ctx.rateLimiter, [['postUser', actor.userId]]);
	if (limited) return limited;
	const problems = await checkReferences(ctx.db, form.data);
	if (problems) return { ok: false, fieldErrors: problems };

	const id = randomUUID();
	await ctx.db.transaction((tx) => writeInitiative(tx, id, form.data, actor.userId, true));
	return { ok: true, id };
}

import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { initiative } from '../db/schema.js';
import { checkReferences, writeInitiative } from '../initiatives/write.js';
import { rateLimited } from './rate-limited.js';
import type { SaveInitiativeResult } from './create-initiative.js';
import { initiativeForm } from '#lib/domain/initiative-form.js';
import { parseForm } from '#lib/domain/account-forms.js';
import type { Actor } from '#lib/domain/authorisation.js';

/**
 * A member of the organisation that runs an initiative updates it (status, schedule, places…).
 * The organisation itself does not change: it is taken from the stored initiative, whatever the form says.
 */
export async function updateInitiative(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	initiativeId: string,
	values: Record<string, unknown>
): Promise<SaveInitiativeResult | null> {
	const [existing] = await ctx.db
		.select({ organisationId: initiative.organisationId })
		.from(initiative)
		.where(eq(initiative.id, initiativeId));
	if (!existing) return null;
	assertAllowed(actor, 'organisation.act', { organisationId: existing.organisationId });
	const form = parseForm(initiativeForm, { ...values, organisationId: existing.organisationId });
	if (!form.ok) return form;
	const limited = await rateLimited(ctx.rateLimiter, [['postUser', actor.userId]]);
	if (limited) return limited;
	const problems = await checkReferences(ctx.db, form.data);
	if (problems) return { ok: false, fieldErrors: problems };

	await ctx.db.transaction((tx) => writeInitiative(tx, initiativeId, form.data, actor.userId, false));
	return { ok: true, id: initiativeId };
}

import type { AppContext } from '../context.js';
import { AccessDenied, assertAllowed } from '../authorisation.js';
import { findOrganisation, saveConstraints, teamOf } from '../rota/store.js';
import { parseConstraintsForm } from '#lib/domain/rota/forms.js';
import type { Actor } from '#lib/domain/authorisation.js';
import type { FieldErrors } from '#lib/domain/account-forms.js';

/** A team member states her own constraints (nobody else can state them for her), in one transaction. */
export async function saveMyRotaConstraints(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	organisationId: string,
	values: Record<string, string | string[]>
): Promise<{ ok: true } | { ok: false; fieldErrors: FieldErrors } | null> {
	if (!(await findOrganisation(ctx.db, organisationId))) return null;
	assertAllowed(actor, 'organisation.act', { organisationId });
	if (!(await teamOf(ctx.db, organisationId)).some((t) => t.userId === actor.userId))
		throw new AccessDenied('AUTH.FORBIDDEN');
	const parsed = parseConstraintsForm(values);
	if (!parsed.ok) return parsed;
	await ctx.db.transaction((tx) => saveConstraints(tx, organisationId, actor.userId, parsed.data));
	return { ok: true };
}

import type { AppContext } from '../context.js';
import { AccessDenied, assertAllowed } from '../authorisation.js';
import { constraintsOf, findOrganisation, teamOf } from '../rota/store.js';
import { authorise, type Actor } from '#lib/domain/authorisation.js';

/**
 * One member's rota constraints. Personal (school runs, part-time): only she and her
 * organisation's organisers may read them — not a colleague, not anyone else.
 */
export async function getMemberRotaConstraints(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	organisationId: string,
	memberId: string
) {
	const org = await findOrganisation(ctx.db, organisationId);
	if (!org) return null;
	assertAllowed(actor, 'organisation.act', { organisationId });
	const organiser = authorise(actor, 'organisation.manage', { organisationId }).allowed;
	if (actor.userId !== memberId && !organiser) throw new AccessDenied('AUTH.FORBIDDEN');
	const inTeam = (await teamOf(ctx.db, organisationId)).some((t) => t.userId === memberId);
	return {
		organisation: org,
		inTeam,
		constraints: (await constraintsOf(ctx.db, organisationId, [memberId])).get(memberId) ?? null
	};
}

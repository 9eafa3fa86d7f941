import { and, desc, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { rota, rotaSwapRequest, rotaShift } from '../db/schema.js';
import { constraintsOf, findOrganisation, needsOf, teamOf } from '../rota/store.js';
import { effectiveMaxMinutes, DEFAULT_SETTINGS } from '#lib/domain/rota/problem.js';
import type { Actor } from '#lib/domain/authorisation.js';

/**
 * The organiser's rota page: the staffing needs, the team with each member's stated constraints
 * (organisers only: they are personal), the weeks already planned and the swap requests waiting.
 */
export async function getRotaPlanning(ctx: Pick<AppContext, 'db'>, actor: Actor | null, organisationId: string) {
	const org = await findOrganisation(ctx.db, organisationId);
	if (!org) return null;
	assertAllowed(actor, 'organisation.manage', { organisationId });
	const team = await teamOf(ctx.db, organisationId);
	const constraints = await constraintsOf(
		ctx.db,
		organisationId,
		team.map((t) => t.userId)
	);
	const rotas = await ctx.db
		.select({ id: rota.id, weekStart: rota.weekStart, status: rota.status, solveStatus: rota.solveStatus })
		.from(rota)
		.where(eq(rota.organisationId, organisationId))
		.orderBy(desc(rota.weekStart))
		.limit(20);
	const [pending] = await ctx.db
		.select({ id: rotaSwapRequest.id })
		.from(rotaSwapRequest)
		.innerJoin(rotaShift, eq(rotaShift.id, rotaSwapRequest.shiftId))
		.innerJoin(rota, eq(rota.id, rotaShift.rotaId))
		.where(and(eq(rota.organisationId, organisationId), eq(rotaSwapRequest.status, 'pending')))
		.limit(1);
	return {
		organisation: org,
		needs: await needsOf(ctx.db, organisationId),
		team: team.map((t) => {
			const c = constraints.get(t.userId) ?? null;
			return { ...t, constraints: c, maxMinutes: c ? effectiveMaxMinutes(c, DEFAULT_SETTINGS) : null };
		}),
		rotas,
		hasPendingSwaps: pending !== undefined
	};
}

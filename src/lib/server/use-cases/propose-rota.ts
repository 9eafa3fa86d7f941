import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { rota, rotaShift } from '../db/schema.js';
import { findOrganisation, rotaProblemOf } from '../rota/store.js';
import { solveRota, type RotaSolution } from '../rota/solve-rota.js';
import { parseWeek } from '#lib/domain/rota/forms.js';
import type { Actor } from '#lib/domain/authorisation.js';
import type { FieldErrors } from '#lib/domain/account-forms.js';

export type ProposeRotaResult =
	{ ok: true; weekStart: string; solution: RotaSolution } | { ok: false; fieldErrors: FieldErrors };

/**
 * The organiser asks for a rota for a week: the solver proposes one from the needs and the
 * constraints the members stated, and it replaces the week's draft — in one transaction, the
 * week's row locked, so two organisers proposing at once leave one consistent draft. A published
 * week is not replaced: the team already relies on it.
 */
export async function proposeRota(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	organisationId: string,
	values: Record<string, string>,
	solve: typeof solveRota = solveRota
): Promise<ProposeRotaResult | null> {
	if (!(await findOrganisation(ctx.db, organisationId))) return null;
	assertAllowed(actor, 'organisation.manage', { organisationId });
	const weekStart = parseWeek(values.week ?? '');
	if (!weekStart) return { ok: false, fieldErrors: { week: 'ROTA.WEEK_INVALID' } };
	const problem = await rotaProblemOf(ctx.db, organisationId);
	if (problem.needs.length === 0) return { ok: false, fieldErrors: { week: 'ROTA.NO_NEEDS' } };
	if (problem.members.length === 0) return { ok: false, fieldErrors: { week: 'ROTA.NO_CONSTRAINTS' } };
	// Solved outside the transaction: a search of several seconds must not hold row locks.
	const solution = await solve(problem);
	return ctx.db.transaction(async (tx) => {
		await tx
			.insert(rota)
			.values({ id: randomUUID(), organisationId, weekStart, createdBy: actor.userId })
			.onConflictDoNothing();
		const [week] = await tx
			.select({ id: rota.id, status: rota.status })
			.from(rota)
			.where(and(eq(rota.organisationId, organisationId), eq(rota.weekStart, weekStart)))
			.for('update');
		if (!week || week.status === 'published')
			return { ok: false as const, fieldErrors: { week: 'ROTA.ALREADY_PUBLISHED' } };
		await tx.delete(rotaShift).where(eq(rotaShift.rotaId, week.id));
		if (solution.shifts.length > 0)
			await tx.insert(rotaShift).values(
				solution.shifts.map((s) => ({
					id: randomUUID(),
					rotaId: week.id,
					userId: s.memberId,
					weekday: s.weekday,
					startMinute: s.start,
					endMinute: s.end
				}))
			);
		await tx
			.update(rota)
			.set({ solveStatus: solution.status, solveMs: solution.solveMs, updatedAt: new Date() })
			.where(eq(rota.id, week.id));
		return { ok: true as const, weekStart, solution };
	});
}

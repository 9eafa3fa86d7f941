import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { findOrganisation, findRota, namesOf, rotaProblemOf, shiftsOf, swapRequestsOf, teamOf } from '../rota/store.js';
import { scoreRota } from '#lib/domain/rota/problem.js';
import { explainUnmet } from '#lib/domain/rota/unmet.js';
import { validateRota } from '#lib/domain/rota/validate.js';
import type { Actor } from '#lib/domain/authorisation.js';

/**
 * The organiser's view of one week: the shifts, member by member, the need left uncovered with
 * its reasons, and the swap requests waiting. Reasons and checks are computed from today's
 * needs and constraints, not from those of the solve: a member who has since added a pick-up
 * sees her conflict flagged here.
 */
export async function getRotaWeek(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	organisationId: string,
	weekStart: string
) {
	const org = await findOrganisation(ctx.db, organisationId);
	if (!org) return null;
	assertAllowed(actor, 'organisation.manage', { organisationId });
	const week = await findRota(ctx.db, organisationId, weekStart);
	if (!week) return null;
	const shifts = await shiftsOf(ctx.db, week.id);
	const problem = await rotaProblemOf(ctx.db, organisationId);
	const team = await teamOf(ctx.db, organisationId);
	const swaps = await swapRequestsOf(
		ctx.db,
		shifts.map((s) => s.id),
		true
	);
	const names = await namesOf(ctx.db, [
		...team.map((t) => t.userId),
		...shifts.map((s) => s.memberId),
		...swaps.flatMap((s) => [s.requestedBy, s.colleagueId])
	]);
	const members = [...new Set([...team.map((t) => t.userId), ...shifts.map((s) => s.memberId)])]
		.map((id) => ({ id, name: names.get(id) ?? '' }))
		.sort((a, b) => a.name.localeCompare(b.name));
	return {
		organisation: org,
		rota: week,
		members,
		shifts,
		score: scoreRota(problem, shifts),
		unmet: explainUnmet(problem, shifts),
		violations: validateRota(problem, shifts).map((v) => ({ ...v, name: names.get(v.memberId) ?? '' })),
		swaps: swaps.map((s) => {
			const shift = shifts.find((x) => x.id === s.shiftId)!;
			return {
				id: s.id,
				shift,
				theirs: shifts.find((x) => x.id === s.colleagueShiftId) ?? null,
				from: names.get(s.requestedBy) ?? '',
				to: names.get(s.colleagueId) ?? '',
				note: s.note
			};
		})
	};
}

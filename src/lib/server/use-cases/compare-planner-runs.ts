import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { loadDoneRuns, loadRunById, type StoredRun } from '../planner/runs.js';
import { comparePlans } from '#lib/domain/planner/results.js';
import type { Actor } from '#lib/domain/authorisation.js';

/**
 * Two finished runs side by side, and the finished runs to choose from. A run that is unknown or
 * not finished is reported as such rather than compared.
 */
export async function comparePlannerRuns(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { a: string | null; b: string | null }
) {
	assertAllowed(actor, 'planner.use');
	const choices = await loadDoneRuns(ctx.db);
	const pick = async (id: string | null) => {
		if (!id) return { status: 'none' as const };
		const run = await loadRunById(ctx.db, id);
		if (!run?.problem || !run.plan || run.status !== 'done') return { status: 'not_found' as const };
		return { status: 'ok' as const, run: run as StoredRun & Required<Pick<StoredRun, 'problem' | 'plan'>> };
	};
	const [a, b] = await Promise.all([pick(input.a), pick(input.b)]);
	const comparison =
		a.status === 'ok' && b.status === 'ok'
			? comparePlans({ problem: a.run.problem!, plan: a.run.plan! }, { problem: b.run.problem!, plan: b.run.plan! })
			: null;
	const summary = (x: typeof a) =>
		x.status === 'ok'
			? {
					id: x.run.id,
					scenarioId: x.run.scenario.id,
					scenarioName: x.run.scenario.name,
					createdAt: x.run.createdAt,
					timeZone: x.run.scenario.timeZone,
					status: x.run.plan!.status,
					gap: x.run.plan!.gap
				}
			: null;
	return {
		choices,
		a: { status: a.status, run: summary(a) },
		b: { status: b.status, run: summary(b) },
		comparison
	};
}

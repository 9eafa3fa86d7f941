import type { AppContext } from '../context.js';
import { prepareCircuit, type Prepared } from '../circuits/plan.js';
import type { Actor } from '#lib/domain/authorisation.js';

/**
 * Shows, before anything is booked, what a circuit would hold: per leg, its occurrences, the
 * dates already taken and the dates that break the room's rules. Writes nothing.
 */
export async function previewCircuit(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	values: Record<string, unknown>,
	now: Date
): Promise<Prepared> {
	return prepareCircuit(ctx.db, actor, values, now);
}

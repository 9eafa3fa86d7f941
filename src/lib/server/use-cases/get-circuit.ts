import type { AppContext } from '../context.js';
import { AccessDenied } from '../authorisation.js';
import { canManage } from '../facility-access.js';
import { loadCircuit } from '../circuits/load.js';
import { authorise, type Actor } from '#lib/domain/authorisation.js';

/**
 * A circuit as its organisation and the managers of its rooms see it: legs, counts by status,
 * what each may do. Nobody else: a circuit's requests are not public until confirmed, and then
 * residents see the visits, not the request.
 */
export async function getCircuit(ctx: Pick<AppContext, 'db'>, actor: Actor | null, circuitId: string) {
	if (!actor) throw new AccessDenied('AUTH.SIGN_IN_REQUIRED');
	const circuit = await loadCircuit(ctx.db, circuitId);
	if (!circuit) return null;
	const requester = authorise(actor, 'organisation.act', { organisationId: circuit.organisationId }).allowed;
	const legs = circuit.legs.map((l) => ({
		...l,
		managedByMe: canManage(actor, { id: l.facilityId, communeId: l.communeId })
	}));
	if (!requester && !legs.some((l) => l.managedByMe)) throw new AccessDenied('AUTH.FORBIDDEN');
	return {
		...circuit,
		legs,
		canCancel: requester && circuit.status !== 'cancelled',
		canDecide: legs.some((l) => l.managedByMe && l.status === 'pending'),
		managesAll: legs.every((l) => l.managedByMe)
	};
}

export type CircuitPage = NonNullable<Awaited<ReturnType<typeof getCircuit>>>;

import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, guarded, requireUser } from '#lib/server/http.js';
import { getCircuit } from '#lib/server/use-cases/get-circuit.js';
import { decideCircuit } from '#lib/server/use-cases/decide-circuit.js';

/** The manager's decision on a circuit, as one unit (or on the legs in their rooms). */
export const load: PageServerLoad = async (event) => {
	const circuit = await guarded(event, async () => getCircuit(await app(), event.locals.actor, event.params.id));
	if (!circuit) error(404, 'NOT_FOUND');
	if (!circuit.legs.some((l) => l.managedByMe)) error(403, { message: 'Forbidden' });
	return { circuit };
};

export const actions = {
	default: async (event) => {
		requireUser(event.locals);
		const values = await formValues(event.request);
		const result = await guarded(event, async () =>
			decideCircuit(await app(), event.locals.actor, { circuitId: event.params.id, values }, new Date())
		);
		if (!result) error(404, 'NOT_FOUND');
		if (!result.ok) return formFailure(values, result.fieldErrors);
		return { decided: result.status };
	}
} satisfies Actions;

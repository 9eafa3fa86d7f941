import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, guarded, requireUser } from '#lib/server/http.js';
import { getCircuit } from '#lib/server/use-cases/get-circuit.js';
import { cancelCircuit } from '#lib/server/use-cases/cancel-circuit.js';

export const load: PageServerLoad = async (event) => {
	const circuit = await guarded(event, async () => getCircuit(await app(), event.locals.actor, event.params.id));
	if (!circuit) error(404, 'NOT_FOUND');
	return { circuit, requested: event.url.searchParams.get('requested') };
};

export const actions = {
	cancel: async (event) => {
		requireUser(event.locals);
		const values = await formValues(event.request);
		const result = await guarded(event, async () =>
			cancelCircuit(await app(), event.locals.actor, { circuitId: event.params.id, reason: values.reason }, new Date())
		);
		if (!result) error(404, 'NOT_FOUND');
		if (!result.ok) return formFailure(values, result.fieldErrors);
		return { cancelled: result.cancelled };
	}
} satisfies Actions;

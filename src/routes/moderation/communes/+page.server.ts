import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, guarded } from '#lib/server/http.js';
import { listVoiceSettings } from '#lib/server/use-cases/list-voice-settings.js';
import { setAnonymousPosting } from '#lib/server/use-cases/set-anonymous-posting.js';
import { pageRequest } from '#lib/domain/pagination.js';

export const load: PageServerLoad = (event) =>
	guarded(event, async () => {
		const search = event.url.searchParams.get('q') ?? '';
		const list = await listVoiceSettings(await app(), event.locals.actor, {
			search,
			page: pageRequest(event.url.searchParams.get('page'), 50)
		});
		return { ...list, search };
	});

export const actions = {
	set: (event) =>
		guarded(event, async () => {
			const values = await formValues(event.request);
			const communeId = values.communeId ?? '';
			const result = await setAnonymousPosting(await app(), event.locals.actor, communeId, values.allowed === 'true');
			if (!result.ok) return formFailure(values, result.fieldErrors, result.retryAfterSeconds, { communeId });
			return { saved: communeId, allowed: result.allowed };
		})
} satisfies Actions;

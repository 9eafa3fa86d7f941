import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValuesWithLists, guarded, requireUser } from '#lib/server/http.js';
import { getInitiativeForm } from '#lib/server/use-cases/get-initiative-form.js';
import { updateInitiative } from '#lib/server/use-cases/update-initiative.js';
import { LIST_FIELDS } from '#lib/domain/initiative-form.js';
import { getLocale } from '#lib/paraglide/runtime.js';

export const load: PageServerLoad = async (event) => {
	const options = await guarded(event, async () =>
		getInitiativeForm(await app(), event.locals.actor, { initiativeId: event.params.id, locale: getLocale() })
	);
	if (!options?.current || !options.organisation) error(404, 'NOT_FOUND');
	const c = options.current;
	const translated = Object.fromEntries(
		c.translations.flatMap((t) => [
			[`title_${t.locale}`, t.title],
			[`summary_${t.locale}`, t.summary],
			[`schedule_${t.locale}`, t.schedule],
			[`howToJoin_${t.locale}`, t.howToJoin]
		])
	);
	return {
		...options,
		organisation: options.organisation,
		title: c.title,
		stored: {
			...translated,
			title: c.title,
			summary: c.summary,
			practiceId: c.practiceId,
			status: c.status,
			schedule: c.schedule,
			howToJoin: c.howToJoin,
			contactEmail: c.contactEmail ?? '',
			contactPhone: c.contactPhone ?? '',
			website: c.website ?? '',
			startedOn: c.startedOn ?? '',
			quartierIds: c.quartiers.map((q) => q.id),
			roomIds: c.rooms.map((r) => r.id)
		}
	};
};

export const actions = {
	default: async (event) => {
		requireUser(event.locals);
		const values = await formValuesWithLists(event.request, LIST_FIELDS);
		const result = await guarded(event, async () =>
			updateInitiative(await app(), event.locals.actor, event.params.id, values)
		);
		if (!result) error(404, 'NOT_FOUND');
		if (!result.ok) return formFailure(values, result.fieldErrors, result.retryAfterSeconds);
		redirect(303, `/initiatives/${result.id}?saved`);
	}
} satisfies Actions;

import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, guarded, requireUser } from '#lib/server/http.js';
import { getScenarioEditor } from '#lib/server/use-cases/get-scenario-editor.js';
import { renameScenario } from '#lib/server/use-cases/rename-scenario.js';
import { updateScenarioSettings } from '#lib/server/use-cases/update-scenario-settings.js';
import { addPlannerActivity } from '#lib/server/use-cases/add-planner-activity.js';
import { removePlannerActivity } from '#lib/server/use-cases/remove-planner-activity.js';
import { addExistingPlannerRoom } from '#lib/server/use-cases/add-existing-planner-room.js';
import { removePlannerRoom } from '#lib/server/use-cases/remove-planner-room.js';
import { addPlannerUpgrade } from '#lib/server/use-cases/add-planner-upgrade.js';
import { removePlannerUpgrade } from '#lib/server/use-cases/remove-planner-upgrade.js';
import { suggestPlannerUpgrades } from '#lib/server/use-cases/suggest-planner-upgrades.js';
import { copyScenario } from '#lib/server/use-cases/copy-scenario.js';
import { deleteScenario } from '#lib/server/use-cases/delete-scenario.js';
import type { FieldErrors } from '#lib/domain/account-forms.js';
import { readAdjustment, writeAdjustment } from '#lib/domain/planner/servable-demand.js';

export const load: PageServerLoad = async (event) => {
	const editor = await guarded(event, async () =>
		getScenarioEditor(await app(), event.locals.actor, { id: event.params.id, locale: event.locals.locale })
	);
	if (!editor) error(404, 'NOT_FOUND');
	const params = event.url.searchParams;
	return {
		...editor,
		saved: params.get('saved'),
		added: params.get('added'),
		adjusted: params.get('saved') === 'addActivity' ? readAdjustment(params) : null
	};
};

/** `query` adds to the address the page comes back to (starting with "&"). */
type Outcome = { ok: true; query?: string } | { ok: false; fieldErrors: FieldErrors };

/**
 * Every form of the page follows one path: read the fields, run the use case, and either come
 * back to the section with a note of what was saved, or show the form again, filled in, with
 * each problem beside its field (`action` tells the page which form failed).
 */
async function run(
	event: RequestEvent,
	action: string,
	useCase: (values: Record<string, string>) => Promise<Outcome>,
	section: string,
	values?: Record<string, string>
) {
	requireUser(event.locals);
	const fields = values ?? (await formValues(event.request));
	const result = await guarded(event, () => useCase(fields));
	if (!result.ok) {
		if (result.fieldErrors.form === 'PLANNER.SCENARIO_NOT_FOUND') error(404, 'NOT_FOUND');
		return formFailure(fields, result.fieldErrors, undefined, { action });
	}
	redirect(303, `/planner/${event.params.id}?saved=${action}${result.query ?? ''}#${section}`);
}

export const actions = {
	rename: (event) =>
		run(event, 'rename', async (v) => renameScenario(await app(), event.locals.actor, event.params.id, v), 'top'),
	settings: (event) =>
		run(
			event,
			'settings',
			async (v) => updateScenarioSettings(await app(), event.locals.actor, event.params.id, v),
			'settings'
		),
	addActivity: (event) =>
		run(
			event,
			'addActivity',
			async (v) => {
				const result = await addPlannerActivity(await app(), event.locals.actor, event.params.id, v);
				// The page tells the planner how the catalogue's demand was cut to what the scenario can serve.
				return result.ok ? { ok: true, query: writeAdjustment(result.adjusted) } : result;
			},
			'activities'
		),
	removeActivity: (event) =>
		run(
			event,
			'removeActivity',
			async (v) =>
				removePlannerActivity(await app(), event.locals.actor, {
					scenarioId: event.params.id,
					activityId: v.activityId ?? ''
				}),
			'activities'
		),
	addRoom: (event) =>
		run(
			event,
			'addRoom',
			async (v) => addExistingPlannerRoom(await app(), event.locals.actor, event.params.id, v),
			'rooms'
		),
	removeRoom: (event) =>
		run(
			event,
			'removeRoom',
			async (v) =>
				removePlannerRoom(await app(), event.locals.actor, {
					scenarioId: event.params.id,
					plannerRoomId: v.plannerRoomId ?? ''
				}),
			'rooms'
		),
	addUpgrade: (event) =>
		run(
			event,
			'addUpgrade',
			async (v) => addPlannerUpgrade(await app(), event.locals.actor, event.params.id, v),
			'upgrades'
		),
	removeUpgrade: (event) =>
		run(
			event,
			'removeUpgrade',
			async (v) =>
				removePlannerUpgrade(await app(), event.locals.actor, {
					scenarioId: event.params.id,
					upgradeId: v.upgradeId ?? ''
				}),
			'upgrades'
		),
	suggestUpgrades: async (event) => {
		requireUser(event.locals);
		const result = await guarded(event, async () =>
			suggestPlannerUpgrades(await app(), event.locals.actor, event.params.id)
		);
		if (!result.ok) error(404, 'NOT_FOUND');
		redirect(303, `/planner/${event.params.id}?saved=suggestUpgrades&added=${result.added}#upgrades`);
	},
	copy: async (event) => {
		requireUser(event.locals);
		const values = await formValues(event.request);
		const result = await guarded(event, async () =>
			copyScenario(await app(), event.locals.actor, event.params.id, values)
		);
		if (!result.ok) {
			if (result.fieldErrors.form === 'PLANNER.SCENARIO_NOT_FOUND') error(404, 'NOT_FOUND');
			return formFailure(values, result.fieldErrors, undefined, { action: 'copy' });
		}
		redirect(303, `/planner/${result.id}?saved=copied`);
	},
	delete: async (event) => {
		requireUser(event.locals);
		const values = await formValues(event.request);
		const result = await guarded(event, async () =>
			deleteScenario(await app(), event.locals.actor, event.params.id, values)
		);
		if (!result.ok) {
			if (result.fieldErrors.form === 'PLANNER.SCENARIO_NOT_FOUND') error(404, 'NOT_FOUND');
			return formFailure(values, result.fieldErrors, undefined, { action: 'delete' });
		}
		redirect(303, '/planner?deleted=1');
	}
} satisfies Actions;

/**
 * The planner editor's use cases on both engines: a scenario is created for a commune's
 * quartiers, practices become activities (priority from residents' support), rooms existing and
 * planned are added, upgrades are typed or suggested from fit gaps, settings saved, the scenario
 * copied (what-if) and deleted. Residents are refused; bad input comes back on its field and
 * writes nothing.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { forEachEngine } from './engines.js';
import {
	commune,
	facility,
	indicatorSeries,
	indicatorValue,
	need,
	plannerActivity,
	plannerRoom,
	plannerRun,
	plannerScenario,
	plannerScenarioQuartier,
	plannerUpgrade,
	practice,
	quartier,
	quartierCommune,
	room,
	user
} from '#lib/server/db/schema.js';
import { AccessDenied } from '#lib/server/authorisation.js';
import { createScenario } from '#lib/server/use-cases/create-scenario.js';
import { listScenarios } from '#lib/server/use-cases/list-scenarios.js';
import { getScenarioEditor } from '#lib/server/use-cases/get-scenario-editor.js';
import { updateScenarioSettings } from '#lib/server/use-cases/update-scenario-settings.js';
import { addPlannerActivity } from '#lib/server/use-cases/add-planner-activity.js';
import { updatePlannerActivity } from '#lib/server/use-cases/update-planner-activity.js';
import { removePlannerActivity } from '#lib/server/use-cases/remove-planner-activity.js';
import { addExistingPlannerRoom } from '#lib/server/use-cases/add-existing-planner-room.js';
import { addPlannedRoom } from '#lib/server/use-cases/add-planned-room.js';
import { updatePlannedRoom } from '#lib/server/use-cases/update-planned-room.js';
import { removePlannerRoom } from '#lib/server/use-cases/remove-planner-room.js';
import { addPlannerUpgrade } from '#lib/server/use-cases/add-planner-upgrade.js';
import { removePlannerUpgrade } from '#lib/server/use-cases/remove-planner-upgrade.js';
import { suggestPlannerUpgrades } from '#lib/server/use-cases/suggest-planner-upgrades.js';
import { copyScenario } from '#lib/server/use-cases/copy-scenario.js';
import { deleteScenario } from '#lib/server/use-cases/delete-scenario.js';
import { loadScenarioProblem } from '#lib/server/planner/scenario-problem.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { DEFAULT_UNIT_PRICES, kitchenUpgradeCost } from '#lib/domain/planner/upgrade-costs.js';

forEachEngine('planner editor', (use) => {
	let planner: Actor;
	let resident: Actor;
	let communeId: string;
	let otherCommuneId: string;
	let buers: string;
	let saintJean: string;
	let elsewhere: string;
	let hallId: string;
	let otherCommuneRoomId: string;
	let restaurantId: string;
	let crecheId: string;
	let draftId: string;

	const person = async (grants: Actor['grants'] = []): Promise<Actor> => {
		const id = randomUUID();
		await use()
			.db.insert(user)
			.values({ id, name: 'Test', email: `${id}@exemple.fr`, emailVerified: true });
		return { userId: id, twoFactorEnabled: false, grants };
	};

	beforeAll(async () => {
		const { db } = use();
		communeId = randomUUID();
		otherCommuneId = randomUUID();
		await db.insert(commune).values([
			{ id: communeId, inseeCode: `P${randomUUID().slice(0, 5)}`, name: 'Planville' },
			{ id: otherCommuneId, inseeCode: `O${randomUUID().slice(0, 5)}`, name: 'Ailleurs' }
		]);
		buers = randomUUID();
		saintJean = randomUUID();
		elsewhere = randomUUID();
		await db.insert(quartier).values([
			{ id: buers, communeId, name: 'Les Buers' },
			{ id: saintJean, communeId, name: 'Saint-Jean' },
			{ id: elsewhere, communeId: otherCommuneId, name: 'Autre' }
		]);
		await db.insert(quartierCommune).values([
			{ quartierId: buers, communeId },
			{ quartierId: saintJean, communeId },
			{ quartierId: elsewhere, communeId: otherCommuneId }
		]);
		const facilityId = randomUUID();
		const otherFacility = randomUUID();
		await db.insert(facility).values([
			{ id: facilityId, name: 'CCO', communeId, quartierId: buers, address: '1 rue' },
			{ id: otherFacility, name: 'Loin', communeId: otherCommuneId, quartierId: elsewhere, address: '2 rue' }
		]);
		hallId = randomUUID();
		otherCommuneRoomId = randomUUID();
		await db.insert(room).values([
			{
				id: hallId,
				facilityId,
				name: 'Grande salle',
				areaM2: 120,
				capacity: 80,
				kitchenLevel: 'reheating',
				storageM2: 8
			},
			{ id: otherCommuneRoomId, facilityId: otherFacility, name: 'Salle lointaine', areaM2: 50, capacity: 20 }
		]);
		restaurantId = randomUUID();
		crecheId = randomUUID();
		draftId = randomUUID();
		await db.insert(practice).values([
			{
				id: restaurantId,
				slug: `restaurant-${restaurantId}`,
				status: 'published',
				title: 'Restaurant d’insertion',
				summary: 's',
				themes: ['INS', 'EMP'],
				minAreaM2: 60,
				kitchenLevel: 'full',
				storageM2: 8,
				sessionsPerWeek: 5,
				sessionMinutes: 360,
				preferredWindows: ['school_hours', 'morning']
			},
			{
				id: crecheId,
				slug: `creche-${crecheId}`,
				status: 'published',
				title: 'Crèche itinérante',
				summary: 's',
				themes: ['JEU'],
				minAreaM2: 40,
				kitchenLevel: 'reheating',
				childToilets: true,
				sessionsPerWeek: 2,
				sessionMinutes: 660,
				preferredWindows: ['school_hours']
			},
			{ id: draftId, slug: `draft-${draftId}`, status: 'proposed', title: 'Brouillon', summary: 's', themes: ['JEU'] }
		]);
		// Residents of Les Buers: childcare strongly backed, jobs a little.
		const author = await person();
		const needRow = (theme: string, supportCount: number, status = 'published') => ({
			id: randomUUID(),
			kind: 'need',
			quartierId: buers,
			communeId,
			theme,
			title: `Besoin ${theme}`,
			language: 'fr',
			authorId: author.userId,
			status,
			shortCode: randomUUID().slice(0, 8),
			supportCount,
			publishedAt: new Date()
		});
		await db
			.insert(need)
			.values([needRow('JEU', 9), needRow('JEU', 0), needRow('EMP', 1), needRow('EMP', 50, 'refused')]);
		planner = await person([{ role: 'planner', scopeType: 'global', scopeId: '' }]);
		resident = await person();
	});

	const newScenario = async (extra: Record<string, unknown> = {}) => {
		const result = await createScenario(use(), planner, {
			name: 'Les Buers 2027',
			communeId,
			quartierIds: [buers],
			referenceWeek: '2031-03-05',
			...extra
		});
		if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
		return result.id;
	};

	describe('authorisation', () => {
		it('refuses residents and people signed out, for reading and for every write', async () => {
			const id = await newScenario();
			const ctx = use();
			for (const actor of [resident, null]) {
				await expect(listScenarios(ctx, actor)).rejects.toBeInstanceOf(AccessDenied);
				await expect(getScenarioEditor(ctx, actor, { id, locale: 'fr' })).rejects.toBeInstanceOf(AccessDenied);
				await expect(
					createScenario(ctx, actor, { name: 'X', communeId, quartierIds: [buers], referenceWeek: '2031-03-03' })
				).rejects.toBeInstanceOf(AccessDenied);
				await expect(addPlannerActivity(ctx, actor, id, { practiceId: crecheId })).rejects.toBeInstanceOf(AccessDenied);
				await expect(addExistingPlannerRoom(ctx, actor, id, { roomId: hallId })).rejects.toBeInstanceOf(AccessDenied);
				await expect(updateScenarioSettings(ctx, actor, id, {})).rejects.toBeInstanceOf(AccessDenied);
				await expect(copyScenario(ctx, actor, id)).rejects.toBeInstanceOf(AccessDenied);
				await expect(deleteScenario(ctx, actor, id, { confirm: 'on' })).rejects.toBeInstanceOf(AccessDenied);
			}
			expect(await use().db.select().from(plannerScenario).where(eq(plannerScenario.id, id))).toHaveLength(1);
		});
	});

	describe('the quartiers’ official indicators', () => {
		it('shows, for each quartier, the women’s figure beside everyone’s, in the reader’s language', async () => {
			const id = await newScenario({ quartierIds: [buers, saintJean] });
			const before = await getScenarioEditor(use(), planner, { id, locale: 'en' });
			expect(before!.quartiers.every((q) => q.indicators.length === 0)).toBe(true);
			for (const [sex, value] of [
				['women', 36.2],
				['all', 40.1]
			] as const) {
				const seriesId = randomUUID();
				await use()
					.db.insert(indicatorSeries)
					.values({
						id: seriesId,
						code: `tx_empl_${sex}_${seriesId}`,
						measure: `employment_${id}`,
						sex,
						label: { fr: 'Taux d’emploi des 15-64 ans', en: 'Employment rate, 15–64' },
						unit: 'percent',
						theme: 'employment',
						source: 'INSEE'
					});
				await use()
					.db.insert(indicatorValue)
					.values({ seriesId, territoryType: 'quartier', territoryId: buers, year: 2020, value });
			}
			const after = await getScenarioEditor(use(), planner, { id, locale: 'en' });
			const q = after!.quartiers.find((x) => x.id === buers)!;
			expect(q.indicators).toEqual([
				expect.objectContaining({
					label: 'Employment rate, 15–64',
					year: 2020,
					women: 36.2,
					all: 40.1,
					source: 'INSEE'
				})
			]);
			expect(after!.quartiers.find((x) => x.id === saintJean)!.indicators).toEqual([]);
		});
	});

	describe('creating a scenario', () => {
		it('stores the quartiers and the Monday of the reference week', async () => {
			const id = await newScenario({ quartierIds: [buers, saintJean] });
			const [s] = await use().db.select().from(plannerScenario).where(eq(plannerScenario.id, id));
			expect(s).toMatchObject({
				name: 'Les Buers 2027',
				communeId,
				referenceWeek: '2031-03-03',
				createdBy: planner.userId
			});
			const qs = await use()
				.db.select()
				.from(plannerScenarioQuartier)
				.where(eq(plannerScenarioQuartier.scenarioId, id));
			expect(qs.map((q) => q.quartierId).sort()).toEqual([buers, saintJean].sort());
			const list = await listScenarios(use(), planner);
			expect(list.scenarios.find((x) => x.id === id)).toMatchObject({ communeName: 'Planville' });
			// Several communes have quartiers: the new-scenario form opens on the one last worked on…
			expect(list.communes.length).toBeGreaterThan(1);
			expect(list.communeId).toBe(communeId);
			expect(list.quartiers.map((q) => q.id)).toContain(buers);
			// … unless another is asked for.
			expect((await listScenarios(use(), planner, otherCommuneId)).communeId).toBe(otherCommuneId);
		});

		it('refuses bad input on its field and writes nothing', async () => {
			const before = (await use().db.select().from(plannerScenario)).length;
			const empty = await createScenario(use(), planner, {
				name: '',
				communeId,
				quartierIds: [],
				referenceWeek: '2031-02-30'
			});
			expect(empty).toEqual({
				ok: false,
				fieldErrors: { name: 'FIELD.REQUIRED', quartierIds: 'PLANNER.QUARTIER_REQUIRED', referenceWeek: 'DATE.INVALID' }
			});
			const foreign = await createScenario(use(), planner, {
				name: 'Mélange',
				communeId,
				quartierIds: [buers, elsewhere],
				referenceWeek: '2031-03-03'
			});
			expect(foreign).toEqual({ ok: false, fieldErrors: { quartierIds: 'PLANNER.QUARTIER_OUTSIDE_COMMUNE' } });
			expect((await use().db.select().from(plannerScenario)).length).toBe(before);
		});
	});

	describe('activities', () => {
		it('copies a published practice, its priority from residents’ support of its themes', async () => {
			const id = await newScenario();
			const creche = await addPlannerActivity(use(), planner, id, { practiceId: crecheId });
			const restaurant = await addPlannerActivity(use(), planner, id, { practiceId: restaurantId });
			// The catalogue's demand, brought within what the windows give on the hourly grid, and said so:
			// school hours alone are 9:00–16:00 on it (7 h), on four days.
			expect(creche).toMatchObject({ ok: true, adjusted: { sessionMinutes: { from: 660, to: 420 } } });
			expect(restaurant).toMatchObject({ ok: true, adjusted: { sessionsPerWeek: { from: 5, to: 4 } } });
			const rows = await use().db.select().from(plannerActivity).where(eq(plannerActivity.scenarioId, id));
			const c = rows.find((r) => r.practiceId === crecheId)!;
			const r = rows.find((r) => r.practiceId === restaurantId)!;
			expect(c).toMatchObject({
				label: 'Crèche itinérante',
				sessionsPerWeek: 2,
				sessionMinutes: 420,
				windows: ['school_hours']
			});
			expect(r).toMatchObject({ sessionsPerWeek: 4, sessionMinutes: 360 });
			expect(c.requirements).toMatchObject({ minAreaM2: 40, kitchenLevel: 'reheating', childToilets: true });
			// JEU: 2 needs + 9 supports = 11, the top theme → 10; EMP: 1 + 1 = 2 (the refused need does not count) → 1 + 9 × 2/11 ≈ 3.
			expect(c.priority).toBe(10);
			expect(r.priority).toBe(3);
			expect(r.position).toBe(c.position + 1);

			const editor = await getScenarioEditor(use(), planner, { id, locale: 'fr' });
			expect(editor?.demand[0]).toEqual({ theme: 'JEU', needs: 2, supports: 9 });
			expect(editor?.suggestions.map((s) => [s.practice.id, s.added])).toEqual([
				[crecheId, true],
				[restaurantId, true]
			]);
		});

		it('refuses a practice that is not published, and an unknown scenario', async () => {
			const id = await newScenario();
			expect(await addPlannerActivity(use(), planner, id, { practiceId: draftId })).toEqual({
				ok: false,
				fieldErrors: { practiceId: 'CHOICE.INVALID' }
			});
			expect(await addPlannerActivity(use(), planner, randomUUID(), { practiceId: crecheId })).toEqual({
				ok: false,
				fieldErrors: { form: 'PLANNER.SCENARIO_NOT_FOUND' }
			});
		});

		it('edits the demand and requirements, refusing what is out of range without saving anything', async () => {
			const id = await newScenario();
			const added = await addPlannerActivity(use(), planner, id, { practiceId: crecheId });
			if (!added.ok) throw new Error('not added');
			const form = {
				label: 'Crèche Petits Pas',
				sessionsPerWeek: '2',
				sessionMinutes: '600',
				windows: ['school_hours', 'morning', 'afternoon'],
				priority: '9',
				itinerant: 'on',
				organisationId: '',
				minAreaM2: '40',
				kitchenLevel: 'reheating',
				storageM2: '',
				outdoorM2: '0',
				childToilets: 'on'
			};
			const bad = await updatePlannerActivity(
				use(),
				planner,
				{ scenarioId: id, activityId: added.id },
				{ ...form, sessionsPerWeek: '8', priority: '0', windows: ['lunchtime'], sessionMinutes: '5' }
			);
			expect(bad).toEqual({
				ok: false,
				fieldErrors: {
					sessionsPerWeek: 'PLANNER.SESSIONS_RANGE',
					sessionMinutes: 'PLANNER.SESSION_LENGTH_RANGE',
					windows: 'CHOICE.INVALID',
					priority: 'PLANNER.PRIORITY_RANGE'
				}
			});
			const [unchanged] = await use().db.select().from(plannerActivity).where(eq(plannerActivity.id, added.id));
			expect(unchanged).toMatchObject({ sessionsPerWeek: 2, sessionMinutes: 420, itinerant: false });

			expect(await updatePlannerActivity(use(), planner, { scenarioId: id, activityId: added.id }, form)).toEqual({
				ok: true
			});
			const [saved] = await use().db.select().from(plannerActivity).where(eq(plannerActivity.id, added.id));
			expect(saved).toMatchObject({
				label: 'Crèche Petits Pas',
				sessionMinutes: 600,
				windows: ['school_hours', 'morning', 'afternoon'],
				priority: 9,
				itinerant: true
			});
			expect(saved!.requirements).toMatchObject({ minAreaM2: 40, childToilets: true, storageM2: 0, toilets: false });
			const reach = async () =>
				(await getScenarioEditor(use(), planner, { id, locale: 'fr' }))!.activities.find((a) => a.id === added.id)!
					.beyondReach;
			expect(await reach()).toEqual({});
			// Eleven hours typed back: saved as asked, and the editor says what its windows cannot give.
			await updatePlannerActivity(
				use(),
				planner,
				{ scenarioId: id, activityId: added.id },
				{ ...form, sessionMinutes: '660' }
			);
			expect(await reach()).toEqual({ sessionMinutes: { from: 660, to: 600 } });

			// Another scenario's activity is not reachable through this one.
			const other = await newScenario();
			expect(await removePlannerActivity(use(), planner, { scenarioId: other, activityId: added.id })).toEqual({
				ok: false,
				fieldErrors: { form: 'PLANNER.ACTIVITY_NOT_FOUND' }
			});
			expect(await removePlannerActivity(use(), planner, { scenarioId: id, activityId: added.id })).toEqual({
				ok: true
			});
		});
	});

	describe('rooms and upgrades', () => {
		it('adds an existing room of the commune once, and a planned room with its equipment and hours', async () => {
			const id = await newScenario();
			expect((await addExistingPlannerRoom(use(), planner, id, { roomId: hallId })).ok).toBe(true);
			expect(await addExistingPlannerRoom(use(), planner, id, { roomId: hallId })).toEqual({
				ok: false,
				fieldErrors: { roomId: 'PLANNER.ROOM_ALREADY_ADDED' }
			});
			expect(await addExistingPlannerRoom(use(), planner, id, { roomId: otherCommuneRoomId })).toEqual({
				ok: false,
				fieldErrors: { roomId: 'CHOICE.INVALID' }
			});
			const badPlanned = await addPlannedRoom(use(), planner, id, {
				label: 'Pôle',
				areaM2: 'grand',
				kitchenLevel: 'reheating',
				hours_1_0_start: '18:00',
				hours_1_0_end: '08:00'
			});
			expect(badPlanned.ok).toBe(false);
			if (!badPlanned.ok)
				expect(badPlanned.fieldErrors).toEqual({
					areaM2: 'PLANNER.AREA_RANGE',
					hours_1_0_end: 'HOURS.START_AFTER_END'
				});
			const planned = await addPlannedRoom(use(), planner, id, {
				label: 'Cuisine du pôle (projet)',
				quartierId: buers,
				areaM2: '52',
				kitchenLevel: 'reheating',
				storageM2: '8',
				toilets: 'on',
				stepFree: 'on',
				waterPoint: 'on',
				hours_1_0_start: '08:00',
				hours_1_0_end: '18:30'
			});
			if (!planned.ok) throw new Error(JSON.stringify(planned.fieldErrors));
			const [row] = await use().db.select().from(plannerRoom).where(eq(plannerRoom.id, planned.id));
			expect(row).toMatchObject({
				roomId: null,
				quartierId: buers,
				openingHours: [{ weekday: 1, start: '08:00', end: '18:30' }]
			});
			expect(row!.equipment).toMatchObject({
				areaM2: 52,
				kitchenLevel: 'reheating',
				toilets: true,
				childToilets: false
			});

			expect(
				await updatePlannedRoom(
					use(),
					planner,
					{ scenarioId: id, plannerRoomId: planned.id },
					{
						label: 'Cuisine du pôle',
						quartierId: elsewhere,
						areaM2: '52',
						kitchenLevel: 'reheating'
					}
				)
			).toEqual({ ok: false, fieldErrors: { quartierId: 'CHOICE.INVALID' } });

			// The solver reads the planned room as designed (the coordinator's loader agrees with what is stored).
			const problem = await loadScenarioProblem(use().db, id);
			expect(problem?.rooms.map((r) => [r.existing, r.equipment.areaM2])).toEqual([
				[true, 120],
				[false, 52]
			]);
		});

		it('prices "+N m² at €/m²", refuses a kitchen that is no step up, and suggests what closes the gaps', async () => {
			const id = await newScenario();
			await addPlannerActivity(use(), planner, id, { practiceId: restaurantId });
			const planned = await addPlannedRoom(use(), planner, id, {
				label: 'Cuisine du pôle (projet)',
				areaM2: '52',
				kitchenLevel: 'reheating',
				storageM2: '8'
			});
			if (!planned.ok) throw new Error('planned');
			const typed = await addPlannerUpgrade(use(), planner, id, {
				plannerRoomId: planned.id,
				kind: 'area',
				amountM2: '8',
				unitPrice: '2 500'
			});
			if (!typed.ok) throw new Error(JSON.stringify(typed.fieldErrors));
			const [u] = await use().db.select().from(plannerUpgrade).where(eq(plannerUpgrade.id, typed.id));
			expect(u).toMatchObject({ kind: 'area', amountM2: 8, costEuros: 20000 });

			expect(
				await addPlannerUpgrade(use(), planner, id, {
					plannerRoomId: planned.id,
					kind: 'kitchen',
					kitchenLevel: 'reheating'
				})
			).toEqual({ ok: false, fieldErrors: { kitchenLevel: 'PLANNER.KITCHEN_NOT_HIGHER' } });
			expect(await addPlannerUpgrade(use(), planner, id, { plannerRoomId: planned.id, kind: 'storage' })).toEqual({
				ok: false,
				fieldErrors: { amountM2: 'PLANNER.UPGRADE_M2_REQUIRED' }
			});
			expect(await addPlannerUpgrade(use(), planner, id, { plannerRoomId: randomUUID(), kind: 'toilets' })).toEqual({
				ok: false,
				fieldErrors: { plannerRoomId: 'CHOICE.INVALID' }
			});

			// +8 m² is already listed: only the kitchen is proposed, at the default price.
			const suggested = await suggestPlannerUpgrades(use(), planner, id);
			expect(suggested).toEqual({ ok: true, added: 1 });
			const all = await use().db.select().from(plannerUpgrade).where(eq(plannerUpgrade.scenarioId, id));
			expect(all.find((x) => x.kind === 'kitchen')).toMatchObject({
				kitchenLevel: 'full',
				costEuros: kitchenUpgradeCost('reheating', 'full')
			});
			// Asking again proposes nothing more.
			expect(await suggestPlannerUpgrades(use(), planner, id)).toEqual({ ok: true, added: 0 });

			const editor = await getScenarioEditor(use(), planner, { id, locale: 'fr' });
			const room = editor!.rooms[0]!;
			expect(room.fits[0]!.fit.verdict).toBe('fits_with_upgrades');
			expect(room.fitsAfterUpgrades?.[0]!.fit.verdict).toBe('fits');
			expect(editor!.upgradesTotal).toBe(20000 + kitchenUpgradeCost('reheating', 'full'));

			expect(await removePlannerUpgrade(use(), planner, { scenarioId: id, upgradeId: typed.id })).toEqual({ ok: true });
			expect(await removePlannerRoom(use(), planner, { scenarioId: id, plannerRoomId: planned.id })).toEqual({
				ok: true
			});
			// Its upgrades go with it.
			expect(await use().db.select().from(plannerUpgrade).where(eq(plannerUpgrade.scenarioId, id))).toEqual([]);
			expect(DEFAULT_UNIT_PRICES.area).toBeGreaterThan(0);
		});
	});

	describe('settings, copy and delete', () => {
		it('saves settings, and refuses an end before the start or a limit out of range', async () => {
			const id = await newScenario();
			const settings = {
				budgetEuros: '60 000',
				slotMinutes: '30',
				dayStart: '08:00',
				dayEnd: '20:00',
				timeLimitSeconds: '30',
				gapPercent: '1',
				referenceWeek: '2031-03-12'
			};
			expect(await updateScenarioSettings(use(), planner, id, settings)).toEqual({ ok: true });
			const [s] = await use().db.select().from(plannerScenario).where(eq(plannerScenario.id, id));
			expect(s).toMatchObject({
				budgetEuros: 60000,
				slotMinutes: 30,
				dayStart: 480,
				dayEnd: 1200,
				timeLimitSeconds: 30,
				relativeGap: 0.01,
				referenceWeek: '2031-03-10'
			});
			const bad = await updateScenarioSettings(use(), planner, id, {
				...settings,
				budgetEuros: '-5',
				dayEnd: '07:00',
				timeLimitSeconds: '900',
				slotMinutes: '15'
			});
			expect(bad).toEqual({
				ok: false,
				fieldErrors: {
					budgetEuros: 'PLANNER.BUDGET_RANGE',
					slotMinutes: 'CHOICE.INVALID',
					timeLimitSeconds: 'PLANNER.TIME_LIMIT_RANGE'
				}
			});
			const bounds = await updateScenarioSettings(use(), planner, id, { ...settings, dayEnd: '07:00' });
			expect(bounds).toEqual({ ok: false, fieldErrors: { dayEnd: 'PLANNER.DAY_END_BEFORE_START' } });
			const [kept] = await use().db.select().from(plannerScenario).where(eq(plannerScenario.id, id));
			expect(kept!.budgetEuros).toBe(60000);
		});

		it('copies everything but the runs, upgrades pointing at the copy’s rooms, then deletes only with confirmation', async () => {
			const id = await newScenario({ quartierIds: [buers, saintJean] });
			await updateScenarioSettings(use(), planner, id, {
				budgetEuros: '45000',
				slotMinutes: '60',
				dayStart: '08:00',
				dayEnd: '22:00',
				timeLimitSeconds: '20',
				gapPercent: '0',
				referenceWeek: '2031-03-03'
			});
			await addPlannerActivity(use(), planner, id, { practiceId: restaurantId });
			const hall = await addExistingPlannerRoom(use(), planner, id, { roomId: hallId });
			if (!hall.ok) throw new Error('hall');
			await addPlannerUpgrade(use(), planner, id, { plannerRoomId: hall.id, kind: 'kitchen', kitchenLevel: 'full' });
			await use().db.insert(plannerRun).values({ id: randomUUID(), scenarioId: id, status: 'done', problem: {} });

			const copy = await copyScenario(use(), planner, id);
			if (!copy.ok) throw new Error('copy');
			const named = await copyScenario(use(), planner, id, { name: 'Budget serré' });
			if (!named.ok) throw new Error('named');
			const db = use().db;
			const [c] = await db.select().from(plannerScenario).where(eq(plannerScenario.id, copy.id));
			expect(c).toMatchObject({ name: 'Les Buers 2027 (copie)', copiedFromId: id, budgetEuros: 45000 });
			const [n] = await db.select().from(plannerScenario).where(eq(plannerScenario.id, named.id));
			expect(n!.name).toBe('Budget serré');
			expect(
				(await db.select().from(plannerScenarioQuartier).where(eq(plannerScenarioQuartier.scenarioId, copy.id))).length
			).toBe(2);
			expect((await db.select().from(plannerActivity).where(eq(plannerActivity.scenarioId, copy.id))).length).toBe(1);
			const copiedRooms = await db.select().from(plannerRoom).where(eq(plannerRoom.scenarioId, copy.id));
			expect(copiedRooms.map((r) => r.roomId)).toEqual([hallId]);
			const [copiedUpgrade] = await db.select().from(plannerUpgrade).where(eq(plannerUpgrade.scenarioId, copy.id));
			expect(copiedUpgrade!.plannerRoomId).toBe(copiedRooms[0]!.id);
			expect(await db.select().from(plannerRun).where(eq(plannerRun.scenarioId, copy.id))).toEqual([]);

			expect(await deleteScenario(use(), planner, id, {})).toEqual({
				ok: false,
				fieldErrors: { confirm: 'CONFIRM.REQUIRED' }
			});
			expect(await deleteScenario(use(), planner, id, { confirm: 'on' })).toEqual({ ok: true });
			expect(await db.select().from(plannerScenario).where(eq(plannerScenario.id, id))).toEqual([]);
			expect(await db.select().from(plannerRun).where(eq(plannerRun.scenarioId, id))).toEqual([]);
			// The copy lives on.
			expect(await getScenarioEditor(use(), planner, { id: copy.id, locale: 'fr' })).not.toBeNull();
			expect(await deleteScenario(use(), planner, id, { confirm: 'on' })).toEqual({
				ok: false,
				fieldErrors: { form: 'PLANNER.SCENARIO_NOT_FOUND' }
			});
		});
	});
});

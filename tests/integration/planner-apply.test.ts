/**
 * Applying a finished run: each session in an existing room becomes a pending weekly series for
 * the activity's organisation, all in one transaction; a taken date refuses everything; a run is
 * applied once; the room's manager then finds the requests in the normal queue.
 */
import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { beforeEach, expect, it } from 'vitest';
import { forEachEngine } from './engines.js';
import { seedTerritory, type Territory } from './booking-fixtures.js';
import {
	booking,
	bookingSeries,
	organisation,
	plannerActivity,
	plannerAppliedSeries,
	plannerRoom,
	plannerRun,
	plannerScenario,
	room,
	user
} from '#lib/server/db/schema.js';
import { AccessDenied, loadActor } from '#lib/server/authorisation.js';
import { insertBookings } from '#lib/server/bookings/store.js';
import { applyPlannerRun } from '#lib/server/use-cases/apply-planner-run.js';
import { previewPlannerApply } from '#lib/server/use-cases/preview-planner-apply.js';
import { listBookingRequests } from '#lib/server/use-cases/list-booking-requests.js';
import { decideBooking } from '#lib/server/use-cases/decide-booking.js';
import type { Actor } from '#lib/domain/authorisation.js';
import type { PlanProblem, PlannedSession } from '#lib/domain/planner/problem.js';
import { localInterval } from '#lib/domain/zoned-time.js';
import { activity, problem as planProblem, room as planRoom } from '#lib/domain/testing/planner-problems.js';

/** A Wednesday; the default start is the Monday after, 2029-10-22. */
const NOW = new Date('2029-10-17T08:00:00Z');
const DATES = { from: '2029-11-05', until: '2029-11-30', calendarFilter: 'all', skipPublicHolidays: 'yes' };

forEachEngine('applyPlannerRun', (use) => {
	let t: Territory;
	let planner: Actor;
	let scenarioId: string;
	let ids: {
		existing: string;
		other: string;
		planned: string;
		sewing: string;
		cooking: string;
		orphan: string;
		secondOrg: string;
	};

	const newPlanner = async (): Promise<Actor> => {
		const id = randomUUID();
		await use()
			.db.insert(user)
			.values({ id, name: 'Programmiste', email: `${id}@exemple.fr`, emailVerified: true });
		return { userId: id, twoFactorEnabled: false, grants: [{ role: 'planner', scopeType: 'global', scopeId: '' }] };
	};

	/** A scenario with two existing rooms and a planned one; the sewing workshop's organisation is set, the orphan's not. */
	beforeEach(async () => {
		const { db } = use();
		t = await seedTerritory(db);
		planner = await newPlanner();
		// This room books instantly; a planner's requests must still wait for its manager.
		await db.update(room).set({ approvalRequired: false }).where(eq(room.id, t.roomId));
		scenarioId = randomUUID();
		await db.insert(plannerScenario).values({
			id: scenarioId,
			name: 'Saint-Jean 2030',
			communeId: t.communeId,
			referenceWeek: '2029-10-22'
		});
		const secondOrg = randomUUID();
		await db.insert(organisation).values({ id: secondOrg, name: 'Cuisine partagée', type: 'association' });
		ids = {
			existing: randomUUID(),
			other: randomUUID(),
			planned: randomUUID(),
			sewing: randomUUID(),
			cooking: randomUUID(),
			orphan: randomUUID(),
			secondOrg
		};
		await db.insert(plannerRoom).values([
			{ id: ids.existing, scenarioId, position: 0, roomId: t.roomId, label: 'Salle polyvalente' },
			{ id: ids.other, scenarioId, position: 1, roomId: t.otherRoomId, label: 'Cuisine' },
			{ id: ids.planned, scenarioId, position: 2, label: 'Future salle', equipment: { areaM2: 70 } }
		]);
		const demand = { requirements: {}, sessionsPerWeek: 2, sessionMinutes: 120 };
		await db.insert(plannerActivity).values([
			{ id: ids.sewing, scenarioId, label: 'Atelier couture', organisationId: t.organisationId, ...demand },
			{ id: ids.cooking, scenarioId, label: 'Restaurant des femmes', organisationId: secondOrg, ...demand },
			{ id: ids.orphan, scenarioId, label: 'Aide aux devoirs', ...demand }
		]);
	});

	const session = (activityId: string, roomId: string, weekday: PlannedSession['weekday'], start: number) => ({
		activityId,
		roomId,
		weekday,
		start,
		end: start + 120
	});

	/** A done run of the scenario with these sessions, its problem a snapshot like the solver's. */
	async function doneRun(sessions: PlannedSession[], status = 'done'): Promise<string> {
		const problem: PlanProblem = planProblem({
			rooms: [
				planRoom(ids.existing, { label: 'Salle polyvalente' }),
				planRoom(ids.other, { label: 'Cuisine' }),
				planRoom(ids.planned, { label: 'Future salle', existing: false })
			],
			activities: [
				activity(ids.sewing, { label: 'Atelier couture' }),
				activity(ids.cooking, { label: 'Restaurant des femmes' }),
				activity(ids.orphan, { label: 'Aide aux devoirs' })
			]
		});
		const runId = randomUUID();
		await use()
			.db.insert(plannerRun)
			.values({
				id: runId,
				scenarioId,
				status,
				problem,
				plan: status === 'done' ? { status: 'optimal', gap: 0, sessions, upgradeIds: [], unmet: [] } : null
			});
		return runId;
	}

	const timetable = () => [
		session(ids.sewing, ids.existing, 1, 14 * 60),
		session(ids.sewing, ids.existing, 4, 14 * 60),
		session(ids.cooking, ids.other, 2, 10 * 60),
		session(ids.cooking, ids.planned, 5, 10 * 60),
		session(ids.orphan, ids.existing, 3, 16 * 60)
	];

	/** Rows of this test's rooms: the database is shared by the suite's tests. */
	const mine = (column: typeof booking.roomId | typeof bookingSeries.roomId) =>
		inArray(column, [t.roomId, t.otherRoomId]);

	const apply = (runId: string, values: Record<string, string> = DATES, actor: Actor | null = planner) =>
		applyPlannerRun(use(), actor, { scenarioId, runId, values }, NOW);

	it('previews every request and what is skipped, with the school-year dates by default', async () => {
		const runId = await doneRun(timetable());
		const preview = await previewPlannerApply(use(), planner, scenarioId, runId, NOW);
		expect(preview?.defaults).toEqual({
			from: '2029-10-22',
			until: '2030-06-30',
			calendarFilter: 'all',
			skipPublicHolidays: true
		});
		const items = preview!.application.items.map((i) => [i.roomLabel, i.weekday, i.activityLabel, i.skipped]);
		expect(items).toEqual([
			['Cuisine', 2, 'Restaurant des femmes', null],
			['Future salle', 5, 'Restaurant des femmes', 'planned_room'],
			['Salle polyvalente', 1, 'Atelier couture', null],
			['Salle polyvalente', 3, 'Aide aux devoirs', 'no_organisation'],
			['Salle polyvalente', 4, 'Atelier couture', null]
		]);
		expect(await previewPlannerApply(use(), planner, randomUUID(), runId, NOW)).toBeNull();
	});

	it('requests every session in an existing room as a pending series, records it, and the manager sees it', async () => {
		const { db } = use();
		const runId = await doneRun(timetable());
		const result = await apply(runId);
		if (!result.ok) throw new Error(JSON.stringify(result));
		expect(result.series).toHaveLength(3);
		expect(result.skipped.map((s) => s.skipped).sort()).toEqual(['no_organisation', 'planned_room']);

		const series = await db
			.select()
			.from(bookingSeries)
			.where(mine(bookingSeries.roomId))
			.orderBy(bookingSeries.startsOn);
		expect(
			series.map((s) => [s.roomId, s.organisationId, s.title, s.rule, s.startsOn, s.startTime, s.endTime])
		).toEqual([
			[
				t.roomId,
				t.organisationId,
				'Atelier couture',
				'FREQ=WEEKLY;BYDAY=MO;UNTIL=20291130',
				'2029-11-05',
				'14:00',
				'16:00'
			],
			[
				t.otherRoomId,
				ids.secondOrg,
				'Restaurant des femmes',
				'FREQ=WEEKLY;BYDAY=TU;UNTIL=20291130',
				'2029-11-06',
				'10:00',
				'12:00'
			],
			[
				t.roomId,
				t.organisationId,
				'Atelier couture',
				'FREQ=WEEKLY;BYDAY=TH;UNTIL=20291130',
				'2029-11-08',
				'14:00',
				'16:00'
			]
		]);
		const bookings = await db.select().from(booking).where(mine(booking.roomId));
		// Four Mondays, Tuesdays and Thursdays in November 2029 (11 November, a holiday, is a Sunday).
		expect(bookings).toHaveLength(12);
		// Pending everywhere, even in the room that books instantly, and requested by the planner.
		expect(new Set(bookings.map((b) => b.status))).toEqual(new Set(['pending']));
		expect(new Set(bookings.map((b) => b.requestedBy))).toEqual(new Set([planner.userId]));
		const applied = await db.select().from(plannerAppliedSeries).where(eq(plannerAppliedSeries.runId, runId));
		expect(applied.map((a) => a.activityId).sort()).toEqual([ids.cooking, ids.sewing, ids.sewing].sort());

		const manager = await loadActor(db, t.managerId);
		const queue = await listBookingRequests(use(), manager, {});
		expect(queue.pending.map((g) => [g.title, g.organisationName, g.occurrences.length])).toEqual([
			['Atelier couture', 'Femmes en Mouvement', 4],
			['Atelier couture', 'Femmes en Mouvement', 4]
		]);
		const decided = await decideBooking(
			use(),
			manager,
			{ bookingIds: queue.pending[0]!.occurrences.map((o) => o.id), decision: 'confirm' },
			NOW
		);
		expect(decided.ok).toBe(true);

		const preview = await previewPlannerApply(use(), planner, scenarioId, runId, NOW);
		expect(preview!.application.applied.map((a) => [a.roomName, a.pending, a.confirmed])).toEqual([
			['Cuisine', 4, 0],
			['Salle polyvalente', 0, 4],
			['Salle polyvalente', 4, 0]
		]);
	});

	it('refuses a second application of the same run, and writes nothing more', async () => {
		const runId = await doneRun(timetable());
		expect((await apply(runId)).ok).toBe(true);
		expect(await apply(runId)).toEqual({ ok: false, reason: 'PLANNER.APPLY_ALREADY_APPLIED' });
		expect(await use().db.select().from(bookingSeries).where(mine(bookingSeries.roomId))).toHaveLength(3);
	});

	it('refuses everything when one date of one request is taken, and lists the conflicts', async () => {
		const { db } = use();
		const runId = await doneRun(timetable());
		await insertBookings(db, [
			{
				id: randomUUID(),
				roomId: t.otherRoomId,
				organisationId: t.organisationId,
				title: 'Repas de quartier',
				status: 'confirmed',
				isPublic: true,
				interval: localInterval('2029-11-20', '11:00', '13:00', 'Europe/Paris')
			}
		]);
		const result = await apply(runId);
		expect(result).toMatchObject({ ok: false, reason: 'PLANNER.APPLY_REFUSED' });
		if (result.ok || result.reason !== 'PLANNER.APPLY_REFUSED') return;
		expect(result.refusals).toEqual([
			expect.objectContaining({
				item: expect.objectContaining({ activityLabel: 'Restaurant des femmes', roomId: t.otherRoomId }),
				conflicts: [{ date: '2029-11-20', with: ['Repas de quartier (Femmes en Mouvement)'] }],
				problems: []
			})
		]);
		expect(await db.select().from(bookingSeries).where(mine(bookingSeries.roomId))).toHaveLength(0);
		expect(await db.select().from(booking).where(mine(booking.roomId))).toHaveLength(1);
		expect(await db.select().from(plannerAppliedSeries).where(eq(plannerAppliedSeries.runId, runId))).toHaveLength(0);
		// Once the slot is free again, the same run can be applied.
		await db.delete(booking).where(mine(booking.roomId));
		expect((await apply(runId)).ok).toBe(true);
	});

	it('refuses what the room policy refuses (opening hours shortened since the run)', async () => {
		const { db } = use();
		const runId = await doneRun(timetable());
		await db
			.update(room)
			.set({ openingHours: [{ weekday: 1, start: '09:00', end: '15:00' }] })
			.where(eq(room.id, t.roomId));
		const result = await apply(runId);
		if (result.ok || result.reason !== 'PLANNER.APPLY_REFUSED') throw new Error(JSON.stringify(result));
		expect(result.refusals.map((r) => [r.item.weekday, r.problems.length, r.problems[0]?.problems])).toEqual([
			[1, 4, ['outside_opening_hours']],
			[4, 4, ['outside_opening_hours']]
		]);
		expect(await db.select().from(bookingSeries).where(mine(bookingSeries.roomId))).toHaveLength(0);
	});

	it('says what is wrong with the dates, and refuses unfinished, unknown and empty runs', async () => {
		const runId = await doneRun(timetable());
		expect(await apply(runId, { ...DATES, from: '2029-10-16' })).toEqual({
			ok: false,
			reason: 'INVALID',
			fieldErrors: { from: 'PLANNER.APPLY_FROM_PAST' }
		});
		expect(await apply(runId, { ...DATES, until: '2029-11-01' })).toEqual({
			ok: false,
			reason: 'INVALID',
			fieldErrors: { until: 'REQUESTS.UNTIL_BEFORE_START' }
		});
		expect(await apply(await doneRun([], 'running'))).toEqual({ ok: false, reason: 'PLANNER.APPLY_NOT_DONE' });
		expect(await apply(randomUUID())).toEqual({ ok: false, reason: 'NOT_FOUND' });
		const onlyPlanned = await doneRun([session(ids.cooking, ids.planned, 5, 600)]);
		expect(await apply(onlyPlanned)).toEqual({ ok: false, reason: 'PLANNER.APPLY_NOTHING' });
		// Dates that leave no occurrence: a request with nothing to ask refuses the application.
		const result = await apply(runId, { ...DATES, from: '2029-11-06', until: '2029-11-06' });
		if (result.ok || result.reason !== 'PLANNER.APPLY_REFUSED') throw new Error(JSON.stringify(result));
		expect(result.refusals.every((r) => r.noDates)).toBe(true);
	});

	it('is for planners only', async () => {
		const runId = await doneRun(timetable());
		const member = await loadActor(use().db, t.requesterId);
		await expect(apply(runId, DATES, member)).rejects.toBeInstanceOf(AccessDenied);
		await expect(apply(runId, DATES, null)).rejects.toBeInstanceOf(AccessDenied);
		await expect(previewPlannerApply(use(), member, scenarioId, runId, NOW)).rejects.toBeInstanceOf(AccessDenied);
	});
});

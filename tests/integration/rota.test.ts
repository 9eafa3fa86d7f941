/**
 * Team rotas on both engines: a member states her constraints, the organiser's needs, a proposed
 * rota that keeps clear of every stated school run, publication, the member's shifts and iCal
 * feed, a swap request accepted only when the colleague's constraints still hold — and privacy:
 * a member's constraints are refused to a colleague, a resident and another organisation.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { expect, it } from 'vitest';
import { forEachEngine } from './engines.js';
import { notification, organisation, roleGrant, rotaShift, user } from '#lib/server/db/schema.js';
import { eventually } from './booking-fixtures.js';
import { AccessDenied, loadActor } from '#lib/server/authorisation.js';
import { addRotaNeed } from '#lib/server/use-cases/add-rota-need.js';
import { saveMyRotaConstraints } from '#lib/server/use-cases/save-my-rota-constraints.js';
import { getMemberRotaConstraints } from '#lib/server/use-cases/get-member-rota-constraints.js';
import { getRotaPlanning } from '#lib/server/use-cases/get-rota-planning.js';
import { proposeRota } from '#lib/server/use-cases/propose-rota.js';
import { getRotaWeek } from '#lib/server/use-cases/get-rota-week.js';
import { publishRota } from '#lib/server/use-cases/publish-rota.js';
import { getMyShifts } from '#lib/server/use-cases/get-my-shifts.js';
import { requestRotaSwap } from '#lib/server/use-cases/request-rota-swap.js';
import { decideRotaSwap } from '#lib/server/use-cases/decide-rota-swap.js';
import { createRotaFeed } from '#lib/server/use-cases/create-rota-feed.js';
import { getRotaFeed } from '#lib/server/use-cases/get-rota-feed.js';
import { exportMyData } from '#lib/server/use-cases/export-my-data.js';
import { seedCatalogue } from '#lib/server/catalogue/seed-catalogue.js';
import { seedDemo } from '#lib/server/demo/seed-demo.js';
import { DEMO_ROTA_TEAM, ROTA_RESTAURANT } from '#lib/server/demo/rota-demo.js';
import { constraintsOf } from '#lib/server/rota/store.js';
import type { Actor } from '#lib/domain/authorisation.js';
import type { Database } from '#lib/server/db/client.js';

const WEEK = '2031-03-03';

async function person(db: Database, name: string, role?: { role: string; organisationId: string }): Promise<Actor> {
	const id = randomUUID();
	await db.insert(user).values({ id, name, email: `${id}@exemple.fr` });
	if (role)
		await db.insert(roleGrant).values({
			id: randomUUID(),
			userId: id,
			role: role.role,
			scopeType: 'organisation',
			scopeId: role.organisationId
		});
	return (await loadActor(db, id))!;
}

forEachEngine('team rotas', (use) => {
	let orgId: string;
	let otherOrgId: string;
	let organiser: Actor;
	let aicha: Actor;
	let binta: Actor;
	let chloe: Actor;

	it('sets up a restaurant with an organiser, three members and another organisation', async () => {
		const { db } = use();
		orgId = randomUUID();
		otherOrgId = randomUUID();
		await db.insert(organisation).values([
			{ id: orgId, name: 'Restaurant des femmes', type: 'company' },
			{ id: otherOrgId, name: 'Autre structure', type: 'association' }
		]);
		organiser = await person(db, 'Nadia', { role: 'organisation_admin', organisationId: orgId });
		aicha = await person(db, 'Aïcha', { role: 'organisation_member', organisationId: orgId });
		binta = await person(db, 'Binta', { role: 'organisation_member', organisationId: orgId });
		chloe = await person(db, 'Chloé', { role: 'organisation_member', organisationId: orgId });
	});

	it('lets a member state her constraints, refilled errors on the field otherwise', async () => {
		const ctx = use();
		const bad = await saveMyRotaConstraints(ctx, aicha, orgId, { maxHours: 'x', wishedHours: '10', pattern: 'any' });
		expect(bad).toEqual({ ok: false, fieldErrors: { maxHours: 'ROTA.HOURS_INVALID' } });
		const pickUp = (d: string, i: number) => ({
			[`weekday_${i}`]: d,
			[`start_${i}`]: '16:00',
			[`end_${i}`]: '17:00',
			[`kind_${i}`]: 'school_pickup'
		});
		expect(
			await saveMyRotaConstraints(ctx, aicha, orgId, {
				maxHours: '21',
				wishedHours: '18',
				partTimePercent: '60',
				pattern: 'any',
				daysOff: ['3'],
				...pickUp('1', 0),
				...pickUp('2', 1),
				...pickUp('4', 2),
				...pickUp('5', 3)
			})
		).toEqual({ ok: true });
		expect(
			await saveMyRotaConstraints(ctx, binta, orgId, { maxHours: '30', wishedHours: '20', pattern: 'any' })
		).toEqual({ ok: true });
		expect(
			await saveMyRotaConstraints(ctx, chloe, orgId, { maxHours: '6', wishedHours: '6', pattern: 'mornings' })
		).toEqual({ ok: true });
		const mine = await getMemberRotaConstraints(ctx, aicha, orgId, aicha.userId);
		expect(mine?.constraints?.unavailable).toHaveLength(4);
		expect(mine?.constraints?.daysOff).toEqual([3]);
		// Personal data: in her export too.
		const exported = await exportMyData(ctx, aicha.userId);
		expect(exported?.rota.constraints).toMatchObject([{ organisation: 'Restaurant des femmes', maxMinutes: 21 * 60 }]);
		expect(exported?.rota.unavailable.filter((u) => u.kind === 'school_pickup')).toHaveLength(4);
	});

	it('shows a member’s constraints to her and her organisers only', async () => {
		const ctx = use();
		expect((await getMemberRotaConstraints(ctx, organiser, orgId, aicha.userId))?.constraints?.maxMinutes).toBe(
			21 * 60
		);
		const resident = await person(ctx.db, 'Samira');
		const otherOrganiser = await person(ctx.db, 'Claire', { role: 'organisation_admin', organisationId: otherOrgId });
		for (const intruder of [binta, resident, otherOrganiser])
			await expect(getMemberRotaConstraints(ctx, intruder, orgId, aicha.userId)).rejects.toBeInstanceOf(AccessDenied);
		for (const intruder of [binta, resident, otherOrganiser])
			await expect(getRotaPlanning(ctx, intruder, orgId)).rejects.toBeInstanceOf(AccessDenied);
		await expect(saveMyRotaConstraints(ctx, resident, orgId, { maxHours: '1' })).rejects.toBeInstanceOf(AccessDenied);
		const planning = await getRotaPlanning(ctx, organiser, orgId);
		expect(planning?.team.map((t) => t.name)).toEqual(['Aïcha', 'Binta', 'Chloé']);
	});

	it('proposes a rota that covers the needs it can and keeps clear of every school pick-up', async () => {
		const ctx = use();
		for (const weekday of ['1', '2', '4', '5']) {
			expect(
				await addRotaNeed(ctx, organiser, orgId, { weekday, start: '11:00', end: '14:30', people: '2', label: 'Midi' })
			).toEqual({ ok: true });
			await addRotaNeed(ctx, organiser, orgId, { weekday, start: '15:30', end: '17:00', people: '1', label: 'Goûter' });
		}
		// Two more on Monday at pick-up time: only Binta can stay.
		await addRotaNeed(ctx, organiser, orgId, { weekday: '1', start: '16:00', end: '17:00', people: '2' });
		expect(
			await addRotaNeed(ctx, organiser, orgId, { weekday: '1', start: '12:00', end: '11:00', people: '1' })
		).toEqual({
			ok: false,
			fieldErrors: { end: 'ROTA.END_BEFORE_START' }
		});
		await expect(proposeRota(ctx, binta, orgId, { week: WEEK })).rejects.toBeInstanceOf(AccessDenied);
		const proposed = await proposeRota(ctx, organiser, orgId, { week: '2031-03-05' });
		expect(proposed).toMatchObject({ ok: true, weekStart: WEEK });
		const week = await getRotaWeek(ctx, organiser, orgId, WEEK);
		expect(week?.violations).toEqual([]);
		const aichaShifts = week!.shifts.filter((s) => s.memberId === aicha.userId);
		expect(aichaShifts.length).toBeGreaterThan(0);
		for (const s of aichaShifts) expect(s.end <= 16 * 60 || s.start >= 17 * 60).toBe(true);
		// Monday 16:00–17:00: Aïcha picks up her children, Chloé works mornings only.
		expect(week!.unmet).toEqual([
			{
				weekday: 1,
				start: 960,
				end: 1020,
				needed: 3,
				missing: 2,
				reason: 'NOBODY_AVAILABLE',
				counts: expect.objectContaining({ schoolPickup: 1, pattern: 1, free: 0 })
			}
		]);
	});

	it('publishes the week; the member sees her shifts and her calendar, and asks a swap the organiser decides', async () => {
		const ctx = use();
		const before = await getMyShifts(ctx, binta, orgId, new Date('2031-03-01T10:00:00Z'));
		expect(before?.shifts).toEqual([]);
		expect(await publishRota(ctx, organiser, orgId, WEEK)).toEqual({ ok: true });
		expect(await proposeRota(ctx, organiser, orgId, { week: WEEK })).toEqual({
			ok: false,
			fieldErrors: { week: 'ROTA.ALREADY_PUBLISHED' }
		});
		const mine = await getMyShifts(ctx, binta, orgId, new Date('2031-03-01T10:00:00Z'));
		expect(mine!.shifts.length).toBeGreaterThan(0);

		const feed = await createRotaFeed(ctx, binta, orgId);
		const labels = { shift: (o: string) => `Service — ${o}`, calendarName: (o: string) => o };
		const ics = await getRotaFeed(ctx, orgId, feed!.token, {
			now: new Date('2031-03-01T10:00:00Z'),
			host: 'x',
			labels
		});
		expect(ics.ok).toBe(true);
		const events = new ICAL.Component(ICAL.parse(ics.ok ? ics.body : '')).getAllSubcomponents('vevent');
		expect(events).toHaveLength(mine!.shifts.length);
		expect(await getRotaFeed(ctx, orgId, 'qvcal_wrong', { now: new Date(), host: 'x', labels })).toEqual({
			ok: false,
			reason: 'TOKEN_INVALID'
		});

		// Binta hands a shift to Aïcha on a day Aïcha picks up her children, over the pick-up: refused.
		const late = mine!.shifts.find((s) => s.end > 16 * 60 && s.weekday !== 3);
		const other = mine!.shifts.find((s) => s.id !== late?.id);
		expect(late).toBeDefined();
		expect(await requestRotaSwap(ctx, binta, orgId, { shiftId: late!.id, colleagueId: aicha.userId })).toEqual({
			ok: true
		});
		const week = await getRotaWeek(ctx, organiser, orgId, WEEK);
		const swap = week!.swaps.find((s) => s.shift.id === late!.id)!;
		expect(await decideRotaSwap(ctx, organiser, orgId, { requestId: swap.id, decision: 'accept' })).toEqual({
			ok: false,
			fieldErrors: { form: 'ROTA.SWAP_UNAVAILABLE' }
		});
		await decideRotaSwap(ctx, organiser, orgId, { requestId: swap.id, decision: 'refuse' });
		expect(other).toBeDefined();
		await expect(
			requestRotaSwap(ctx, binta, orgId, { shiftId: other!.id, colleagueId: binta.userId })
		).resolves.toEqual({ ok: false, fieldErrors: { form: 'ROTA.COLLEAGUE_INVALID' } });
		expect(await requestRotaSwap(ctx, aicha, orgId, { shiftId: other!.id, colleagueId: chloe.userId })).toEqual({
			ok: false,
			fieldErrors: { form: 'ROTA.SHIFT_NOT_YOURS' }
		});
	});

	it('accepts a swap that keeps the colleague within her constraints, and moves the shift', async () => {
		const ctx = use();
		const { db } = ctx;
		// A colleague with no constraints of her own but wide availability.
		const dina = await person(db, 'Dina', { role: 'organisation_member', organisationId: orgId });
		await saveMyRotaConstraints(ctx, dina, orgId, { maxHours: '35', wishedHours: '10', pattern: 'any' });
		const mine = await getMyShifts(ctx, binta, orgId, new Date('2031-03-01T10:00:00Z'));
		const shift = mine!.shifts.find((s) => !s.request)!;
		expect(await requestRotaSwap(ctx, binta, orgId, { shiftId: shift.id, colleagueId: dina.userId })).toEqual({
			ok: true
		});
		const week = await getRotaWeek(ctx, organiser, orgId, WEEK);
		const swap = week!.swaps.find((s) => s.shift.id === shift.id)!;
		await expect(decideRotaSwap(ctx, binta, orgId, { requestId: swap.id, decision: 'accept' })).rejects.toBeInstanceOf(
			AccessDenied
		);
		expect(await decideRotaSwap(ctx, organiser, orgId, { requestId: swap.id, decision: 'accept' })).toEqual({
			ok: true,
			decision: 'accepted'
		});
		const [moved] = await db.select().from(rotaShift).where(eq(rotaShift.id, shift.id));
		expect(moved?.userId).toBe(dina.userId);
		// The organiser heard of the request, Binta and Dina of the answer, each linked to her page.
		const told = async (userId: string, kind: string) =>
			(await db.select().from(notification).where(eq(notification.userId, userId))).filter((n) => n.kind === kind);
		await eventually(async () => (await told(organiser.userId, 'rota.swap_requested')).length > 0, 20_000);
		expect((await told(organiser.userId, 'rota.swap_requested'))[0]).toMatchObject({
			link: `/organisations/${orgId}/rota/weeks/${WEEK}`,
			payload: { title: 'Restaurant des femmes' }
		});
		for (const member of [binta, dina])
			await eventually(
				async () =>
					(await told(member.userId, 'rota.swap_decided')).some(
						(n) => (n.payload as { confirmed?: number }).confirmed === 1
					),
				20_000
			);
		expect((await getRotaWeek(ctx, organiser, orgId, WEEK))?.violations).toEqual([]);

		// An exchange: Binta takes that shift back and Dina takes another of Binta's, another day.
		const now = new Date('2031-03-01T10:00:00Z');
		const other = (await getMyShifts(ctx, binta, orgId, now))!.shifts.find(
			(s) => !s.request && s.weekday !== shift.weekday
		)!;
		expect(other.exchanges.map((e) => e.id)).toContain(shift.id);
		expect(await requestRotaSwap(ctx, binta, orgId, { shiftId: other.id, target: `swap:${shift.id}` })).toEqual({
			ok: true
		});
		const exchange = (await getRotaWeek(ctx, organiser, orgId, WEEK))!.swaps.find((s) => s.shift.id === other.id)!;
		expect(exchange.theirs?.id).toBe(shift.id);
		expect(await decideRotaSwap(ctx, organiser, orgId, { requestId: exchange.id, decision: 'accept' })).toEqual({
			ok: true,
			decision: 'accepted'
		});
		const owners = new Map(
			(await db.select().from(rotaShift).where(eq(rotaShift.rotaId, moved!.rotaId))).map((r) => [r.id, r.userId])
		);
		expect([owners.get(shift.id), owners.get(other.id)]).toEqual([binta.userId, dina.userId]);

		// An exchange that would put Aïcha on her pick-up time is refused, and nothing moves.
		const afterExchange = (await getRotaWeek(ctx, organiser, orgId, WEEK))!;
		const late = afterExchange.shifts.find((s) => s.memberId === binta.userId && s.weekday === 1 && s.end > 16 * 60)!;
		const aichas = afterExchange.shifts.find((s) => s.memberId === aicha.userId && s.weekday !== 1)!;
		expect(await requestRotaSwap(ctx, aicha, orgId, { shiftId: aichas.id, target: `swap:${late.id}` })).toEqual({
			ok: true
		});
		const bad = (await getRotaWeek(ctx, organiser, orgId, WEEK))!.swaps.find((s) => s.shift.id === aichas.id)!;
		expect(await decideRotaSwap(ctx, organiser, orgId, { requestId: bad.id, decision: 'accept' })).toEqual({
			ok: false,
			fieldErrors: { form: 'ROTA.SWAP_UNAVAILABLE' }
		});
		const [still] = await db.select().from(rotaShift).where(eq(rotaShift.id, late.id));
		expect(still?.userId).toBe(binta.userId);
	});
});

forEachEngine('the demo restaurant’s rota', (use) => {
	it(
		'plans the eight women’s week clear of every school pick-up, and explains what stays uncovered',
		{ timeout: 60_000 },
		async () => {
			const ctx = use();
			const { db } = ctx;
			await seedCatalogue(db);
			expect(await seedDemo(db)).toBe('seeded');
			const [restaurant] = await db.select().from(organisation).where(eq(organisation.name, ROTA_RESTAURANT));
			const [nadia] = await db.select().from(user).where(eq(user.email, 'traiteur@demo.quartiers-vivants.fr'));
			const organiser = (await loadActor(db, nadia!.id))!;
			const planning = await getRotaPlanning(ctx, organiser, restaurant!.id);
			expect(planning!.team).toHaveLength(DEMO_ROTA_TEAM.length);
			expect(planning!.team.every((t) => t.constraints !== null)).toBe(true);

			const proposed = await proposeRota(ctx, organiser, restaurant!.id, { week: WEEK });
			// Proven optimal on a quiet machine (bench/results/rota.md); under load the last stage may stop at its time.
			expect(proposed).toMatchObject({ ok: true, solution: { violations: [] } });
			expect(proposed && proposed.ok && proposed.solution.status).not.toBe('greedy');
			const week = (await getRotaWeek(ctx, organiser, restaurant!.id, WEEK))!;
			expect(week.violations).toEqual([]);
			const constraints = await constraintsOf(db, restaurant!.id);
			let pickUps = 0;
			for (const [memberId, c] of constraints)
				for (const u of c.unavailable.filter((x) => x.kind === 'school_pickup')) {
					pickUps++;
					for (const s of week.shifts.filter((x) => x.memberId === memberId && x.weekday === u.weekday))
						expect(s.end <= u.start || s.start >= u.end, `${memberId} ${u.weekday}`).toBe(true);
				}
			expect(pickUps).toBe(
				DEMO_ROTA_TEAM.flatMap((t) => t.constraints.unavailable).filter((u) => u.kind === 'school_pickup').length
			);
			// Thursday's catering preparation runs into pick-up time: uncovered, with pick-ups counted.
			const thursday = week.unmet.filter((b) => b.weekday === 4 && b.start >= 16 * 60);
			expect(thursday.length).toBeGreaterThan(0);
			expect(thursday.some((b) => b.counts.schoolPickup >= 3)).toBe(true);
		}
	);
});

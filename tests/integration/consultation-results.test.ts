import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { forEachEngine } from './engines.js';
import {
	consultation,
	consultationQuestion,
	consultationResponse,
	demographicProfile,
	responseDemographics,
	user
} from '#lib/server/db/schema.js';
import { seedDemo } from '#lib/server/demo/seed-demo.js';
import { DEMO_CONSULTATIONS } from '#lib/server/demo/consultations-demo.js';
import { AccessDenied, loadActor } from '#lib/server/authorisation.js';
import { getConsultationResults } from '#lib/server/use-cases/get-consultation-results.js';
import { exportConsultationAnswers } from '#lib/server/use-cases/export-consultation-answers.js';
import { exportConsultationBreakdown } from '#lib/server/use-cases/export-consultation-breakdown.js';
import { saveDemographicProfile } from '#lib/server/use-cases/save-demographic-profile.js';
import { withdrawDemographicProfile } from '#lib/server/use-cases/withdraw-demographic-profile.js';
import { getDemographicProfile } from '#lib/server/use-cases/get-demographic-profile.js';
import { exportMyData } from '#lib/server/use-cases/export-my-data.js';
import type { AppContext } from '#lib/server/context.js';
import type { Actor } from '#lib/domain/authorisation.js';

async function actorOf(db: AppContext['db'], prefix: string): Promise<Actor> {
	const [u] = await db
		.select({ id: user.id })
		.from(user)
		.where(eq(user.email, `${prefix}@demo.quartiers-vivants.fr`));
	return (await loadActor(db, u!.id))!;
}

forEachEngine('consultation results', (use) => {
	let staff: Actor;
	let resident: Actor;
	let member: Actor;
	beforeAll(async () => {
		expect(await seedDemo(use().db)).toBe('seeded');
		staff = await actorOf(use().db, 'moderation');
		resident = await actorOf(use().db, 'habitante');
		member = await actorOf(use().db, 'membre');
	});

	it('computes the results from the stored responses', async () => {
		const db = use().db;
		const id = randomUUID();
		const now = new Date();
		await db.insert(consultation).values({
			id,
			title: 'Test',
			language: 'fr',
			opensAt: new Date(now.getTime() - 10 * 86_400_000),
			closesAt: new Date(now.getTime() - 86_400_000),
			answerMode: 'anonymous',
			status: 'published',
			shortCode: `T${randomUUID().slice(0, 6).toUpperCase()}`
		});
		const single = randomUUID();
		const scale = randomUUID();
		const ranking = randomUUID();
		await db.insert(consultationQuestion).values([
			{ id: single, consultationId: id, position: 1, kind: 'single', prompt: 'Quand ?', options: ['Matin', 'Soir'] },
			{ id: scale, consultationId: id, position: 2, kind: 'scale', prompt: 'Note', scaleMin: 1, scaleMax: 3 },
			{ id: ranking, consultationId: id, position: 3, kind: 'ranking', prompt: 'Ordre', options: ['A', 'B', 'C'] }
		]);
		const answers = [
			{ [single]: 0, [scale]: 3, [ranking]: [2, 0, 1] },
			{ [single]: 0, [scale]: 1, [ranking]: [0, 2, 1] },
			{ [single]: 1, [scale]: 3, [ranking]: [2, 1, 0] }
		];
		for (const a of answers)
			await db
				.insert(consultationResponse)
				.values({ id: randomUUID(), consultationId: id, answeredOn: '2026-11-01', answers: a });
		const r = await getConsultationResults(use(), null, { id, dimension: null });
		expect(r.status).toBe('ok');
		if (r.status !== 'ok') return;
		expect(r.questions.map((q) => q.result)).toEqual([
			{ kind: 'single', questionId: single, answered: 3, counts: [2, 1] },
			{ kind: 'scale', questionId: scale, answered: 3, values: [1, 2, 3], counts: [1, 0, 2], median: 3 },
			{ kind: 'ranking', questionId: ranking, answered: 3, firstPlaces: [1, 0, 2], meanRank: [2, 8 / 3, 4 / 3] }
		]);
		expect(r.participation).toMatchObject({ total: 3, online: 3, counter: 0 });
	});

	it('breaks the demo consultation down by gender with a hidden small group and consistent totals', async () => {
		const r = await getConsultationResults(use(), null, { id: DEMO_CONSULTATIONS.closed.id, dimension: 'gender' });
		expect(r.status).toBe('ok');
		if (r.status !== 'ok') return;
		expect(r.isStaff).toBe(false);
		expect(r.participation).toMatchObject({ total: 40, counter: 5, online: 35 });
		const first = r.questions[0]!;
		expect(first.result.kind).toBe('single');
		const b = first.breakdown!;
		expect(b.columns).toEqual(['woman', 'man', 'other', 'not_stated']);
		expect(b.table.cells.flat()).toContain(null);
		// The men's (3, 1, 2) and "other" (1, 0, 1) columns hold only groups below 5: none is shown
		// but "nobody".
		for (const row of b.table.cells.slice(0, 3)) {
			expect(row[1]).toBeNull();
			expect([null, 0]).toContain(row[2]);
		}
		if (first.result.kind !== 'single') return;
		// Everyone answered the first question: its "no answer" row is empty.
		expect(b.table.rowTotals).toEqual([...first.result.counts, 0]);
		expect(b.table.total).toBe(40);
		// Its columns agree with the participation by gender, figure for figure.
		expect(b.table.columnTotals).toEqual(r.participation.byGender.counts);
		// What is shown adds up: a row whose cells are all shown sums to its total.
		b.table.cells.forEach((row, i) => {
			if (row.every((v) => v !== null)) expect(row.reduce((a, v) => a! + v!, 0)).toBe(b.table.rowTotals[i]);
		});
		// Participation by gender hides the two "other" respondents.
		expect(r.participation.byGender.counts[2]).toBeNull();
		// Free text is for staff only.
		expect(r.questions[3]!.texts).toBeNull();
		const asStaff = await getConsultationResults(use(), staff, { id: DEMO_CONSULTATIONS.closed.id, dimension: null });
		expect(asStaff.status === 'ok' && asStaff.questions[3]!.texts!.length).toBeGreaterThan(5);
	});

	it('keeps results from the public until the consultation closes, but not from staff', async () => {
		const open = DEMO_CONSULTATIONS.open.id;
		expect((await getConsultationResults(use(), null, { id: open, dimension: null })).status).toBe('not_yet');
		expect((await getConsultationResults(use(), resident, { id: open, dimension: null })).status).toBe('not_yet');
		expect((await getConsultationResults(use(), staff, { id: open, dimension: null })).status).toBe('ok');
		const later = new Date(Date.now() + 60 * 86_400_000);
		expect((await getConsultationResults(use(), null, { id: open, dimension: null, now: later })).status).toBe('ok');
		// A draft does not exist for the public.
		await use().db.update(consultation).set({ status: 'draft' }).where(eq(consultation.id, open));
		expect((await getConsultationResults(use(), null, { id: open, dimension: null, now: later })).status).toBe(
			'not_found'
		);
		await use().db.update(consultation).set({ status: 'published' }).where(eq(consultation.id, open));
		expect((await getConsultationResults(use(), null, { id: randomUUID(), dimension: null })).status).toBe('not_found');
	});

	it('exports answers and protected tables to staff only, without account, e-mail or demographic column', async () => {
		const id = DEMO_CONSULTATIONS.closed.id;
		// Give one response an account, as a signed consultation would: it must not leak.
		const [one] = await use().db.select({ id: consultationResponse.id }).from(consultationResponse).limit(1);
		await use()
			.db.update(consultationResponse)
			.set({ userId: resident.userId })
			.where(eq(consultationResponse.id, one!.id));
		const answers = await exportConsultationAnswers(use(), staff, id);
		const lines = answers!.csv.replace('\uFEFF', '').trim().split('\r\n');
		expect(lines[0]).toBe('response,channel,answered_on,q1,q2,q3,q4');
		expect(lines).toHaveLength(41);
		expect(answers!.csv).not.toContain(resident.userId);
		expect(answers!.csv).not.toContain('@');
		expect(answers!.csv).not.toMatch(/woman|gender|age|employment|single/i);
		expect(answers!.csv).toContain('counter');
		expect(answers!.csv).toMatch(/Le matin \(8 h 30 – 12 h\)/);

		const breakdown = await exportConsultationBreakdown(use(), staff, id);
		const rows = breakdown!.csv.replace('\uFEFF', '').trim().split('\r\n');
		expect(rows[0]).toBe('question,prompt,dimension,answer,category,count,suppressed');
		expect(rows.some((l) => l.includes(',gender,') && l.includes(',man,') && l.endsWith(',,true'))).toBe(true);
		expect(rows.every((l, i) => i === 0 || /,(\d+,false|,true)$/.test(l))).toBe(true);
		expect(breakdown!.csv).not.toContain(resident.userId);

		for (const who of [null, resident, member]) {
			await expect(exportConsultationAnswers(use(), who, id)).rejects.toBeInstanceOf(AccessDenied);
			await expect(exportConsultationBreakdown(use(), who, id)).rejects.toBeInstanceOf(AccessDenied);
		}
	});

	it('a resident saves her demographic block with consent, reads it alone, and withdraws it', async () => {
		const db = use().db;
		const values = { gender: 'woman', ageBand: '25-34', singleParent: 'yes', employment: '', childrenUnder3: 'yes' };
		expect(await saveDemographicProfile(use(), resident, values)).toEqual({
			ok: false,
			fieldErrors: { consent: 'RESULTS.CONSENT_REQUIRED' }
		});
		expect(await saveDemographicProfile(use(), resident, { ...values, gender: 'martian', consent: 'on' })).toEqual({
			ok: false,
			fieldErrors: { gender: 'CHOICE.INVALID' }
		});
		expect(await db.select({ n: count() }).from(demographicProfile)).toEqual([{ n: 0 }]);

		expect(await saveDemographicProfile(use(), resident, { ...values, consent: 'on' })).toEqual({ ok: true });
		expect(await getDemographicProfile(use(), resident)).toMatchObject({
			gender: 'woman',
			ageBand: '25-34',
			singleParent: true,
			employment: null,
			childrenUnder3: true,
			childrenUnder12: null
		});
		// Saving again changes it in place.
		expect(await saveDemographicProfile(use(), resident, { ...values, ageBand: '35-49', consent: 'on' })).toEqual({
			ok: true
		});
		expect((await getDemographicProfile(use(), resident))?.ageBand).toBe('35-49');
		// Someone else only ever reads her own (none); nobody signed out reads anything.
		expect(await getDemographicProfile(use(), member)).toBeNull();
		await expect(getDemographicProfile(use(), null)).rejects.toBeInstanceOf(AccessDenied);
		// It is in her data export.
		expect((await exportMyData(use(), resident.userId))?.demographicProfile).toMatchObject({ gender: 'woman' });
		expect((await exportMyData(use(), member.userId))?.demographicProfile).toBeNull();

		await withdrawDemographicProfile(use(), resident);
		expect(await getDemographicProfile(use(), resident)).toBeNull();
		expect(await db.select({ n: count() }).from(demographicProfile)).toEqual([{ n: 0 }]);
		// Blocks given with responses are untouched by a withdrawal.
		const [{ n }] = (await db.select({ n: count() }).from(responseDemographics)) as [{ n: number }];
		expect(n).toBe(30);
	});
});

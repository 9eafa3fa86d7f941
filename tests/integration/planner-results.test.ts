/**
 * Reading runs back for the results pages: a finished run with its figures and names, a running
 * one with its progress, the needs of the scenario's quartiers, the comparison of two runs —
 * each only for planners.
 */
import { expect, it } from 'vitest';
import { forEachEngine } from './engines.js';
import { insertPlannerRunFixture } from './planner-run-fixture.js';
import { getPlannerRun } from '#lib/server/use-cases/get-planner-run.js';
import { getPlannerReport } from '#lib/server/use-cases/get-planner-report.js';
import { comparePlannerRuns } from '#lib/server/use-cases/compare-planner-runs.js';
import { AccessDenied } from '#lib/server/authorisation.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { ORG_JUDO, ROOM_HALL } from '../fixtures/planner-run.js';
import { reportDocument } from '#lib/server/planner/report-document.js';
import { renderReportPdf } from '#lib/server/planner/report-pdf.js';
import { startWhatIf } from '#lib/server/use-cases/start-what-if.js';
import { plannerScenario, user } from '#lib/server/db/schema.js';
import { eq } from 'drizzle-orm';

/** The text a PDF draws in its built-in fonts (hex strings of its TJ operators), spaces left out. */
function builtInFontText(pdf: Buffer): string {
	const ops = pdf.toString('latin1').match(/\[[^\]]*\] TJ/g) ?? [];
	return ops
		.map((op) =>
			(op.match(/<([0-9a-f]+)>/gi) ?? []).map((h) => Buffer.from(h.slice(1, -1), 'hex').toString('latin1')).join('')
		)
		.join('')
		.replace(/\s/g, '');
}

const planner: Actor = {
	userId: 'p',
	twoFactorEnabled: false,
	grants: [{ role: 'planner', scopeType: 'global', scopeId: '' }]
};
const resident: Actor = { userId: 'r', twoFactorEnabled: false, grants: [] };

forEachEngine('planner results', (use) => {
	let fixture: Awaited<ReturnType<typeof insertPlannerRunFixture>> | undefined;
	const seeded = async () => (fixture ??= await insertPlannerRunFixture(use().db));

	it('is for planners only', async () => {
		const f = await seeded();
		const input = { scenarioId: f.scenarioId, runId: f.runs.done };
		for (const actor of [null, resident]) {
			await expect(getPlannerRun(use(), actor, input)).rejects.toBeInstanceOf(AccessDenied);
			await expect(getPlannerReport(use(), actor, input)).rejects.toBeInstanceOf(AccessDenied);
			await expect(comparePlannerRuns(use(), actor, { a: null, b: null })).rejects.toBeInstanceOf(AccessDenied);
		}
	});

	it('reads a finished run with its figures and the names of who shares each room', async () => {
		const f = await seeded();
		const view = (await getPlannerRun(use(), planner, { scenarioId: f.scenarioId, runId: f.runs.done }))!;
		expect(view.run.status).toBe('done');
		expect(view.run.scenario.name).toBe('Pôle social des Izards');
		const r = view.results!;
		expect(r.totals).toMatchObject({ servedSessions: 7, upgradeCost: 51_000, budget: 60_000 });
		const hall = r.rooms.find((x) => x.roomId === ROOM_HALL)!;
		expect(hall.organisationIds).toHaveLength(3);
		expect(r.names.organisations[ORG_JUDO]).toBe('Judo club des Izards');
		expect(Object.values(r.names.quartiers).sort()).toEqual(['Bagatelle', 'Les Izards']);
	});

	it('gives a running run its progress and no results; a failed one its error', async () => {
		const f = await seeded();
		const running = (await getPlannerRun(use(), planner, { scenarioId: f.scenarioId, runId: f.runs.running }))!;
		expect(running.results).toBeNull();
		expect(running.run.progress).toMatchObject({ phase: 'solving', elapsedMs: 8_000 });
		const failed = (await getPlannerRun(use(), planner, { scenarioId: f.scenarioId, runId: f.runs.failed }))!;
		expect(failed.run.status).toBe('failed');
		expect(failed.run.error).toBe('worker exited');
	});

	it('finds no run under another scenario’s address, and no report before the plan exists', async () => {
		const f = await seeded();
		expect(await getPlannerRun(use(), planner, { scenarioId: f.lowBudgetScenarioId, runId: f.runs.done })).toBeNull();
		expect(await getPlannerReport(use(), planner, { scenarioId: f.scenarioId, runId: f.runs.running })).toBeNull();
	});

	it('counts the public needs of the scenario’s quartiers by theme, the most supported first', async () => {
		const f = await seeded();
		const report = (await getPlannerReport(use(), planner, { scenarioId: f.scenarioId, runId: f.runs.done }))!;
		expect(report.needs.quartiers.map((q) => q.name)).toEqual(['Bagatelle', 'Les Izards']);
		expect(report.needs.byTheme).toEqual([
			{ theme: 'EDU', count: 2, supports: 59 },
			{ theme: 'COH', count: 1, supports: 30 }
		]);
		expect(report.needs.total).toBe(3);
		expect(report.needs.top.map((n) => n.supportCount)).toEqual([42, 30, 17]);
	});

	it('compares two finished runs and offers only finished runs to choose from', async () => {
		const f = await seeded();
		const c = await comparePlannerRuns(use(), planner, { a: f.runs.done, b: f.runs.lowBudget });
		expect(c.choices.map((x) => x.id).sort()).toEqual([f.runs.done, f.runs.lowBudget].sort());
		expect(c.comparison!.a.servedSessions).toBe(7);
		expect(c.comparison!.b.servedSessions).toBe(4);
		expect(c.b.run!.scenarioName).toBe('Pôle social — budget réduit');
		const notDone = await comparePlannerRuns(use(), planner, { a: f.runs.running, b: 'nope' });
		expect([notDone.a.status, notDone.b.status]).toEqual(['not_found', 'not_found']);
		expect(notDone.comparison).toBeNull();
	});

	it('draws the programme report as a PDF of several A4 pages with every room, laid out left to right and right to left', async () => {
		const f = await seeded();
		const report = (await getPlannerReport(use(), planner, { scenarioId: f.scenarioId, runId: f.runs.done }))!;
		const doc = reportDocument(report);
		expect(doc.sections.map((s) => s.id)).toEqual([
			'needs',
			'practices',
			'programme',
			'timetable',
			'costs',
			'assumptions',
			'sources'
		]);
		const pdf = await renderReportPdf(doc, 'fr', { compress: false });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		const pages = pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? [];
		expect(pages.length).toBeGreaterThanOrEqual(2);
		expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
		const text = builtInFontText(pdf);
		for (const room of ['Salle polyvalente Jean-Moulin', 'Maison des associations', 'Future salle du pôle social'])
			expect(text).toContain(room.replace(/\s/g, ''));
		expect(text).toContain('48m²');
		const arabic = await renderReportPdf(doc, 'ar', { compress: false });
		expect(arabic.subarray(0, 5).toString()).toBe('%PDF-');
		// Right to left: the first table's first column starts at the right margin.
		expect(builtInFontText(arabic)).toContain('SallepolyvalenteJean-Moulin');
	});

	it('what-if: refuses a change of nothing, copies the scenario with the new budget, never touches the original', async () => {
		const f = await seeded();
		const input = { scenarioId: f.scenarioId, runId: f.runs.done };
		// The copy records who made it: a real account.
		await use()
			.db.insert(user)
			.values({ id: 'p', name: 'Hélène', email: 'helene-whatif@exemple.fr' })
			.onConflictDoNothing();
		await expect(startWhatIf(use(), resident, input, { budget: '1' })).rejects.toBeInstanceOf(AccessDenied);
		expect(await startWhatIf(use(), planner, input, {})).toEqual({
			ok: false,
			fieldErrors: { form: 'PLANNER.WHATIF_NOTHING' }
		});
		expect(await startWhatIf(use(), planner, input, { roomId: 'elsewhere', extraM2: '8' })).toEqual({
			ok: false,
			fieldErrors: { roomId: 'PLANNER.WHATIF_ROOM' }
		});
		// The fixture's scenario has no activity rows (its runs carry their problem): the copy is
		// made and changed, then there is nothing to solve.
		expect(await startWhatIf(use(), planner, input, { budget: '75000' })).toEqual({
			ok: false,
			fieldErrors: { form: 'PLANNER.NOTHING_TO_PLAN' }
		});
		const copies = await use().db.select().from(plannerScenario).where(eq(plannerScenario.copiedFromId, f.scenarioId));
		expect(copies.map((c) => c.budgetEuros)).toContain(75_000);
		const [original] = await use().db.select().from(plannerScenario).where(eq(plannerScenario.id, f.scenarioId));
		expect(original!.budgetEuros).toBe(60_000);
	});
});

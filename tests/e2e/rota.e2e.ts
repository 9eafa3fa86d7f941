/**
 * Team rotas as the restaurant's people use them (issue 9): the organiser proposes the week for
 * the eight women and no shift on the page overlaps a pick-up time any of them stated (read from
 * the organiser's own overview, which shows what is stored); a member sees her shifts in Arabic
 * on a 360 px phone and downloads her calendar; a swap request reaches the organiser, who
 * accepts it with the keyboard; the organiser's forms without JavaScript; axe on every page.
 * Each test plans a week of its own, from next week on, so none depends on another or on order.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_PASSWORD, ar, expectNoAxeViolations, fr, goto, ready, signIn } from './helpers';

const ORGANISER = 'traiteur@demo.quartiers-vivants.fr';
const RESTAURANT = 'Traiteur La Table des Buers';
/** The demo team's accounts: equipe.<first name without accents>@demo. */
const emailOf = (name: string) =>
	`equipe.${name
		.split(' ')[0]!
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()}@demo.quartiers-vivants.fr`;

/** The Monday `weeks` weeks after this one, as YYYY-MM-DD. */
function monday(weeks: number): string {
	const d = new Date();
	d.setUTCHours(12, 0, 0, 0);
	d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7) + 7 * weeks);
	return d.toISOString().slice(0, 10);
}

interface Unavailable {
	kind: string;
	weekday: number;
	start: number;
	end: number;
}
interface TeamMember {
	id: string;
	name: string;
	max: number;
	pattern: string;
	daysOff: number[];
	unavailable: Unavailable[];
}
interface Shift {
	memberId: string;
	name: string;
	weekday: number;
	start: number;
	end: number;
}

const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

async function openPlanning(page: Page): Promise<string> {
	await goto(page, '/organisations');
	await page.getByRole('link', { name: RESTAURANT }).first().click();
	await page.waitForURL(/\/organisations\/[^/]+$/);
	await ready(page);
	await page.getByRole('link', { name: fr.rota_link_organiser }).first().click();
	await page.waitForURL(/\/rota$/);
	await ready(page);
	return new URL(page.url()).pathname;
}

/** The team's constraints as the organiser's overview shows them. */
async function readTeam(page: Page): Promise<TeamMember[]> {
	return page.locator('table.rota-team tbody tr').evaluateAll((rows) =>
		rows.map((tr) => {
			const el = tr as HTMLElement;
			return {
				id: el.dataset.member!,
				name: el.querySelector('th')!.textContent!.trim(),
				max: Number(el.dataset.max),
				pattern: el.dataset.pattern ?? '',
				daysOff: (el.dataset.daysOff ?? '').split(' ').filter(Boolean).map(Number),
				unavailable: [...el.querySelectorAll<HTMLElement>('li[data-kind]')].map((li) => ({
					kind: li.dataset.kind!,
					weekday: Number(li.dataset.weekday),
					start: Number(li.dataset.start),
					end: Number(li.dataset.end)
				}))
			};
		})
	);
}

/** The week's shifts as the grid shows them, each read from its visible "HH:MM–HH:MM". */
async function readGrid(page: Page): Promise<Shift[]> {
	const cells = await page.locator('table.rota-grid tbody tr').evaluateAll((rows) =>
		rows.flatMap((tr) =>
			[...tr.querySelectorAll<HTMLElement>('.rota-shift')].map((span) => ({
				memberId: (tr as HTMLElement).dataset.member!,
				name: tr.querySelector('th')!.textContent!.trim(),
				weekday: Number(span.closest<HTMLElement>('td')!.dataset.weekday),
				text: span.textContent!.replace(/[\u2066-\u2069]/g, '').trim()
			}))
		)
	);
	return cells.map((c) => {
		const [from, to] = c.text.split('–') as [string, string];
		return { memberId: c.memberId, name: c.name, weekday: c.weekday, start: minutes(from), end: minutes(to) };
	});
}

/** The organiser proposes the week (and publishes it when asked); returns the week's page path. */
async function proposeWeek(page: Page, planning: string, week: string, publish: boolean): Promise<string> {
	await goto(page, planning);
	await page.getByLabel(fr.rota_field_week, { exact: true }).fill(week);
	await page.getByRole('button', { name: fr.rota_propose_submit }).click();
	const path = `${planning}/weeks/${week}`;
	await page
		.waitForURL((url) => url.pathname === path, { timeout: 30_000 })
		.catch(async () => {
			// Already published by an earlier run on this server: the form says so; open it.
			await expect(page.getByText(fr.err_rota_already_published).first()).toBeVisible();
			await goto(page, path);
		});
	await ready(page);
	if (publish && (await page.getByRole('button', { name: fr.rota_publish_submit }).count()) > 0) {
		await page.getByRole('button', { name: fr.rota_publish_submit }).click();
		await expect(page.getByText(fr.rota_published)).toBeVisible();
	}
	return path;
}

async function signedIn(browser: Browser, email: string, options: Parameters<Browser['newContext']>[0] = {}) {
	const context = await browser.newContext(options);
	const page = await context.newPage();
	await signIn(page, email, DEMO_PASSWORD);
	return { page, close: () => context.close() };
}

test('the organiser proposes the week for the eight women: no shift on the page overlaps a stated pick-up', async ({
	page
}) => {
	test.slow();
	await signIn(page, ORGANISER, DEMO_PASSWORD);
	const planning = await openPlanning(page);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(fr.rota_planning_title);
	await expectNoAxeViolations(page);
	const team = await readTeam(page);
	expect(team).toHaveLength(8);
	const pickUps = team.flatMap((m) =>
		m.unavailable.filter((u) => u.kind === 'school_pickup').map((u) => ({ ...u, m }))
	);
	expect(pickUps.length).toBeGreaterThanOrEqual(8);
	// A need that ends before it starts: the error beside the field, checked by axe too.
	await page.getByLabel(fr.rota_field_start, { exact: true }).fill('18:00');
	await page.getByLabel(fr.rota_field_end, { exact: true }).fill('17:00');
	await page.getByRole('button', { name: fr.rota_need_add_submit }).click();
	await expect(page.locator('#field-end-error')).toHaveText(fr.err_rota_end_before_start);
	await expectNoAxeViolations(page);

	await proposeWeek(page, planning, monday(2), false);
	await expectNoAxeViolations(page);
	const shifts = await readGrid(page);
	expect(shifts.length).toBeGreaterThan(8);
	for (const p of pickUps)
		for (const s of shifts.filter((x) => x.memberId === p.m.id && x.weekday === p.weekday))
			expect(s.end <= p.start || s.start >= p.end, `${p.m.name}, day ${p.weekday}`).toBe(true);
	// Every one of the eight works, and nobody over her stated maximum.
	for (const m of team) {
		const worked = shifts.filter((s) => s.memberId === m.id).reduce((sum, s) => sum + s.end - s.start, 0);
		expect(worked, m.name).toBeGreaterThan(0);
		expect(worked, m.name).toBeLessThanOrEqual(m.max);
	}
	// Thursday's catering preparation runs into pick-up time: shown uncovered, with its reason.
	const unmet = page.locator('.rota-unmet > li');
	await expect(unmet.first()).toBeVisible();
	await expect(page.locator('.rota-unmet')).toContainText(fr.rota_count_school_pickup.replace(/^\{count\}/, '').trim());
});

test('a member sees her shifts in Arabic on a 360 px phone and downloads her calendar; a colleague cannot see the team’s constraints', async ({
	page,
	browser
}) => {
	test.slow();
	await signIn(page, ORGANISER, DEMO_PASSWORD);
	const planning = await openPlanning(page);
	const weekPath = await proposeWeek(page, planning, monday(3), true);
	const shifts = await readGrid(page);
	const chadia = shifts.filter((s) => s.name.startsWith('Chadia'));
	expect(chadia.length).toBeGreaterThan(0);

	const member = await signedIn(browser, emailOf('Chadia'), {
		viewport: { width: 360, height: 740 },
		isMobile: true,
		hasTouch: true,
		acceptDownloads: true
	});
	try {
		const p = member.page;
		await p.getByRole('form', { name: fr.language_label }).getByRole('button', { name: 'العربية' }).click();
		await expect(p.locator('html')).toHaveAttribute('dir', 'rtl');
		await goto(p, `${planning}/shifts`);
		await expect(p.getByRole('heading', { level: 1 })).toContainText(ar.rota_shifts_title);
		const rows = p.locator('table.rota-shifts tbody tr');
		expect(await rows.count()).toBeGreaterThanOrEqual(chadia.length);
		expect(
			await p.evaluate(() => document.scrollingElement!.scrollWidth - document.documentElement.clientWidth)
		).toBeLessThanOrEqual(0);
		await expectNoAxeViolations(p);

		await p
			.getByRole('button', { name: new RegExp(`${ar.rota_feed_create}|${ar.rota_feed_renew.slice(0, 12)}`) })
			.click();
		await expect(p.getByText(ar.rota_feed_created)).toBeVisible();
		const [download] = await Promise.all([
			p.waitForEvent('download'),
			p.getByRole('link', { name: ar.rota_feed_download }).click()
		]);
		const ics = readFileSync((await download.path())!, 'utf8');
		expect(ics).toContain('BEGIN:VCALENDAR');
		expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(await rows.count());
		await expectNoAxeViolations(p);

		// Her colleagues' constraints and the organiser's pages are not hers to see.
		for (const path of [planning, weekPath]) {
			const response = await p.goto(path);
			expect(response?.status()).toBe(403);
		}
		await goto(p, `${planning}/constraints`);
		await expect(p.getByRole('heading', { level: 1 })).toContainText(ar.rota_constraints_title);
		await expectNoAxeViolations(p);
	} finally {
		await member.close();
	}
});

test('a swap request goes to the organiser, who accepts it with the keyboard; the shift moves', async ({
	page,
	browser
}) => {
	test.slow();
	await signIn(page, ORGANISER, DEMO_PASSWORD);
	const planning = await openPlanning(page);
	const team = await readTeam(page);
	const weekPath = await proposeWeek(page, planning, monday(4), true);
	const shifts = await readGrid(page);
	const worked = (id: string) => shifts.filter((s) => s.memberId === id).reduce((sum, s) => sum + s.end - s.start, 0);
	// A shift and a colleague who may take it under her stated constraints, found from the page.
	const fits = (m: TeamMember, s: Shift) =>
		m.id !== s.memberId &&
		!shifts.some((x) => x.memberId === m.id && x.weekday === s.weekday) &&
		!m.daysOff.includes(s.weekday) &&
		!m.unavailable.some((u) => u.weekday === s.weekday && u.start < s.end && s.start < u.end) &&
		!(m.pattern === 'mornings' && s.end > 14 * 60) &&
		!(m.pattern === 'afternoons' && s.start < 12 * 60) &&
		worked(m.id) + s.end - s.start <= m.max;
	const pair = shifts.flatMap((s) => team.filter((m) => fits(m, s)).map((m) => ({ s, m })))[0];
	expect(pair, 'a swap the rules allow').toBeDefined();
	const { s, m: colleague } = pair!;

	const member = await signedIn(browser, emailOf(s.name));
	try {
		await goto(member.page, `${planning}/shifts`);
		await expectNoAxeViolations(member.page);
		// Her row for that day, as the page writes the date in French.
		const [y, mo, d] = monday(4).split('-').map(Number) as [number, number, number];
		const date = new Intl.DateTimeFormat('fr', {
			weekday: 'long',
			day: 'numeric',
			month: 'long',
			timeZone: 'UTC'
		}).format(new Date(Date.UTC(y, mo - 1, d + s.weekday - 1, 12)));
		const row = member.page.locator('table.rota-shifts tbody tr').filter({ hasText: date });
		await expect(row).toHaveCount(1);
		await row.first().locator('select').selectOption({ label: colleague.name });
		await row.first().getByRole('button', { name: fr.rota_swap_submit }).press('Enter');
		await expect(member.page.getByText(fr.rota_swap_sent)).toBeVisible();
	} finally {
		await member.close();
	}

	await goto(page, weekPath);
	await expect(page.locator('.rota-swaps')).toContainText(colleague.name);
	// Keyboard only: from the swaps heading, Tab until the accept button, then Enter.
	await page.locator('#swaps-heading').evaluate((h) => {
		h.setAttribute('tabindex', '-1');
		(h as HTMLElement).focus();
	});
	const accept = page
		.locator('.rota-swaps li')
		.filter({ hasText: colleague.name })
		.getByRole('button', { name: new RegExp(fr.rota_swap_accept) });
	for (let i = 0; i < 10 && !(await accept.evaluate((b) => b === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(accept).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByText(fr.rota_swap_accepted)).toBeVisible();
	const after = await readGrid(page);
	expect(after.some((x) => x.memberId === colleague.id && x.weekday === s.weekday && x.start === s.start)).toBe(true);
	await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the organiser’s need form keeps what she typed beside the error, and a rota is proposed', async ({ page }) => {
		test.slow();
		await signIn(page, ORGANISER, DEMO_PASSWORD);
		const planning = await openPlanning(page);
		await page.getByLabel(fr.rota_field_start, { exact: true }).fill('14:00');
		await page.getByLabel(fr.rota_field_end, { exact: true }).fill('12:00');
		await page.getByRole('button', { name: fr.rota_need_add_submit }).click();
		await expect(page.locator('#field-end-error')).toHaveText(fr.err_rota_end_before_start);
		await expect(page.getByLabel(fr.rota_field_start, { exact: true })).toHaveValue('14:00');
		await expect(page.getByLabel(fr.rota_field_end, { exact: true })).toHaveAttribute('aria-invalid', 'true');
		await proposeWeek(page, planning, monday(5), false);
		expect((await readGrid(page)).length).toBeGreaterThan(0);
	});

	test('a member’s availability form puts the error beside the field and keeps everything she had', async ({
		browser
	}) => {
		const member = await signedIn(browser, emailOf('Djamila'), { javaScriptEnabled: false });
		try {
			const p = member.page;
			await goto(p, '/organisations');
			await p.getByRole('link', { name: RESTAURANT }).first().click();
			await p.getByRole('link', { name: fr.rota_link_constraints }).click();
			await expect(p.getByRole('heading', { level: 1 })).toContainText(fr.rota_constraints_title);
			const start = await p.locator('#field-start_0').inputValue();
			expect(start).not.toBe('');
			await p.getByLabel(fr.rota_field_max_hours, { exact: true }).fill('beaucoup');
			await p.getByRole('button', { name: fr.rota_constraints_submit }).click();
			await expect(p.locator('#field-maxHours-error')).toHaveText(fr.err_rota_hours_invalid);
			await expect(p.getByLabel(fr.rota_field_max_hours, { exact: true })).toHaveValue('beaucoup');
			await expect(p.locator('#field-start_0')).toHaveValue(start);
			await expect(p.getByRole('radio', { name: fr.rota_pattern_mornings })).toBeChecked();
		} finally {
			await member.close();
		}
	});
});

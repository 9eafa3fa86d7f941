import { test, expect, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD, fr, goto, ready, signIn } from './helpers';

/**
 * The planner with the keyboard alone: from the list of scenarios to the demo scenario, a solve,
 * its results and the programme report, by Tab and Enter only. Every element Tab lands on on the
 * way must show where the focus is (an outline or a ring), as WCAG 2.4.7 asks.
 */
test.describe.configure({ timeout: 240_000 });

const PLANNER_EMAIL = 'programmiste@demo.quartiers-vivants.fr';

/** Tabs forward until `target` has the focus, checking each stop shows its focus. */
async function tabTo(page: Page, target: Locator, most = 250) {
	for (let i = 0; i < most; i++) {
		await page.keyboard.press('Tab');
		const stop = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body) return null;
			const style = getComputedStyle(el);
			return {
				what: `${el.tagName.toLowerCase()} ${el.getAttribute('name') ?? ''} ${(el.textContent ?? '').trim().slice(0, 40)}`,
				visible: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none'
			};
		});
		if (stop) expect(stop.visible, `focus shown on ${stop.what}`).toBe(true);
		if (await target.evaluate((el) => el === document.activeElement)) return;
	}
	throw new Error(`Tab never reached ${target.toString()}`);
}

test('a planner solves the demo scenario and opens its programme with the keyboard alone', async ({ page }) => {
	await signIn(page, PLANNER_EMAIL, DEMO_PASSWORD);
	await goto(page, '/planner');

	await tabTo(page, page.getByRole('link', { name: 'Les Buers — programme des rez-de-chaussée' }));
	await page.keyboard.press('Enter');
	await ready(page);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Les Buers — programme des rez-de-chaussée' })
	).toBeVisible();

	await tabTo(page, page.getByRole('button', { name: fr.planner_solve }));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/runs\/[0-9a-f-]{36}$/);
	// The page asks again every two seconds until the solve is over.
	const report = page.getByRole('link', { name: fr.plannerresults_link_report });
	await expect(report).toBeVisible({ timeout: 120_000 });
	await ready(page);

	await tabTo(page, report);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/report$/);
	await ready(page);
	await expect(page.getByRole('heading', { level: 1, name: fr.plannerresults_report_title })).toBeVisible();
	await tabTo(page, page.getByRole('link', { name: fr.plannerresults_report_pdf }));
});

/**
 * Posters: what a social-centre worker does to put a need on the hall's notice board. She opens
 * a need, follows « Imprimer une affiche », prints the sheet (only the sheet prints) or
 * downloads the PDF, and a neighbour types the short address printed on it.
 *
 * It starts from the needs list and the need page, as a person does: both belong to the needs
 * part of issue 4 and carry the link to the poster.
 */
import { test, expect, type Page } from '@playwright/test';
import { ar, en, expectNoAxeViolations, fr, goto, ready } from './helpers';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** From the needs list to the poster of its first need; returns the need's id. */
async function openFirstNeedPoster(page: Page, posterLink: string): Promise<string> {
	await goto(page, '/needs');
	const hrefs = await page
		.locator('main a[href^="/needs/"]')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
	const href = hrefs.find((h) => new RegExp(`^/needs/${UUID}$`).test(h));
	if (!href) throw new Error(`no need link on /needs: ${hrefs.join(', ')}`);
	await page.locator(`main a[href="${href}"]`).first().click();
	await ready(page);
	await page.getByRole('link', { name: posterLink }).click();
	await ready(page);
	const id = href.slice('/needs/'.length);
	await expect(page).toHaveURL(new RegExp(`/posters/need/${id}(\\?.*)?$`));
	return id;
}

/** The short code printed on the poster, read from the page as a person reads the sheet. */
async function printedCode(page: Page): Promise<string> {
	const printed = (await page.locator('.poster__url').textContent())?.trim() ?? '';
	const code = /\/b\/([2-9A-HJKMNP-TV-Z]{7})$/.exec(printed)?.[1];
	if (!code) throw new Error(`no short address on the poster: ${printed}`);
	return code;
}

test('a need’s poster prints alone, with its QR code, and its short address leads back to the need', async ({
	page,
	request
}) => {
	const id = await openFirstNeedPoster(page, fr.posters_link);
	await expect(page.getByRole('heading', { level: 1, name: fr.posters_page_title })).toBeVisible();
	await expect(page.getByText(fr.posters_help)).toBeVisible();
	const cta = page.locator('.poster h2');
	await expect(cta).toHaveText(
		new RegExp(`^(${fr.posters_cta_need}|${fr.posters_cta_idea})$`.replace(/[!?]/g, '\\$&'))
	);
	await expect(page.locator('.poster__title')).toHaveAttribute('lang', /^(fr|en|ar)$/);
	await expect(page.getByRole('img', { name: /QR/ })).toBeVisible();
	await expect(page.getByRole('button', { name: fr.posters_print })).toBeVisible();
	await expectNoAxeViolations(page);

	// Printed: no header, menu, tools or footer of the site; the sheet and its QR code only.
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.locator('.site-footer')).toBeHidden();
	await expect(page.getByRole('button', { name: fr.posters_print })).toBeHidden();
	await expect(page.locator('.poster__qr svg')).toBeVisible();
	const qrWidth = await page.locator('.poster__qr svg').evaluate((svg) => svg.getBoundingClientRect().width);
	expect(qrWidth, 'the QR code is printed large (9 cm ≈ 340 CSS px)').toBeGreaterThan(300);
	await page.emulateMedia({ media: 'screen' });

	// The PDF: downloaded from the page, and served as a PDF.
	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: fr.posters_download_pdf }).click();
	expect((await download).suggestedFilename()).toMatch(/^poster-[2-9A-Z]{7}-fr\.pdf$/);
	const pdf = await request.get(`/posters/need/${id}.pdf?lang=fr`);
	expect(pdf.status()).toBe(200);
	expect(pdf.headers()['content-type']).toBe('application/pdf');
	expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

	// A neighbour types the address in lower case: she lands on the need.
	const code = await printedCode(page);
	await goto(page, `/b/${code.toLowerCase()}`);
	await expect(page).toHaveURL(new RegExp(`/needs/${id}$`));

	// A mistyped code gets the site's 404 page, not an error.
	const missing = await page.goto('/b/ZZZZZZZ');
	expect(missing?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1, name: fr.error_not_found_title })).toBeVisible();
});

test('the poster’s language is chosen apart from the interface’s', async ({ page }) => {
	await openFirstNeedPoster(page, fr.posters_link);
	await page.getByLabel(fr.posters_language_label).selectOption('en');
	await page.getByRole('button', { name: fr.posters_language_submit }).click();
	await ready(page);
	await expect(page).toHaveURL(/\?lang=en$/);
	await expect(page.locator('.poster')).toHaveAttribute('lang', 'en');
	await expect(page.locator('.poster h2')).toHaveText(
		new RegExp(`^(${en.posters_cta_need}|${en.posters_cta_idea})$`.replace(/[!?]/g, '\\$&'))
	);
	// The page around it stays French.
	await expect(page.getByRole('heading', { level: 1, name: fr.posters_page_title })).toBeVisible();
	await expect(page.getByRole('link', { name: fr.posters_download_pdf })).toHaveAttribute('href', /\.pdf\?lang=en$/);
	await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the poster page says how to print, and its language form still works', async ({ page }) => {
		await openFirstNeedPoster(page, fr.posters_link);
		await expect(page.getByRole('button', { name: fr.posters_print })).toHaveCount(0);
		await expect(page.getByText(fr.posters_print_keys)).toBeVisible();
		await page.getByLabel(fr.posters_language_label).selectOption('ar');
		await page.getByRole('button', { name: fr.posters_language_submit }).click();
		await expect(page).toHaveURL(/\?lang=ar$/);
		await expect(page.locator('.poster')).toHaveAttribute('dir', 'rtl');
		await expect(page.locator('.poster__scan')).toHaveText(ar.posters_scan);
	});
});

test.describe('a 360 px wide phone in Arabic', () => {
	test.use({ viewport: { width: 360, height: 740 }, locale: 'ar', isMobile: true, hasTouch: true });
	test('the poster reads right to left and fits the screen', async ({ page, baseURL }) => {
		await page.context().addCookies([{ name: 'qv_lang', value: 'ar', url: baseURL! }]);
		await openFirstNeedPoster(page, ar.posters_link);
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('heading', { level: 1, name: ar.posters_page_title })).toBeVisible();
		await expect(page.locator('.poster')).toHaveAttribute('lang', 'ar');
		await expect(page.locator('.poster__without')).toHaveText(/^(ليس لديكم هاتف؟)/);
		// The address stays left to right, as it is typed.
		await expect(page.locator('.poster__url')).toHaveAttribute('dir', 'ltr');
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await expectNoAxeViolations(page);
	});
});

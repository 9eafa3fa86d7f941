/**
 * Search and map, as a visitor uses them: the GET form (with and without JavaScript), pages of
 * results, the map drawn from the same results as the list, the map's background tiles from a
 * local stand-in and, by default here, from OpenStreetMap that cannot be reached (offline).
 */
import { test, expect, type Page } from '@playwright/test';
import { ar, expectNoAxeViolations, fill, fr, goto, ready } from './helpers';

const TILES_ORIGIN = process.env.E2E_TILES_ORIGIN!;
const TILE_URL = process.env.E2E_TILE_URL!;

const results = (page: Page) => page.locator('#search-results > li');
const status = (page: Page) => page.getByRole('status').filter({ hasText: /résultat|result|نتيج/ });

/** The distinct markers the list says its items are on. */
async function listedPlaces(page: Page, selector = '[data-places]'): Promise<string[]> {
	const values = await page
		.locator(selector)
		.evaluateAll((els) => els.map((el) => el.getAttribute('data-places') ?? ''));
	return [...new Set(values.flatMap((v) => v.split(' ')).filter(Boolean))].sort();
}
/** The map draws itself once it comes near the screen (PlaceMap.svelte): on the home page, below the fold. */
async function scrollToMap(page: Page): Promise<void> {
	await page.locator('.place-map').scrollIntoViewIfNeeded();
}
async function markerPlaces(page: Page): Promise<string[]> {
	return (
		await page
			.locator('.leaflet-marker-icon')
			.evaluateAll((els) => els.map((el) => el.getAttribute('data-place') ?? ''))
	).sort();
}

test.describe('search', () => {
	test('words, kind and equipment filters narrow the list; the form comes back filled', async ({ page }) => {
		await goto(page, '/search');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.discover_title);
		await page.getByLabel(fr.discover_q_label).fill('salle');
		await page.getByLabel(fr.discover_kind_label).selectOption('rooms');
		await page.getByLabel(fr.discover_step_free).check();
		await page.getByRole('button', { name: fr.discover_submit }).click();
		await expect(page).toHaveURL(/\/search\?q=salle&kind=rooms&.*stepFree=on/);
		await ready(page);

		const count = await results(page).count();
		expect(count).toBeGreaterThan(0);
		await expect(status(page)).toContainText(String(count === 1 ? fr.discover_count_one : count));
		for (const item of await results(page).all()) {
			await expect(item).toHaveAttribute('data-kind', 'rooms');
			await expect(item.locator('.tag')).toHaveText(fr.discover_tag_rooms);
		}
		// The matched word is marked in the titles.
		await expect(results(page).first().locator('mark').first()).toHaveText(/salle/i);
		await expect(page.getByLabel(fr.discover_q_label)).toHaveValue('salle');
		await expect(page.getByLabel(fr.discover_step_free)).toBeChecked();

		// Accents do not matter: "reunion" finds the "Salle de réunion".
		await goto(page, '/search?q=reunion&kind=rooms');
		await expect(results(page).first()).toContainText('Salle de réunion');

		// A search that finds nothing says so and suggests a way out.
		await goto(page, '/search?q=zzzyxw&kind=rooms&minArea=5000');
		await expect(status(page)).toHaveText(
			fill(fr.discover_count_for, { count: fr.discover_count_none, q: '\u2068zzzyxw\u2069' })
		);
		await expect(page.getByRole('heading', { name: fr.discover_empty_heading })).toBeVisible();
		await page.getByRole('link', { name: fr.discover_suggest_all_kinds }).click();
		await expect(page).toHaveURL(/\/search\?q=zzzyxw&minArea=5000$/);
	});

	test('bad values in the address are ignored and said so, never an error page', async ({ page }) => {
		const response = await page.goto('/search?kind=nope&minArea=-3&theme=XYZ&quartier=inconnu');
		expect(response?.status()).toBe(200);
		await ready(page);
		await expect(page.locator('#field-minArea-error')).toHaveText(fr.err_search_bad_value);
		await expect(page.locator('#field-theme-error')).toHaveText(fr.err_search_bad_value);
		await expect(page.locator('#field-quartier-error')).toHaveText(fr.err_search_unknown_quartier);
		// Each message is read with its field.
		await expect(page.getByLabel(fr.discover_theme_label)).toHaveAttribute('aria-describedby', 'field-theme-error');
		// The rest of the search still runs.
		await expect(status(page)).toBeVisible();
	});

	test('pages through everything, ten at a time', async ({ page }) => {
		await goto(page, '/search');
		const first = await results(page).allTextContents();
		expect(first).toHaveLength(10);
		const nav = page.getByRole('navigation', { name: fr.pagination_label });
		await nav.getByRole('link', { name: fr.pagination_next }).click();
		await expect(page).toHaveURL(/[?&]page=2/);
		await ready(page);
		const second = await results(page).allTextContents();
		expect(second.length).toBeGreaterThan(0);
		expect(second.some((text) => first.includes(text))).toBe(false);
		await expect(nav.getByRole('link', { name: fr.pagination_previous })).toBeVisible();
	});

	test('has no accessibility violations, with results, a map and an empty state', async ({ page }) => {
		await goto(page, '/search?kind=rooms');
		await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
		await expectNoAxeViolations(page);
		await goto(page, '/search?q=zzzyxw');
		await expectNoAxeViolations(page);
		await goto(page, '/');
		await scrollToMap(page);
		await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
		await expectNoAxeViolations(page);
	});
});

test.describe('the map', () => {
	test('shows the same places as the list, on the search page and on the home page', async ({ page }) => {
		await goto(page, '/search?kind=rooms');
		const listed = await listedPlaces(page, '#search-results [data-places]');
		expect(listed.length).toBeGreaterThan(0);
		await expect(page.locator('.leaflet-marker-icon')).toHaveCount(listed.length);
		expect(await markerPlaces(page)).toEqual(listed);

		// Each marker's popup links to exactly the results the list puts on it.
		for (const place of listed) {
			const expected = await page
				.locator(`#search-results > li[data-places~="${place}"] h3 a`)
				.evaluateAll((links) => links.map((a) => a.getAttribute('href')).sort());
			await page.locator(`.leaflet-marker-icon[data-place="${place}"]`).click();
			const popup = page.locator('.leaflet-popup');
			await expect(popup).toBeVisible();
			const hrefs = await popup
				.locator('.qv-popup a')
				.evaluateAll((links) => links.map((a) => a.getAttribute('href')).sort());
			expect(hrefs).toEqual(expected);
			await popup.getByRole('button', { name: fr.discover_map_close }).click();
			// Closed before the next marker opens its own (Leaflet fades popups out).
			await expect(page.locator('.leaflet-popup')).toHaveCount(0);
		}

		await goto(page, '/');
		await scrollToMap(page);
		const home = await listedPlaces(page, '.place-list [data-places]');
		expect(home.length).toBeGreaterThan(0);
		await expect(page.locator('.leaflet-marker-icon')).toHaveCount(home.length);
		expect(await markerPlaces(page)).toEqual(home);
		// The home page leaves the outlines out of its own weight: the map fetches them, and
		// draws every quartier the page's SVG sketch shows.
		const quartiers = await page.locator('svg.map path').count();
		expect(quartiers).toBeGreaterThan(0);
		await expect(page.locator('.place-map .leaflet-overlay-pane path')).toHaveCount(quartiers);
	});

	test("the home map's outlines: public, kept by browsers, refused for a malformed commune", async ({ request }) => {
		const home = await request.get('/');
		const from = /\/quartiers\/outlines\.json\?commune=[0-9AB]{5}/.exec(await home.text())?.[0];
		expect(from).toBeTruthy();
		const outlines = await request.get(from!);
		expect(outlines.status()).toBe(200);
		expect(outlines.headers()['cache-control']).toBe('public, max-age=300');
		const body = (await outlines.json()) as { name: string; outline: { type: string } }[];
		expect(body.length).toBeGreaterThan(0);
		expect(body.every((o) => ['Polygon', 'MultiPolygon'].includes(o.outline.type))).toBe(true);
		expect((await request.get('/quartiers/outlines.json?commune=<x>')).status()).toBe(400);
	});

	test('offline (the default tiles cannot load): the map says so and the list is intact', async ({ page }) => {
		const response = await page.goto('/search?kind=rooms');
		await ready(page);
		// The policy allows images from the tile host and from nowhere else.
		const policy = response!.headers()['content-security-policy']!;
		expect(policy).toMatch(/img-src 'self' data: https:\/\/tile\.openstreetmap\.org(;|$)/);
		const before = await results(page).count();
		await expect(page.getByText(fr.discover_map_tiles_failed)).toBeVisible();
		await expect(page.getByText(fr.discover_map_tiles_failed)).toHaveAttribute('role', 'status');
		expect(await results(page).count()).toBe(before);
		await expect(page.locator('.leaflet-marker-icon')).toHaveCount((await listedPlaces(page)).length);
		await expect(results(page).first().getByRole('link')).toBeVisible();
	});

	test('draws its background from the configured tile server', async ({ page }) => {
		const violations: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
				violations.push(message.text());
		});
		const tileOrigin = new URL(TILE_URL.replace(/\{[a-z]\}/g, '0')).origin;
		const before = (await (await page.request.get(`${tileOrigin}/stats`)).json()) as { served: number };
		const response = await page.goto(`${TILES_ORIGIN}/search?kind=rooms`);
		await ready(page);
		expect(response!.headers()['content-security-policy']).toContain(`img-src 'self' data: ${tileOrigin}`);
		await expect(page.locator('img.leaflet-tile-loaded').first()).toBeVisible();
		const after = (await (await page.request.get(`${tileOrigin}/stats`)).json()) as { served: number };
		expect(after.served).toBeGreaterThan(before.served);
		await expect(page.getByText(fr.discover_map_tiles_failed)).toHaveCount(0);
		await expect(page.locator('.leaflet-control-attribution')).toContainText('Tuiles de test');
		// Every marker sits inside the visible map.
		const frame = (await page.locator('.place-map__frame').boundingBox())!;
		for (const marker of await page.locator('.leaflet-marker-icon').all()) {
			const box = (await marker.boundingBox())!;
			expect(box.x).toBeGreaterThanOrEqual(frame.x - 1);
			expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width + 1);
		}
		expect(violations).toEqual([]);
	});

	test('gathers markers that would overlap into one with their number; it zooms in on them, from the keyboard too', async ({
		page
	}) => {
		await goto(page, '/search?kind=rooms');
		const listed = await listedPlaces(page, '#search-results [data-places]');
		await expect(page.locator('.leaflet-marker-icon')).toHaveCount(listed.length);
		await expect(page.locator('.leaflet-marker-icon.qv-marker--cluster')).toHaveCount(0);

		// Zoomed out until the rooms of the city sit a few pixels apart, as a whole city's do.
		for (let i = 0; i < 5; i++) {
			await page.getByRole('button', { name: fr.discover_map_zoom_out }).click();
			await page.waitForTimeout(400); // Leaflet's zoom animation
		}
		const clusters = page.locator('.leaflet-marker-icon.qv-marker--cluster');
		await expect(clusters.first()).toBeVisible();
		// Every place is still on the map, once: alone, or counted in its group.
		const shown = await page.locator('.leaflet-marker-icon').evaluateAll((els) =>
			els.map((el) => ({
				ids: (el.getAttribute('data-place') ?? el.getAttribute('data-cluster') ?? '').split(' '),
				text: el.textContent,
				label: el.getAttribute('aria-label')
			}))
		);
		expect(shown.flatMap((m) => m.ids).sort()).toEqual(listed);
		for (const group of shown.filter((m) => m.ids.length > 1)) {
			expect(group.text).toBe(String(group.ids.length));
			expect(group.label).toBe(fr.discover_map_cluster.replace('{count}', String(group.ids.length)));
		}
		// No two targets overlap any more (WCAG 2.5.8, axe's target-size).
		await expectNoAxeViolations(page);

		// Enter on a group zooms in on its places and leaves the focus on the first of them.
		const first = clusters.first();
		const members = (await first.getAttribute('data-cluster'))!.split(' ');
		await first.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('.leaflet-marker-icon').count()).toBeGreaterThan(shown.length);
		await expect
			.poll(() =>
				page.evaluate(() => {
					const el = document.activeElement;
					return (el?.getAttribute('data-place') ?? el?.getAttribute('data-cluster') ?? '').split(' ');
				})
			)
			.toContain(members[0]!);
	});

	test('is no keyboard trap: "skip the map" jumps to the list, Tab goes through the markers and out', async ({
		page
	}) => {
		await goto(page, '/search?kind=rooms');
		await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
		const skip = page.getByRole('link', { name: fr.discover_map_skip });
		await skip.focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/#search-results$/);
		await page.keyboard.press('Tab');
		const inList = await page.evaluate(() => document.activeElement?.closest('#search-results') !== null);
		expect(inList).toBe(true);

		// From the skip link: the map, then each marker, and then out of the map.
		const markers = await page.locator('.leaflet-marker-icon').count();
		await skip.focus();
		const seen: string[] = [];
		for (let i = 0; i < markers + 8; i++) {
			await page.keyboard.press('Tab');
			const where = await page.evaluate(() => {
				const el = document.activeElement;
				if (!el) return 'none';
				if (el.classList.contains('leaflet-marker-icon')) return `marker:${el.getAttribute('data-place')}`;
				return el.closest('.place-map') ? 'map' : 'outside';
			});
			seen.push(where);
			if (where === 'outside') break;
		}
		expect(seen.filter((s) => s.startsWith('marker:'))).toHaveLength(markers);
		expect(seen.at(-1)).toBe('outside');

		// Enter on a marker opens its popup with the focus on its first link; Escape goes back.
		const marker = page.locator('.leaflet-marker-icon').first();
		await marker.focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('.leaflet-popup .qv-popup a').first()).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(page.locator('.leaflet-popup')).toHaveCount(0);
		await expect(marker).toBeFocused();
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the form, the filters, the pages and the list work; the map says the list has it all', async ({ page }) => {
		await page.goto('/search');
		await page.getByLabel(fr.discover_kind_label).selectOption('rooms');
		await page.getByLabel(fr.discover_kitchen_label).selectOption('reheating');
		await page.getByRole('button', { name: fr.discover_submit }).click();
		await expect(page).toHaveURL(/kind=rooms/);
		await expect(page).toHaveURL(/kitchen=reheating/);
		expect(await results(page).count()).toBeGreaterThan(0);
		await expect(page.getByText(fr.discover_map_nojs)).toBeVisible();
		await expect(page.locator('.leaflet-marker-icon')).toHaveCount(0);
		await expect(page.getByLabel(fr.discover_kind_label)).toHaveValue('rooms');

		await page.goto('/search');
		await page
			.getByRole('navigation', { name: fr.pagination_label })
			.getByRole('link', { name: fr.pagination_next })
			.click();
		await expect(page).toHaveURL(/page=2/);
		expect(await results(page).count()).toBeGreaterThan(0);
	});
});

test.describe('in Arabic on a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, locale: 'ar', isMobile: true, hasTouch: true });

	test('the search page reads right to left, fits the screen and passes axe', async ({ page }) => {
		await goto(page, '/search?kind=rooms');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.discover_title);
		await expect(page.getByLabel(ar.discover_q_label)).toBeVisible();
		await expect(page.getByRole('button', { name: ar.discover_submit })).toBeVisible();
		expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(360);
		// The frame is shown once the map has drawn itself, which it does when it comes near the screen.
		await scrollToMap(page);
		await expect(page.locator('.place-map__frame')).toBeVisible();
		const frame = (await page.locator('.place-map__frame').boundingBox())!;
		expect(frame.x).toBeGreaterThanOrEqual(0);
		expect(frame.x + frame.width).toBeLessThanOrEqual(360);
		await expect(page.getByText(ar.discover_map_tiles_failed)).toBeVisible();
		await expectNoAxeViolations(page);
	});
});

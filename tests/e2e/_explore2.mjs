import { chromium } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const locale of ['fr-FR', 'ar']) {
const ctx = await b.newContext({ locale, baseURL: 'http://localhost:4300', viewport: { width: 360, height: 740 } });
const p = await ctx.newPage();
await p.goto('/');
await p.keyboard.press('Tab');
console.log(locale, 'focused', await p.evaluate(() => document.activeElement.outerHTML.slice(0,100)));
await p.keyboard.press('Enter');
await p.waitForTimeout(300);
console.log('after enter', await p.evaluate(() => document.activeElement.outerHTML.slice(0,60)), p.url());
console.log('scroll', await p.evaluate(() => [document.scrollingElement.scrollWidth, document.documentElement.clientWidth, document.documentElement.dir, document.querySelector('h2').textContent]));
const s = p.locator('summary');
console.log('summary', await s.textContent(), await p.getByRole('button', { name: /القائمة|Menu/ }).count(), await p.getByRole('group').count());
console.log(await p.locator('body').ariaSnapshot());
const r = await new AxeBuilder({ page: p }).withTags(['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa']).analyze();
console.log('axe', JSON.stringify(r.violations.map(v => [v.id, v.nodes.map(n => n.target)])));
await ctx.close();
}
await b.close();

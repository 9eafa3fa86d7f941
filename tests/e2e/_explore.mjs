import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await b.newContext({ locale: 'fr-FR', baseURL: 'http://localhost:4300', javaScriptEnabled: process.env.NOJS ? false : true });
await ctx.route('**/*', async (route) => {
  const r = route.request();
  if (r.method() === 'POST') {
    const u = new URL(r.url());
    const response = await route.fetch({ headers: { ...r.headers(), origin: `https://${u.host}` }, maxRedirects: 0 });
    console.log('POST', r.url(), '->', response.status(), response.headers()['location']);
    return route.fulfill({ response });
  }
  return route.continue();
});
const p = await ctx.newPage();
p.on('console', m => console.log('CONSOLE', m.type(), m.text()));
p.on('response', r => { if (r.status() >= 300) console.log('RESP', r.status(), r.url()); });
await p.goto('/sign-in');
await p.getByLabel('Adresse électronique').fill('habitante@demo.quartiers-vivants.fr');
await p.getByLabel('Mot de passe').fill('wrongwrongwrong');
await p.getByRole('button', { name: 'Me connecter' }).click();
await p.waitForLoadState();
console.log(p.url());
console.log(await p.locator('main').innerHTML());
console.log('email value', await p.getByLabel('Adresse électronique').inputValue());
await p.getByLabel('Mot de passe').fill('demo-quartiers-vivants');
await p.getByRole('button', { name: 'Me connecter' }).click();
await p.waitForURL('**/account');
console.log(p.url(), await p.locator('main p').first().textContent());
console.log(await ctx.cookies());
await p.getByRole('button', { name: 'العربية' }).click();
await p.waitForURL('**/account');
await p.waitForLoadState();
console.log(p.url(), await p.locator('html').getAttribute('lang'), await p.locator('html').getAttribute('dir'), await p.locator('h1').textContent());
console.log(await ctx.cookies());
await p.goto('/');
console.log(p.url(), await p.locator('html').getAttribute('lang'), await p.locator('h1').textContent(), await p.locator('h2').first().textContent());
await b.close();

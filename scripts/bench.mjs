/**
 * npm run bench — the platform's benchmark suite on the production build, one command (issue 8).
 * Run it after `npm run seed:scale -- --size city` (or metropole), on the same database: the app's
 * own, PostgreSQL when DATABASE_URL is set, else the embedded PGlite in DATA_DIR.
 *
 *  1. Server load on the ten most used pages (autocannon, 32 connections, BENCH_SECONDS each):
 *     p50 / p95 / p99 latency, requests per second, and the ratio to the same server serving a
 *     static file in the same run (the framework's ceiling on this machine); server RSS under load.
 *  2. Page weight: HTML, JavaScript and CSS a first visit transfers, compressed as served.
 *  3. Lighthouse (its default mobile profile: Moto G Power, slow 4G, 4× CPU slowdown) performance
 *     and accessibility on five resident pages, in the system Chromium.
 *  4. The booking, planner and rota benchmarks of their issues (BENCH_SUBSUITES=false to skip them).
 * Writes bench/results/bench.md and bench.json. The budgets are reported, never asserted.
 * Options (environment): BENCH_SECONDS (10), BENCH_PORT (8150), CHROME_PATH (/usr/bin/chromium);
 * for a quick look while fixing one page, BENCH_PAGES=home,needs (a subset) and BENCH_LIGHTHOUSE=false —
 * such a partial run writes bench/results/bench-partial.{md,json} and leaves the full table alone.
 */
import './ts-hooks.mjs';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { serverArgs } from './server-command.mjs';

const { readConfig } = await import('#lib/server/config.js');
const { openDatabase, rowsOf } = await import('#lib/server/db/client.js');
const { sql } = await import('drizzle-orm');

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 8150);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CONNECTIONS = 32;
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const ROOT = path.resolve(import.meta.dirname, '..');

export const BUDGETS = {
	p95Ms: 50,
	staticShare: 0.4,
	residentJsKb: 50,
	residentTotalKb: 150,
	lighthousePerformance: 95,
	lighthouseAccessibility: 100,
	rssMb: 300
};

const log = (line) => process.stderr.write(`[bench] ${line}\n`);
const round = (n, d = 1) => Math.round(n * 10 ** d) / 10 ** d;
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

/** The pages, on the data seed:scale made: its most supported need, a room with bookings, and so on. */
async function choosePages(config) {
	const handle = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, poolSize: 1 });
	try {
		const one = async (q) => rowsOf(await handle.db.execute(sql.raw(q)))[0];
		const scale =
			await one(`SELECT c.insee_code, q.qpv_code, q.id AS quartier_id FROM quartier q JOIN commune c ON c.id = q.commune_id
			WHERE q.id LIKE 'scale-q-%' ORDER BY q.id LIMIT 1`);
		if (!scale)
			throw new Error('no synthetic territory in this database: run `npm run seed:scale -- --size city` first');
		const needRow = await one(`SELECT id FROM need WHERE id LIKE 'scale-n-%' AND status = 'published'
			ORDER BY support_count DESC, id LIMIT 1`);
		const roomRow = await one(`SELECT r.id FROM room r JOIN facility f ON f.id = r.facility_id
			WHERE f.quartier_id = '${scale.quartier_id}' ORDER BY r.id LIMIT 1`);
		const initiativeRow = await one(
			`SELECT id FROM initiative WHERE id LIKE 'scale-i-%' AND status = 'running' ORDER BY id LIMIT 1`
		);
		const consultationRow = await one(
			`SELECT id FROM consultation WHERE id LIKE 'scale-k-%' AND closes_at > now() ORDER BY id LIMIT 1`
		);
		const counts =
			await one(`SELECT (SELECT count(*)::int FROM need) AS needs, (SELECT count(*)::int FROM need_support) AS supports,
			(SELECT count(*)::int FROM booking) AS bookings, (SELECT count(*)::int FROM "user") AS accounts`);
		const q = scale.qpv_code;
		return {
			counts,
			pages: [
				{ key: 'home', path: '/', resident: true, lighthouse: true },
				{ key: 'needs', path: `/needs?commune=${scale.insee_code}`, resident: true, lighthouse: true },
				{ key: 'needs-supported', path: `/needs?commune=${scale.insee_code}&sort=supported`, resident: true },
				{ key: 'need', path: `/needs/${needRow.id}`, resident: true, lighthouse: true },
				{ key: 'consultation', path: `/consultations/${consultationRow.id}`, resident: true, lighthouse: true },
				{ key: 'quartier', path: `/quartiers/${q}`, resident: true, lighthouse: true },
				{ key: 'initiative', path: `/initiatives/${initiativeRow.id}`, resident: true },
				{ key: 'room', path: `/rooms/${roomRow.id}` },
				{ key: 'quartier-calendar', path: `/quartiers/${q}/calendar` },
				{ key: 'dashboard', path: `/quartiers/${q}/dashboard` }
			]
		};
	} finally {
		await handle.close();
	}
}

function startServer() {
	const child = spawn(process.execPath, serverArgs(), {
		cwd: ROOT,
		env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', ORIGIN, SEED_DEMO: 'false', RATE_LIMITS: 'false' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const output = [];
	child.stdout.on('data', (d) => output.push(String(d)));
	child.stderr.on('data', (d) => output.push(String(d)));
	return { child, output };
}

async function waitHealthy(child, output) {
	for (let i = 0; i < 600; i++) {
		if (child.exitCode !== null) throw new Error(`the server exited:\n${output.join('')}`);
		try {
			if ((await fetch(`${ORIGIN}/healthz`)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error('the server did not start');
}

/** Resident set size of a process, in MB (Linux /proc). */
function rssMb(pid) {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
	return kb / 1024;
}

const BROWSER_HEADERS = { accept: 'text/html,*/*', 'accept-encoding': 'br, gzip', 'accept-language': 'fr' };

/** One page under 32 connections: every response's latency kept, to read p95 exactly. */
async function load(pathname, pid) {
	const latencies = [];
	const statuses = {};
	let peakRss = rssMb(pid);
	const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(pid))), 200);
	const instance = autocannon({
		url: `${ORIGIN}${pathname}`,
		connections: CONNECTIONS,
		duration: SECONDS,
		headers: BROWSER_HEADERS
	});
	instance.on('response', (_client, status, _bytes, ms) => {
		latencies.push(ms);
		statuses[status] = (statuses[status] ?? 0) + 1;
	});
	const result = await instance;
	clearInterval(sampler);
	latencies.sort((a, b) => a - b);
	return {
		requests: latencies.length,
		rps: round(latencies.length / SECONDS, 0),
		p50: round(quantile(latencies, 0.5)),
		p95: round(quantile(latencies, 0.95)),
		p99: round(quantile(latencies, 0.99)),
		errors: result.errors + result.timeouts,
		statuses,
		peakRssMb: round(peakRss, 0)
	};
}

/** What a first visit transfers: the HTML, then every script, module preload and stylesheet it names. */
async function weigh(pathname) {
	const size = async (url) => {
		const r = await fetch(url, { headers: BROWSER_HEADERS });
		// fetch decompresses: the bytes on the wire are the Content-Length of the encoded body.
		const body = Buffer.from(await r.arrayBuffer());
		const encoded = r.headers.get('content-encoding');
		const length = Number(r.headers.get('content-length') ?? 0);
		return {
			text: body.toString('utf8'),
			wire: encoded && length ? length : encoded ? await compressedLength(url) : body.length
		};
	};
	const html = await size(`${ORIGIN}${pathname}`);
	const refs = new Set();
	for (const m of html.text.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.(?:js|css))"/g))
		refs.add(new URL(m[1], `${ORIGIN}${pathname}`).href);
	let js = 0;
	let css = 0;
	for (const ref of refs) {
		const { wire } = await size(ref);
		if (ref.endsWith('.css')) css += wire;
		else js += wire;
	}
	return {
		htmlKb: round(html.wire / 1024),
		jsKb: round(js / 1024),
		cssKb: round(css / 1024),
		totalKb: round((html.wire + js + css) / 1024)
	};
}

/** The encoded length of a response streamed without Content-Length, read raw with curl. */
async function compressedLength(url) {
	const out = spawnSync(
		'curl',
		['-s', '-o', '/dev/null', '-w', '%{size_download}', '-H', 'accept-encoding: br, gzip', url],
		{
			encoding: 'utf8'
		}
	);
	return Number(out.stdout || 0);
}

async function lighthouseScores(pages) {
	if (!existsSync(CHROME)) {
		log(`no Chromium at ${CHROME}: Lighthouse skipped`);
		return null;
	}
	const { default: lighthouse } = await import('lighthouse');
	const chromeLauncher = await import('chrome-launcher');
	const chrome = await chromeLauncher.launch({
		chromePath: CHROME,
		chromeFlags: [
			'--headless=new',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run'
		]
	});
	const scores = {};
	try {
		for (const page of pages) {
			const { lhr } = await lighthouse(`${ORIGIN}${page.path}`, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility']
			});
			const audit = (id) => lhr.audits[id]?.numericValue ?? null;
			scores[page.key] = {
				performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
				accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
				fcpMs: round(audit('first-contentful-paint'), 0),
				lcpMs: round(audit('largest-contentful-paint'), 0),
				tbtMs: round(audit('total-blocking-time'), 0),
				ttiMs: round(audit('interactive'), 0),
				cls: round(audit('cumulative-layout-shift') ?? 0, 3),
				byteWeightKb: round(audit('total-byte-weight') / 1024),
				failedAccessibility: Object.values(lhr.audits)
					.filter((a) => lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id) && a.score === 0)
					.map((a) => a.id)
			};
			log(
				`lighthouse ${page.key}: performance ${scores[page.key].performance}, accessibility ${scores[page.key].accessibility}`
			);
		}
	} finally {
		await chrome.kill();
	}
	return scores;
}

function subSuites() {
	if (process.env.BENCH_SUBSUITES === 'false') return null;
	const run = (script) => {
		log(`npm run ${script}`);
		const r = spawnSync('npm', ['run', script], {
			cwd: ROOT,
			stdio: ['ignore', 'ignore', 'inherit'],
			env: process.env
		});
		if (r.status !== 0) throw new Error(`npm run ${script} failed`);
	};
	run('bench:booking');
	run('bench:planner');
	run('bench:rota');
	const table = (file) =>
		readFileSync(path.join(ROOT, 'bench/results', file), 'utf8')
			.split('\n')
			.filter((l) => l.startsWith('|'))
			.join('\n');
	return { booking: table('booking.md'), planner: table('planner.md'), rota: table('rota.md') };
}

const mark = (ok) => (ok ? 'met' : '**missed**');

function markdown(r) {
	const lines = [];
	lines.push(`# npm run bench — ${r.when}`, '');
	lines.push(`Machine: ${r.machine}. Database: ${r.database}; ${JSON.stringify(r.counts)}.`);
	lines.push(
		`Load: autocannon, ${CONNECTIONS} connections, ${SECONDS} s a page, compressed as a browser asks; load average before: ${r.loadBefore}.`,
		''
	);
	lines.push('## Server load', '');
	lines.push(
		'| page | p50 ms | p95 ms | p99 ms | req/s | share of static | errors | peak RSS MB | p95 < 50 ms | ≥ 40 % of static |'
	);
	lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
	lines.push(
		`| static file (/robots.txt) | ${r.static.p50} | ${r.static.p95} | ${r.static.p99} | ${r.static.rps} | 100 % | ${r.static.errors} | ${r.static.peakRssMb} | | |`
	);
	for (const p of r.pages) {
		const share = p.load.rps / r.static.rps;
		lines.push(
			`| ${p.key} \`${p.path}\` | ${p.load.p50} | ${p.load.p95} | ${p.load.p99} | ${p.load.rps} | ${round(share * 100, 0)} % | ${p.load.errors} | ${p.load.peakRssMb} | ${mark(p.load.p95 < BUDGETS.p95Ms)} | ${mark(share >= BUDGETS.staticShare)} |`
		);
	}
	lines.push(
		'',
		`Peak server RSS over the whole run: **${r.peakRssMb} MB** (budget ${BUDGETS.rssMb} MB: ${mark(r.peakRssMb < BUDGETS.rssMb)}).`,
		''
	);
	lines.push('## Page weight (first visit, compressed)', '');
	lines.push('| page | HTML KB | JS KB | CSS KB | total KB | resident page | JS ≤ 50 KB | total ≤ 150 KB |');
	lines.push('| --- | --- | --- | --- | --- | --- | --- | --- |');
	for (const p of r.pages)
		lines.push(
			`| ${p.key} | ${p.weight.htmlKb} | ${p.weight.jsKb} | ${p.weight.cssKb} | ${p.weight.totalKb} | ${p.resident ? 'yes' : ''} | ${p.resident ? mark(p.weight.jsKb <= BUDGETS.residentJsKb) : ''} | ${p.resident ? mark(p.weight.totalKb <= BUDGETS.residentTotalKb) : ''} |`
		);
	if (r.lighthouse) {
		lines.push('', '## Lighthouse (mobile profile)', '');
		lines.push(
			'| page | performance | accessibility | FCP ms | LCP ms | TBT ms | TTI ms | CLS | bytes KB | perf ≥ 95 | a11y 100 |'
		);
		lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
		for (const [key, s] of Object.entries(r.lighthouse))
			lines.push(
				`| ${key} | ${s.performance} | ${s.accessibility}${s.failedAccessibility.length ? ` (${s.failedAccessibility.join(', ')})` : ''} | ${s.fcpMs} | ${s.lcpMs} | ${s.tbtMs} | ${s.ttiMs} | ${s.cls} | ${s.byteWeightKb} | ${mark(s.performance >= BUDGETS.lighthousePerformance)} | ${mark(s.accessibility >= BUDGETS.lighthouseAccessibility)} |`
			);
		lines.push(
			'',
			'For comparison, Decidim’s own CI budget allows 2.0 s first contentful paint and 5.0 s time to interactive.'
		);
	}
	if (r.subSuites) {
		lines.push('', '## Booking benchmark (npm run bench:booking)', '', r.subSuites.booking);
		lines.push('', '## Planner benchmark (npm run bench:planner)', '', r.subSuites.planner);
		lines.push('', '## Rota benchmark (npm run bench:rota)', '', r.subSuites.rota);
	}
	return `${lines.join('\n')}\n`;
}

async function main() {
	const config = readConfig(process.env);
	if (!existsSync(path.join(ROOT, 'build/index.js')) || process.env.BENCH_BUILD === 'true') {
		log('building the production bundle');
		const b = spawnSync(process.execPath, ['scripts/ensure-build.js', '--force'], { cwd: ROOT, stdio: 'inherit' });
		if (b.status !== 0) throw new Error('the build failed');
	}
	const chosen = await choosePages(config);
	const only = process.env.BENCH_PAGES?.split(',').filter(Boolean);
	const pages = only ? chosen.pages.filter((p) => only.includes(p.key)) : chosen.pages;
	const counts = chosen.counts;
	const partial = Boolean(only) || process.env.BENCH_LIGHTHOUSE === 'false';
	const loadBefore = os
		.loadavg()
		.map((l) => l.toFixed(2))
		.join(' ');
	// Another server on the port would answer the health check and be measured instead.
	if (
		await fetch(`${ORIGIN}/healthz`).then(
			() => true,
			() => false
		)
	)
		throw new Error(`something already listens on ${ORIGIN}: stop it, or set BENCH_PORT`);
	const { child, output } = startServer();
	const started = performance.now();
	let peakRssMb;
	const results = [];
	let staticLoad;
	let lighthouse;
	try {
		await waitHealthy(child, output);
		// Warm every page once (first compilation of queries, caches), then measure.
		for (const p of pages) {
			const res = await fetch(`${ORIGIN}${p.path}`, { headers: BROWSER_HEADERS });
			if (res.status !== 200) throw new Error(`${p.path} answered ${res.status}`);
		}
		log(`static ceiling: /robots.txt for ${SECONDS} s`);
		staticLoad = await load('/robots.txt', child.pid);
		peakRssMb = staticLoad.peakRssMb;
		for (const p of pages) {
			log(`${p.key}: ${p.path} for ${SECONDS} s`);
			const measured = await load(p.path, child.pid);
			peakRssMb = Math.max(peakRssMb, measured.peakRssMb);
			results.push({ ...p, load: measured, weight: await weigh(p.path) });
			log(
				`  p95 ${measured.p95} ms, ${measured.rps} req/s, ${round((measured.rps / staticLoad.rps) * 100, 0)} % of static`
			);
		}
		lighthouse =
			process.env.BENCH_LIGHTHOUSE === 'false' ? {} : await lighthouseScores(pages.filter((p) => p.lighthouse));
	} finally {
		child.kill('SIGTERM');
	}
	const subSuiteTables = partial ? null : subSuites();
	const report = {
		when: new Date().toISOString(),
		machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${round(os.totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}`,
		database: config.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `PGlite (${config.DATA_DIR})`,
		counts,
		loadBefore,
		seconds: SECONDS,
		connections: CONNECTIONS,
		budgets: BUDGETS,
		static: staticLoad,
		pages: results,
		peakRssMb,
		lighthouse,
		subSuites: subSuiteTables,
		durationS: round((performance.now() - started) / 1000, 0)
	};
	mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
	const name = partial ? 'bench-partial' : 'bench';
	writeFileSync(path.join(ROOT, `bench/results/${name}.json`), `${JSON.stringify(report, null, '\t')}\n`);
	writeFileSync(path.join(ROOT, `bench/results/${name}.md`), markdown(report));
	process.stdout.write(markdown(report));
}

await main();

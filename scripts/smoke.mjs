// Smoke test of the production build, as a newcomer would run it, and the figures for the notes:
// 1. `npm start` on an empty data directory: the French home page with the demo territory,
//    start time, server memory, page weight of the home page (compressed HTML + JS + CSS);
// 2. an acknowledged write (a sign-up) survives SIGTERM and a restart, and the server exits cleanly.
// Usage: node scripts/smoke.mjs   (after a build; exits non-zero on any failure)
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serverArgs } from './server-command.mjs';

const PORT = Number(process.env.SMOKE_PORT ?? 4391);
const BASE = `http://localhost:${PORT}`;
const dir = mkdtempSync(join(tmpdir(), 'qv-smoke-'));
const dataDir = join(dir, 'data');
const env = {
	...process.env,
	PORT: String(PORT),
	DATA_DIR: dataDir,
	DATABASE_URL: '',
	SMTP_URL: '',
	SEED_DEMO: 'true'
};
delete env.ORIGIN;

function fail(message) {
	console.error(`smoke: FAILED — ${message}`);
	process.exitCode = 1;
	throw new Error(message);
}

function start(command, args) {
	const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
	let log = '';
	child.stdout.on('data', (d) => (log += d));
	child.stderr.on('data', (d) => (log += d));
	const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
	return { child, exited, log: () => log };
}

async function waitHealthy(server, timeoutMs = 120_000) {
	const t0 = performance.now();
	while (performance.now() - t0 < timeoutMs) {
		try {
			const res = await fetch(`${BASE}/healthz`);
			if (res.ok) return performance.now() - t0;
		} catch {
			// not listening yet
		}
		if (server.child.exitCode !== null) fail(`the server exited early:\n${server.log()}`);
		await new Promise((r) => setTimeout(r, 100));
	}
	fail(`no answer on /healthz after ${timeoutMs} ms:\n${server.log()}`);
}

async function stop(server, timeoutMs = 20_000) {
	process.kill(-server.child.pid, 'SIGTERM');
	const result = await Promise.race([server.exited, new Promise((r) => setTimeout(() => r('timeout'), timeoutMs))]);
	if (result === 'timeout') {
		process.kill(-server.child.pid, 'SIGKILL');
		fail(`the server did not stop within ${timeoutMs} ms of SIGTERM:\n${server.log()}`);
	}
	// `npm start` leads the process group; wait for its node child too.
	const t0 = performance.now();
	while (groupAlive(server.child.pid) && performance.now() - t0 < timeoutMs)
		await new Promise((r) => setTimeout(r, 100));
	if (groupAlive(server.child.pid)) fail(`a server process outlived SIGTERM:\n${server.log()}`);
	if (!/\[db\] closed/.test(server.log())) fail(`the database was not closed on SIGTERM:\n${server.log()}`);
	return result;
}

function groupAlive(pgid) {
	try {
		process.kill(-pgid, 0);
		return true;
	} catch {
		return false;
	}
}

/** The node process running the app inside `npm start`'s process group (npm itself is node too). */
function serverPid(pgid) {
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
			const argv0 = cmdline.split('\0')[0] ?? '';
			if (Number(fields[2]) === pgid && /node$/.test(argv0) && cmdline.includes('scripts/start.js'))
				return Number(entry);
		} catch {
			// the process ended meanwhile
		}
	}
	fail('could not find the server process');
}

function rssOf(pid) {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) * 1024;
}

async function pageWeight(path) {
	const html = await fetch(`${BASE}${path}`, { headers: { 'accept-encoding': 'br, gzip' } });
	const text = await html.text();
	const sizeOf = async (url) => {
		const res = await fetch(new URL(url, `${BASE}${path}`), { headers: { 'accept-encoding': 'br, gzip' } });
		const body = await res.arrayBuffer();
		// fetch decompresses; Content-Length is the size on the wire when the server compressed.
		return Number(res.headers.get('content-length') ?? body.byteLength);
	};
	const compressedHtml = (await import('node:zlib')).brotliCompressSync(Buffer.from(text)).length;
	const js = [...text.matchAll(/<link href="([^"]+\.js)" rel="modulepreload"/g)].map((m) => m[1]);
	const css = [...text.matchAll(/<link href="([^"]+\.css)" rel="stylesheet"/g)].map((m) => m[1]);
	const jsBytes = (await Promise.all(js.map(sizeOf))).reduce((a, b) => a + b, 0);
	const cssBytes = (await Promise.all(css.map(sizeOf))).reduce((a, b) => a + b, 0);
	return { html: compressedHtml, js: jsBytes, css: cssBytes, jsFiles: js.length, cssFiles: css.length, text };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

try {
	// 1. npm start on an empty data directory.
	const t0 = performance.now();
	const first = start('npm', ['start', '--silent']);
	await waitHealthy(first);
	const startMs = performance.now() - t0;
	const home = await fetch(`${BASE}/`, { headers: { 'accept-language': 'fr-FR,fr;q=0.9' } });
	const homeHtml = await home.text();
	if (home.status !== 200) fail(`GET / answered ${home.status}`);
	if (!homeHtml.includes('<html lang="fr" dir="ltr">')) fail('the home page is not in French');
	for (const expected of ['Villeurbanne', 'Saint-Jean', 'Les Buers', 'Tonkin', 'QN06920M'])
		if (!homeHtml.includes(expected)) fail(`the home page does not show ${expected}`);
	const csp = home.headers.get('content-security-policy') ?? '';
	if (!csp.includes("frame-ancestors 'none'")) fail('no Content-Security-Policy on the home page');
	await new Promise((r) => setTimeout(r, 1000));
	const rss = rssOf(serverPid(first.child.pid));
	const weight = await pageWeight('/');
	await stop(first);

	// 2. A write, SIGTERM, a restart on the same data: the write is there.
	const second = start(process.execPath, serverArgs());
	await waitHealthy(second);
	const email = `smoke-${Date.now()}@exemple.fr`;
	const form = new URLSearchParams({ name: 'Smoke', email, password: 'une phrase de test' });
	const signUp = await fetch(`${BASE}/sign-up`, {
		method: 'POST',
		body: form,
		redirect: 'manual',
		headers: { origin: BASE, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' }
	});
	if (signUp.status !== 303) fail(`sign-up answered ${signUp.status}`);
	const stopped = await stop(second);
	if (stopped.code !== 0) fail(`the server exited with ${JSON.stringify(stopped)} on SIGTERM`);

	const third = start(process.execPath, serverArgs());
	await waitHealthy(third);
	await new Promise((r) => setTimeout(r, 1000));
	const rssRestart = rssOf(third.child.pid);
	const signIn = await fetch(`${BASE}/sign-in`, {
		method: 'POST',
		body: new URLSearchParams({ email, password: 'une phrase de test' }),
		redirect: 'manual',
		headers: { origin: BASE, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' }
	});
	if (signIn.status !== 303 || !signIn.headers.get('location')?.startsWith('/account'))
		fail(`the account written before the restart cannot sign in (${signIn.status} ${signIn.headers.get('location')})`);
	await stop(third);

	console.log('smoke: npm start served the French home page with the demo territory');
	console.log('smoke: a sign-up survived SIGTERM and a restart; the server closed the database and exited 0');
	console.log(`smoke: start to first healthy answer (empty data dir, demo seeded): ${Math.round(startMs)} ms`);
	console.log(`smoke: server RSS after the first start (database created): ${(rss / 1024 / 1024).toFixed(0)} MB`);
	console.log(`smoke: server RSS after a restart on existing data: ${(rssRestart / 1024 / 1024).toFixed(0)} MB`);
	console.log(
		`smoke: home page weight, compressed: HTML ${kb(weight.html)} + JS ${kb(weight.js)} (${weight.jsFiles} files) + CSS ${kb(weight.css)} (${weight.cssFiles} files) = ${kb(weight.html + weight.js + weight.css)}`
	);
	console.log('1 passed, 0 failed');
} catch (error) {
	if (!process.exitCode) {
		console.error(error);
		process.exitCode = 1;
	}
	console.log('0 passed, 1 failed');
} finally {
	rmSync(dir, { recursive: true, force: true });
}

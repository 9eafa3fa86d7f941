/**
 * npm run bench:needs — the proof at scale of issue 4, point 7: a commune's list of needs
 * stays fast with 20,000 needs and 1,000,000 supports.
 *
 * Seeds one commune of 12 quartiers with 20,000 needs (90 % public at every step, the rest
 * awaiting moderation or refused) and 1,000,000 supports from 5,000 accounts, with the kept
 * counters equal to the rows they count — all in set-based SQL (generate_series), into a fresh
 * PostgreSQL database created on the server of BENCH_DATABASE_URL or DATABASE_URL, or into an
 * in-memory PGlite when neither is set. Then measures the server time of the real use case
 * (listNeeds) over a few hundred calls of each shape: the first page by most recent, the first
 * page by most supported, deep pages reached by cursor, and a page filtered by quartier and theme.
 * Prints the plans PostgreSQL chose, and writes bench/results/needs.md and needs.json.
 * Options (environment): BENCH_CALLS (300 per shape), BENCH_KEEP=1 keeps the PostgreSQL database.
 */
import './ts-hooks.mjs';
import { openTarget } from './bench-target.mjs';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const { rowsOf } = await import('#lib/server/db/client.js');
const { sql } = await import('drizzle-orm');
const { listNeeds } = await import('#lib/server/use-cases/list-needs.js');
const { needListFilters, encodeCursor } = await import('#lib/domain/need-list.js');
const { THEME_CODES } = await import('#lib/domain/themes.js');

const NEEDS = 20_000;
const SUPPORTS = 1_000_000;
const ACCOUNTS = 5_000;
const QUARTIERS = 12;
const CALLS = Number(process.env.BENCH_CALLS ?? 300);

const log = (line) => process.stdout.write(`[bench] ${line}\n`);
const round = (n, d = 1) => Math.round(n * 10 ** d) / 10 ** d;
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

/**
 * The supports of need i: a skewed number (a few needs gather hundreds, most a few dozen),
 * scaled so that they add up to SUPPORTS; each from a distinct account.
 */
const supportsOf = (i) => `(((${i} * 7919) % 1000) * ((${i} * 7919) % 1000) / 5000)`;

async function seed(db) {
	const exec = (q) => db.execute(sql.raw(q));
	await exec(`INSERT INTO commune (id, insee_code, name, holiday_zone, time_zone, departement)
		VALUES ('c0', '69266', 'Villeurbanne', 'A', 'Europe/Paris', '69'), ('c1', '69123', 'Lyon', 'A', 'Europe/Paris', '69')`);
	await exec(`INSERT INTO commune_voice_settings (commune_id, anonymous_posting_allowed) VALUES ('c0', true)`);
	await exec(`INSERT INTO quartier (id, commune_id, name, qpv_code)
		SELECT 'q' || i, 'c0', 'Quartier ' || i, 'QN069' || lpad(i::text, 2, '0') || 'M' FROM generate_series(0, ${QUARTIERS - 1}) i`);
	await exec(`INSERT INTO quartier (id, commune_id, name) VALUES ('qx', 'c1', 'Ailleurs')`);
	await exec(`INSERT INTO "user" (id, name, email, email_verified)
		SELECT 'u' || i, 'Habitante ' || i, 'u' || i || '@bench.example', true FROM generate_series(0, ${ACCOUNTS - 1}) i`);
	const themes = `ARRAY[${THEME_CODES.map((t) => `'${t}'`).join(',')}]`;
	// Every quartier gets needs in every theme (about 40 of each pair).
	// Publication instants spread over two years, with microseconds; one need in 20 awaits
	// moderation and one in 20 was refused (both without a publication date).
	await exec(`INSERT INTO need (id, kind, quartier_id, commune_id, theme, title, body, language, author_id, status,
			short_code, support_count, created_at, published_at, updated_at)
		SELECT 'n' || lpad(i::text, 6, '0'),
			CASE WHEN i % 3 = 0 THEN 'idea' ELSE 'need' END,
			'q' || (i % ${QUARTIERS}), 'c0',
			(${themes})[1 + (i / ${QUARTIERS}) % ${THEME_CODES.length}],
			'Besoin numéro ' || i, 'Un texte qui explique le besoin ' || i, (ARRAY['fr','fr','fr','ar','en'])[1 + i % 5],
			'u' || (i % ${ACCOUNTS}),
			s.status, 'B' || upper(to_hex(1000000 + i)),
			0,
			t.at - INTERVAL '1 hour', CASE WHEN s.status IN ('submitted', 'refused') THEN NULL ELSE t.at END, t.at
		FROM generate_series(0, ${NEEDS - 1}) i,
			LATERAL (SELECT CASE WHEN i % 20 = 7 THEN 'submitted' WHEN i % 20 = 13 THEN 'refused'
				ELSE (ARRAY['published','published','published','under_study','answered','linked','done'])[1 + i % 7] END AS status) s,
			LATERAL (SELECT TIMESTAMPTZ '2024-11-01 00:00+00' + (i * INTERVAL '52 minutes') + ((i * 7919) % 1000000) * INTERVAL '1 microsecond' AS at) t`);
	// Scale the skewed counts to SUPPORTS exactly: the remainder goes to the first needs.
	const [{ raw }] = rowsOf(
		await db.execute(sql.raw(`SELECT sum(${supportsOf('i')})::bigint AS raw FROM generate_series(0, ${NEEDS - 1}) i`))
	);
	const factor = SUPPORTS / Number(raw);
	const chunk = 2000;
	for (let n0 = 0; n0 < NEEDS; n0 += chunk) {
		await exec(`INSERT INTO need_support (need_id, user_id, created_at)
			SELECT 'n' || lpad(i::text, 6, '0'), 'u' || ((i * 31 + j) % ${ACCOUNTS}), TIMESTAMPTZ '2025-01-01 00:00+00' + j * INTERVAL '1 minute'
			FROM generate_series(${n0}, ${Math.min(NEEDS, n0 + chunk) - 1}) i,
				generate_series(1, LEAST(${ACCOUNTS}, floor(${supportsOf('i')} * ${factor})::int)) j`);
		log(`supports for ${Math.min(NEEDS, n0 + chunk)} / ${NEEDS} needs`);
	}
	const [{ n: have }] = rowsOf(await db.execute(sql.raw('SELECT count(*)::int AS n FROM need_support')));
	const missing = SUPPORTS - Number(have);
	if (missing > 0)
		// Rounding down left a few hundred: one more support each for the first needs, from an account not yet there.
		await exec(`INSERT INTO need_support (need_id, user_id)
			SELECT 'n' || lpad(i::text, 6, '0'), 'u' || ((i * 31 + ${ACCOUNTS - 1}) % ${ACCOUNTS})
			FROM generate_series(0, ${missing - 1}) i
			ON CONFLICT DO NOTHING`);
	// The counters, as the support use cases keep them: equal to the rows they count.
	await exec(`UPDATE need SET support_count = s.n FROM (SELECT need_id, count(*)::int AS n FROM need_support GROUP BY need_id) s
		WHERE s.need_id = need.id`);
	await exec('ANALYZE');
	const [counts] = rowsOf(
		await db.execute(
			sql.raw(`SELECT (SELECT count(*)::int FROM need) AS needs, (SELECT count(*)::int FROM need_support) AS supports,
				(SELECT count(*)::int FROM need n WHERE n.support_count <> (SELECT count(*) FROM need_support s WHERE s.need_id = n.id)) AS wrong`)
		)
	);
	if (Number(counts.wrong) !== 0) throw new Error(`${counts.wrong} counters differ from their rows`);
	return { needs: Number(counts.needs), supports: Number(counts.supports) };
}

/** A database whose last raw query is kept, to EXPLAIN what the use case really sent. */
function recording(db) {
	const seen = { last: null };
	const proxy = new Proxy(db, {
		get(target, key, receiver) {
			if (key === 'execute')
				return (query) => {
					seen.last = query;
					return target.execute(query);
				};
			return Reflect.get(target, key, receiver);
		}
	});
	return { db: proxy, seen };
}

async function shapes(db) {
	const filters = (query) => needListFilters(new URLSearchParams(query));
	// Deep cursors: the need at positions 5,000 to 15,000 of each order, found once (with OFFSET, here only).
	const deepRecent = rowsOf(
		await db.execute(
			sql.raw(`SELECT id, (extract(epoch FROM published_at) * 1000000)::bigint::text AS us FROM need
				WHERE commune_id = 'c0' AND status IN ('published','under_study','answered','linked','done')
				ORDER BY published_at DESC, id DESC OFFSET 5000 LIMIT 10000`)
		)
	).filter((_, i) => i % 997 === 0);
	const deepSupported = rowsOf(
		await db.execute(
			sql.raw(`SELECT id, support_count FROM need
				WHERE commune_id = 'c0' AND status IN ('published','under_study','answered','linked','done')
				ORDER BY support_count DESC, id DESC OFFSET 5000 LIMIT 10000`)
		)
	).filter((_, i) => i % 997 === 0);
	return [
		{ name: 'first page, most recent', make: () => ({ filters: filters(''), after: null }) },
		{ name: 'first page, most supported', make: () => ({ filters: filters('sort=supported'), after: null }) },
		{
			name: 'deep page by cursor, most recent',
			make: (i) => {
				const row = deepRecent[i % deepRecent.length];
				return {
					filters: filters(''),
					after: encodeCursor({ sort: 'recent', publishedAtMicros: BigInt(row.us), id: row.id })
				};
			}
		},
		{
			name: 'deep page by cursor, most supported',
			make: (i) => {
				const row = deepSupported[i % deepSupported.length];
				return {
					filters: filters('sort=supported'),
					after: encodeCursor({ sort: 'supported', supportCount: Number(row.support_count), id: row.id })
				};
			}
		},
		{
			name: 'quartier + theme, most recent',
			make: (i) => ({
				filters: filters(`quartier=q${i % QUARTIERS}&theme=${THEME_CODES[(i * 7) % THEME_CODES.length]}`),
				after: null
			})
		},
		{
			name: 'quartier + theme, most supported',
			make: (i) => ({
				filters: filters(
					`quartier=q${i % QUARTIERS}&theme=${THEME_CODES[(i * 7) % THEME_CODES.length]}&sort=supported`
				),
				after: null
			})
		}
	];
}

async function measure(db, shape, explain) {
	const { db: rec, seen } = recording(db);
	// Warm-up: the first calls load catalogues and plans.
	for (let i = 0; i < 10; i++) await listNeeds({ db: rec }, { communeId: 'c0', ...shape.make(i) });
	const times = [];
	let items = 0;
	for (let i = 0; i < CALLS; i++) {
		const input = shape.make(i);
		const t0 = performance.now();
		const page = await listNeeds({ db }, { communeId: 'c0', ...input });
		times.push(performance.now() - t0);
		items += page.items.length;
	}
	let plan = '';
	if (explain) {
		await listNeeds({ db: rec }, { communeId: 'c0', ...shape.make(1) });
		plan = rowsOf(await db.execute(sql`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) ${seen.last}`))
			.map((r) => r['QUERY PLAN'])
			.join('\n');
	}
	const sorted = [...times].sort((a, b) => a - b);
	return {
		name: shape.name,
		calls: CALLS,
		meanItems: round(items / CALLS),
		p50Ms: round(quantile(sorted, 0.5), 2),
		p95Ms: round(quantile(sorted, 0.95), 2),
		p99Ms: round(quantile(sorted, 0.99), 2),
		maxMs: round(sorted.at(-1), 2),
		plan
	};
}

async function main() {
	const started = performance.now();
	const target = await openTarget(log);
	log(`engine: ${target.label}`);
	try {
		const t0 = performance.now();
		const counts = await seed(target.db);
		const seedSeconds = round((performance.now() - t0) / 1000);
		log(`seeded ${counts.needs} needs and ${counts.supports} supports in ${seedSeconds} s (counters checked)`);
		const results = [];
		for (const shape of await shapes(target.db)) {
			const r = await measure(target.db, shape, true);
			log(`${r.name}: p50 ${r.p50Ms} ms, p95 ${r.p95Ms} ms, p99 ${r.p99Ms} ms (${r.meanItems} items a page)`);
			log(`plan:\n${r.plan.replace(/^/gm, '    ')}`);
			results.push(r);
		}
		const result = {
			engine: target.engine,
			engineLabel: target.label,
			date: new Date().toISOString(),
			machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`,
			...counts,
			seedSeconds,
			results,
			totalSeconds: round((performance.now() - started) / 1000)
		};
		const table = write(result);
		process.stdout.write(`\n${table}\n`);
		const worst = Math.max(...results.map((r) => r.p95Ms));
		log(`worst p95 ${worst} ms (target < 50 ms on PostgreSQL); done in ${result.totalSeconds} s`);
	} finally {
		await target.close();
		await target.drop();
	}
}

/** Keeps one entry per engine in the results, so running on both engines fills one file. */
function write(result) {
	const dir = path.resolve('bench/results');
	mkdirSync(dir, { recursive: true });
	const jsonPath = path.join(dir, 'needs.json');
	const all = existsSync(jsonPath) ? JSON.parse(readFileSync(jsonPath, 'utf8')) : {};
	all[result.engine] = result;
	writeFileSync(jsonPath, `${JSON.stringify(all, null, '\t')}\n`);
	const tableOf = (r) =>
		`### ${r.engineLabel.replace(/ \(database .*\)/, '')} — ${r.needs} needs, ${r.supports} supports, seeded in ${r.seedSeconds} s (${r.date.slice(0, 16)}Z)

| list page | calls | p50 | p95 | p99 | max |
| --- | --- | --- | --- | --- | --- |
${r.results.map((x) => `| ${x.name} | ${x.calls} | ${x.p50Ms} ms | ${x.p95Ms} ms | ${x.p99Ms} ms | ${x.maxMs} ms |`).join('\n')}
`;
	writeFileSync(
		path.join(dir, 'needs.md'),
		`# Needs list benchmark (\`npm run bench:needs\`)

${result.machine}. One commune of ${QUARTIERS} quartiers, 20,000 needs (one in 20 awaiting moderation,
one in 20 refused), 1,000,000 supports from 5,000 accounts, counters equal to their rows. Server time
of the list use case (\`listNeeds\`, one query, 20 needs a page), measured in the process.

${Object.values(all).map(tableOf).join('\n')}`
	);
	log(`wrote ${path.relative(process.cwd(), jsonPath)} and needs.md`);
	return tableOf(result);
}

await main();

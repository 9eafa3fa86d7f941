/**
 * npm run bench:booking — the proof at scale of issue 5.
 *
 * Seeds 2,000 rooms and 300,000 bookings (deterministic: the same rows every run) into a fresh
 * PostgreSQL database created on the server of BENCH_DATABASE_URL or DATABASE_URL, or into an
 * in-memory PGlite when neither is set. Then measures, through the real code:
 *   - availability search latency (p50/p95) over a few hundred varied searches (searchAvailability);
 *   - booking-creation throughput: weekly series written through the store (insertBookings in a
 *     transaction, as a request does) against a plain multi-row INSERT of the same rows into the
 *     same constrained table, and their ratio, in the same run.
 * Writes bench/results/booking.md and booking.json. Options (environment): BENCH_SEARCHES (300),
 * BENCH_SERIES (200), BENCH_KEEP=1 keeps the PostgreSQL database.
 */
import './ts-hooks.mjs';
import { openTarget } from './bench-target.mjs';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const { rowsOf } = await import('#lib/server/db/client.js');
const { sql } = await import('drizzle-orm');
const { insertBookings } = await import('#lib/server/bookings/store.js');
const { searchAvailability } = await import('#lib/server/use-cases/search-availability.js');
const { localInterval, addDays, toRangeLiteral } = await import('#lib/domain/zoned-time.js');

const ROOMS = 2000;
const BOOKINGS = 300_000;
const PER_ROOM = BOOKINGS / ROOMS; // 150
const COMMUNES = 20;
const QUARTIERS_PER_COMMUNE = 5;
const ROOMS_PER_FACILITY = 5;
const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 300);
const SERIES = Number(process.env.BENCH_SERIES ?? 200);
const WEEKS = 20;
const FIRST_DAY = '2027-01-04'; // a Monday

const log = (line) => process.stdout.write(`[bench] ${line}\n`);

/** A small deterministic generator (mulberry32): the same searches every run. */
function prng(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Everything in SQL, generated server-side: seeding 300,000 rows takes seconds, not minutes. */
async function seed(db) {
	const exec = (q) => db.execute(sql.raw(q));
	await exec(`INSERT INTO commune (id, insee_code, name, holiday_zone, time_zone, departement)
		SELECT 'c' || i, lpad((10000 + i)::text, 5, '0'), 'Commune ' || i, (ARRAY['A','B','C'])[1 + i % 3], 'Europe/Paris', '69'
		FROM generate_series(0, ${COMMUNES - 1}) i`);
	await exec(`INSERT INTO quartier (id, commune_id, name)
		SELECT 'q' || i, 'c' || (i / ${QUARTIERS_PER_COMMUNE}), 'Quartier ' || i
		FROM generate_series(0, ${COMMUNES * QUARTIERS_PER_COMMUNE - 1}) i`);
	const facilities = ROOMS / ROOMS_PER_FACILITY;
	await exec(`INSERT INTO facility (id, name, commune_id, quartier_id, address)
		SELECT 'f' || i, 'Équipement ' || i, 'c' || (i % ${COMMUNES}), 'q' || ((i % ${COMMUNES}) * ${QUARTIERS_PER_COMMUNE} + (i / ${COMMUNES}) % ${QUARTIERS_PER_COMMUNE}), i || ' rue du Banc'
		FROM generate_series(0, ${facilities - 1}) i`);
	await exec(`INSERT INTO room (id, facility_id, name, area_m2, capacity, kitchen_level, toilets, child_toilets,
			changing_table, storage_m2, outdoor_m2, step_free, van_access, water_point, opening_hours)
		SELECT 'r' || i, 'f' || (i / ${ROOMS_PER_FACILITY}), 'Salle ' || i, 15 + (i * 13) % 90, 10 + i % 40,
			(ARRAY['none','reheating','full'])[1 + i % 3], i % 2 = 0, i % 4 = 0, i % 5 = 0, (i * 7) % 12, (i % 6) * 20,
			i % 3 <> 1, i % 7 < 3, true,
			'[{"weekday":1,"start":"08:00","end":"22:00"},{"weekday":2,"start":"08:00","end":"22:00"},{"weekday":3,"start":"08:00","end":"22:00"},{"weekday":4,"start":"08:00","end":"22:00"},{"weekday":5,"start":"08:00","end":"22:00"},{"weekday":6,"start":"09:00","end":"18:00"}]'::jsonb
		FROM generate_series(0, ${ROOMS - 1}) i`);
	// Practices of various needs (the searches ask for them).
	await exec(`INSERT INTO practice (id, slug, status, title, summary, min_area_m2, kitchen_level, child_toilets, van_access, outdoor_m2)
		VALUES ('p0', 'creche', 'published', 'Crèche itinérante', '-', 40, 'reheating', true, true, 0),
		       ('p1', 'restaurant', 'published', 'Restaurant de femmes', '-', 50, 'full', false, false, 0),
		       ('p2', 'couture', 'published', 'Atelier couture', '-', 25, 'none', false, false, 0),
		       ('p3', 'jardin', 'published', 'Jardin partagé', '-', 20, 'none', false, false, 40)`);
	// School calendars 2026-2027 and 2027-2028 for the three zones (holidays shifted by zone).
	const holidays = [];
	const years = [];
	for (const [z, shift] of [
		['A', 0],
		['B', 7],
		['C', 14]
	]) {
		for (const [year, periods] of [
			[
				'2026-2027',
				[
					['2026-10-17', '2026-11-02'],
					['2026-12-19', '2027-01-04'],
					['2027-02-06', '2027-02-22'],
					['2027-04-03', '2027-04-19'],
					['2027-07-03', '2027-09-01']
				]
			],
			[
				'2027-2028',
				[
					['2027-10-16', '2027-11-02'],
					['2027-12-18', '2028-01-03'],
					['2028-02-05', '2028-02-21'],
					['2028-04-01', '2028-04-18'],
					['2028-07-01', '2028-09-01']
				]
			]
		]) {
			years.push(`('${z}', '${year}', true, 'bench')`);
			periods.forEach(([s, e], i) => {
				const moved = i === 0 || i === 1 || i === periods.length - 1 ? [s, e] : [addDays(s, shift), addDays(e, shift)];
				holidays.push(`('h-${z}-${year}-${i}', '${z}', '${year}', 'Vacances ${i}', '${moved[0]}', '${moved[1]}')`);
			});
		}
	}
	await exec(`INSERT INTO school_calendar_year (zone, school_year, complete, source) VALUES ${years.join(',')}`);
	await exec(
		`INSERT INTO school_holiday (id, zone, school_year, name, starts_on, resumes_on) VALUES ${holidays.join(',')}`
	);

	// 150 bookings per room, one a day on alternate days of 2027, between 08:00 and 20:00 local
	// time: never overlapping within a room, so the constraint accepts every one. A few are
	// refused (they hold nothing) and some pending (they hold their slot).
	// The exclusion constraint and the GiST index are dropped while the rows go in and built again
	// after, in bulk (much faster than 300,000 insertions into a GiST tree); building the
	// constraint checks every seeded row, so the table is exactly as constrained as in production.
	await exec('ALTER TABLE booking DROP CONSTRAINT booking_no_overlap');
	await exec('DROP INDEX booking_during_idx');
	const chunk = 200; // rooms per statement
	for (let r0 = 0; r0 < ROOMS; r0 += chunk) {
		await exec(`INSERT INTO booking (id, room_id, organisation_id, title, during, status)
			SELECT 'b-' || r || '-' || k, 'r' || r, NULL, 'Réservation ' || k,
				tstzrange(
					((DATE '${FIRST_DAY}' + (k * 2 + r % 2)) + make_time(8 + (r * 7 + k * 3) % 10, 0, 0)) AT TIME ZONE 'Europe/Paris',
					((DATE '${FIRST_DAY}' + (k * 2 + r % 2)) + make_time(8 + (r * 7 + k * 3) % 10 + 1 + (r + k) % 3, 0, 0)) AT TIME ZONE 'Europe/Paris',
					'[)'),
				CASE WHEN k % 17 = 0 THEN 'refused' WHEN k % 5 = 0 THEN 'pending' ELSE 'confirmed' END
			FROM generate_series(${r0}, ${Math.min(ROOMS, r0 + chunk) - 1}) r, generate_series(0, ${PER_ROOM - 1}) k`);
		log(`seeded ${Math.min(ROOMS, r0 + chunk) * PER_ROOM} / ${BOOKINGS} bookings`);
	}
	const t0 = performance.now();
	await exec(
		`ALTER TABLE booking ADD CONSTRAINT booking_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&) WHERE (status IN ('pending', 'confirmed'))`
	);
	await exec('CREATE INDEX booking_during_idx ON booking USING gist (during)');
	log(`constraint and index built in ${round((performance.now() - t0) / 1000)} s`);
	// A closure for works in one room of ten, for a fortnight.
	await exec(`INSERT INTO room_closure (id, room_id, during, reason)
		SELECT 'cl-' || i, 'r' || (i * 10), tstzrange(TIMESTAMPTZ '2027-03-01 00:00+01' + (i % 30) * INTERVAL '1 day',
			TIMESTAMPTZ '2027-03-15 00:00+01' + (i % 30) * INTERVAL '1 day', '[)'), 'Travaux'
		FROM generate_series(0, ${ROOMS / 10 - 1}) i`);
	await exec('ANALYZE');
	const [count] = rowsOf(await db.execute(sql`SELECT count(*)::int AS n FROM booking`));
	return Number(count.n);
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const round = (n, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

async function benchSearches(db) {
	const random = prng(5);
	const pick = (list) => list[Math.floor(random() * list.length)];
	const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR'];
	const times = [];
	let probes = 0;
	let results = 0;
	for (let i = 0; i < SEARCHES; i++) {
		const startHour = 8 + Math.floor(random() * 9);
		const duration = 1 + Math.floor(random() * 3);
		const first = pick(DAYS);
		const weekdays = random() < 0.3 ? [...new Set([first, pick(DAYS)])] : [first];
		const from = addDays(FIRST_DAY, Math.floor(random() * 200));
		const search = {
			practice: random() < 0.75 ? pick(['creche', 'restaurant', 'couture', 'jardin']) : null,
			quartier: `q${Math.floor(random() * COMMUNES * QUARTIERS_PER_COMMUNE)}`,
			initiative: null,
			weekdays: ['MO', 'TU', 'WE', 'TH', 'FR'].filter((d) => weekdays.includes(d)),
			start: `${String(startHour).padStart(2, '0')}:${random() < 0.5 ? '00' : '30'}`,
			end: `${String(startHour + duration).padStart(2, '0')}:00`,
			filter: pick(['all', 'all', 'school_periods', 'holidays']),
			from,
			until: addDays(from, 7 * (8 + Math.floor(random() * 30)))
		};
		const t0 = performance.now();
		const outcome = await searchAvailability({ db }, search);
		times.push(performance.now() - t0);
		if (!outcome.ok) throw new Error(`search refused: ${JSON.stringify(outcome.fieldErrors)}`);
		results += outcome.value.results.length;
		probes += outcome.value.results.reduce((n, r) => n + r.total, 0);
		if ((i + 1) % 50 === 0) log(`searches ${i + 1} / ${SEARCHES}`);
	}
	const sorted = [...times].sort((a, b) => a - b);
	return {
		count: SEARCHES,
		p50Ms: round(quantile(sorted, 0.5)),
		p95Ms: round(quantile(sorted, 0.95)),
		maxMs: round(sorted.at(-1)),
		meanRoomsPerSearch: round(results / SEARCHES),
		meanRoomDatesPerSearch: round(probes / SEARCHES)
	};
}

/** SERIES weekly series of WEEKS dates, each in a free evening slot (the seed stops at 20:00). */
function seriesRows(kind, start, end) {
	const all = [];
	for (let s = 0; s < SERIES; s++) {
		const roomId = `r${(s * 37) % ROOMS}`;
		const rows = [];
		for (let w = 0; w < WEEKS; w++) {
			const date = addDays(FIRST_DAY, w * 7 + (s % 5));
			rows.push({
				id: `${kind}-${s}-${w}`,
				roomId,
				title: `Série ${s}`,
				status: 'pending',
				interval: localInterval(date, start, end, 'Europe/Paris')
			});
		}
		all.push(rows);
	}
	return all;
}

async function benchWrites(db) {
	const viaStore = seriesRows('store', '20:00', '21:00');
	const plain = seriesRows('plain', '21:00', '22:00');
	const total = SERIES * WEEKS;

	let t0 = performance.now();
	for (const rows of plain) {
		const values = sql.join(
			rows.map((r) => sql`(${r.id}, ${r.roomId}, ${r.title}, ${toRangeLiteral(r.interval)}::tstzrange, ${r.status})`),
			sql`, `
		);
		await db.execute(sql`INSERT INTO booking (id, room_id, title, during, status) VALUES ${values}`);
	}
	const plainMs = performance.now() - t0;
	log(`plain INSERT: ${total} bookings in ${round(plainMs)} ms`);

	t0 = performance.now();
	for (const rows of viaStore) await db.transaction((tx) => insertBookings(tx, rows));
	const storeMs = performance.now() - t0;
	log(`store: ${total} bookings in ${round(storeMs)} ms`);

	// And the constraint still bites: the same series again must be refused whole.
	let refused = 0;
	for (const rows of viaStore.slice(0, 20))
		await db
			.transaction((tx) =>
				insertBookings(
					tx,
					rows.map((r) => ({ ...r, id: `${r.id}-again` }))
				)
			)
			.catch(() => (refused += 1));
	if (refused !== 20) throw new Error(`expected 20 refused series, got ${refused}`);

	return {
		series: SERIES,
		bookingsPerSeries: WEEKS,
		store: { ms: round(storeMs), bookingsPerSecond: Math.round(total / (storeMs / 1000)) },
		plainInsert: { ms: round(plainMs), bookingsPerSecond: Math.round(total / (plainMs / 1000)) },
		storeToPlainRatio: round(total / (storeMs / 1000) / (total / (plainMs / 1000)), 2)
	};
}

async function main() {
	const started = performance.now();
	const target = await openTarget(log);
	log(`engine: ${target.label}`);
	try {
		let t0 = performance.now();
		const bookings = await seed(target.db);
		const seedMs = performance.now() - t0;
		log(`seeded ${ROOMS} rooms and ${bookings} bookings in ${round(seedMs / 1000)} s`);
		const search = await benchSearches(target.db);
		log(`search p50 ${search.p50Ms} ms, p95 ${search.p95Ms} ms`);
		const writes = await benchWrites(target.db);
		const result = {
			engine: target.engine,
			engineLabel: target.label,
			date: new Date().toISOString(),
			machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`,
			rooms: ROOMS,
			bookings,
			seedSeconds: round(seedMs / 1000),
			search,
			writes,
			totalSeconds: round((performance.now() - started) / 1000)
		};
		write(result);
		log(`store/plain throughput ratio ${writes.storeToPlainRatio}; done in ${result.totalSeconds} s`);
	} finally {
		await target.close();
		await target.drop();
	}
}

/** Keeps one entry per engine in the results, so running on both engines fills one table. */
function write(result) {
	const dir = path.resolve('bench/results');
	mkdirSync(dir, { recursive: true });
	const jsonPath = path.join(dir, 'booking.json');
	const all = existsSync(jsonPath) ? JSON.parse(readFileSync(jsonPath, 'utf8')) : {};
	all[result.engine] = result;
	writeFileSync(jsonPath, `${JSON.stringify(all, null, '\t')}\n`);
	const rows = Object.values(all).map(
		(r) =>
			`| ${r.engineLabel.replace(/ \(database .*\)/, '')} | ${r.rooms} | ${r.bookings} | ${r.seedSeconds} s | ${r.search.count} | ${r.search.p50Ms} ms | ${r.search.p95Ms} ms | ${r.writes.store.bookingsPerSecond}/s | ${r.writes.plainInsert.bookingsPerSecond}/s | ${r.writes.storeToPlainRatio} | ${r.date.slice(0, 16)}Z |`
	);
	writeFileSync(
		path.join(dir, 'booking.md'),
		`# Booking benchmark (\`npm run bench:booking\`)

${result.machine}. Rooms in 20 communes of 5 quartiers; 150 bookings per room over 2027 (pending,
confirmed and refused), 200 closures; school calendars for zones A, B and C.

- **Search**: ${result.search.count} availability searches of varied patterns (1–2 weekdays, 1–3 h, 8–37
  weeks, all weeks / school periods / holidays, a practice or none, a quartier) through the real use
  case (\`searchAvailability\`): each counts every room of the quartier's commune × every date in
  one query.
- **Writes**: ${result.writes.series} weekly series of ${result.writes.bookingsPerSeries} dates through the store
  (\`insertBookings\` in a transaction, as a request does) against a plain multi-row \`INSERT\` of
  the same shape into the same constrained table, in the same run. The ratio is store ÷ plain
  throughput (1 = no overhead). Then 20 of the series are sent again and all are refused whole.

| engine | rooms | bookings | seed | searches | search p50 | search p95 | store | plain INSERT | ratio | run |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
`
	);
	log(`wrote ${path.relative(process.cwd(), jsonPath)} and booking.md`);
}

await main();

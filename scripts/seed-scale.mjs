/**
 * npm run seed:scale -- --size city|metropole [--reset]
 *
 * Fills the app's own database (PostgreSQL when DATABASE_URL is set, else the embedded PGlite in
 * DATA_DIR, as `npm start` would open it) with a synthetic territory at the scale of a city or a
 * métropole, so that `npm run bench` measures the pages as they will be when everyone uses them:
 *
 *   size       quartiers rooms residents  needs  supports  bookings initiatives consultations answers
 *   city          30      300    50,000  20,000 1,000,000  300,000      200         100      200,000
 *   metropole    150    1,500   250,000 100,000 5,000,000 1,500,000   1,000         500    1,000,000
 *
 * The quartiers are real 2024 QPV (tests/fixtures/qpv2024: Marseille's for a city, the Nord and
 * Pas-de-Calais for a métropole) with their outlines; everything else is generated. Deterministic:
 * the same size gives the same rows, ids and counters every time; only dates follow the day it
 * runs (bookings and consultations sit around the current week, so that "coming" pages have data).
 * All in set-based SQL (generate_series), chunked so that a progress bar moves and no statement
 * holds millions of rows in memory; all in one transaction, so that a failure leaves nothing half
 * seeded. The catalogue and the demo territory (unless SEED_DEMO=false) are loaded first, as
 * `npm start` does: the synthetic initiatives run the catalogue's published practices.
 * Every synthetic row's id starts with `scale-`; --reset deletes them before seeding again.
 */
import './ts-hooks.mjs';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const { readConfig } = await import('#lib/server/config.js');
const { openDatabase, rowsOf } = await import('#lib/server/db/client.js');
const { seedDemo } = await import('#lib/server/demo/seed-demo.js');
const { seedCatalogue } = await import('#lib/server/catalogue/seed-catalogue.js');
const { THEME_CODES } = await import('#lib/domain/themes.js');
const { parseCsv } = await import('#lib/domain/qpv-import.js');
const { sql } = await import('drizzle-orm');

export const SIZES = {
	/** For the tests of this script: the same shapes, a hundredth of a city. */
	small: {
		quartiers: 3,
		rooms: 9,
		residents: 500,
		needs: 200,
		supports: 5_000,
		bookings: 900,
		initiatives: 8,
		consultations: 4,
		answers: 400,
		qpv: (row) => row.insee_com === '13055'
	},
	city: {
		quartiers: 30,
		rooms: 300,
		residents: 50_000,
		needs: 20_000,
		supports: 1_000_000,
		bookings: 300_000,
		initiatives: 200,
		consultations: 100,
		answers: 200_000,
		/** Where the real quartiers come from: one commune's QPV, or whole départements'. */
		qpv: (row) => row.insee_com === '13055'
	},
	metropole: {
		quartiers: 150,
		rooms: 1_500,
		residents: 250_000,
		needs: 100_000,
		supports: 5_000_000,
		bookings: 1_500_000,
		initiatives: 1_000,
		consultations: 500,
		answers: 1_000_000,
		qpv: (row) => row.insee_dep === '59' || row.insee_dep === '62'
	}
};

const ROOMS_PER_FACILITY = 3;
/** Organisations running initiatives and booking rooms: one for every four initiatives. */
const INITIATIVES_PER_ORGANISATION = 4;
/** Share of residents who gave their (opt-in) demographic profile, in percent. */
const PROFILED_PERCENT = 40;
/** Short codes: 'Z' and six characters of the poster alphabet (2-9, letters without I, L, O, U). */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

function parseArgs(argv) {
	const args = { size: 'city', reset: false };
	for (let i = 0; i < argv.length; i++) {
		if (argv[i] === '--size') args.size = argv[++i];
		else if (argv[i].startsWith('--size=')) args.size = argv[i].slice(7);
		else if (argv[i] === '--reset') args.reset = true;
		else throw new Error(`unknown argument ${argv[i]} (use --size city|metropole|small [--reset])`);
	}
	if (!SIZES[args.size]) throw new Error(`unknown size "${args.size}" (city or metropole)`);
	return args;
}

/** A progress bar on a terminal, one line per step elsewhere (CI logs). */
function progressBar(steps) {
	const started = performance.now();
	const tty = process.stderr.isTTY;
	let done = 0;
	return {
		step(label, fraction = 1) {
			if (fraction >= 1) done += 1;
			const share = (done + (fraction < 1 ? fraction : 0)) / steps;
			const width = 30;
			const bar = '#'.repeat(Math.round(share * width)).padEnd(width, '-');
			const line = `[seed:scale] [${bar}] ${String(Math.round(share * 100)).padStart(3)} % ${label} (${((performance.now() - started) / 1000).toFixed(1)} s)`;
			if (tty) process.stderr.write(`\r${line.padEnd(110)}${fraction >= 1 && done === steps ? '\n' : ''}`);
			else if (fraction >= 1) process.stderr.write(`${line}\n`);
		}
	};
}

/** The SQL text of a short code for row number `expr`: unique per number below 30^6. */
const shortCodeSql = (expr) =>
	`'Z' || ${Array.from({ length: 6 }, (_, k) => `substr('${ALPHABET}', (1 + ((${expr}) / ${30 ** (5 - k)}) % 30)::int, 1)`).join(' || ')}`;

function realQuartiers(size) {
	// The official 2024 files, kept gzipped in the repository with their provenance (tests/fixtures/qpv2024/README.md).
	const dir = path.resolve(import.meta.dirname, '../tests/fixtures/qpv2024');
	const read = (name) => gunzipSync(readFileSync(path.join(dir, `${name}.gz`))).toString('utf8');
	const records = parseCsv(read('qpv2024_list_centroids.csv'));
	if (!records) throw new Error('the QPV list could not be read');
	const [header, ...rows] = records.map((r) => r.fields);
	const chosen = rows
		.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])))
		.filter(SIZES[size].qpv)
		.slice(0, SIZES[size].quartiers);
	if (chosen.length < SIZES[size].quartiers)
		throw new Error(`only ${chosen.length} QPV found for ${size}, ${SIZES[size].quartiers} needed`);
	const outlines = new Map(
		JSON.parse(read('qpv2024_contours_simplified.geojson')).features.map((f) => [f.properties.code_qp, f.geometry])
	);
	return chosen.map((r) => ({ ...r, outline: outlines.get(r.code_qp) ?? null }));
}

/** Deletes every synthetic row, children first (the cascades do most of it). */
export async function resetScale(db) {
	const exec = (q) => db.execute(sql.raw(q));
	for (const table of [
		'need_support',
		'need_follow',
		'need',
		'consultation',
		'booking',
		'initiative',
		'room',
		'facility',
		'demographic_profile',
		'"user"',
		'organisation'
	])
		await exec(
			`DELETE FROM ${table} WHERE ${table === 'need_support' || table === 'need_follow' ? 'need_id' : table === 'demographic_profile' ? 'user_id' : 'id'} LIKE 'scale-%'`
		);
	await exec(`DELETE FROM quartier_commune WHERE quartier_id LIKE 'scale-%'`);
	await exec(`DELETE FROM quartier WHERE id LIKE 'scale-%'`);
	await exec(`DELETE FROM commune WHERE id LIKE 'scale-%'`);
}

export async function seedScale(db, size, report = () => {}) {
	const n = SIZES[size];
	const exec = (q) => db.execute(sql.raw(q));
	const one = async (q) => rowsOf(await exec(q))[0];
	const bar = progressBar(9);

	// 1. Communes and quartiers: the real QPV, with outlines and centroids.
	const quartiers = realQuartiers(size);
	const communes = [...new Map(quartiers.map((q) => [q.insee_com, q])).values()];
	for (const c of communes)
		await db.execute(sql`INSERT INTO commune (id, insee_code, name, holiday_zone, time_zone, departement)
			VALUES (${`scale-c-${c.insee_com}`}, ${c.insee_com}, ${c.lib_com}, 'B', 'Europe/Paris', ${c.insee_dep})
			ON CONFLICT (insee_code) DO NOTHING`);
	const communeIds = new Map(rowsOf(await exec(`SELECT id, insee_code FROM commune`)).map((r) => [r.insee_code, r.id]));
	for (const [i, q] of quartiers.entries()) {
		await db.execute(sql`INSERT INTO quartier (id, commune_id, name, qpv_code, outline, centroid_lon, centroid_lat)
			VALUES (${`scale-q-${i}`}, ${communeIds.get(q.insee_com)}, ${q.lib_qp}, ${q.code_qp},
				${q.outline ? JSON.stringify(q.outline) : null}::jsonb, ${Number(q.centroid_lon)}, ${Number(q.centroid_lat)})
			ON CONFLICT (qpv_code) DO NOTHING`);
		await db.execute(sql`INSERT INTO quartier_commune (quartier_id, commune_id)
			SELECT id, commune_id FROM quartier WHERE qpv_code = ${q.code_qp} ON CONFLICT DO NOTHING`);
	}
	// A quartier already there (imported before) is used as it is, under its own id.
	await exec(`CREATE TEMP TABLE scale_q AS
		SELECT (row_number() OVER (ORDER BY code) - 1)::int AS k, q.id, q.commune_id, q.centroid_lon AS lon, q.centroid_lat AS lat
		FROM (VALUES ${quartiers.map((q, i) => `('${q.code_qp}', ${i})`).join(',')}) v(code, ord)
		JOIN quartier q ON q.qpv_code = v.code ORDER BY v.ord`);
	await exec(`CREATE UNIQUE INDEX ON scale_q (k)`);
	const Q = n.quartiers;
	bar.step(`${Q} quartiers in ${communes.length} commune(s)`);

	// 2. Organisations: one per commune (the rooms' owner) and the associations running initiatives.
	const ORGS = Math.ceil(n.initiatives / INITIATIVES_PER_ORGANISATION);
	await exec(`INSERT INTO organisation (id, name, type, description, commune_id)
		SELECT 'scale-o-' || i, 'Association ' || i, (ARRAY['association','association','ess_enterprise'])[1 + i % 3],
			'Association de quartier (données synthétiques).', q.commune_id
		FROM generate_series(0, ${ORGS - 1}) i JOIN scale_q q ON q.k = i % ${Q}`);
	await exec(`INSERT INTO organisation_quartier (organisation_id, quartier_id)
		SELECT 'scale-o-' || i, q.id FROM generate_series(0, ${ORGS - 1}) i JOIN scale_q q ON q.k = i % ${Q}`);
	await exec(`INSERT INTO organisation (id, name, type, commune_id)
		SELECT DISTINCT ON (commune_id) 'scale-oc-' || commune_id, 'Ville', 'commune', commune_id FROM scale_q`);
	bar.step(`${ORGS} organisations`);

	// 3. Residents: accounts without a password (nobody signs in as them), 40 % with the opt-in profile.
	const R = n.residents;
	for (let r0 = 0; r0 < R; r0 += 50_000) {
		const r1 = Math.min(R, r0 + 50_000);
		await exec(`INSERT INTO "user" (id, name, email, email_verified, locale)
			SELECT 'scale-u-' || i, 'Habitante ' || i, 'scale-u-' || i || '@scale.invalid', true,
				(ARRAY['fr','fr','fr','ar','en'])[1 + i % 5]
			FROM generate_series(${r0}, ${r1 - 1}) i`);
		bar.step(`${r1} / ${R} residents`, Math.min(0.99, r1 / R));
	}
	await exec(`INSERT INTO demographic_profile (user_id, consented_at, gender, age_band, single_parent, employment,
			children_under_3, children_under_12)
		SELECT 'scale-u-' || i, TIMESTAMPTZ '2025-01-01 00:00+00', (ARRAY['woman','woman','woman','man','man','other'])[1 + i % 6],
			(ARRAY['15-24','25-34','35-49','50-64','65+'])[1 + (i / 7) % 5], i % 9 = 0,
			(ARRAY['full_time','part_time','job_seeker','in_training','at_home','retired','student'])[1 + (i / 3) % 7], i % 8 = 0, i % 3 = 0
		FROM generate_series(0, ${R - 1}) i WHERE i % 100 < ${PROFILED_PERCENT}`);
	bar.step(`${R} residents`);

	// 4. Facilities and rooms, near their quartier's centroid, open Monday to Saturday 8:00–22:00.
	const F = Math.ceil(n.rooms / ROOMS_PER_FACILITY);
	await exec(`INSERT INTO facility (id, name, commune_id, quartier_id, owner_organisation_id, address, lon, lat)
		SELECT 'scale-f-' || i, 'Maison de quartier ' || i, q.commune_id, q.id, 'scale-oc-' || q.commune_id,
			(1 + i) || ' rue des Tilleuls', q.lon + ((i * 37) % 11 - 5) * 0.0006, q.lat + ((i * 53) % 11 - 5) * 0.0004
		FROM generate_series(0, ${F - 1}) i JOIN scale_q q ON q.k = i % ${Q}`);
	const hours = JSON.stringify([1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, start: '08:00', end: '22:00' })));
	await exec(`INSERT INTO room (id, facility_id, name, area_m2, capacity, kitchen_level, toilets, child_toilets, changing_table,
			storage_m2, step_free, van_access, water_point, parking, opening_hours, approval_required, min_notice_hours,
			max_booking_minutes, bookable_by)
		SELECT 'scale-r-' || i, 'scale-f-' || (i / ${ROOMS_PER_FACILITY}), (ARRAY['Grande salle','Salle d''activité','Cuisine'])[1 + i % 3] || ' ' || i,
			30 + (i * 17) % 90, 10 + (i * 7) % 50, (ARRAY['none','reheating','full'])[1 + i % 3], true, i % 4 = 0, i % 4 = 0,
			(i * 3) % 12, i % 5 <> 0, i % 6 = 0, true, i % 2 = 0, '${hours}'::jsonb, i % 3 <> 0, 24, 240, 'organisations'
		FROM generate_series(0, ${n.rooms - 1}) i`);
	bar.step(`${F} facilities, ${n.rooms} rooms`);

	// 5. Initiatives: the demo's published practices, run by the associations in their quartier and rooms.
	const practices = rowsOf(await exec(`SELECT id FROM practice WHERE status = 'published' ORDER BY slug`));
	if (practices.length === 0) throw new Error('no published practice in the catalogue');
	const practiceArray = `ARRAY[${practices.map((p) => `'${p.id}'`).join(',')}]`;
	await exec(`INSERT INTO initiative (id, practice_id, organisation_id, title, summary, status, schedule, session_capacity, started_on)
		SELECT 'scale-i-' || i, (${practiceArray})[1 + i % ${practices.length}], 'scale-o-' || (i / ${INITIATIVES_PER_ORGANISATION}),
			'Initiative ' || i, 'Une initiative de quartier (données synthétiques).',
			(ARRAY['running','running','running','preparing','idea','paused','ended'])[1 + i % 7], 'Chaque semaine',
			CASE WHEN i % 3 = 0 THEN 12 END, DATE '2024-09-01' + (i % 300)
		FROM generate_series(0, ${n.initiatives - 1}) i`);
	await exec(`INSERT INTO initiative_quartier (initiative_id, quartier_id)
		SELECT 'scale-i-' || i, q.id FROM generate_series(0, ${n.initiatives - 1}) i
		JOIN scale_q q ON q.k = (i / ${INITIATIVES_PER_ORGANISATION}) % ${Q}`);
	await exec(`INSERT INTO initiative_room (initiative_id, room_id)
		SELECT 'scale-i-' || i, 'scale-r-' || ((i * 7) % ${n.rooms}) FROM generate_series(0, ${n.initiatives - 1}) i`);
	bar.step(`${n.initiatives} initiatives`);

	// 6. Needs in every quartier and theme, 90 % public, and their supports (a few needs gather
	// hundreds, most a few dozen), each from a distinct resident; the kept counters equal the rows.
	const N = n.needs;
	const themes = `ARRAY[${THEME_CODES.map((t) => `'${t}'`).join(',')}]`;
	await exec(`INSERT INTO need (id, kind, quartier_id, commune_id, theme, title, body, language, author_id, status,
			short_code, created_at, published_at, updated_at)
		SELECT 'scale-n-' || i, CASE WHEN i % 3 = 0 THEN 'idea' ELSE 'need' END, q.id, q.commune_id,
			(${themes})[1 + (i / ${Q}) % ${THEME_CODES.length}], 'Besoin numéro ' || i,
			'Un texte qui explique le besoin ' || i || ' (données synthétiques).', (ARRAY['fr','fr','fr','ar','en'])[1 + i % 5],
			'scale-u-' || (i % ${R}), s.status, ${shortCodeSql('i')},
			t.at - INTERVAL '1 hour', CASE WHEN s.status IN ('submitted', 'refused') THEN NULL ELSE t.at END, t.at
		FROM generate_series(0, ${N - 1}) i
		JOIN scale_q q ON q.k = i % ${Q},
		LATERAL (SELECT CASE WHEN i % 20 = 7 THEN 'submitted' WHEN i % 20 = 13 THEN 'refused'
			ELSE (ARRAY['published','published','published','under_study','answered','linked','done'])[1 + i % 7] END AS status) s,
		LATERAL (SELECT date_trunc('day', now()) - INTERVAL '730 days' + (i * INTERVAL '730 days' / ${N}) + ((i * 7919) % 1000000) * INTERVAL '1 microsecond' AS at) t`);
	const supportsOf = (i) => `(((${i} * 7919) % 1000) * ((${i} * 7919) % 1000) / 5000)`;
	// Only public needs gather supports (one in ten awaits moderation or was refused).
	const raw = Number(
		(
			await one(
				`SELECT sum(${supportsOf('i')})::bigint AS raw FROM generate_series(0, ${N - 1}) i WHERE i % 20 NOT IN (7, 13)`
			)
		).raw
	);
	const factor = n.supports / raw;
	const chunk = 2_000;
	for (let n0 = 0; n0 < N; n0 += chunk) {
		const n1 = Math.min(N, n0 + chunk);
		await exec(`INSERT INTO need_support (need_id, user_id, created_at)
			SELECT 'scale-n-' || i, 'scale-u-' || ((i * 31 + j) % ${R}), now() - j * INTERVAL '1 minute'
			FROM generate_series(${n0}, ${n1 - 1}) i,
				generate_series(1, LEAST(${R}, floor(${supportsOf('i')} * ${factor})::int)) j
			WHERE i % 20 NOT IN (7, 13)`);
		bar.step(`supports for ${n1} / ${N} needs`, Math.min(0.99, n1 / N));
	}
	// Rounding down left some: one more support for as many public needs, from a resident not yet
	// there (a few rounds at most; a need already supported by everyone is passed over).
	for (let round = 1; round <= 5; round++) {
		const have = Number((await one(`SELECT count(*)::int AS n FROM need_support WHERE need_id LIKE 'scale-%'`)).n);
		if (have >= n.supports) break;
		await exec(`INSERT INTO need_support (need_id, user_id)
			SELECT 'scale-n-' || i, 'scale-u-' || ((i * 31 + ${R} - ${round}) % ${R})
			FROM generate_series(0, ${N - 1}) i WHERE i % 20 NOT IN (7, 13)
			ORDER BY i LIMIT ${n.supports - have}
			ON CONFLICT DO NOTHING`);
	}
	// The author follows her need, as posting does.
	await exec(
		`INSERT INTO need_follow (need_id, user_id) SELECT id, author_id FROM need WHERE id LIKE 'scale-n-%' ON CONFLICT DO NOTHING`
	);
	await exec(`UPDATE need SET support_count = s.n FROM (SELECT need_id, count(*)::int AS n FROM need_support
		WHERE need_id LIKE 'scale-%' GROUP BY need_id) s WHERE s.need_id = need.id`);
	await exec(`UPDATE need SET follower_count = 1 WHERE id LIKE 'scale-n-%'`);
	bar.step(`${N} needs`);

	// 7. Bookings: the same number in every room, two hours each, four slots a day, spread over the
	// year before and the year after this week; 85 % confirmed, 8 % pending, the rest cancelled.
	const perRoom = Math.ceil(n.bookings / n.rooms);
	const days = Math.ceil(perRoom / 4);
	const span = 730;
	const roomChunk = Math.max(1, Math.floor(50_000 / perRoom));
	for (let r0 = 0; r0 < n.rooms; r0 += roomChunk) {
		const r1 = Math.min(n.rooms, r0 + roomChunk);
		await exec(`INSERT INTO booking (id, room_id, organisation_id, initiative_id, title, during, status, is_public)
			SELECT 'scale-b-' || r || '-' || k, 'scale-r-' || r, 'scale-o-' || ((r + k) % ${ORGS}),
				CASE WHEN k % 5 < 2 THEN 'scale-i-' || (((r + k) % ${ORGS}) * ${INITIATIVES_PER_ORGANISATION} + k % ${INITIATIVES_PER_ORGANISATION}) % ${n.initiatives} END,
				'Activité ' || k, tstzrange(s.at, s.at + INTERVAL '2 hours'),
				CASE WHEN k % 100 < 85 THEN 'confirmed' WHEN k % 100 < 93 THEN 'pending' ELSE 'cancelled' END, k % 7 <> 0
			FROM generate_series(${r0}, ${r1 - 1}) r, generate_series(0, ${perRoom - 1}) k,
			LATERAL (SELECT ((date_trunc('week', now() AT TIME ZONE 'Europe/Paris')::date - ${span / 2}
				+ ((k / 4) * ${span} / ${days}))::timestamp
				+ (ARRAY[INTERVAL '9 hours', INTERVAL '11 hours', INTERVAL '14 hours', INTERVAL '18 hours'])[1 + k % 4])
				AT TIME ZONE 'Europe/Paris' AS at) s
			WHERE r * ${perRoom} + k < ${n.bookings}`);
		bar.step(`bookings for ${r1} / ${n.rooms} rooms`, Math.min(0.99, r1 / n.rooms));
	}
	bar.step(`${n.bookings} bookings`);

	// 8. Consultations: three questions each, open (even) or closed (odd), signed or anonymous, with their answers
	// from distinct residents, 40 % of them with the opt-in demographic block.
	const C = n.consultations;
	const A = Math.ceil(n.answers / C);
	await exec(`INSERT INTO consultation (id, title, description, language, opens_at, closes_at, answer_mode, asks_demographics,
			status, short_code, response_count)
		SELECT 'scale-k-' || c, 'Consultation ' || c, 'Votre avis sur le quartier (données synthétiques).', 'fr',
			now() - INTERVAL '90 days' + (c % 30) * INTERVAL '1 day',
			CASE WHEN c % 2 = 0 THEN now() + INTERVAL '30 days' ELSE now() - INTERVAL '70 days' + (c % 30) * INTERVAL '1 day' END,
			CASE WHEN c % 2 = 0 THEN 'anonymous' ELSE 'signed' END, true, 'published', ${shortCodeSql(`${N} + c`)}, 0
		FROM generate_series(0, ${C - 1}) c`);
	await exec(`INSERT INTO consultation_quartier (consultation_id, quartier_id)
		SELECT 'scale-k-' || c, q.id FROM generate_series(0, ${C - 1}) c JOIN scale_q q ON q.k = c % ${Q}`);
	await exec(`INSERT INTO consultation_question (id, consultation_id, position, kind, prompt, required, options, scale_min, scale_max)
		SELECT 'scale-k-' || c || '-' || p, 'scale-k-' || c, p, (ARRAY['single','scale','multiple'])[p],
			(ARRAY['Quel créneau vous convient ?','Votre satisfaction ?','Quels services ?'])[p], p = 1,
			CASE WHEN p = 2 THEN '[]'::jsonb ELSE '["Matin","Midi","Après-midi","Soir"]'::jsonb END,
			CASE WHEN p = 2 THEN 0 END, CASE WHEN p = 2 THEN 10 END
		FROM generate_series(0, ${C - 1}) c, generate_series(1, 3) p`);
	const consultChunk = Math.max(1, Math.floor(50_000 / A));
	for (let c0 = 0; c0 < C; c0 += consultChunk) {
		const c1 = Math.min(C, c0 + consultChunk);
		await exec(`INSERT INTO consultation_response (id, consultation_id, user_id, answered_on, answers)
			SELECT 'scale-a-' || c || '-' || j, 'scale-k-' || c, CASE WHEN c % 2 = 1 THEN 'scale-u-' || ((c * 7919 + j) % ${R}) END,
				(now() - (j % 50) * INTERVAL '1 day')::date,
				jsonb_build_object('scale-k-' || c || '-1', j % 4, 'scale-k-' || c || '-2', (j * 7) % 11,
					'scale-k-' || c || '-3', CASE WHEN j % 4 = 3 THEN jsonb_build_array(3) ELSE jsonb_build_array(j % 4, 3) END)
			FROM generate_series(${c0}, ${c1 - 1}) c, generate_series(0, ${A - 1}) j
			WHERE c * ${A} + j < ${n.answers}`);
		await exec(`INSERT INTO consultation_participation (consultation_id, user_id)
			SELECT 'scale-k-' || c, 'scale-u-' || ((c * 7919 + j) % ${R})
			FROM generate_series(${c0}, ${c1 - 1}) c, generate_series(0, ${A - 1}) j
			WHERE c % 2 = 0 AND c * ${A} + j < ${n.answers}`);
		bar.step(`answers for ${c1} / ${C} consultations`, Math.min(0.99, c1 / C));
	}
	await exec(`INSERT INTO response_demographics (response_id, gender, age_band, single_parent, employment, children_under_3, children_under_12)
		SELECT id, (ARRAY['woman','woman','woman','man','man','other'])[1 + h % 6], (ARRAY['15-24','25-34','35-49','50-64','65+'])[1 + (h / 7) % 5],
			h % 9 = 0, (ARRAY['full_time','part_time','job_seeker','in_training','at_home','retired','student'])[1 + (h / 3) % 7], h % 8 = 0, h % 3 = 0
		FROM (SELECT id, abs(hashtext(id)) AS h FROM consultation_response WHERE id LIKE 'scale-a-%') r WHERE h % 100 < ${PROFILED_PERCENT}`);
	await exec(`UPDATE consultation SET response_count = s.n FROM (SELECT consultation_id, count(*)::int AS n
		FROM consultation_response WHERE id LIKE 'scale-a-%' GROUP BY consultation_id) s WHERE s.consultation_id = consultation.id`);
	bar.step(`${C} consultations, ${n.answers} answers`);

	await exec('ANALYZE');
	const counts = await one(`SELECT
		(SELECT count(*)::int FROM quartier q JOIN scale_q s ON s.id = q.id) AS quartiers,
		(SELECT count(*)::int FROM room WHERE id LIKE 'scale-%') AS rooms,
		(SELECT count(*)::int FROM "user" WHERE id LIKE 'scale-%') AS residents,
		(SELECT count(*)::int FROM need WHERE id LIKE 'scale-%') AS needs,
		(SELECT count(*)::int FROM need_support WHERE need_id LIKE 'scale-%') AS supports,
		(SELECT count(*)::int FROM booking WHERE id LIKE 'scale-%') AS bookings,
		(SELECT count(*)::int FROM initiative WHERE id LIKE 'scale-%') AS initiatives,
		(SELECT count(*)::int FROM consultation WHERE id LIKE 'scale-%') AS consultations,
		(SELECT count(*)::int FROM consultation_response WHERE id LIKE 'scale-%') AS answers,
		(SELECT count(*)::int FROM need n WHERE n.id LIKE 'scale-%'
			AND n.support_count <> (SELECT count(*) FROM need_support s WHERE s.need_id = n.id)) AS wrong_counters`);
	await exec('DROP TABLE scale_q');
	bar.step('analysed');
	report(counts);
	return counts;
}

async function main() {
	const args = parseArgs(process.argv.slice(2));
	const config = readConfig(process.env);
	const started = performance.now();
	const handle = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, poolSize: 2 });
	try {
		const exec = (q) => handle.db.execute(sql.raw(q));
		const target = config.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.DATA_DIR}`;
		process.stderr.write(`[seed:scale] ${args.size} into ${target}\n`);
		// What `npm start` loads first: the catalogue (whose practices the initiatives run), the demo.
		await seedCatalogue(handle.db);
		if (config.SEED_DEMO) process.stderr.write(`[seed:scale] demo territory: ${await seedDemo(handle.db)}\n`);
		const seeded = rowsOf(await exec(`SELECT 1 FROM "user" WHERE id LIKE 'scale-%' LIMIT 1`)).length > 0;
		if (seeded && !args.reset) {
			process.stderr.write('[seed:scale] already seeded: nothing done (--reset seeds it again)\n');
			return;
		}
		const counts = await handle.db.transaction(async (tx) => {
			if (seeded) await resetScale(tx);
			return seedScale(tx, args.size);
		});
		if (Number(counts.wrong_counters) !== 0)
			throw new Error(`${counts.wrong_counters} support counters differ from their rows`);
		process.stderr.write(
			`[seed:scale] done in ${((performance.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}\n`
		);
	} finally {
		await handle.close();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) await main();

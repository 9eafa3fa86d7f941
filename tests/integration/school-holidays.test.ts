/**
 * Importing school holidays, on both engines: the real per-day file (1990–2026), idempotence, a
 * malformed file that writes nothing, the official CSV and the ICS feed, and the demo's zone A.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { beforeAll, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { roleGrant, schoolCalendarYear, schoolHoliday, user } from '#lib/server/db/schema.js';
import { loadActor } from '#lib/server/authorisation.js';
import { importSchoolHolidays } from '#lib/server/use-cases/import-school-holidays.js';
import { loadSchoolCalendar } from '#lib/server/bookings/school-calendar.js';
import { listSchoolCalendars } from '#lib/server/use-cases/list-school-calendars.js';
import { seedDemo } from '#lib/server/demo/seed-demo.js';
import { classifyDate } from '#lib/domain/school-calendar.js';
import { forEachEngine } from './engines.js';

/**
 * The real per-day file (1990–2026), kept gzipped among the fixtures so that the test runs on a
 * clean clone (its provenance is in tests/fixtures/school-holidays/README.md).
 */
const realBytes = () =>
	new Uint8Array(
		gunzipSync(
			readFileSync(new URL('../fixtures/school-holidays/vacances-scolaires-1990-2026.csv.gz', import.meta.url))
		)
	);
const fixture = (name: string) =>
	new Uint8Array(readFileSync(new URL(`../fixtures/school-holidays/${name}`, import.meta.url)));

async function setUpAdmin(use: () => { db: import('#lib/server/db/client.js').Database }) {
	await use()
		.db.insert(user)
		.values([
			{ id: 'sh-admin', name: 'Admin', email: 'admin-vacances@exemple.fr', twoFactorEnabled: true },
			{ id: 'sh-manager', name: 'Gestionnaire', email: 'gestion-vacances@exemple.fr', twoFactorEnabled: true }
		]);
	await use()
		.db.insert(roleGrant)
		.values([
			{ id: 'sh-g-admin', userId: 'sh-admin', role: 'administrator' },
			{ id: 'sh-g-manager', userId: 'sh-manager', role: 'planner' }
		]);
}

forEachEngine('school holidays: importing the per-day file', (use) => {
	const admin = () => loadActor(use().db, 'sh-admin');
	const holidays = async () => (await use().db.select({ n: count() }).from(schoolHoliday))[0]!.n;
	const years = async () => (await use().db.select({ n: count() }).from(schoolCalendarYear))[0]!.n;

	beforeAll(() => setUpAdmin(use));

	it('refuses anyone but an administrator', async () => {
		await expect(
			importSchoolHolidays(use(), await loadActor(use().db, 'sh-manager'), { name: 'x.csv', bytes: realBytes() })
		).rejects.toMatchObject({ reason: 'AUTH.FORBIDDEN' });
		await expect(importSchoolHolidays(use(), null, { name: 'x.csv', bytes: realBytes() })).rejects.toMatchObject({
			reason: 'AUTH.SIGN_IN_REQUIRED'
		});
		expect(await holidays()).toBe(0);
	});

	it('refuses a malformed file whole, with its line, and writes nothing', async () => {
		const text = new TextDecoder().decode(realBytes()).split('\n');
		// A flag that is neither True nor False, deep in the file, after thousands of good lines.
		text[9000] = text[9000]!.replace(/,(True|False),/, ',Peut-être,');
		const result = await importSchoolHolidays(use(), await admin(), {
			name: 'broken.csv',
			bytes: new TextEncoder().encode(text.join('\n'))
		});
		expect(result).toEqual({ ok: false, fieldErrors: { file: 'TIME.SCHOOL_FILE_MALFORMED' }, line: 9001 });
		expect(await holidays()).toBe(0);
		expect(await years()).toBe(0);
	});

	it('imports the real 1990–2026 file: five holidays a school year in zone A, years complete up to 2025-2026', async () => {
		const result = await importSchoolHolidays(use(), await admin(), {
			name: 'vacances-scolaires-1990-2026.csv',
			bytes: realBytes()
		});
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.report).toMatchObject({ format: 'per_day_csv', created: 552, updated: 0, unchanged: 0, removed: 0 });
		const calendar = await loadSchoolCalendar(use().db, 'A');
		expect(calendar.holidays).toHaveLength(184);
		const perYear = (y: string) =>
			use()
				.db.select({ n: count() })
				.from(schoolHoliday)
				.where(eq(schoolHoliday.schoolYear, y))
				.then((r) => r[0]!.n / 3);
		expect(await perYear('2023-2024')).toBe(5);
		expect(await perYear('2024-2025')).toBe(5);
		expect(await perYear('2025-2026')).toBe(5);
		expect(calendar.holidays.filter((h) => h.startsOn.startsWith('2025-10'))).toEqual([
			{ startsOn: '2025-10-18', resumesOn: '2025-11-03', name: 'Vacances de la Toussaint' }
		]);
		expect(calendar.years.find((y) => y.schoolYear === '2025-2026')).toEqual({
			schoolYear: '2025-2026',
			complete: true
		});
		// The file stops on 31 December 2026: 2026-2027 is only partly known.
		expect(calendar.years.find((y) => y.schoolYear === '2026-2027')).toEqual({
			schoolYear: '2026-2027',
			complete: false
		});
		expect(classifyDate('2025-10-20', calendar)).toBe('holiday');
		expect(classifyDate('2025-11-03', calendar)).toBe('school');
		expect(classifyDate('2026-10-20', calendar)).toBe('unknown');
	});

	it('changes nothing when the same file is imported again', async () => {
		const before = await holidays();
		const result = await importSchoolHolidays(use(), await admin(), { name: 'again.csv', bytes: realBytes() });
		expect(result).toMatchObject({ ok: true, report: { created: 0, updated: 0, unchanged: 552, removed: 0 } });
		expect(await holidays()).toBe(before);
	});

	it('shows per zone which school years are complete, partial or missing', async () => {
		const zones = await listSchoolCalendars(use(), await admin(), '2026-11-26');
		const a = zones.find((z) => z.zone === 'A')!;
		expect(a.years.map((y) => [y.schoolYear, y.state, y.holidays])).toEqual([
			['2023-2024', 'complete', 5],
			['2024-2025', 'complete', 5],
			['2025-2026', 'complete', 5],
			['2026-2027', 'partial', 0],
			['2027-2028', 'missing', 0]
		]);
	});
});

forEachEngine('school holidays: the official CSV and the ICS feed', (use) => {
	const admin = () => loadActor(use().db, 'sh-admin');
	beforeAll(() => setUpAdmin(use));

	it('imports the official CSV export, one holiday per zone, and reports the rows set aside', async () => {
		const result = await importSchoolHolidays(use(), await admin(), {
			name: 'fr-en-calendrier-scolaire.csv',
			bytes: fixture('calendrier-scolaire-2026-2027.csv')
		});
		expect(result).toMatchObject({
			ok: true,
			report: {
				format: 'official_csv',
				// Zone A: Toussaint and Noël; B: Toussaint, Noël, hiver, Ascension; C: hiver.
				created: 7,
				rejected: [
					{ reason: 'no_end_date', count: 1 },
					{ reason: 'other_zone', count: 2 },
					{ reason: 'teachers', count: 1 }
				]
			}
		});
		const b = await loadSchoolCalendar(use().db, 'B');
		expect(b.years).toEqual([{ schoolYear: '2026-2027', complete: false }]);
		expect(classifyDate('2027-02-25', b)).toBe('holiday');
		expect(classifyDate('2027-03-15', b)).toBe('unknown');
	});

	it('imports an ICS feed, then a complete year from the official CSV, which stays complete after a partial import', async () => {
		const ics = await importSchoolHolidays(use(), await admin(), {
			name: 'Zone-A.ics',
			bytes: fixture('zone-a-2024-2025.ics')
		});
		expect(ics).toMatchObject({ ok: true, report: { format: 'ics', created: 2 } });
		const csv = await importSchoolHolidays(use(), await admin(), {
			name: 'a.csv',
			bytes: fixture('zone-a-2024-2025.csv')
		});
		expect(csv).toMatchObject({ ok: true, report: { created: 3, unchanged: 2, updated: 0 } });
		const again = await importSchoolHolidays(use(), await admin(), {
			name: 'Zone-A.ics',
			bytes: fixture('zone-a-2024-2025.ics')
		});
		expect(again).toMatchObject({ ok: true, report: { created: 0, unchanged: 2 } });
		const a = await loadSchoolCalendar(use().db, 'A');
		expect(a.years.find((y) => y.schoolYear === '2024-2025')).toEqual({ schoolYear: '2024-2025', complete: true });
	});

	it('asks for the zone of a feed that does not say it, and writes nothing', async () => {
		const text = new TextDecoder()
			.decode(fixture('zone-a-2024-2025.ics'))
			.replace('X-WR-CALNAME:Calendrier scolaire - Zone A', 'X-WR-CALNAME:Calendrier')
			.replace(/ - Zone A/g, '')
			.replace(/ - \r\n Zone A/, '');
		const result = await importSchoolHolidays(use(), await admin(), {
			name: 'x.ics',
			bytes: new TextEncoder().encode(text)
		});
		expect(result).toMatchObject({ ok: false, fieldErrors: { zone: 'TIME.SCHOOL_FILE_ZONE_REQUIRED' } });
	});

	it('knows no calendar for a commune without a zone', async () => {
		expect(await loadSchoolCalendar(use().db, null)).toEqual({ zone: null, holidays: [], years: [] });
	});
});

forEachEngine('school holidays: the demo', (use) => {
	beforeAll(() => setUpAdmin(use));

	it('loads zone A for 2023-2024 to 2025-2026 and leaves 2026-2027 not loaded', async () => {
		expect(await seedDemo(use().db)).toBe('seeded');
		const a = await loadSchoolCalendar(use().db, 'A');
		expect(a.years).toEqual([
			{ schoolYear: '2023-2024', complete: true },
			{ schoolYear: '2024-2025', complete: true },
			{ schoolYear: '2025-2026', complete: true }
		]);
		expect(a.holidays).toHaveLength(16);
		expect((await loadSchoolCalendar(use().db, 'B')).years).toEqual([]);
		expect(classifyDate('2026-10-20', a)).toBe('unknown');
	});

	it('replaces what a complete year of a later import no longer lists', async () => {
		const result = await importSchoolHolidays(use(), await loadActor(use().db, 'sh-admin'), {
			name: 'vacances-scolaires-1990-2026.csv',
			bytes: realBytes()
		});
		// The demo's cut starts on 1 September 2023, inside the summer holidays of 2022-2023.
		expect(result).toMatchObject({ ok: true, report: { unchanged: 15, removed: 1, created: 552 - 15 } });
	});
});

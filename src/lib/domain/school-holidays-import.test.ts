import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { diffHolidays, parseSchoolHolidayFile, splitCsvLine } from './school-holidays-import.js';

const fixture = (name: string) =>
	readFileSync(new URL(`../../../tests/fixtures/school-holidays/${name}`, import.meta.url), 'utf8');

function perDay(from: string, days: [boolean, boolean, boolean, string][]): string {
	const start = new Date(`${from}T00:00:00Z`);
	const lines = days.map(([a, b, c, name], i) => {
		const date = new Date(start.getTime() + i * 86_400_000).toISOString().slice(0, 10);
		const flag = (v: boolean) => (v ? 'True' : 'False');
		return `${date},${flag(a)},${flag(b)},${flag(c)},${name}`;
	});
	return ['date,vacances_zone_a,vacances_zone_b,vacances_zone_c,nom_vacances', ...lines].join('\n');
}

describe('per-day CSV', () => {
	it('turns runs of holiday days into holidays that end the day classes resume', () => {
		const T = 'Vacances de la Toussaint';
		const parsed = parseSchoolHolidayFile(
			perDay('2025-10-16', [
				[false, false, false, ''],
				[false, true, false, T],
				[true, true, false, T],
				[true, true, false, T],
				[false, false, false, ''],
				[true, false, false, "Pont de l'Ascension"]
			])
		);
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.value.format).toBe('per_day_csv');
		expect(parsed.value.holidays).toEqual([
			{ zone: 'A', schoolYear: '2025-2026', name: T, startsOn: '2025-10-18', resumesOn: '2025-10-20' },
			{
				zone: 'A',
				schoolYear: '2025-2026',
				name: "Pont de l'Ascension",
				startsOn: '2025-10-21',
				resumesOn: '2025-10-22'
			},
			{ zone: 'B', schoolYear: '2025-2026', name: T, startsOn: '2025-10-17', resumesOn: '2025-10-20' }
		]);
		// Six days of October: the school year is loaded, but only in part.
		expect(parsed.value.years).toContainEqual({ zone: 'A', schoolYear: '2025-2026', complete: false });
	});

	it('refuses the whole file for a bad flag, a bad date or a missing day, with the line', () => {
		const good = perDay('2025-10-16', [
			[false, false, false, ''],
			[false, false, false, '']
		]);
		expect(parseSchoolHolidayFile(good.replace('2025-10-17,False', '2025-10-17,Maybe'))).toEqual({
			ok: false,
			error: 'TIME.SCHOOL_FILE_MALFORMED',
			line: 3
		});
		expect(parseSchoolHolidayFile(good.replace('2025-10-17', '2025-10-32'))).toEqual({
			ok: false,
			error: 'TIME.SCHOOL_FILE_MALFORMED',
			line: 3
		});
		expect(parseSchoolHolidayFile(good.replace('2025-10-17', '2025-10-18'))).toEqual({
			ok: false,
			error: 'TIME.SCHOOL_FILE_MALFORMED',
			line: 3
		});
		expect(parseSchoolHolidayFile(good.replace('2025-10-17,False,False,False,', '2025-10-17,False'))).toMatchObject({
			ok: false,
			line: 3
		});
	});
});

describe('official dataset fr-en-calendrier-scolaire (CSV export)', () => {
	it('reads labels, Paris dates, one holiday per zone whatever the académies, and sets aside the rest', () => {
		const parsed = parseSchoolHolidayFile(fixture('calendrier-scolaire-2026-2027.csv'));
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		const { holidays, years, setAside } = parsed.value;
		expect(holidays.filter((h) => h.zone === 'A')).toEqual([
			{
				zone: 'A',
				schoolYear: '2026-2027',
				name: 'Vacances de la Toussaint',
				startsOn: '2026-10-17',
				resumesOn: '2026-11-02'
			},
			{ zone: 'A', schoolYear: '2026-2027', name: 'Vacances de Noël', startsOn: '2026-12-19', resumesOn: '2027-01-04' }
		]);
		expect(holidays.filter((h) => h.zone === 'B').map((h) => h.startsOn)).toEqual([
			'2026-10-17',
			'2026-12-19',
			'2027-02-20',
			'2027-05-07'
		]);
		expect(years.every((y) => !y.complete)).toBe(true);
		expect(setAside).toEqual([
			{ line: 10, reason: 'no_end_date' },
			{ line: 11, reason: 'other_zone' },
			{ line: 12, reason: 'other_zone' },
			{ line: 13, reason: 'teachers' }
		]);
	});

	it('reads field-name headers and marks a year with its five holidays complete', () => {
		const parsed = parseSchoolHolidayFile(fixture('zone-a-2024-2025.csv'));
		expect(parsed).toMatchObject({
			ok: true,
			value: { years: [{ zone: 'A', schoolYear: '2024-2025', complete: true }] }
		});
	});

	it('refuses a row with a date that is not one', () => {
		const text = fixture('zone-a-2024-2025.csv').replace('2025-02-22', '22 février');
		expect(parseSchoolHolidayFile(text)).toEqual({ ok: false, error: 'TIME.SCHOOL_FILE_MALFORMED', line: 4 });
	});
});

describe('per-zone iCalendar feed', () => {
	it('reads VEVENTs (folded lines, DTEND = day classes resume) and the zone from the calendar name', () => {
		const parsed = parseSchoolHolidayFile(fixture('zone-a-2024-2025.ics'));
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.value.holidays).toEqual([
			{
				zone: 'A',
				schoolYear: '2024-2025',
				name: 'Vacances de la Toussaint',
				startsOn: '2024-10-19',
				resumesOn: '2024-11-04'
			},
			{ zone: 'A', schoolYear: '2024-2025', name: 'Vacances de Noël', startsOn: '2024-12-21', resumesOn: '2025-01-06' }
		]);
		expect(parsed.value.setAside).toEqual([{ line: 20, reason: 'not_a_holiday' }]);
		expect(parsed.value.years).toEqual([{ zone: 'A', schoolYear: '2024-2025', complete: false }]);
	});

	it('asks for the zone when the feed does not say it', () => {
		const text = fixture('zone-a-2024-2025.ics')
			.replace('X-WR-CALNAME:Calendrier scolaire - Zone A', 'X-WR-CALNAME:Calendrier')
			.replace(/ - Zone A/g, '')
			.replace(/ - \r\n Zone A/, '');
		expect(parseSchoolHolidayFile(text)).toEqual({ ok: false, error: 'TIME.SCHOOL_FILE_ZONE_REQUIRED' });
		expect(parseSchoolHolidayFile(text, { zone: 'B' })).toMatchObject({
			ok: true,
			value: { holidays: [{ zone: 'B' }, { zone: 'B' }] }
		});
	});

	it('refuses an unclosed event', () => {
		expect(
			parseSchoolHolidayFile('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20241019\r\nEND:VCALENDAR\r\n')
		).toMatchObject({ ok: false, error: 'TIME.SCHOOL_FILE_MALFORMED' });
	});
});

describe('unknown files', () => {
	it.each([
		['', 'TIME.SCHOOL_FILE_EMPTY'],
		['name,town\nx,y', 'TIME.SCHOOL_FILE_FORMAT'],
		['{"periods": []}', 'TIME.SCHOOL_FILE_FORMAT']
	])('%j → %s', (text, error) => {
		expect(parseSchoolHolidayFile(text)).toMatchObject({ ok: false, error });
	});

	it('splits quoted CSV fields', () => {
		expect(splitCsvLine('"a;b";"c ""d""";e', ';')).toEqual(['a;b', 'c "d"', 'e']);
		expect(splitCsvLine('"open;x', ';')).toBeNull();
	});
});

describe('diffHolidays', () => {
	it('sorts holidays into created, updated and unchanged', () => {
		const base = {
			zone: 'A' as const,
			schoolYear: '2024-2025',
			name: 'Vacances de Noël',
			startsOn: '2024-12-21',
			resumesOn: '2025-01-06'
		};
		const diff = diffHolidays(
			[
				base,
				{ ...base, startsOn: '2025-02-22', resumesOn: '2025-03-10', name: "Vacances d'Hiver" },
				{ ...base, startsOn: '2024-10-19', resumesOn: '2024-11-04' }
			],
			[base, { ...base, startsOn: '2024-10-19', resumesOn: '2024-11-03' }]
		);
		expect(diff.created.map((h) => h.startsOn)).toEqual(['2025-02-22']);
		expect(diff.updated.map((h) => h.startsOn)).toEqual(['2024-10-19']);
		expect(diff.unchanged.map((h) => h.startsOn)).toEqual(['2024-12-21']);
	});
});

describe('summer holidays published as their first day only', () => {
	it('end on the next start of term of the zone (ICS)', () => {
		const ics = [
			'BEGIN:VCALENDAR',
			'X-WR-CALNAME:Zone A',
			'BEGIN:VEVENT',
			'DTSTART;VALUE=DATE:20250705',
			"SUMMARY:Début des Vacances d'Été - Zone A",
			'END:VEVENT',
			'BEGIN:VEVENT',
			'DTSTART;VALUE=DATE:20250901',
			'SUMMARY:Rentrée scolaire des élèves - Zone A',
			'END:VEVENT',
			'END:VCALENDAR'
		].join('\r\n');
		expect(parseSchoolHolidayFile(ics)).toMatchObject({
			ok: true,
			value: {
				holidays: [
					{
						zone: 'A',
						schoolYear: '2024-2025',
						name: "Début des Vacances d'Été",
						startsOn: '2025-07-05',
						resumesOn: '2025-09-01'
					}
				],
				setAside: [{ line: 7, reason: 'not_a_holiday' }]
			}
		});
	});

	it('end on the next start of term of the zone (official CSV), and stay set aside without one', () => {
		const csv = [
			'Description;Population;Date de début;Date de fin;Académies;Zones;annee_scolaire',
			"Vacances d'Été;Élèves;2025-07-05;;Lyon;Zone A;2024-2025",
			'Rentrée scolaire des élèves;Élèves;2025-09-01;;Lyon;Zone A;2025-2026',
			"Vacances d'Été;Élèves;2025-07-05;;Rennes;Zone B;2024-2025"
		].join('\n');
		expect(parseSchoolHolidayFile(csv)).toMatchObject({
			ok: true,
			value: {
				holidays: [{ zone: 'A', startsOn: '2025-07-05', resumesOn: '2025-09-01' }],
				setAside: [
					{ line: 3, reason: 'not_a_holiday' },
					{ line: 4, reason: 'no_end_date' }
				]
			}
		});
	});
});

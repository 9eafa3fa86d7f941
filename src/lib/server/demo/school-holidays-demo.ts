/**
 * School holidays for the demo: a verbatim cut of the per-day file vacances-scolaires-1990-2026.csv
 * (school years 2023-2024 to 2025-2026, header kept), see README.md for its source and licence.
 * The seed loads zone A only (Villeurbanne, académie de Lyon), so the demo shows a real calendar
 * and 2026-2027 as not loaded.
 */
import type { Database } from '../db/client.js';
import { writeSchoolHolidays } from '../use-cases/import-school-holidays.js';
import { parseSchoolHolidayFile } from '#lib/domain/school-holidays-import.js';

export const DEMO_SCHOOL_HOLIDAYS_FILE = 'vacances-scolaires-2023-2026.csv';

/** Zone A's holidays of 2023-2024 to 2025-2026, through the same code as an administrator's import. */
export async function seedDemoSchoolHolidays(tx: Database): Promise<number> {
	const parsed = parseSchoolHolidayFile(DEMO_SCHOOL_HOLIDAYS_CSV);
	if (!parsed.ok) throw new Error(`demo school holidays: ${parsed.error} at line ${parsed.line}`);
	const zoneA = {
		...parsed.value,
		holidays: parsed.value.holidays.filter((h) => h.zone === 'A'),
		years: parsed.value.years.filter((y) => y.zone === 'A')
	};
	const report = await writeSchoolHolidays(tx, zoneA, { source: DEMO_SCHOOL_HOLIDAYS_FILE, importedBy: null });
	return report.created;
}

export const DEMO_SCHOOL_HOLIDAYS_CSV = `
date,vacances_zone_a,vacances_zone_b,vacances_zone_c,nom_vacances
2023-09-01,True,True,True,Vacances d'été
2023-09-02,True,True,True,Vacances d'été
2023-09-03,True,True,True,Vacances d'été
2023-09-04,False,False,False,
2023-09-05,False,False,False,
2023-09-06,False,False,False,
2023-09-07,False,False,False,
2023-09-08,False,False,False,
2023-09-09,False,False,False,
2023-09-10,False,False,False,
2023-09-11,False,False,False,
2023-09-12,False,False,False,
2023-09-13,False,False,False,
2023-09-14,False,False,False,
2023-09-15,False,False,False,
2023-09-16,False,False,False,
2023-09-17,False,False,False,
2023-09-18,False,False,False,
2023-09-19,False,False,False,
2023-09-20,False,False,False,
2023-09-21,False,False,False,
2023-09-22,False,False,False,
2023-09-23,False,False,False,
2023-09-24,False,False,False,
2023-09-25,False,False,False,
2023-09-26,False,False,False,
2023-09-27,False,False,False,
2023-09-28,False,False,False,
2023-09-29,False,False,False,
2023-09-30,False,False,False,
2023-10-01,False,False,False,
2023-10-02,False,False,False,
2023-10-03,False,False,False,
2023-10-04,False,False,False,
2023-10-05,False,False,False,
2023-10-06,False,False,False,
2023-10-07,False,False,False,
2023-10-08,False,False,False,
2023-10-09,False,False,False,
2023-10-10,False,False,False,
2023-10-11,False,False,False,
2023-10-12,False,False,False,
2023-10-13,False,False,False,
2023-10-14,False,False,False,
2023-10-15,False,False,False,
2023-10-16,False,False,False,
2023-10-17,False,False,False,
2023-10-18,False,False,False,
2023-10-19,False,False,False,
2023-10-20,False,False,False,
2023-10-21,True,True,True,Vacances de la Toussaint
2023-10-22,True,True,True,Vacances de la Toussaint
2023-10-23,True,True,True,Vacances de la Toussaint
2023-10-24,True,True,True,Vacances de la Toussaint
2023-10-25,True,True,True,Vacances de la Toussaint
2023-10-26,True,True,True,Vacances de la Toussaint
2023-10-27,True,True,True,Vacances de la Toussaint
2023-10-28,True,True,True,Vacances de la Toussaint
2023-10-29,True,True,True,Vacances de la Toussaint
2023-10-30,True,True,True,Vacances de la Toussaint
2023-10-31,True,True,True,Vacances de la Toussaint
2023-11-01,True,True,True,Vacances de la Toussaint
2023-11-02,True,True,True,Vacances de la Toussaint
2023-11-03,True,True,True,Vacances de la Toussaint
2023-11-04,True,True,True,Vacances de la Toussaint
2023-11-05,True,True,True,Vacances de la Toussaint
2023-11-06,False,False,False,
2023-11-07,False,False,False,
2023-11-08,False,False,False,
2023-11-09,False,False,False,
2023-11-10,False,False,False,
2023-11-11,False,False,False,
2023-11-12,False,False,False,
2023-11-13,False,False,False,
2023-11-14,False,False,False,
2023-11-15,False,False,False,
2023-11-16,False,False,False,
2023-11-17,False,False,False,
2023-11-18,False,False,False,
2023-11-19,False,False,False,
2023-11-20,False,False,False,
2023-11-21,False,False,False,
2023-11-22,False,False,False,
2023-11-23,False,False,False,
2023-11-24,False,False,False,
2023-11-25,False,False,False,
2023-11-26,False,False,False,
2023-11-27,False,False,False,
2023-11-28,False,False,False,
2023-11-29,False,False,False,
2023-11-30,False,False,False,
2023-12-01,False,False,False,
2023-12-02,False,False,False,
2023-12-03,False,False,False,
2023-12-04,False,False,False,
2023-12-05,False,False,False,
2023-12-06,False,False,False,
2023-12-07,False,False,False,
2023-12-08,False,False,False,
2023-12-09,False,False,False,
2023-12-10,False,False,False,
2023-12-11,False,False,False,
2023-12-12,False,False,False,
2023-12-13,False,False,False,
2023-12-14,False,False,False,
2023-12-15,False,False,False,
2023-12-16,False,False,False,
2023-12-17,False,False,False,
2023-12-18,False,False,False,
2023-12-19,False,False,False,
2023-12-20,False,False,False,
2023-12-21,False,False,False,
2023-12-22,False,False,False,
2023-12-23,True,True,True,Vacances de Noël
2023-12-24,True,True,True,Vacances de Noël
2023-12-25,True,True,True,Vacances de Noël
2023-12-26,True,True,True,Vacances de Noël
2023-12-27,True,True,True,Vacances de Noël
2023-12-28,True,True,True,Vacances de Noël
2023-12-29,True,True,True,Vacances de Noël
2023-12-30,True,True,True,Vacances de Noël
2023-12-31,True,True,True,Vacances de Noël
2024-01-01,True,True,True,Vacances de Noël
2024-01-02,True,True,True,Vacances de Noël
2024-01-03,True,True,True,Vacances de Noël
2024-01-04,True,True,True,Vacances de Noël
2024-01-05,True,True,True,Vacances de Noël
2024-01-06,True,True,True,Vacances de Noël
2024-01-07,True,True,True,Vacances de Noël
2024-01-08,False,False,False,
2024-01-09,False,False,False,
2024-01-10,False,False,False,
2024-01-11,False,False,False,
2024-01-12,False,False,False,
2024-01-13,False,False,False,
2024-01-14,False,False,False,
2024-01-15,False,False,False,
2024-01-16,False,False,False,
2024-01-17,False,False,False,
2024-01-18,False,False,False,
2024-01-19,False,False,False,
2024-01-20,False,False,False,
2024-01-21,False,False,False,
2024-01-22,False,False,False,
2024-01-23,False,False,False,
2024-01-24,False,False,False,
2024-01-25,False,False,False,
2024-01-26,False,False,False,
2024-01-27,False,False,False,
2024-01-28,False,False,False,
2024-01-29,False,False,False,
2024-01-30,False,False,False,
2024-01-31,False,False,False,
2024-02-01,False,False,False,
2024-02-02,False,False,False,
2024-02-03,False,False,False,
2024-02-04,False,False,False,
2024-02-05,False,False,False,
2024-02-06,False,False,False,
2024-02-07,False,False,False,
2024-02-08,False,False,False,
2024-02-09,False,False,False,
2024-02-10,False,False,True,Vacances d'hiver
2024-02-11,False,False,True,Vacances d'hiver
2024-02-12,False,False,True,Vacances d'hiver
2024-02-13,False,False,True,Vacances d'hiver
2024-02-14,False,False,True,Vacances d'hiver
2024-02-15,False,False,True,Vacances d'hiver
2024-02-16,False,False,True,Vacances d'hiver
2024-02-17,True,False,True,Vacances d'hiver
2024-02-18,True,False,True,Vacances d'hiver
2024-02-19,True,False,True,Vacances d'hiver
2024-02-20,True,False,True,Vacances d'hiver
2024-02-21,True,False,True,Vacances d'hiver
2024-02-22,True,False,True,Vacances d'hiver
2024-02-23,True,False,True,Vacances d'hiver
2024-02-24,True,True,True,Vacances d'hiver
2024-02-25,True,True,True,Vacances d'hiver
2024-02-26,True,True,False,Vacances d'hiver
2024-02-27,True,True,False,Vacances d'hiver
2024-02-28,True,True,False,Vacances d'hiver
2024-02-29,True,True,False,Vacances d'hiver
2024-03-01,True,True,False,Vacances d'hiver
2024-03-02,True,True,False,Vacances d'hiver
2024-03-03,True,True,False,Vacances d'hiver
2024-03-04,False,True,False,Vacances d'hiver
2024-03-05,False,True,False,Vacances d'hiver
2024-03-06,False,True,False,Vacances d'hiver
2024-03-07,False,True,False,Vacances d'hiver
2024-03-08,False,True,False,Vacances d'hiver
2024-03-09,False,True,False,Vacances d'hiver
2024-03-10,False,True,False,Vacances d'hiver
2024-03-11,False,False,False,
2024-03-12,False,False,False,
2024-03-13,False,False,False,
2024-03-14,False,False,False,
2024-03-15,False,False,False,
2024-03-16,False,False,False,
2024-03-17,False,False,False,
2024-03-18,False,False,False,
2024-03-19,False,False,False,
2024-03-20,False,False,False,
2024-03-21,False,False,False,
2024-03-22,False,False,False,
2024-03-23,False,False,False,
2024-03-24,False,False,False,
2024-03-25,False,False,False,
2024-03-26,False,False,False,
2024-03-27,False,False,False,
2024-03-28,False,False,False,
2024-03-29,False,False,False,
2024-03-30,False,False,False,
2024-03-31,False,False,False,
2024-04-01,False,False,False,
2024-04-02,False,False,False,
2024-04-03,False,False,False,
2024-04-04,False,False,False,
2024-04-05,False,False,False,
2024-04-06,False,False,True,Vacances de printemps
2024-04-07,False,False,True,Vacances de printemps
2024-04-08,False,False,True,Vacances de printemps
2024-04-09,False,False,True,Vacances de printemps
2024-04-10,False,False,True,Vacances de printemps
2024-04-11,False,False,True,Vacances de printemps
2024-04-12,False,False,True,Vacances de printemps
2024-04-13,True,False,True,Vacances de printemps
2024-04-14,True,False,True,Vacances de printemps
2024-04-15,True,False,True,Vacances de printemps
2024-04-16,True,False,True,Vacances de printemps
2024-04-17,True,False,True,Vacances de printemps
2024-04-18,True,False,True,Vacances de printemps
2024-04-19,True,False,True,Vacances de printemps
2024-04-20,True,True,True,Vacances de printemps
2024-04-21,True,True,True,Vacances de printemps
2024-04-22,True,True,False,Vacances de printemps
2024-04-23,True,True,False,Vacances de printemps
2024-04-24,True,True,False,Vacances de printemps
2024-04-25,True,True,False,Vacances de printemps
2024-04-26,True,True,False,Vacances de printemps
2024-04-27,True,True,False,Vacances de printemps
2024-04-28,True,True,False,Vacances de printemps
2024-04-29,False,True,False,Vacances de printemps
2024-04-30,False,True,False,Vacances de printemps
2024-05-01,False,True,False,Vacances de printemps
2024-05-02,False,True,False,Vacances de printemps
2024-05-03,False,True,False,Vacances de printemps
2024-05-04,False,True,False,Vacances de printemps
2024-05-05,False,True,False,Vacances de printemps
2024-05-06,False,False,False,
2024-05-07,False,False,False,
2024-05-08,False,False,False,
2024-05-09,False,False,False,
2024-05-10,False,False,False,
2024-05-11,False,False,False,
2024-05-12,False,False,False,
2024-05-13,False,False,False,
2024-05-14,False,False,False,
2024-05-15,False,False,False,
2024-05-16,False,False,False,
2024-05-17,False,False,False,
2024-05-18,False,False,False,
2024-05-19,False,False,False,
2024-05-20,False,False,False,
2024-05-21,False,False,False,
2024-05-22,False,False,False,
2024-05-23,False,False,False,
2024-05-24,False,False,False,
2024-05-25,False,False,False,
2024-05-26,False,False,False,
2024-05-27,False,False,False,
2024-05-28,False,False,False,
2024-05-29,False,False,False,
2024-05-30,False,False,False,
2024-05-31,False,False,False,
2024-06-01,False,False,False,
2024-06-02,False,False,False,
2024-06-03,False,False,False,
2024-06-04,False,False,False,
2024-06-05,False,False,False,
2024-06-06,False,False,False,
2024-06-07,False,False,False,
2024-06-08,False,False,False,
2024-06-09,False,False,False,
2024-06-10,False,False,False,
2024-06-11,False,False,False,
2024-06-12,False,False,False,
2024-06-13,False,False,False,
2024-06-14,False,False,False,
2024-06-15,False,False,False,
2024-06-16,False,False,False,
2024-06-17,False,False,False,
2024-06-18,False,False,False,
2024-06-19,False,False,False,
2024-06-20,False,False,False,
2024-06-21,False,False,False,
2024-06-22,False,False,False,
2024-06-23,False,False,False,
2024-06-24,False,False,False,
2024-06-25,False,False,False,
2024-06-26,False,False,False,
2024-06-27,False,False,False,
2024-06-28,False,False,False,
2024-06-29,False,False,False,
2024-06-30,False,False,False,
2024-07-01,False,False,False,
2024-07-02,False,False,False,
2024-07-03,False,False,False,
2024-07-04,False,False,False,
2024-07-05,False,False,False,
2024-07-06,True,True,True,Vacances d'été
2024-07-07,True,True,True,Vacances d'été
2024-07-08,True,True,True,Vacances d'été
2024-07-09,True,True,True,Vacances d'été
2024-07-10,True,True,True,Vacances d'été
2024-07-11,True,True,True,Vacances d'été
2024-07-12,True,True,True,Vacances d'été
2024-07-13,True,True,True,Vacances d'été
2024-07-14,True,True,True,Vacances d'été
2024-07-15,True,True,True,Vacances d'été
2024-07-16,True,True,True,Vacances d'été
2024-07-17,True,True,True,Vacances d'été
2024-07-18,True,True,True,Vacances d'été
2024-07-19,True,True,True,Vacances d'été
2024-07-20,True,True,True,Vacances d'été
2024-07-21,True,True,True,Vacances d'été
2024-07-22,True,True,True,Vacances d'été
2024-07-23,True,True,True,Vacances d'été
2024-07-24,True,True,True,Vacances d'été
2024-07-25,True,True,True,Vacances d'été
2024-07-26,True,True,True,Vacances d'été
2024-07-27,True,True,True,Vacances d'été
2024-07-28,True,True,True,Vacances d'été
2024-07-29,True,True,True,Vacances d'été
2024-07-30,True,True,True,Vacances d'été
2024-07-31,True,True,True,Vacances d'été
2024-08-01,True,True,True,Vacances d'été
2024-08-02,True,True,True,Vacances d'été
2024-08-03,True,True,True,Vacances d'été
2024-08-04,True,True,True,Vacances d'été
2024-08-05,True,True,True,Vacances d'été
2024-08-06,True,True,True,Vacances d'été
2024-08-07,True,True,True,Vacances d'été
2024-08-08,True,True,True,Vacances d'été
2024-08-09,True,True,True,Vacances d'été
2024-08-10,True,True,True,Vacances d'été
2024-08-11,True,True,True,Vacances d'été
2024-08-12,True,True,True,Vacances d'été
2024-08-13,True,True,True,Vacances d'été
2024-08-14,True,True,True,Vacances d'été
2024-08-15,True,True,True,Vacances d'été
2024-08-16,True,True,True,Vacances d'été
2024-08-17,True,True,True,Vacances d'été
2024-08-18,True,True,True,Vacances d'été
2024-08-19,True,True,True,Vacances d'été
2024-08-20,True,True,True,Vacances d'été
2024-08-21,True,True,True,Vacances d'été
2024-08-22,True,True,True,Vacances d'été
2024-08-23,True,True,True,Vacances d'été
2024-08-24,True,True,True,Vacances d'été
2024-08-25,True,True,True,Vacances d'été
2024-08-26,True,True,True,Vacances d'été
2024-08-27,True,True,True,Vacances d'été
2024-08-28,True,True,True,Vacances d'été
2024-08-29,True,True,True,Vacances d'été
2024-08-30,True,True,True,Vacances d'été
2024-08-31,True,True,True,Vacances d'été
2024-09-01,True,True,True,Vacances d'été
2024-09-02,False,False,False,
2024-09-03,False,False,False,
2024-09-04,False,False,False,
2024-09-05,False,False,False,
2024-09-06,False,False,False,
2024-09-07,False,False,False,
2024-09-08,False,False,False,
2024-09-09,False,False,False,
2024-09-10,False,False,False,
2024-09-11,False,False,False,
2024-09-12,False,False,False,
2024-09-13,False,False,False,
2024-09-14,False,False,False,
2024-09-15,False,False,False,
2024-09-16,False,False,False,
2024-09-17,False,False,False,
2024-09-18,False,False,False,
2024-09-19,False,False,False,
2024-09-20,False,False,False,
2024-09-21,False,False,False,
2024-09-22,False,False,False,
2024-09-23,False,False,False,
2024-09-24,False,False,False,
2024-09-25,False,False,False,
2024-09-26,False,False,False,
2024-09-27,False,False,False,
2024-09-28,False,False,False,
2024-09-29,False,False,False,
2024-09-30,False,False,False,
2024-10-01,False,False,False,
2024-10-02,False,False,False,
2024-10-03,False,False,False,
2024-10-04,False,False,False,
2024-10-05,False,False,False,
2024-10-06,False,False,False,
2024-10-07,False,False,False,
2024-10-08,False,False,False,
2024-10-09,False,False,False,
2024-10-10,False,False,False,
2024-10-11,False,False,False,
2024-10-12,False,False,False,
2024-10-13,False,False,False,
2024-10-14,False,False,False,
2024-10-15,False,False,False,
2024-10-16,False,False,False,
2024-10-17,False,False,False,
2024-10-18,False,False,False,
2024-10-19,True,True,True,Vacances de la Toussaint
2024-10-20,True,True,True,Vacances de la Toussaint
2024-10-21,True,True,True,Vacances de la Toussaint
2024-10-22,True,True,True,Vacances de la Toussaint
2024-10-23,True,True,True,Vacances de la Toussaint
2024-10-24,True,True,True,Vacances de la Toussaint
2024-10-25,True,True,True,Vacances de la Toussaint
2024-10-26,True,True,True,Vacances de la Toussaint
2024-10-27,True,True,True,Vacances de la Toussaint
2024-10-28,True,True,True,Vacances de la Toussaint
2024-10-29,True,True,True,Vacances de la Toussaint
2024-10-30,True,True,True,Vacances de la Toussaint
2024-10-31,True,True,True,Vacances de la Toussaint
2024-11-01,True,True,True,Vacances de la Toussaint
2024-11-02,True,True,True,Vacances de la Toussaint
2024-11-03,True,True,True,Vacances de la Toussaint
2024-11-04,False,False,False,
2024-11-05,False,False,False,
2024-11-06,False,False,False,
2024-11-07,False,False,False,
2024-11-08,False,False,False,
2024-11-09,False,False,False,
2024-11-10,False,False,False,
2024-11-11,False,False,False,
2024-11-12,False,False,False,
2024-11-13,False,False,False,
2024-11-14,False,False,False,
2024-11-15,False,False,False,
2024-11-16,False,False,False,
2024-11-17,False,False,False,
2024-11-18,False,False,False,
2024-11-19,False,False,False,
2024-11-20,False,False,False,
2024-11-21,False,False,False,
2024-11-22,False,False,False,
2024-11-23,False,False,False,
2024-11-24,False,False,False,
2024-11-25,False,False,False,
2024-11-26,False,False,False,
2024-11-27,False,False,False,
2024-11-28,False,False,False,
2024-11-29,False,False,False,
2024-11-30,False,False,False,
2024-12-01,False,False,False,
2024-12-02,False,False,False,
2024-12-03,False,False,False,
2024-12-04,False,False,False,
2024-12-05,False,False,False,
2024-12-06,False,False,False,
2024-12-07,False,False,False,
2024-12-08,False,False,False,
2024-12-09,False,False,False,
2024-12-10,False,False,False,
2024-12-11,False,False,False,
2024-12-12,False,False,False,
2024-12-13,False,False,False,
2024-12-14,False,False,False,
2024-12-15,False,False,False,
2024-12-16,False,False,False,
2024-12-17,False,False,False,
2024-12-18,False,False,False,
2024-12-19,False,False,False,
2024-12-20,False,False,False,
2024-12-21,True,True,True,Vacances de Noël
2024-12-22,True,True,True,Vacances de Noël
2024-12-23,True,True,True,Vacances de Noël
2024-12-24,True,True,True,Vacances de Noël
2024-12-25,True,True,True,Vacances de Noël
2024-12-26,True,True,True,Vacances de Noël
2024-12-27,True,True,True,Vacances de Noël
2024-12-28,True,True,True,Vacances de Noël
2024-12-29,True,True,True,Vacances de Noël
2024-12-30,True,True,True,Vacances de Noël
2024-12-31,True,True,True,Vacances de Noël
2025-01-01,True,True,True,Vacances de Noël
2025-01-02,True,True,True,Vacances de Noël
2025-01-03,True,True,True,Vacances de Noël
2025-01-04,True,True,True,Vacances de Noël
2025-01-05,True,True,True,Vacances de Noël
2025-01-06,False,False,False,
2025-01-07,False,False,False,
2025-01-08,False,False,False,
2025-01-09,False,False,False,
2025-01-10,False,False,False,
2025-01-11,False,False,False,
2025-01-12,False,False,False,
2025-01-13,False,False,False,
2025-01-14,False,False,False,
2025-01-15,False,False,False,
2025-01-16,False,False,False,
2025-01-17,False,False,False,
2025-01-18,False,False,False,
2025-01-19,False,False,False,
2025-01-20,False,False,False,
2025-01-21,False,False,False,
2025-01-22,False,False,False,
2025-01-23,False,False,False,
2025-01-24,False,False,False,
2025-01-25,False,False,False,
2025-01-26,False,False,False,
2025-01-27,False,False,False,
2025-01-28,False,False,False,
2025-01-29,False,False,False,
2025-01-30,False,False,False,
2025-01-31,False,False,False,
2025-02-01,False,False,False,
2025-02-02,False,False,False,
2025-02-03,False,False,False,
2025-02-04,False,False,False,
2025-02-05,False,False,False,
2025-02-06,False,False,False,
2025-02-07,False,False,False,
2025-02-08,False,True,False,Vacances d'hiver
2025-02-09,False,True,False,Vacances d'hiver
2025-02-10,False,True,False,Vacances d'hiver
2025-02-11,False,True,False,Vacances d'hiver
2025-02-12,False,True,False,Vacances d'hiver
2025-02-13,False,True,False,Vacances d'hiver
2025-02-14,False,True,False,Vacances d'hiver
2025-02-15,False,True,True,Vacances d'hiver
2025-02-16,False,True,True,Vacances d'hiver
2025-02-17,False,True,True,Vacances d'hiver
2025-02-18,False,True,True,Vacances d'hiver
2025-02-19,False,True,True,Vacances d'hiver
2025-02-20,False,True,True,Vacances d'hiver
2025-02-21,False,True,True,Vacances d'hiver
2025-02-22,True,True,True,Vacances d'hiver
2025-02-23,True,True,True,Vacances d'hiver
2025-02-24,True,False,True,Vacances d'hiver
2025-02-25,True,False,True,Vacances d'hiver
2025-02-26,True,False,True,Vacances d'hiver
2025-02-27,True,False,True,Vacances d'hiver
2025-02-28,True,False,True,Vacances d'hiver
2025-03-01,True,False,True,Vacances d'hiver
2025-03-02,True,False,True,Vacances d'hiver
2025-03-03,True,False,False,Vacances d'hiver
2025-03-04,True,False,False,Vacances d'hiver
2025-03-05,True,False,False,Vacances d'hiver
2025-03-06,True,False,False,Vacances d'hiver
2025-03-07,True,False,False,Vacances d'hiver
2025-03-08,True,False,False,Vacances d'hiver
2025-03-09,True,False,False,Vacances d'hiver
2025-03-10,False,False,False,
2025-03-11,False,False,False,
2025-03-12,False,False,False,
2025-03-13,False,False,False,
2025-03-14,False,False,False,
2025-03-15,False,False,False,
2025-03-16,False,False,False,
2025-03-17,False,False,False,
2025-03-18,False,False,False,
2025-03-19,False,False,False,
2025-03-20,False,False,False,
2025-03-21,False,False,False,
2025-03-22,False,False,False,
2025-03-23,False,False,False,
2025-03-24,False,False,False,
2025-03-25,False,False,False,
2025-03-26,False,False,False,
2025-03-27,False,False,False,
2025-03-28,False,False,False,
2025-03-29,False,False,False,
2025-03-30,False,False,False,
2025-03-31,False,False,False,
2025-04-01,False,False,False,
2025-04-02,False,False,False,
2025-04-03,False,False,False,
2025-04-04,False,False,False,
2025-04-05,False,True,False,Vacances de printemps
2025-04-06,False,True,False,Vacances de printemps
2025-04-07,False,True,False,Vacances de printemps
2025-04-08,False,True,False,Vacances de printemps
2025-04-09,False,True,False,Vacances de printemps
2025-04-10,False,True,False,Vacances de printemps
2025-04-11,False,True,False,Vacances de printemps
2025-04-12,False,True,True,Vacances de printemps
2025-04-13,False,True,True,Vacances de printemps
2025-04-14,False,True,True,Vacances de printemps
2025-04-15,False,True,True,Vacances de printemps
2025-04-16,False,True,True,Vacances de printemps
2025-04-17,False,True,True,Vacances de printemps
2025-04-18,False,True,True,Vacances de printemps
2025-04-19,True,True,True,Vacances de printemps
2025-04-20,True,True,True,Vacances de printemps
2025-04-21,True,True,True,Vacances de printemps
2025-04-22,True,False,True,Vacances de printemps
2025-04-23,True,False,True,Vacances de printemps
2025-04-24,True,False,True,Vacances de printemps
2025-04-25,True,False,True,Vacances de printemps
2025-04-26,True,False,True,Vacances de printemps
2025-04-27,True,False,True,Vacances de printemps
2025-04-28,True,False,False,Vacances de printemps
2025-04-29,True,False,False,Vacances de printemps
2025-04-30,True,False,False,Vacances de printemps
2025-05-01,True,False,False,Vacances de printemps
2025-05-02,True,False,False,Vacances de printemps
2025-05-03,True,False,False,Vacances de printemps
2025-05-04,True,False,False,Vacances de printemps
2025-05-05,False,False,False,
2025-05-06,False,False,False,
2025-05-07,False,False,False,
2025-05-08,False,False,False,
2025-05-09,False,False,False,
2025-05-10,False,False,False,
2025-05-11,False,False,False,
2025-05-12,False,False,False,
2025-05-13,False,False,False,
2025-05-14,False,False,False,
2025-05-15,False,False,False,
2025-05-16,False,False,False,
2025-05-17,False,False,False,
2025-05-18,False,False,False,
2025-05-19,False,False,False,
2025-05-20,False,False,False,
2025-05-21,False,False,False,
2025-05-22,False,False,False,
2025-05-23,False,False,False,
2025-05-24,False,False,False,
2025-05-25,False,False,False,
2025-05-26,False,False,False,
2025-05-27,False,False,False,
2025-05-28,False,False,False,
2025-05-29,False,False,False,
2025-05-30,False,False,False,
2025-05-31,False,False,False,
2025-06-01,False,False,False,
2025-06-02,False,False,False,
2025-06-03,False,False,False,
2025-06-04,False,False,False,
2025-06-05,False,False,False,
2025-06-06,False,False,False,
2025-06-07,False,False,False,
2025-06-08,False,False,False,
2025-06-09,False,False,False,
2025-06-10,False,False,False,
2025-06-11,False,False,False,
2025-06-12,False,False,False,
2025-06-13,False,False,False,
2025-06-14,False,False,False,
2025-06-15,False,False,False,
2025-06-16,False,False,False,
2025-06-17,False,False,False,
2025-06-18,False,False,False,
2025-06-19,False,False,False,
2025-06-20,False,False,False,
2025-06-21,False,False,False,
2025-06-22,False,False,False,
2025-06-23,False,False,False,
2025-06-24,False,False,False,
2025-06-25,False,False,False,
2025-06-26,False,False,False,
2025-06-27,False,False,False,
2025-06-28,False,False,False,
2025-06-29,False,False,False,
2025-06-30,False,False,False,
2025-07-01,False,False,False,
2025-07-02,False,False,False,
2025-07-03,False,False,False,
2025-07-04,False,False,False,
2025-07-05,True,True,True,Vacances d'été
2025-07-06,True,True,True,Vacances d'été
2025-07-07,True,True,True,Vacances d'été
2025-07-08,True,True,True,Vacances d'été
2025-07-09,True,True,True,Vacances d'été
2025-07-10,True,True,True,Vacances d'été
2025-07-11,True,True,True,Vacances d'été
2025-07-12,True,True,True,Vacances d'été
2025-07-13,True,True,True,Vacances d'été
2025-07-14,True,True,True,Vacances d'été
2025-07-15,True,True,True,Vacances d'été
2025-07-16,True,True,True,Vacances d'été
2025-07-17,True,True,True,Vacances d'été
2025-07-18,True,True,True,Vacances d'été
2025-07-19,True,True,True,Vacances d'été
2025-07-20,True,True,True,Vacances d'été
2025-07-21,True,True,True,Vacances d'été
2025-07-22,True,True,True,Vacances d'été
2025-07-23,True,True,True,Vacances d'été
2025-07-24,True,True,True,Vacances d'été
2025-07-25,True,True,True,Vacances d'été
2025-07-26,True,True,True,Vacances d'été
2025-07-27,True,True,True,Vacances d'été
2025-07-28,True,True,True,Vacances d'été
2025-07-29,True,True,True,Vacances d'été
2025-07-30,True,True,True,Vacances d'été
2025-07-31,True,True,True,Vacances d'été
2025-08-01,True,True,True,Vacances d'été
2025-08-02,True,True,True,Vacances d'été
2025-08-03,True,True,True,Vacances d'été
2025-08-04,True,True,True,Vacances d'été
2025-08-05,True,True,True,Vacances d'été
2025-08-06,True,True,True,Vacances d'été
2025-08-07,True,True,True,Vacances d'été
2025-08-08,True,True,True,Vacances d'été
2025-08-09,True,True,True,Vacances d'été
2025-08-10,True,True,True,Vacances d'été
2025-08-11,True,True,True,Vacances d'été
2025-08-12,True,True,True,Vacances d'été
2025-08-13,True,True,True,Vacances d'été
2025-08-14,True,True,True,Vacances d'été
2025-08-15,True,True,True,Vacances d'été
2025-08-16,True,True,True,Vacances d'été
2025-08-17,True,True,True,Vacances d'été
2025-08-18,True,True,True,Vacances d'été
2025-08-19,True,True,True,Vacances d'été
2025-08-20,True,True,True,Vacances d'été
2025-08-21,True,True,True,Vacances d'été
2025-08-22,True,True,True,Vacances d'été
2025-08-23,True,True,True,Vacances d'été
2025-08-24,True,True,True,Vacances d'été
2025-08-25,True,True,True,Vacances d'été
2025-08-26,True,True,True,Vacances d'été
2025-08-27,True,True,True,Vacances d'été
2025-08-28,True,True,True,Vacances d'été
2025-08-29,True,True,True,Vacances d'été
2025-08-30,True,True,True,Vacances d'été
2025-08-31,True,True,True,Vacances d'été
2025-09-01,False,False,False,
2025-09-02,False,False,False,
2025-09-03,False,False,False,
2025-09-04,False,False,False,
2025-09-05,False,False,False,
2025-09-06,False,False,False,
2025-09-07,False,False,False,
2025-09-08,False,False,False,
2025-09-09,False,False,False,
2025-09-10,False,False,False,
2025-09-11,False,False,False,
2025-09-12,False,False,False,
2025-09-13,False,False,False,
2025-09-14,False,False,False,
2025-09-15,False,False,False,
2025-09-16,False,False,False,
2025-09-17,False,False,False,
2025-09-18,False,False,False,
2025-09-19,False,False,False,
2025-09-20,False,False,False,
2025-09-21,False,False,False,
2025-09-22,False,False,False,
2025-09-23,False,False,False,
2025-09-24,False,False,False,
2025-09-25,False,False,False,
2025-09-26,False,False,False,
2025-09-27,False,False,False,
2025-09-28,False,False,False,
2025-09-29,False,False,False,
2025-09-30,False,False,False,
2025-10-01,False,False,False,
2025-10-02,False,False,False,
2025-10-03,False,False,False,
2025-10-04,False,False,False,
2025-10-05,False,False,False,
2025-10-06,False,False,False,
2025-10-07,False,False,False,
2025-10-08,False,False,False,
2025-10-09,False,False,False,
2025-10-10,False,False,False,
2025-10-11,False,False,False,
2025-10-12,False,False,False,
2025-10-13,False,False,False,
2025-10-14,False,False,False,
2025-10-15,False,False,False,
2025-10-16,False,False,False,
2025-10-17,False,False,False,
2025-10-18,True,True,True,Vacances de la Toussaint
2025-10-19,True,True,True,Vacances de la Toussaint
2025-10-20,True,True,True,Vacances de la Toussaint
2025-10-21,True,True,True,Vacances de la Toussaint
2025-10-22,True,True,True,Vacances de la Toussaint
2025-10-23,True,True,True,Vacances de la Toussaint
2025-10-24,True,True,True,Vacances de la Toussaint
2025-10-25,True,True,True,Vacances de la Toussaint
2025-10-26,True,True,True,Vacances de la Toussaint
2025-10-27,True,True,True,Vacances de la Toussaint
2025-10-28,True,True,True,Vacances de la Toussaint
2025-10-29,True,True,True,Vacances de la Toussaint
2025-10-30,True,True,True,Vacances de la Toussaint
2025-10-31,True,True,True,Vacances de la Toussaint
2025-11-01,True,True,True,Vacances de la Toussaint
2025-11-02,True,True,True,Vacances de la Toussaint
2025-11-03,False,False,False,
2025-11-04,False,False,False,
2025-11-05,False,False,False,
2025-11-06,False,False,False,
2025-11-07,False,False,False,
2025-11-08,False,False,False,
2025-11-09,False,False,False,
2025-11-10,False,False,False,
2025-11-11,False,False,False,
2025-11-12,False,False,False,
2025-11-13,False,False,False,
2025-11-14,False,False,False,
2025-11-15,False,False,False,
2025-11-16,False,False,False,
2025-11-17,False,False,False,
2025-11-18,False,False,False,
2025-11-19,False,False,False,
2025-11-20,False,False,False,
2025-11-21,False,False,False,
2025-11-22,False,False,False,
2025-11-23,False,False,False,
2025-11-24,False,False,False,
2025-11-25,False,False,False,
2025-11-26,False,False,False,
2025-11-27,False,False,False,
2025-11-28,False,False,False,
2025-11-29,False,False,False,
2025-11-30,False,False,False,
2025-12-01,False,False,False,
2025-12-02,False,False,False,
2025-12-03,False,False,False,
2025-12-04,False,False,False,
2025-12-05,False,False,False,
2025-12-06,False,False,False,
2025-12-07,False,False,False,
2025-12-08,False,False,False,
2025-12-09,False,False,False,
2025-12-10,False,False,False,
2025-12-11,False,False,False,
2025-12-12,False,False,False,
2025-12-13,False,False,False,
2025-12-14,False,False,False,
2025-12-15,False,False,False,
2025-12-16,False,False,False,
2025-12-17,False,False,False,
2025-12-18,False,False,False,
2025-12-19,False,False,False,
2025-12-20,True,True,True,Vacances de Noël
2025-12-21,True,True,True,Vacances de Noël
2025-12-22,True,True,True,Vacances de Noël
2025-12-23,True,True,True,Vacances de Noël
2025-12-24,True,True,True,Vacances de Noël
2025-12-25,True,True,True,Vacances de Noël
2025-12-26,True,True,True,Vacances de Noël
2025-12-27,True,True,True,Vacances de Noël
2025-12-28,True,True,True,Vacances de Noël
2025-12-29,True,True,True,Vacances de Noël
2025-12-30,True,True,True,Vacances de Noël
2025-12-31,True,True,True,Vacances de Noël
2026-01-01,True,True,True,Vacances de Noël
2026-01-02,True,True,True,Vacances de Noël
2026-01-03,True,True,True,Vacances de Noël
2026-01-04,True,True,True,Vacances de Noël
2026-01-05,False,False,False,
2026-01-06,False,False,False,
2026-01-07,False,False,False,
2026-01-08,False,False,False,
2026-01-09,False,False,False,
2026-01-10,False,False,False,
2026-01-11,False,False,False,
2026-01-12,False,False,False,
2026-01-13,False,False,False,
2026-01-14,False,False,False,
2026-01-15,False,False,False,
2026-01-16,False,False,False,
2026-01-17,False,False,False,
2026-01-18,False,False,False,
2026-01-19,False,False,False,
2026-01-20,False,False,False,
2026-01-21,False,False,False,
2026-01-22,False,False,False,
2026-01-23,False,False,False,
2026-01-24,False,False,False,
2026-01-25,False,False,False,
2026-01-26,False,False,False,
2026-01-27,False,False,False,
2026-01-28,False,False,False,
2026-01-29,False,False,False,
2026-01-30,False,False,False,
2026-01-31,False,False,False,
2026-02-01,False,False,False,
2026-02-02,False,False,False,
2026-02-03,False,False,False,
2026-02-04,False,False,False,
2026-02-05,False,False,False,
2026-02-06,False,False,False,
2026-02-07,True,False,False,Vacances d'hiver
2026-02-08,True,False,False,Vacances d'hiver
2026-02-09,True,False,False,Vacances d'hiver
2026-02-10,True,False,False,Vacances d'hiver
2026-02-11,True,False,False,Vacances d'hiver
2026-02-12,True,False,False,Vacances d'hiver
2026-02-13,True,False,False,Vacances d'hiver
2026-02-14,True,True,False,Vacances d'hiver
2026-02-15,True,True,False,Vacances d'hiver
2026-02-16,True,True,False,Vacances d'hiver
2026-02-17,True,True,False,Vacances d'hiver
2026-02-18,True,True,False,Vacances d'hiver
2026-02-19,True,True,False,Vacances d'hiver
2026-02-20,True,True,False,Vacances d'hiver
2026-02-21,True,True,True,Vacances d'hiver
2026-02-22,True,True,True,Vacances d'hiver
2026-02-23,False,True,True,Vacances d'hiver
2026-02-24,False,True,True,Vacances d'hiver
2026-02-25,False,True,True,Vacances d'hiver
2026-02-26,False,True,True,Vacances d'hiver
2026-02-27,False,True,True,Vacances d'hiver
2026-02-28,False,True,True,Vacances d'hiver
2026-03-01,False,True,True,Vacances d'hiver
2026-03-02,False,False,True,Vacances d'hiver
2026-03-03,False,False,True,Vacances d'hiver
2026-03-04,False,False,True,Vacances d'hiver
2026-03-05,False,False,True,Vacances d'hiver
2026-03-06,False,False,True,Vacances d'hiver
2026-03-07,False,False,True,Vacances d'hiver
2026-03-08,False,False,True,Vacances d'hiver
2026-03-09,False,False,False,
2026-03-10,False,False,False,
2026-03-11,False,False,False,
2026-03-12,False,False,False,
2026-03-13,False,False,False,
2026-03-14,False,False,False,
2026-03-15,False,False,False,
2026-03-16,False,False,False,
2026-03-17,False,False,False,
2026-03-18,False,False,False,
2026-03-19,False,False,False,
2026-03-20,False,False,False,
2026-03-21,False,False,False,
2026-03-22,False,False,False,
2026-03-23,False,False,False,
2026-03-24,False,False,False,
2026-03-25,False,False,False,
2026-03-26,False,False,False,
2026-03-27,False,False,False,
2026-03-28,False,False,False,
2026-03-29,False,False,False,
2026-03-30,False,False,False,
2026-03-31,False,False,False,
2026-04-01,False,False,False,
2026-04-02,False,False,False,
2026-04-03,False,False,False,
2026-04-04,True,False,False,Vacances de printemps
2026-04-05,True,False,False,Vacances de printemps
2026-04-06,True,False,False,Vacances de printemps
2026-04-07,True,False,False,Vacances de printemps
2026-04-08,True,False,False,Vacances de printemps
2026-04-09,True,False,False,Vacances de printemps
2026-04-10,True,False,False,Vacances de printemps
2026-04-11,True,True,False,Vacances de printemps
2026-04-12,True,True,False,Vacances de printemps
2026-04-13,True,True,False,Vacances de printemps
2026-04-14,True,True,False,Vacances de printemps
2026-04-15,True,True,False,Vacances de printemps
2026-04-16,True,True,False,Vacances de printemps
2026-04-17,True,True,False,Vacances de printemps
2026-04-18,True,True,True,Vacances de printemps
2026-04-19,True,True,True,Vacances de printemps
2026-04-20,False,True,True,Vacances de printemps
2026-04-21,False,True,True,Vacances de printemps
2026-04-22,False,True,True,Vacances de printemps
2026-04-23,False,True,True,Vacances de printemps
2026-04-24,False,True,True,Vacances de printemps
2026-04-25,False,True,True,Vacances de printemps
2026-04-26,False,True,True,Vacances de printemps
2026-04-27,False,False,True,Vacances de printemps
2026-04-28,False,False,True,Vacances de printemps
2026-04-29,False,False,True,Vacances de printemps
2026-04-30,False,False,True,Vacances de printemps
2026-05-01,False,False,True,Vacances de printemps
2026-05-02,False,False,True,Vacances de printemps
2026-05-03,False,False,True,Vacances de printemps
2026-05-04,False,False,False,
2026-05-05,False,False,False,
2026-05-06,False,False,False,
2026-05-07,False,False,False,
2026-05-08,False,False,False,
2026-05-09,False,False,False,
2026-05-10,False,False,False,
2026-05-11,False,False,False,
2026-05-12,False,False,False,
2026-05-13,False,False,False,
2026-05-14,False,False,False,
2026-05-15,False,False,False,
2026-05-16,False,False,False,
2026-05-17,False,False,False,
2026-05-18,False,False,False,
2026-05-19,False,False,False,
2026-05-20,False,False,False,
2026-05-21,False,False,False,
2026-05-22,False,False,False,
2026-05-23,False,False,False,
2026-05-24,False,False,False,
2026-05-25,False,False,False,
2026-05-26,False,False,False,
2026-05-27,False,False,False,
2026-05-28,False,False,False,
2026-05-29,False,False,False,
2026-05-30,False,False,False,
2026-05-31,False,False,False,
2026-06-01,False,False,False,
2026-06-02,False,False,False,
2026-06-03,False,False,False,
2026-06-04,False,False,False,
2026-06-05,False,False,False,
2026-06-06,False,False,False,
2026-06-07,False,False,False,
2026-06-08,False,False,False,
2026-06-09,False,False,False,
2026-06-10,False,False,False,
2026-06-11,False,False,False,
2026-06-12,False,False,False,
2026-06-13,False,False,False,
2026-06-14,False,False,False,
2026-06-15,False,False,False,
2026-06-16,False,False,False,
2026-06-17,False,False,False,
2026-06-18,False,False,False,
2026-06-19,False,False,False,
2026-06-20,False,False,False,
2026-06-21,False,False,False,
2026-06-22,False,False,False,
2026-06-23,False,False,False,
2026-06-24,False,False,False,
2026-06-25,False,False,False,
2026-06-26,False,False,False,
2026-06-27,False,False,False,
2026-06-28,False,False,False,
2026-06-29,False,False,False,
2026-06-30,False,False,False,
2026-07-01,False,False,False,
2026-07-02,False,False,False,
2026-07-03,False,False,False,
2026-07-04,True,True,True,Vacances d'été
2026-07-05,True,True,True,Vacances d'été
2026-07-06,True,True,True,Vacances d'été
2026-07-07,True,True,True,Vacances d'été
2026-07-08,True,True,True,Vacances d'été
2026-07-09,True,True,True,Vacances d'été
2026-07-10,True,True,True,Vacances d'été
2026-07-11,True,True,True,Vacances d'été
2026-07-12,True,True,True,Vacances d'été
2026-07-13,True,True,True,Vacances d'été
2026-07-14,True,True,True,Vacances d'été
2026-07-15,True,True,True,Vacances d'été
2026-07-16,True,True,True,Vacances d'été
2026-07-17,True,True,True,Vacances d'été
2026-07-18,True,True,True,Vacances d'été
2026-07-19,True,True,True,Vacances d'été
2026-07-20,True,True,True,Vacances d'été
2026-07-21,True,True,True,Vacances d'été
2026-07-22,True,True,True,Vacances d'été
2026-07-23,True,True,True,Vacances d'été
2026-07-24,True,True,True,Vacances d'été
2026-07-25,True,True,True,Vacances d'été
2026-07-26,True,True,True,Vacances d'été
2026-07-27,True,True,True,Vacances d'été
2026-07-28,True,True,True,Vacances d'été
2026-07-29,True,True,True,Vacances d'été
2026-07-30,True,True,True,Vacances d'été
2026-07-31,True,True,True,Vacances d'été
2026-08-01,True,True,True,Vacances d'été
2026-08-02,True,True,True,Vacances d'été
2026-08-03,True,True,True,Vacances d'été
2026-08-04,True,True,True,Vacances d'été
2026-08-05,True,True,True,Vacances d'été
2026-08-06,True,True,True,Vacances d'été
2026-08-07,True,True,True,Vacances d'été
2026-08-08,True,True,True,Vacances d'été
2026-08-09,True,True,True,Vacances d'été
2026-08-10,True,True,True,Vacances d'été
2026-08-11,True,True,True,Vacances d'été
2026-08-12,True,True,True,Vacances d'été
2026-08-13,True,True,True,Vacances d'été
2026-08-14,True,True,True,Vacances d'été
2026-08-15,True,True,True,Vacances d'été
2026-08-16,True,True,True,Vacances d'été
2026-08-17,True,True,True,Vacances d'été
2026-08-18,True,True,True,Vacances d'été
2026-08-19,True,True,True,Vacances d'été
2026-08-20,True,True,True,Vacances d'été
2026-08-21,True,True,True,Vacances d'été
2026-08-22,True,True,True,Vacances d'été
2026-08-23,True,True,True,Vacances d'été
2026-08-24,True,True,True,Vacances d'été
2026-08-25,True,True,True,Vacances d'été
2026-08-26,True,True,True,Vacances d'été
2026-08-27,True,True,True,Vacances d'été
2026-08-28,True,True,True,Vacances d'été
2026-08-29,True,True,True,Vacances d'été
2026-08-30,True,True,True,Vacances d'été
2026-08-31,False,False,False,
`;

/**
 * The school calendar of a zone (A, B or C): its holidays, and which school years are loaded.
 * A school year runs from 1 September to 31 August. Holidays are half-open [startsOn, resumesOn):
 * resumesOn is the day classes resume, as the official dataset fr-en-calendrier-scolaire gives it.
 *
 * A date is 'unknown' when its school year is not loaded, or loaded only in part and the date is
 * not inside a known holiday: a series filtered on school periods must then say so rather than guess.
 */
import type { LocalDate } from './zoned-time.js';

export type SchoolZone = 'A' | 'B' | 'C';
export const SCHOOL_ZONES: readonly SchoolZone[] = ['A', 'B', 'C'];

export interface SchoolHoliday {
	startsOn: LocalDate;
	resumesOn: LocalDate;
	name: string;
}

export interface SchoolCalendar {
	zone: SchoolZone | null;
	holidays: SchoolHoliday[];
	years: { schoolYear: string; complete: boolean }[];
}

export function isSchoolZone(value: unknown): value is SchoolZone {
	return value === 'A' || value === 'B' || value === 'C';
}

/** '2026-2027' for 2026-09-01 … 2027-08-31. */
export function schoolYearOf(date: LocalDate): string {
	const year = Number(date.slice(0, 4));
	const month = Number(date.slice(5, 7));
	return month >= 9 ? `${year}-${year + 1}` : `${year - 1}-${year}`;
}

/** First and last day of a school year ('2026-2027' → 2026-09-01, 2027-08-31). */
export function schoolYearBounds(schoolYear: string): { from: LocalDate; to: LocalDate } {
	const start = Number(schoolYear.slice(0, 4));
	return { from: `${start}-09-01`, to: `${start + 1}-08-31` };
}

export function isSchoolYear(value: string): boolean {
	const m = /^(\d{4})-(\d{4})$/.exec(value);
	return m !== null && Number(m[2]) === Number(m[1]) + 1;
}

export function classifyDate(date: LocalDate, calendar: SchoolCalendar): 'school' | 'holiday' | 'unknown' {
	if (calendar.zone === null) return 'unknown';
	const schoolYear = schoolYearOf(date);
	const year = calendar.years.find((y) => y.schoolYear === schoolYear);
	if (!year) return 'unknown';
	if (calendar.holidays.some((h) => h.startsOn <= date && date < h.resumesOn)) return 'holiday';
	return year.complete ? 'school' : 'unknown';
}

/** The holiday a date falls in, if any (for messages such as "Vacances d'Hiver"). */
export function holidayOn(date: LocalDate, calendar: SchoolCalendar): SchoolHoliday | null {
	return calendar.holidays.find((h) => h.startsOn <= date && date < h.resumesOn) ?? null;
}

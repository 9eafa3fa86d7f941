/**
 * French public holidays (jours fériés), computed rather than imported: the eleven national days
 * of the Code du travail (art. L3133-1), and the two more days of Alsace-Moselle (Good Friday and
 * 26 December, local law kept since 1918) in the departements 57, 67 and 68.
 */
import { addDays, type LocalDate } from './zoned-time.js';

export type PublicHolidayCode =
	| 'new_year'
	| 'easter_monday'
	| 'labour_day'
	| 'victory_1945'
	| 'ascension'
	| 'whit_monday'
	| 'bastille_day'
	| 'assumption'
	| 'all_saints'
	| 'armistice_1918'
	| 'christmas'
	| 'good_friday'
	| 'st_stephen';

/** Easter Sunday of a Gregorian year, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): LocalDate {
	const a = year % 19;
	const b = Math.floor(year / 100);
	const c = year % 100;
	const d = Math.floor(b / 4);
	const e = b % 4;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4);
	const k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31);
	const day = ((h + l - 7 * m + 114) % 31) + 1;
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Every public holiday of a year, in date order. */
export function publicHolidaysOf(
	year: number,
	options: { alsaceMoselle: boolean }
): { date: LocalDate; code: PublicHolidayCode }[] {
	const y = String(year).padStart(4, '0');
	const easter = easterSunday(year);
	const days: { date: LocalDate; code: PublicHolidayCode }[] = [
		{ date: `${y}-01-01`, code: 'new_year' },
		{ date: addDays(easter, 1), code: 'easter_monday' },
		{ date: `${y}-05-01`, code: 'labour_day' },
		{ date: `${y}-05-08`, code: 'victory_1945' },
		{ date: addDays(easter, 39), code: 'ascension' },
		{ date: addDays(easter, 50), code: 'whit_monday' },
		{ date: `${y}-07-14`, code: 'bastille_day' },
		{ date: `${y}-08-15`, code: 'assumption' },
		{ date: `${y}-11-01`, code: 'all_saints' },
		{ date: `${y}-11-11`, code: 'armistice_1918' },
		{ date: `${y}-12-25`, code: 'christmas' }
	];
	if (options.alsaceMoselle) {
		days.push({ date: addDays(easter, -2), code: 'good_friday' }, { date: `${y}-12-26`, code: 'st_stephen' });
	}
	// Ascension can fall on 1 or 8 May (e.g. 2008): one date, the first code wins.
	return days.sort((p, q) => (p.date < q.date ? -1 : p.date > q.date ? 1 : 0));
}

const cache = new Map<string, Map<LocalDate, PublicHolidayCode>>();

/** The public holiday on a date, or null. */
export function publicHoliday(date: LocalDate, options: { alsaceMoselle: boolean }): PublicHolidayCode | null {
	const year = Number(date.slice(0, 4));
	const key = `${year}:${options.alsaceMoselle}`;
	let days = cache.get(key);
	if (!days) {
		days = new Map();
		for (const h of publicHolidaysOf(year, options)) if (!days.has(h.date)) days.set(h.date, h.code);
		cache.set(key, days);
	}
	return days.get(date) ?? null;
}

/** Moselle (57), Bas-Rhin (67) and Haut-Rhin (68) keep the local law of Alsace-Moselle. */
export function isAlsaceMoselle(departement: string | null): boolean {
	return departement !== null && ['57', '67', '68'].includes(departement.trim());
}

import { getLocale } from '#lib/paraglide/runtime.js';

/** A weekday's short name ("lun.", "Mon", "الاثنين"), for the grid's narrow columns. */
export function weekdayShort(weekday: number): string {
	// 1 January 2024 was a Monday.
	return new Intl.DateTimeFormat(getLocale(), { weekday: 'short', timeZone: 'UTC' }).format(
		new Date(Date.UTC(2024, 0, weekday))
	);
}

import * as m from '#lib/paraglide/messages.js';
import type { PublicHolidayCode } from '#lib/domain/public-holidays.js';

const HOLIDAYS: Record<PublicHolidayCode, () => string> = {
	new_year: m.calendars_holiday_new_year,
	easter_monday: m.calendars_holiday_easter_monday,
	labour_day: m.calendars_holiday_labour_day,
	victory_1945: m.calendars_holiday_victory_1945,
	ascension: m.calendars_holiday_ascension,
	whit_monday: m.calendars_holiday_whit_monday,
	bastille_day: m.calendars_holiday_bastille_day,
	assumption: m.calendars_holiday_assumption,
	all_saints: m.calendars_holiday_all_saints,
	armistice_1918: m.calendars_holiday_armistice_1918,
	christmas: m.calendars_holiday_christmas,
	good_friday: m.calendars_holiday_good_friday,
	st_stephen: m.calendars_holiday_st_stephen
};

/** The name of a French public holiday in the reader's language. */
export function publicHolidayLabel(code: PublicHolidayCode): string {
	return HOLIDAYS[code]();
}

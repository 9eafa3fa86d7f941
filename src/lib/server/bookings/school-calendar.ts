/**
 * The school calendar of a zone as stored: its holidays and which school years are loaded.
 * Series and availability searches classify dates against it (domain/school-calendar.ts).
 */
import { asc, eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { schoolCalendarYear, schoolHoliday } from '../db/schema.js';
import { isSchoolZone, type SchoolCalendar } from '#lib/domain/school-calendar.js';

/** A zone other than A, B or C (overseas, Corsica, none) has no calendar here: every date is unknown. */
export async function loadSchoolCalendar(db: Database, zone: string | null): Promise<SchoolCalendar> {
	if (!isSchoolZone(zone)) return { zone: null, holidays: [], years: [] };
	const [holidays, years] = await Promise.all([
		db
			.select({ startsOn: schoolHoliday.startsOn, resumesOn: schoolHoliday.resumesOn, name: schoolHoliday.name })
			.from(schoolHoliday)
			.where(eq(schoolHoliday.zone, zone))
			.orderBy(asc(schoolHoliday.startsOn)),
		db
			.select({ schoolYear: schoolCalendarYear.schoolYear, complete: schoolCalendarYear.complete })
			.from(schoolCalendarYear)
			.where(eq(schoolCalendarYear.zone, zone))
			.orderBy(asc(schoolCalendarYear.schoolYear))
	]);
	return { zone, holidays, years };
}

import { asc, sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { schoolCalendarYear, schoolHoliday } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { SCHOOL_ZONES, schoolYearOf, type SchoolZone } from '#lib/domain/school-calendar.js';
import type { LocalDate } from '#lib/domain/zoned-time.js';

export type YearState = 'complete' | 'partial' | 'missing';

export interface ZoneCalendarOverview {
	zone: SchoolZone;
	years: { schoolYear: string; state: YearState; holidays: number; importedAt: Date | null; source: string | null }[];
}

/**
 * Per zone, which school years are loaded, complete or missing: from the first loaded year (or the
 * current one) to the year after the current one, so the coming year shows as missing until imported.
 */
export async function listSchoolCalendars(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	today: LocalDate
): Promise<ZoneCalendarOverview[]> {
	assertAllowed(actor, 'territory.import');
	const [years, counts] = await Promise.all([
		ctx.db.select().from(schoolCalendarYear).orderBy(asc(schoolCalendarYear.schoolYear)),
		ctx.db
			.select({ zone: schoolHoliday.zone, schoolYear: schoolHoliday.schoolYear, n: sql<number>`count(*)::int` })
			.from(schoolHoliday)
			.groupBy(schoolHoliday.zone, schoolHoliday.schoolYear)
	]);
	const current = Number(schoolYearOf(today).slice(0, 4));
	return SCHOOL_ZONES.map((zone) => {
		const loaded = years.filter((y) => y.zone === zone);
		// Show the last few years only: a full 1990–2026 import would otherwise fill the page.
		const from = Math.max(current - 3, Math.min(current, ...loaded.map((y) => Number(y.schoolYear.slice(0, 4)))));
		// …and up to the last year loaded, which may be further ahead than next year.
		const to = Math.max(current + 1, ...loaded.map((y) => Number(y.schoolYear.slice(0, 4))));
		const out: ZoneCalendarOverview['years'] = [];
		for (let start = from; start <= to; start++) {
			const schoolYear = `${start}-${start + 1}`;
			const y = loaded.find((l) => l.schoolYear === schoolYear);
			out.push({
				schoolYear,
				state: !y ? 'missing' : y.complete ? 'complete' : 'partial',
				holidays: counts.find((c) => c.zone === zone && c.schoolYear === schoolYear)?.n ?? 0,
				importedAt: y?.importedAt ?? null,
				source: y?.source ?? null
			});
		}
		return { zone, years: out };
	});
}

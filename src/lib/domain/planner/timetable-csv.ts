/**
 * The timetable as a CSV file, one line per session, for spreadsheets and the architect's
 * tools. Columns are documented on the programme report (plannerresults_csv_* messages); their
 * names are stable, in English, whatever the reader's language.
 */
import { toCsv } from '../csv.js';
import type { Plan, PlanProblem } from './problem.js';
import { clock, timetableRows } from './results.js';

export const TIMETABLE_CSV_COLUMNS = [
	'room_id',
	'room',
	'existing',
	'weekday',
	'start',
	'end',
	'minutes',
	'activity_id',
	'activity',
	'organisation'
] as const;

type Row = ReturnType<typeof timetableRows>[number];

export function timetableCsv(problem: PlanProblem, plan: Plan, organisationNames: Record<string, string>): string {
	const value: Record<(typeof TIMETABLE_CSV_COLUMNS)[number], (r: Row) => string | number | boolean | null> = {
		room_id: (r) => r.session.roomId,
		room: (r) => r.room?.label ?? null,
		existing: (r) => r.room?.existing ?? null,
		weekday: (r) => r.session.weekday,
		start: (r) => clock(r.session.start),
		end: (r) => clock(r.session.end),
		minutes: (r) => r.session.end - r.session.start,
		activity_id: (r) => r.session.activityId,
		activity: (r) => r.activity?.label ?? null,
		organisation: (r) => (r.activity?.organisationId ? (organisationNames[r.activity.organisationId] ?? null) : null)
	};
	return toCsv(
		TIMETABLE_CSV_COLUMNS.map((name) => ({ name, value: value[name] })),
		timetableRows(problem, plan)
	);
}

/**
 * The programme report as a document of headings, paragraphs and tables, in the reader's
 * language: what the PDF draws. The printable page shows the same content through components.
 */
import * as m from '#lib/paraglide/messages.js';
import { WINDOW_INTERVALS } from '#lib/domain/planner/windows.js';
import { EQUIPMENT_FIELDS, clock } from '#lib/domain/planner/results.js';
import { TIMETABLE_CSV_COLUMNS } from '#lib/domain/planner/timetable-csv.js';
import { themeLabel } from '#lib/i18n/catalogue-labels.js';
import { timeWindowLabel, weekdayLabel } from '#lib/i18n/labels.js';
import { durationText } from '#lib/i18n/room-text.js';
import { localDateLabel } from '#lib/i18n/circuit-labels.js';
import {
	boughtUpgradeLabel,
	dateTimeText,
	equipmentFieldLabel,
	equipmentValue,
	euros,
	planStatusSentence,
	unmetReasonLabel
} from '#lib/i18n/planner-results-labels.js';
import type { PlannerReport } from '../use-cases/get-planner-report.js';

export interface ReportTable {
	caption: string;
	columns: string[];
	/** Relative widths of the columns. */
	widths: number[];
	rows: string[][];
}
export interface ReportSection {
	id: 'needs' | 'practices' | 'programme' | 'timetable' | 'costs' | 'assumptions' | 'sources';
	heading: string;
	paragraphs: string[];
	tables: ReportTable[];
}
export interface ReportDocument {
	title: string;
	subtitle: string;
	generated: string;
	intro: string;
	sections: ReportSection[];
}

/** What each allowed window means on the weekly grid, in words (the same table the solver reads). */
export function windowMeanings(): string[] {
	return Object.entries(WINDOW_INTERVALS).map(([window, intervals]) =>
		m.plannerresults_assumption_window({
			window: timeWindowLabel(window),
			days: intervals.map((i) => weekdayLabel(String(i.weekday))).join(', '),
			start: clock(intervals[0]!.start),
			end: clock(intervals[0]!.end)
		})
	);
}

export const CSV_COLUMN_TEXTS: Record<(typeof TIMETABLE_CSV_COLUMNS)[number], () => string> = {
	room_id: m.plannerresults_csv_room_id,
	room: m.plannerresults_csv_room,
	existing: m.plannerresults_csv_existing,
	weekday: m.plannerresults_csv_weekday,
	start: m.plannerresults_csv_start,
	end: m.plannerresults_csv_end,
	minutes: m.plannerresults_csv_minutes,
	activity_id: m.plannerresults_csv_activity_id,
	activity: m.plannerresults_csv_activity,
	organisation: m.plannerresults_csv_organisation
};

export function reportDocument(report: PlannerReport): ReportDocument {
	const { run, results, needs } = report;
	const { problem, plan } = results;
	const activityName = (id: string) => problem.activities.find((a) => a.id === id)?.label ?? id;
	const quartierNames = needs.quartiers.map((q) => q.name).join(', ');

	const needsSection: ReportSection = {
		id: 'needs',
		heading: m.plannerresults_report_needs_heading(),
		paragraphs:
			needs.total === 0
				? [m.plannerresults_report_needs_none()]
				: [m.plannerresults_report_needs_intro({ quartiers: quartierNames, count: String(needs.total) })],
		tables:
			needs.total === 0
				? []
				: [
						{
							caption: m.plannerresults_report_themes_caption(),
							columns: [m.plannerresults_col_theme(), m.plannerresults_col_count(), m.plannerresults_col_supports()],
							widths: [3, 1, 1],
							rows: needs.byTheme.map((t) => [themeLabel(t.theme), String(t.count), String(t.supports)])
						},
						{
							caption: m.plannerresults_report_top_caption(),
							columns: [m.plannerresults_col_need(), m.plannerresults_col_quartier(), m.plannerresults_col_supports()],
							widths: [4, 2, 1],
							rows: needs.top.map((n) => [n.title, n.quartierName, String(n.supportCount)])
						}
					]
	};

	const practices: ReportSection = {
		id: 'practices',
		heading: m.plannerresults_report_practices_heading(),
		paragraphs: [],
		tables: [
			{
				caption: m.plannerresults_report_practices_caption(),
				columns: [
					m.plannerresults_col_activity(),
					m.plannerresults_col_demand(),
					m.plannerresults_col_windows(),
					m.plannerresults_col_placed(),
					m.plannerresults_col_rooms()
				],
				widths: [3, 2, 2, 1, 3],
				rows: results.activities.map((a) => [
					a.activity.itinerant ? `${a.activity.label} (${m.plannerresults_itinerant()})` : a.activity.label,
					m.plannerresults_demand_value({
						sessions: String(a.activity.sessionsPerWeek),
						duration: durationText(a.activity.sessionMinutes)
					}),
					a.activity.windows.length
						? a.activity.windows.map((w) => timeWindowLabel(w)).join(', ')
						: m.plannerresults_windows_any(),
					m.plannerresults_out_of({ value: String(a.placed), total: String(a.activity.sessionsPerWeek) }),
					[...a.rooms, ...a.unmet.map((u) => unmetReasonLabel(u.reason))].join(' · ')
				])
			}
		]
	};

	const programme: ReportSection = {
		id: 'programme',
		heading: m.plannerresults_report_programme_heading(),
		paragraphs: [],
		tables: results.programme.map((room) => ({
			caption: `${m.plannerresults_report_programme_caption({ room: room.label })} — ${
				room.activityIds.length
					? m.plannerresults_programme_hosts({ activities: room.activityIds.map(activityName).join(', ') })
					: m.plannerresults_programme_hosts_none()
			}`,
			columns: [m.plannerresults_col_equipment(), m.plannerresults_col_before(), m.plannerresults_col_after()],
			widths: [2, 2, 2],
			rows: EQUIPMENT_FIELDS.map((f) => {
				const changed = room.changes.some((c) => c.field === f);
				return [
					equipmentFieldLabel(f),
					equipmentValue(f, room.before),
					changed ? `${equipmentValue(f, room.after)} (${m.plannerresults_changed()})` : equipmentValue(f, room.after)
				];
			})
		}))
	};

	const timetableRows = results.timetable.rooms.flatMap((room) =>
		room.sessionsByDay.flatMap((d) =>
			d.sessions.map((s) => [
				room.label,
				weekdayLabel(String(s.weekday)),
				m.plannerresults_time_range({ start: clock(s.start), end: clock(s.end) }),
				activityName(s.activityId)
			])
		)
	);
	const timetable: ReportSection = {
		id: 'timetable',
		heading: m.plannerresults_timetable_heading(),
		paragraphs: timetableRows.length ? [] : [m.plannerresults_no_sessions()],
		tables: timetableRows.length
			? [
					{
						caption: m.plannerresults_table_caption(),
						columns: [
							m.plannerresults_col_room(),
							m.plannerresults_col_day(),
							m.plannerresults_col_time(),
							m.plannerresults_col_activity()
						],
						widths: [3, 1.4, 1.4, 3],
						rows: timetableRows
					}
				]
			: []
	};

	const bought = results.programme.flatMap((r) => r.bought.map((u) => [r.label, boughtUpgradeLabel(u), euros(u.cost)]));
	const costs: ReportSection = {
		id: 'costs',
		heading: m.plannerresults_report_costs_heading(),
		paragraphs: bought.length ? [] : [m.plannerresults_upgrades_none()],
		tables: [
			{
				caption: m.plannerresults_upgrades_caption(),
				columns: [m.plannerresults_col_room(), m.plannerresults_col_upgrade(), m.plannerresults_col_cost()],
				widths: [3, 3, 1.5],
				rows: [
					...bought,
					['', m.plannerresults_upgrades_total(), euros(results.totals.upgradeCost)],
					['', m.plannerresults_upgrades_budget(), euros(results.totals.budget)],
					['', m.plannerresults_upgrades_remaining(), euros(results.totals.remaining)]
				]
			}
		]
	};
	if (plan.unmet.length)
		costs.tables.push({
			caption: m.plannerresults_unmet_caption(),
			columns: [m.plannerresults_col_activity(), m.plannerresults_col_missing(), m.plannerresults_col_reason()],
			widths: [2, 1, 4],
			rows: plan.unmet.map((u) => [activityName(u.activityId), String(u.missing), unmetReasonLabel(u.reason)])
		});

	const assumptions: ReportSection = {
		id: 'assumptions',
		heading: m.plannerresults_report_assumptions_heading(),
		paragraphs: [
			m.plannerresults_assumption_grid({
				slot: String(problem.grid.slotMinutes),
				start: clock(problem.grid.dayStart),
				end: clock(problem.grid.dayEnd)
			}),
			m.plannerresults_assumption_windows(),
			...windowMeanings().map((w) => `• ${w}`),
			m.plannerresults_assumption_holidays(),
			m.plannerresults_assumption_budget({ budget: euros(problem.settings.budget) }),
			m.plannerresults_assumption_week({ date: localDateLabel(run.scenario.referenceWeek) }),
			m.plannerresults_assumption_objective(),
			m.plannerresults_assumption_status({ status: planStatusSentence(plan) })
		],
		tables: []
	};

	const sources: ReportSection = {
		id: 'sources',
		heading: m.plannerresults_report_sources_heading(),
		paragraphs: [
			m.plannerresults_source_needs(),
			m.plannerresults_source_rooms(),
			m.plannerresults_source_catalogue(),
			m.plannerresults_source_costs(),
			`${m.plannerresults_csv_heading()} — ${m.plannerresults_csv_intro()}`,
			...TIMETABLE_CSV_COLUMNS.map((c) => `• ${c} — ${CSV_COLUMN_TEXTS[c]()}`)
		],
		tables: []
	};

	return {
		title: m.plannerresults_report_title(),
		subtitle: run.scenario.name,
		generated: m.plannerresults_report_generated({
			date: dateTimeText(run.createdAt, run.scenario.timeZone),
			scenario: run.scenario.name,
			commune: run.scenario.communeName
		}),
		intro: m.plannerresults_report_intro(),
		sections: [needsSection, practices, programme, timetable, costs, assumptions, sources]
	};
}

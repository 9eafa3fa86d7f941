/**
 * What the initiatives of a quartier achieved, as published: for each year, participants by sex
 * and age band, participants by month, and the outcomes (people trained, people back in work,
 * hours of childcare), every count through disclosure control (disclosure-control.ts).
 *
 * Two tables are published per year and they share one figure, the year's number of
 * participants (the grand total of both). Each table is protected on its own; the shared total
 * is then either shown in both or hidden in both. When protection leaves it shown in one and
 * hidden in the other (only when a table had to be hidden whole), both tables are hidden whole:
 * otherwise the total shown in one would be an extra equation the other was not protected for.
 * With the shared total in the same state in both, a hidden figure of either cannot be worked out
 * from both together (the property tests attack the pair with the shared equation).
 *
 * Not covered: an initiative linked to several quartiers counts in each of them, so comparing
 * two quartiers' tables could isolate one initiative's contribution; the tables are per quartier
 * and per year, never per initiative.
 */
import { DEFAULT_MIN_COUNT, protectTable, type ProtectedTable, type Published } from './disclosure-control.js';
import { IMPACT_AGE_BANDS, IMPACT_SEXES, type ImpactParticipantCount } from './impact-report.js';

/** Participants are people: counts under 5 are not published (the project's default k). */
export const IMPACT_PARTICIPANTS_MIN_COUNT = DEFAULT_MIN_COUNT;
/** People trained, people back in work: people too, same threshold. */
export const IMPACT_OUTCOMES_MIN_COUNT = DEFAULT_MIN_COUNT;

export interface ImpactReportFigures {
	/** First day of the month, '2026-10-01'. */
	month: string;
	childcareHours: number;
	peopleTrained: number;
	peopleBackToWork: number;
	participants: readonly ImpactParticipantCount[];
}

export interface YearImpact {
	year: number;
	/** How many monthly reports were filed that year (reports, not people). */
	reportCount: number;
	/** Rows IMPACT_SEXES, columns IMPACT_AGE_BANDS. */
	participants: ProtectedTable;
	/** Rows the twelve months (January first), one column: participants that month. */
	months: ProtectedTable;
	peopleTrained: Published;
	peopleBackToWork: Published;
	/** Hours, not people: published as they are. */
	childcareHours: number;
}

/** The true counts of a set of reports: counts[sex][ageBand]. */
export function participantCounts(reports: readonly Pick<ImpactReportFigures, 'participants'>[]): number[][] {
	const grid = IMPACT_SEXES.map(() => IMPACT_AGE_BANDS.map(() => 0));
	for (const r of reports)
		for (const p of r.participants) {
			const s = IMPACT_SEXES.indexOf(p.sex);
			const b = IMPACT_AGE_BANDS.indexOf(p.ageBand);
			if (s >= 0 && b >= 0 && Number.isInteger(p.count) && p.count > 0) grid[s]![b]! += p.count;
		}
	return grid;
}

/** Participants of each month of a year's reports: counts[month 0–11][0]. */
export function monthCounts(reports: readonly Pick<ImpactReportFigures, 'month' | 'participants'>[]): number[][] {
	const rows = Array.from({ length: 12 }, () => [0]);
	for (const r of reports) {
		const m = Number(r.month.slice(5, 7)) - 1;
		if (m < 0 || m > 11) continue;
		for (const p of r.participants) if (Number.isInteger(p.count) && p.count > 0) rows[m]![0]! += p.count;
	}
	return rows;
}

/** A single count, published or hidden as a one-cell table would be. */
export function protectCount(value: number, minCount: number): Published {
	return protectTable({ counts: [[value]] }, { minCount }).total;
}

/** Every figure of the table hidden but its zeros: what to publish when nothing can be shown safely. */
function hiddenWhole(table: ProtectedTable, counts: readonly (readonly number[])[]): ProtectedTable {
	const rowTotals = counts.map((row) => row.reduce((a, b) => a + b, 0));
	const columnTotals = (counts[0] ?? []).map((_, c) => counts.reduce((a, row) => a + row[c]!, 0));
	const total = rowTotals.reduce((a, b) => a + b, 0);
	const hide = (v: number): Published => (v === 0 ? 0 : null);
	const cells = counts.map((row) => row.map(hide));
	const hiddenCount = [...cells.flat(), ...rowTotals.map(hide), ...columnTotals.map(hide), hide(total)].filter(
		(v) => v === null
	).length;
	return {
		cells,
		rowTotals: rowTotals.map(hide),
		columnTotals: columnTotals.map(hide),
		total: hide(total),
		primary: table.primary,
		secondary: Math.max(0, hiddenCount - table.primary)
	};
}

/** The two tables of one year's reports, protected together (see the top of this file). */
export function protectYear(
	reports: readonly Pick<ImpactReportFigures, 'month' | 'participants'>[],
	minCount = IMPACT_PARTICIPANTS_MIN_COUNT
): { participants: ProtectedTable; months: ProtectedTable } {
	const grid = participantCounts(reports);
	const byMonth = monthCounts(reports);
	let participants = protectTable({ counts: grid }, { minCount });
	let months = protectTable({ counts: byMonth }, { minCount });
	if ((participants.total === null) !== (months.total === null)) {
		participants = hiddenWhole(participants, grid);
		months = hiddenWhole(months, byMonth);
	}
	return { participants, months };
}

/** Every year with reports, the latest first. */
export function quartierImpact(reports: readonly ImpactReportFigures[]): YearImpact[] {
	const years = [...new Set(reports.map((r) => Number(r.month.slice(0, 4))))].sort((a, b) => b - a);
	return years.map((year) => {
		const ofYear = reports.filter((r) => Number(r.month.slice(0, 4)) === year);
		const sum = (pick: (r: ImpactReportFigures) => number) => ofYear.reduce((a, r) => a + pick(r), 0);
		return {
			year,
			reportCount: ofYear.length,
			...protectYear(ofYear),
			peopleTrained: protectCount(
				sum((r) => r.peopleTrained),
				IMPACT_OUTCOMES_MIN_COUNT
			),
			peopleBackToWork: protectCount(
				sum((r) => r.peopleBackToWork),
				IMPACT_OUTCOMES_MIN_COUNT
			),
			childcareHours: sum((r) => r.childcareHours)
		};
	});
}

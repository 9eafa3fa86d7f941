/**
 * The results of a consultation: what was answered to each question, and the same broken down
 * by one dimension of the opt-in demographic block, always through disclosure control.
 *
 * A breakdown table has one row per option (or scale value, or option ranked first) and one
 * column per category of the dimension, plus "not stated" (no block, or that answer left empty).
 * Its row totals are the overall counts, which the results page publishes anyway, and its grand
 * total the number who answered: both are therefore treated as public when choosing what to hide
 * (`protectBreakdown`), so that nothing hidden can be worked out from the overall chart either.
 *
 * Answers come from the database as JSON (`consultation_response.answers`): each value is checked
 * here and an answer that does not fit its question (an index out of range, a scale value out of
 * bounds) is left out rather than trusted.
 */
import {
	DEFAULT_MIN_COUNT,
	determinedCells,
	protectTable,
	tableEquations,
	type ProtectedTable
} from './disclosure-control.js';
import { categoryOf, EMPTY_BLOCK } from './demographics.js';
import { DIMENSIONS, type DemographicBlock, type Dimension } from './demographic-choices.js';

export const QUESTION_KINDS = ['single', 'multiple', 'scale', 'ranking', 'text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** The category of a response that has no block, or left that answer empty. */
export const NOT_STATED = 'not_stated';

export interface ResultQuestion {
	id: string;
	kind: QuestionKind;
	options: readonly string[];
	scaleMin: number | null;
	scaleMax: number | null;
}

export interface ResultResponse {
	answers: Readonly<Record<string, unknown>>;
	demographics: DemographicBlock | null;
}

export type QuestionResult =
	| { kind: 'single' | 'multiple'; questionId: string; answered: number; counts: number[] }
	| {
			kind: 'scale';
			questionId: string;
			answered: number;
			/** The scale's values, from its minimum to its maximum. */
			values: number[];
			counts: number[];
			median: number | null;
	  }
	| {
			kind: 'ranking';
			questionId: string;
			answered: number;
			/** How many ranked each option first. */
			firstPlaces: number[];
			/** The mean position (1 = first) of each option among those who ranked it; null if nobody did. */
			meanRank: (number | null)[];
	  }
	| { kind: 'text'; questionId: string; answered: number };

const isIndex = (v: unknown, length: number): v is number =>
	typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < length;

/** The scale's values, or none when its bounds are missing or absurd. */
export function scaleValues(q: Pick<ResultQuestion, 'scaleMin' | 'scaleMax'>): number[] {
	const { scaleMin: min, scaleMax: max } = q;
	if (min === null || max === null || !Number.isInteger(min) || !Number.isInteger(max) || max < min || max - min > 100)
		return [];
	return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

/**
 * The rows of a question's breakdown that one answer falls in (option indexes for choices, the
 * position on the scale for a scale, the option ranked first for a ranking), or null when the
 * answer is missing or does not fit the question. A text question has no rows.
 */
export function rowsOfAnswer(q: ResultQuestion, value: unknown): number[] | null {
	switch (q.kind) {
		case 'single':
			return isIndex(value, q.options.length) ? [value] : null;
		case 'multiple': {
			if (!Array.isArray(value)) return null;
			const picked = [...new Set(value.filter((v) => isIndex(v, q.options.length)))] as number[];
			return picked.length > 0 ? picked.sort((a, b) => a - b) : null;
		}
		case 'scale': {
			const values = scaleValues(q);
			const i = typeof value === 'number' ? values.indexOf(value) : -1;
			return i >= 0 ? [i] : null;
		}
		case 'ranking': {
			const order = rankingOf(q, value);
			return order ? [order[0]!] : null;
		}
		case 'text':
			return null;
	}
}

/** A ranking answer as distinct option indexes in the order given, or null. */
function rankingOf(q: ResultQuestion, value: unknown): number[] | null {
	if (!Array.isArray(value)) return null;
	const order = value.filter((v, i) => isIndex(v, q.options.length) && value.indexOf(v) === i) as number[];
	return order.length > 0 ? order : null;
}

/** A text answer, trimmed, or null when empty or not text. */
export function textOf(value: unknown): string | null {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

export function median(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** What was answered to one question, over all responses. */
export function questionResult(q: ResultQuestion, responses: readonly ResultResponse[]): QuestionResult {
	const answers = responses.map((r) => r.answers[q.id]);
	switch (q.kind) {
		case 'single':
		case 'multiple': {
			const counts = q.options.map(() => 0);
			let answered = 0;
			for (const a of answers) {
				const rows = rowsOfAnswer(q, a);
				if (!rows) continue;
				answered += 1;
				for (const r of rows) counts[r]! += 1;
			}
			return { kind: q.kind, questionId: q.id, answered, counts };
		}
		case 'scale': {
			const values = scaleValues(q);
			const counts = values.map(() => 0);
			const given: number[] = [];
			for (const a of answers) {
				const rows = rowsOfAnswer(q, a);
				if (!rows) continue;
				counts[rows[0]!]! += 1;
				given.push(values[rows[0]!]!);
			}
			return { kind: 'scale', questionId: q.id, answered: given.length, values, counts, median: median(given) };
		}
		case 'ranking': {
			const firstPlaces = q.options.map(() => 0);
			const rankSums = q.options.map(() => 0);
			const rankedBy = q.options.map(() => 0);
			let answered = 0;
			for (const a of answers) {
				const order = rankingOf(q, a);
				if (!order) continue;
				answered += 1;
				firstPlaces[order[0]!]! += 1;
				order.forEach((option, position) => {
					rankSums[option]! += position + 1;
					rankedBy[option]! += 1;
				});
			}
			const meanRank = rankSums.map((sum, i) => (rankedBy[i] ? sum / rankedBy[i]! : null));
			return { kind: 'ranking', questionId: q.id, answered, firstPlaces, meanRank };
		}
		case 'text':
			return { kind: 'text', questionId: q.id, answered: answers.filter((a) => textOf(a) !== null).length };
	}
}

export function consultationResults(
	questions: readonly ResultQuestion[],
	responses: readonly ResultResponse[]
): QuestionResult[] {
	return questions.map((q) => questionResult(q, responses));
}

/** The categories of a dimension, then "not stated": the columns of a breakdown. */
export function breakdownColumns(dimension: Dimension): string[] {
	return [...DIMENSIONS[dimension], NOT_STATED];
}

export function columnOf(block: DemographicBlock | null, dimension: Dimension): string {
	return categoryOf(block ?? EMPTY_BLOCK, dimension) ?? NOT_STATED;
}

export interface Breakdown {
	questionId: string;
	dimension: Dimension;
	/**
	 * Row r is option r (single, multiple, ranking first place) or scale value r; for a question
	 * answered once per person (all but multiple choice) a last row counts those who did not
	 * answer it, so that each column adds up to the respondents of its category.
	 */
	rowCount: number;
	noAnswerRow: boolean;
	columns: string[];
	table: ProtectedTable;
}

/** Whether a breakdown of the question ends with a "did not answer" row (one answer per person). */
export const hasNoAnswerRow = (q: Pick<ResultQuestion, 'kind'>): boolean => q.kind !== 'multiple' && q.kind !== 'text';

/** The true counts of a question's breakdown, before protection: counts[row][column]. */
export function breakdownCounts(
	q: ResultQuestion,
	responses: readonly ResultResponse[],
	dimension: Dimension
): number[][] | null {
	if (q.kind === 'text') return null;
	const rowCount = q.kind === 'scale' ? scaleValues(q).length : q.options.length;
	const noAnswer = hasNoAnswerRow(q);
	const columns = breakdownColumns(dimension);
	const counts = Array.from({ length: rowCount + (noAnswer ? 1 : 0) }, () => columns.map(() => 0));
	for (const r of responses) {
		const rows = rowsOfAnswer(q, r.answers[q.id]) ?? (noAnswer ? [rowCount] : []);
		const c = columns.indexOf(columnOf(r.demographics, dimension));
		for (const row of rows) counts[row]![c]! += 1;
	}
	return counts;
}

/** A question broken down by a dimension, protected. Null for a text question. */
export function questionBreakdown(
	q: ResultQuestion,
	responses: readonly ResultResponse[],
	dimension: Dimension,
	options: { minCount?: number } = {}
): Breakdown | null {
	const counts = breakdownCounts(q, responses, dimension);
	if (!counts) return null;
	const noAnswerRow = hasNoAnswerRow(q);
	// One answer per person: the columns add up to the participation, published as it is protected.
	const columnTotals = noAnswerRow ? participationBy(responses, dimension, options).counts : undefined;
	return {
		questionId: q.id,
		dimension,
		rowCount: counts.length,
		noAnswerRow,
		columns: breakdownColumns(dimension),
		table: protectBreakdown(counts, { ...options, columnTotals })
	};
}

export interface Participation {
	dimension: Dimension;
	columns: string[];
	/** Respondents per category (null when hidden), and all respondents (always public). */
	counts: (number | null)[];
	total: number;
}

/** How many responded, by category of a dimension, protected like a one-row breakdown. */
export function participationBy(
	responses: readonly ResultResponse[],
	dimension: Dimension,
	options: { minCount?: number } = {}
): Participation {
	const columns = breakdownColumns(dimension);
	const row = columns.map(() => 0);
	for (const r of responses) row[columns.indexOf(columnOf(r.demographics, dimension))]! += 1;
	const table = protectBreakdown([row], options);
	return { dimension, columns, counts: table.cells[0]!, total: responses.length };
}

/**
 * `protectTable`, then the row totals and the grand total put back on show (the overall results
 * publish them) and more cells hidden until no hidden one is determined by what is shown.
 *
 * With `columnTotals`, the column totals are not chosen here but given: they are the protected
 * participation by the same dimension (the respondents of each category), which the page
 * publishes too. Then only inner cells are hidden, so that every breakdown of a dimension agrees
 * with its participation figures and none can be combined with another to recover a hidden one.
 *
 * Complements are chosen among counts of at least 1 (as protectTable does, which keeps a hidden
 * cell undetermined also with non-negative whole numbers); when none helps any more, every cell
 * of the rows that are not empty is hidden (and every column total that is not given).
 */
export function protectBreakdown(
	counts: readonly (readonly number[])[],
	options: { minCount?: number; columnTotals?: readonly (number | null)[] } = {}
): ProtectedTable {
	const k = options.minCount ?? DEFAULT_MIN_COUNT;
	const rows = counts.length;
	const columns = counts[0]?.length ?? 0;
	const width = columns + 1;
	const rowTotals = counts.map((row) => row.reduce((a, b) => a + b, 0));
	const columnTotals = Array.from({ length: columns }, (_, c) => counts.reduce((a, row) => a + row[c]!, 0));
	const total = rowTotals.reduce((a, b) => a + b, 0);
	const given = options.columnTotals;
	if (given && (given.length !== columns || given.some((v, c) => v !== null && v !== columnTotals[c])))
		throw new RangeError('the given column totals do not match the counts');
	const value = (cell: number) => {
		const r = Math.floor(cell / width);
		const c = cell % width;
		if (r === rows) return c === columns ? total : columnTotals[c]!;
		return c === columns ? rowTotals[r]! : counts[r]![c]!;
	};
	const isRowTotal = (cell: number) => cell % width === columns; // a row total or the grand total
	const isColumnTotal = (cell: number) => Math.floor(cell / width) === rows && !isRowTotal(cell);
	/** Figures whose fate is not decided here: row totals (shown), given column totals. */
	const fixed = (cell: number) => isRowTotal(cell) || (given !== undefined && isColumnTotal(cell));
	const hidden = new Set<number>();
	if (given) {
		given.forEach((v, c) => v === null && hidden.add(rows * width + c));
		for (let r = 0; r < rows; r += 1)
			for (let c = 0; c < columns; c += 1) if (counts[r]![c]! >= 1 && counts[r]![c]! < k) hidden.add(r * width + c);
	} else {
		const base = protectTable({ counts }, { minCount: k });
		base.cells.forEach((row, r) => row.forEach((v, c) => v === null && hidden.add(r * width + c)));
		base.columnTotals.forEach((v, c) => v === null && hidden.add(rows * width + c));
	}
	const equations = tableEquations(rows, columns);
	const cellCount = (rows + 1) * width;
	let primary = 0;
	for (let cell = 0; cell < cellCount; cell += 1) if (!fixed(cell) && value(cell) >= 1 && value(cell) < k) primary += 1;

	for (;;) {
		if (determinedCells(equations, [...hidden]).size === 0) break;
		let best: { cell: number; score: number[] } | null = null;
		for (let cell = 0; cell < cellCount; cell += 1) {
			if (hidden.has(cell) || fixed(cell) || value(cell) < 1) continue;
			const score = [determinedCells(equations, [...hidden, cell]).size, Number(isColumnTotal(cell)), value(cell)];
			if (!best || lexicographicallyLess(score, best.score)) best = { cell, score };
		}
		if (best) {
			hidden.add(best.cell);
			continue;
		}
		// Nothing shown helps: hide every cell of the non-empty rows, and every column total not
		// given. (A given column total of 0 shows its zeros anyway: they stay on show. What the
		// given totals and the row totals determine on their own was public before this table.)
		const shownEmpty = (c: number) => given !== undefined && given[c] === 0;
		for (let r = 0; r < rows; r += 1)
			if (rowTotals[r]! > 0) for (let c = 0; c < columns; c += 1) if (!shownEmpty(c)) hidden.add(r * width + c);
		if (!given) for (let c = 0; c < columns; c += 1) hidden.add(rows * width + c);
		break;
	}

	const shown = (cell: number) => (hidden.has(cell) ? null : value(cell));
	return {
		cells: Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => shown(r * width + c))),
		rowTotals: [...rowTotals],
		columnTotals: Array.from({ length: columns }, (_, c) => shown(rows * width + c)),
		total,
		primary,
		secondary: Math.max(0, hidden.size - primary)
	};
}

function lexicographicallyLess(a: readonly number[], b: readonly number[]): boolean {
	for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return a[i]! < b[i]!;
	return false;
}

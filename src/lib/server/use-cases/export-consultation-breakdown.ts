import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { loadConsultation, loadQuestions, loadResponses } from '../consultation-results/load.js';
import { questionBreakdown, scaleValues } from '#lib/domain/consultation-results.js';
import { DIMENSION_NAMES } from '#lib/domain/demographic-choices.js';
import { toCsv } from '#lib/domain/csv.js';
import type { Actor } from '#lib/domain/authorisation.js';

interface Line {
	question: number;
	prompt: string;
	dimension: string;
	answer: string;
	category: string;
	count: number | null;
}

/**
 * Every breakdown of every question by every dimension, in long format, exactly as the results
 * page protects it: a hidden figure is an empty `count` with `suppressed` true. Totals are lines
 * whose `answer` or `category` is `total`; `answer` is `no_answer` for those who skipped the question. Staff only, like the answers export.
 */
export async function exportConsultationBreakdown(ctx: Pick<AppContext, 'db'>, actor: Actor | null, id: string) {
	assertAllowed(actor, 'consultation.manage');
	const consultation = await loadConsultation(ctx.db, id);
	if (!consultation) return null;
	const [questions, responses] = await Promise.all([loadQuestions(ctx.db, id), loadResponses(ctx.db, id)]);
	const lines: Line[] = [];
	for (const q of questions) {
		const rowLabels = [...(q.kind === 'scale' ? scaleValues(q).map(String) : q.options), 'no_answer'];
		for (const dimension of DIMENSION_NAMES) {
			const b = questionBreakdown(q, responses, dimension);
			if (!b) continue;
			const line = (answer: string, category: string, count: number | null) =>
				lines.push({ question: q.position, prompt: q.prompt, dimension, answer, category, count });
			b.table.cells.forEach((row, r) => {
				row.forEach((count, c) => line(rowLabels[r] ?? '', b.columns[c]!, count));
				line(rowLabels[r] ?? '', 'total', b.table.rowTotals[r]!);
			});
			b.columns.forEach((category, c) => line('total', category, b.table.columnTotals[c]!));
			line('total', 'total', b.table.total);
		}
	}
	const csv = toCsv<Line>(
		[
			{ name: 'question', value: (l) => l.question },
			{ name: 'prompt', value: (l) => l.prompt },
			{ name: 'dimension', value: (l) => l.dimension },
			{ name: 'answer', value: (l) => l.answer },
			{ name: 'category', value: (l) => l.category },
			{ name: 'count', value: (l) => l.count },
			{ name: 'suppressed', value: (l) => l.count === null }
		],
		lines
	);
	return { csv, shortCode: consultation.shortCode };
}

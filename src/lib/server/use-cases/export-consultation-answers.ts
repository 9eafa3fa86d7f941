import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { loadConsultation, loadQuestions, loadResponses, type ResultsQuestion } from '../consultation-results/load.js';
import { scaleValues, textOf } from '#lib/domain/consultation-results.js';
import { csvList, toCsv, type CsvValue } from '#lib/domain/csv.js';
import type { Actor } from '#lib/domain/authorisation.js';

/** The answer to one question as a CSV cell: option labels, ranked labels in order, the scale value, the text. */
export function answerCell(q: ResultsQuestion, value: unknown): CsvValue {
	const label = (i: unknown) => (typeof i === 'number' && Number.isInteger(i) ? q.options[i] : undefined);
	switch (q.kind) {
		case 'single':
			return label(value) ?? null;
		case 'multiple':
		case 'ranking': {
			if (!Array.isArray(value)) return null;
			const labels = value.flatMap((i) => label(i) ?? []);
			return labels.length > 0 ? csvList(q.kind === 'multiple' ? [...new Set(labels)] : labels) : null;
		}
		case 'scale':
			return typeof value === 'number' && scaleValues(q).includes(value) ? value : null;
		case 'text':
			return textOf(value);
	}
}

/**
 * The answers for analysis, one row per response: a row number, the channel, the day, then one
 * column per question (`q1`, `q2`…). Deliberately without the account and without the
 * demographic block: micro-data with age, gender and household would let a small group be
 * recognised. The breakdowns are in the protected export instead. Staff only.
 */
export async function exportConsultationAnswers(ctx: Pick<AppContext, 'db'>, actor: Actor | null, id: string) {
	assertAllowed(actor, 'consultation.manage');
	const consultation = await loadConsultation(ctx.db, id);
	if (!consultation) return null;
	const [questions, responses] = await Promise.all([loadQuestions(ctx.db, id), loadResponses(ctx.db, id)]);
	const numbered = responses.map((r, i) => ({ ...r, number: i + 1 }));
	const csv = toCsv<(typeof numbered)[number]>(
		[
			{ name: 'response', value: (r) => r.number },
			{ name: 'channel', value: (r) => r.channel },
			{ name: 'answered_on', value: (r) => r.answeredOn },
			...questions.map((q) => ({
				name: `q${q.position}`,
				value: (r: (typeof numbered)[number]) => answerCell(q, r.answers[q.id])
			}))
		],
		numbered
	);
	return { csv, shortCode: consultation.shortCode };
}

import type { AppContext } from '../context.js';
import { loadConsultation, loadQuestions, loadResponses, resultsAccess } from '../consultation-results/load.js';
import {
	participationBy,
	questionBreakdown,
	questionResult,
	textOf,
	type Breakdown,
	type QuestionResult
} from '#lib/domain/consultation-results.js';
import { DIMENSION_NAMES, type Dimension } from '#lib/domain/demographic-choices.js';
import type { Actor } from '#lib/domain/authorisation.js';

export function parseDimension(raw: string | null | undefined): Dimension | null {
	return DIMENSION_NAMES.find((d) => d === raw) ?? null;
}

/**
 * The results page of a consultation: per question the figures, and, for the dimension asked
 * for, the breakdown through disclosure control; participation by channel, and by gender and
 * age band (protected). Free-text answers only for staff: a sentence can name its author.
 */
export async function getConsultationResults(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { id: string; dimension: Dimension | null; now?: Date }
) {
	const consultation = await loadConsultation(ctx.db, input.id);
	if (!consultation) return { status: 'not_found' as const };
	const access = resultsAccess(consultation, actor, input.now ?? new Date());
	if (access === 'hidden') return { status: 'not_found' as const };
	if (access === 'not_yet') return { status: 'not_yet' as const, consultation };
	const isStaff = access === 'staff';
	const [questions, responses] = await Promise.all([
		loadQuestions(ctx.db, consultation.id),
		loadResponses(ctx.db, consultation.id)
	]);
	return {
		status: 'ok' as const,
		consultation,
		isStaff,
		dimension: input.dimension,
		questions: questions.map((q) => ({
			...q,
			result: questionResult(q, responses) as QuestionResult,
			breakdown: input.dimension ? (questionBreakdown(q, responses, input.dimension) as Breakdown | null) : null,
			texts:
				isStaff && q.kind === 'text'
					? responses.flatMap((r) => {
							const t = textOf(r.answers[q.id]);
							return t === null ? [] : [t];
						})
					: null
		})),
		participation: {
			total: responses.length,
			online: responses.filter((r) => r.channel === 'online').length,
			counter: responses.filter((r) => r.channel === 'counter').length,
			byGender: participationBy(responses, 'gender'),
			byAgeBand: participationBy(responses, 'ageBand')
		}
	};
}

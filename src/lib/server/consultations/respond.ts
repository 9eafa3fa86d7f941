/** The checks an answer goes through, online or at a counter. */
import type { Database } from '../db/client.js';
import { loadQuestions, quartiersOf } from './queries.js';
import { phaseOf } from '#lib/domain/consultation-form.js';
import { readDemographics, validateAnswers, type Answers } from '#lib/domain/consultation-answers.js';
import { toLocal } from '#lib/domain/zoned-time.js';
import type { FieldErrors } from '#lib/domain/account-forms.js';
import type { DemographicBlock } from '#lib/domain/demographic-choices.js';

/** Why a consultation takes no answers at an instant, or null when it is open. */
export function phaseRefusal(c: { status: string; opensAt: Date; closesAt: Date }, now: Date): string | null {
	const phase = phaseOf(c, now);
	return phase === 'open' ? null : phase === 'closed' ? 'CONSULTATION.CLOSED' : 'CONSULTATION.NOT_OPEN';
}

/** The answers and the demographic block as they will be stored, or every field's error. */
export async function checkedResponse(
	db: Pick<Database, 'select'>,
	c: { id: string; asksDemographics: boolean },
	values: Record<string, unknown>,
	now: Date
): Promise<
	| { ok: true; data: { answers: Answers; block: DemographicBlock | null; answeredOn: string } }
	| { ok: false; fieldErrors: FieldErrors }
> {
	const [questions, { timeZone }] = await Promise.all([loadQuestions(db, c.id), quartiersOf(db, c.id)]);
	const answers = validateAnswers(questions, values);
	const demographics = readDemographics(values, c.asksDemographics);
	if (!answers.ok || !demographics.ok)
		return {
			ok: false,
			fieldErrors: { ...(answers.ok ? {} : answers.fieldErrors), ...(demographics.ok ? {} : demographics.fieldErrors) }
		};
	// The day in the commune, never the time: see consultation_response.answered_on.
	return {
		ok: true,
		data: { answers: answers.answers, block: demographics.block, answeredOn: toLocal(now, timeZone).date }
	};
}

import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { loadConsultation, loadQuestions, quartierChoices, quartiersOf } from '../consultations/queries.js';
import { periodDates, phaseOf } from '#lib/domain/consultation-form.js';
import type { Actor } from '#lib/domain/authorisation.js';

/**
 * What the staff pages show: the quartiers to choose from and, for an existing consultation,
 * its values as the form takes them and its questions. Null when there is no such consultation.
 */
export async function getConsultationEditor(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { id: string | null; now?: Date }
) {
	assertAllowed(actor, 'consultation.manage');
	const quartiers = await quartierChoices(ctx.db);
	if (input.id === null) return { quartiers, consultation: null };
	const c = await loadConsultation(ctx.db, input.id);
	if (!c) return null;
	const [{ quartiers: chosen, timeZone }, questions] = await Promise.all([
		quartiersOf(ctx.db, c.id),
		loadQuestions(ctx.db, c.id)
	]);
	const dates = periodDates(c.opensAt, c.closesAt, timeZone);
	return {
		quartiers,
		consultation: {
			id: c.id,
			title: c.title,
			language: c.language,
			status: c.status,
			phase: phaseOf(c, input.now ?? new Date()),
			shortCode: c.shortCode,
			responseCount: c.responseCount,
			...dates,
			questionsLocked: c.responseCount > 0,
			values: {
				title: c.title,
				description: c.description,
				language: c.language,
				quartierIds: chosen.map((q) => q.id),
				...dates,
				answerMode: c.answerMode,
				asksDemographics: c.asksDemographics ? 'yes' : ''
			},
			questions: questions.map((q) => ({
				id: q.id,
				kind: q.kind,
				prompt: q.prompt,
				help: q.help,
				required: q.required,
				options: q.options,
				scaleMin: q.scaleMin,
				scaleMax: q.scaleMax,
				scaleMinLabel: q.scaleMinLabel,
				scaleMaxLabel: q.scaleMaxLabel
			}))
		}
	};
}

import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { loadConsultation, loadQuestions, quartiersOf } from '../consultations/queries.js';
import { consultationParticipation, demographicProfile } from '../db/schema.js';
import { periodDates, phaseOf } from '#lib/domain/consultation-form.js';
import { renderMarkdown } from '#lib/domain/markdown.js';
import { authorise, type Actor } from '#lib/domain/authorisation.js';
import type { DemographicBlock } from '#lib/domain/demographic-choices.js';

/**
 * A consultation's page: its text (sanitised), dates, how answers are kept, its questions, and
 * for the reader whether she has answered and her own demographic profile to prefill the block.
 * Drafts are only shown to staff (a preview). Null when there is nothing to show.
 */
export async function getConsultation(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { id: string; now?: Date }
) {
	const c = await loadConsultation(ctx.db, input.id);
	if (!c) return null;
	const canManage = authorise(actor, 'consultation.manage').allowed;
	if (c.status !== 'published' && !canManage) return null;
	const [{ quartiers, timeZone }, questions] = await Promise.all([
		quartiersOf(ctx.db, c.id),
		loadQuestions(ctx.db, c.id)
	]);
	let alreadyAnswered = false;
	let profile: DemographicBlock | null = null;
	if (actor) {
		const [participation] = await ctx.db
			.select({ userId: consultationParticipation.userId })
			.from(consultationParticipation)
			.where(
				and(eq(consultationParticipation.consultationId, c.id), eq(consultationParticipation.userId, actor.userId))
			);
		alreadyAnswered = participation !== undefined;
		if (c.asksDemographics && !alreadyAnswered) {
			// Only its owner reads her profile; it just fills the block in, she can still change it.
			const [row] = await ctx.db.select().from(demographicProfile).where(eq(demographicProfile.userId, actor.userId));
			if (row)
				profile = {
					gender: row.gender,
					ageBand: row.ageBand,
					singleParent: row.singleParent,
					employment: row.employment,
					childrenUnder3: row.childrenUnder3,
					childrenUnder12: row.childrenUnder12
				} as DemographicBlock;
		}
	}
	return {
		id: c.id,
		title: c.title,
		descriptionHtml: renderMarkdown(c.description),
		language: c.language,
		status: c.status,
		phase: phaseOf(c, input.now ?? new Date()),
		answerMode: c.answerMode as 'anonymous' | 'signed',
		asksDemographics: c.asksDemographics,
		shortCode: c.shortCode,
		responseCount: c.responseCount,
		...periodDates(c.opensAt, c.closesAt, timeZone),
		quartiers,
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
		})),
		alreadyAnswered,
		profile,
		canManage
	};
}

export type ConsultationPage = NonNullable<Awaited<ReturnType<typeof getConsultation>>>;

import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { lockQuestionsForEditing, refusable } from '../consultations/write.js';
import { consultationQuestion } from '../db/schema.js';
import type { Actor } from '#lib/domain/authorisation.js';

/** Staff remove a question from a consultation nobody has answered yet. */
export async function removeConsultationQuestion(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { consultationId: string; questionId: string }
) {
	assertAllowed(actor, 'consultation.manage');
	return refusable(() =>
		ctx.db.transaction(async (tx) => {
			await lockQuestionsForEditing(tx, input.consultationId);
			// Positions keep their gaps: order is all they say.
			await tx
				.delete(consultationQuestion)
				.where(
					and(
						eq(consultationQuestion.id, input.questionId),
						eq(consultationQuestion.consultationId, input.consultationId)
					)
				);
		})
	);
}

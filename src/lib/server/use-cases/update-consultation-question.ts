import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { lockQuestionsForEditing, refusable, Refusal } from '../consultations/write.js';
import { consultationQuestion } from '../db/schema.js';
import { questionFields, questionForm } from '#lib/domain/consultation-form.js';
import { parseForm } from '#lib/domain/account-forms.js';
import type { Actor } from '#lib/domain/authorisation.js';

/** Staff rewrite one question, as long as nobody has answered the consultation. */
export async function updateConsultationQuestion(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { consultationId: string; questionId: string; values: Record<string, unknown> }
) {
	assertAllowed(actor, 'consultation.manage');
	const form = parseForm(questionForm, input.values);
	if (!form.ok) return form;
	return refusable(() =>
		ctx.db.transaction(async (tx) => {
			await lockQuestionsForEditing(tx, input.consultationId);
			const updated = await tx
				.update(consultationQuestion)
				.set(questionFields(form.data))
				.where(
					and(
						eq(consultationQuestion.id, input.questionId),
						eq(consultationQuestion.consultationId, input.consultationId)
					)
				)
				.returning({ id: consultationQuestion.id });
			if (updated.length === 0) throw new Refusal('form', 'NOT_FOUND');
		})
	);
}

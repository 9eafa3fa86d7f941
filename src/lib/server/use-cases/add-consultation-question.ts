import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { lockQuestionsForEditing, refusable } from '../consultations/write.js';
import { consultationQuestion } from '../db/schema.js';
import { questionFields, questionForm } from '#lib/domain/consultation-form.js';
import { parseForm } from '#lib/domain/account-forms.js';
import type { Actor } from '#lib/domain/authorisation.js';

/** Staff add a question at the end of a consultation that nobody has answered yet. */
export async function addConsultationQuestion(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	consultationId: string,
	values: Record<string, unknown>
) {
	assertAllowed(actor, 'consultation.manage');
	const form = parseForm(questionForm, values);
	if (!form.ok) return form;
	return refusable(() =>
		ctx.db.transaction(async (tx) => {
			await lockQuestionsForEditing(tx, consultationId);
			const [last] = await tx
				.select({ max: sql<number | null>`max(${consultationQuestion.position})` })
				.from(consultationQuestion)
				.where(eq(consultationQuestion.consultationId, consultationId));
			const id = randomUUID();
			await tx
				.insert(consultationQuestion)
				.values({ id, consultationId, position: (last?.max ?? 0) + 1, ...questionFields(form.data) });
			return id;
		})
	);
}

import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { lockQuestionsForEditing, refusable, Refusal } from '../consultations/write.js';
import { loadQuestions } from '../consultations/queries.js';
import { consultationQuestion } from '../db/schema.js';
import type { Actor } from '#lib/domain/authorisation.js';

/** Staff move a question one place up or down (a button per direction: no JavaScript needed). */
export async function moveConsultationQuestion(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { consultationId: string; questionId: string; direction: 'up' | 'down' }
) {
	assertAllowed(actor, 'consultation.manage');
	return refusable(() =>
		ctx.db.transaction(async (tx) => {
			await lockQuestionsForEditing(tx, input.consultationId);
			const questions = await loadQuestions(tx, input.consultationId);
			const i = questions.findIndex((q) => q.id === input.questionId);
			if (i < 0) throw new Refusal('form', 'NOT_FOUND');
			const j = input.direction === 'up' ? i - 1 : i + 1;
			const a = questions[i]!;
			const b = questions[j];
			if (!b) return;
			// (consultation, position) is unique: park one question on a free position while swapping.
			const parked = Math.max(...questions.map((q) => q.position)) + 1;
			await tx.update(consultationQuestion).set({ position: parked }).where(eq(consultationQuestion.id, a.id));
			await tx.update(consultationQuestion).set({ position: a.position }).where(eq(consultationQuestion.id, b.id));
			await tx.update(consultationQuestion).set({ position: b.position }).where(eq(consultationQuestion.id, a.id));
		})
	);
}

import { count, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { lockConsultation, refusable, Refusal } from '../consultations/write.js';
import { consultation, consultationQuestion } from '../db/schema.js';
import type { Actor } from '#lib/domain/authorisation.js';

/**
 * Staff publish a draft: residents see it (and can answer it between its dates). A consultation
 * already over cannot be published: nobody could answer it, and it would list as closed.
 */
export async function publishConsultation(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	id: string,
	now: Date = new Date()
) {
	assertAllowed(actor, 'consultation.manage');
	return refusable(() =>
		ctx.db.transaction(async (tx) => {
			const current = await lockConsultation(tx, id);
			if (!current) throw new Refusal('form', 'NOT_FOUND');
			if (current.status === 'published') return;
			if (current.closesAt.getTime() <= now.getTime()) throw new Refusal('form', 'CONSULTATION.ALREADY_OVER');
			const [questions] = await tx
				.select({ n: count() })
				.from(consultationQuestion)
				.where(eq(consultationQuestion.consultationId, id));
			if (!questions?.n) throw new Refusal('form', 'CONSULTATION.NO_QUESTIONS');
			await tx.update(consultation).set({ status: 'published', updatedAt: new Date() }).where(eq(consultation.id, id));
		})
	);
}

/** Writes shared by the consultation use cases; each runs inside its caller's transaction. */
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import {
	consultation,
	consultationParticipation,
	consultationQuartier,
	consultationResponse,
	responseDemographics
} from '../db/schema.js';
import { consultationPeriod, type ConsultationForm } from '#lib/domain/consultation-form.js';
import type { Answers } from '#lib/domain/consultation-answers.js';
import type { DemographicBlock } from '#lib/domain/demographic-choices.js';

/** Thrown inside a transaction to roll it back and answer the person with a stable code. */
export class Refusal extends Error {
	constructor(
		readonly field: string,
		readonly code: string
	) {
		super(code);
		this.name = 'Refusal';
	}
}

/** Runs a transaction; a Refusal rolls it back and becomes the form's failure. */
export async function refusable<T>(
	run: () => Promise<T>
): Promise<{ ok: true; value: T } | { ok: false; fieldErrors: Record<string, string> }> {
	try {
		return { ok: true, value: await run() };
	} catch (e) {
		if (e instanceof Refusal) return { ok: false, fieldErrors: { [e.field]: e.code } };
		throw e;
	}
}

export async function writeConsultation(
	tx: Database,
	id: string,
	form: ConsultationForm,
	timeZone: string,
	extra: { createdBy: string; shortCode: string } | null
) {
	const fields = {
		title: form.title,
		description: form.description,
		language: form.language,
		answerMode: form.answerMode,
		asksDemographics: form.asksDemographics,
		...consultationPeriod(form.opensOn, form.closesOn, timeZone)
	};
	if (extra) await tx.insert(consultation).values({ id, ...fields, ...extra });
	else
		await tx
			.update(consultation)
			.set({ ...fields, updatedAt: new Date() })
			.where(eq(consultation.id, id));
	await tx.delete(consultationQuartier).where(eq(consultationQuartier.consultationId, id));
	await tx
		.insert(consultationQuartier)
		.values(form.quartierIds.map((quartierId) => ({ consultationId: id, quartierId })));
}

/**
 * Locks the consultation row for the rest of the transaction and returns it. Answers and
 * question edits both take this lock, so "no question changes once a response exists" holds
 * even when a first answer and an edit arrive together.
 */
export async function lockConsultation(tx: Database, id: string) {
	const [row] = await tx.select().from(consultation).where(eq(consultation.id, id)).for('update');
	return row ?? null;
}

/** Locks the consultation and refuses when its questions may no longer change. */
export async function lockQuestionsForEditing(tx: Database, id: string) {
	const row = await lockConsultation(tx, id);
	if (!row) throw new Refusal('form', 'NOT_FOUND');
	if (row.responseCount > 0) throw new Refusal('form', 'CONSULTATION.QUESTIONS_LOCKED');
	return row;
}

/**
 * Stores one response with its optional demographic block and counts it. Online, the
 * participation row (primary key: one per account) is inserted first: a second attempt,
 * even at the same instant, inserts nothing and is refused. In an anonymous consultation the
 * response carries no account, and only a day, so nothing joins it to the participation row.
 */
export async function storeResponse(
	tx: Database,
	input: {
		consultationId: string;
		respondent: { userId: string; signed: boolean } | null;
		recordedBy: string | null;
		answeredOn: string;
		answers: Answers;
		block: DemographicBlock | null;
	}
): Promise<string> {
	if (input.respondent) {
		const inserted = await tx
			.insert(consultationParticipation)
			.values({ consultationId: input.consultationId, userId: input.respondent.userId })
			.onConflictDoNothing()
			.returning({ userId: consultationParticipation.userId });
		if (inserted.length === 0) throw new Refusal('form', 'CONSULTATION.ALREADY_ANSWERED');
	}
	const id = randomUUID();
	await tx.insert(consultationResponse).values({
		id,
		consultationId: input.consultationId,
		userId: input.respondent?.signed ? input.respondent.userId : null,
		channel: input.respondent ? 'online' : 'counter',
		recordedBy: input.recordedBy,
		answeredOn: input.answeredOn,
		answers: input.answers
	});
	if (input.block) await tx.insert(responseDemographics).values({ responseId: id, ...input.block });
	await tx
		.update(consultation)
		.set({ responseCount: sql`${consultation.responseCount} + 1` })
		.where(eq(consultation.id, input.consultationId));
	return id;
}

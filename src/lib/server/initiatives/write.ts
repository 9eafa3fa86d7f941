/** Validation against the database and the write itself, shared by creating and editing. */
import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import {
	initiative,
	initiativeQuartier,
	initiativeRoom,
	initiativeTranslation,
	organisation,
	practice
} from '../db/schema.js';
import { allIn, quartierChoices, roomChoices } from './queries.js';
import { translationsOf, type InitiativeForm } from '#lib/domain/initiative-form.js';
import type { FieldErrors } from '#lib/domain/account-forms.js';

/** Checks that the practice, quartiers and rooms chosen are ones the form could offer. */
export async function checkReferences(db: Database, form: InitiativeForm): Promise<FieldErrors | null> {
	const [org] = await db
		.select({ id: organisation.id, communeId: organisation.communeId })
		.from(organisation)
		.where(eq(organisation.id, form.organisationId));
	if (!org) return { organisationId: 'NOT_FOUND' };
	const [p] = await db
		.select({ id: practice.id })
		.from(practice)
		.where(and(eq(practice.id, form.practiceId), eq(practice.status, 'published')));
	const errors: FieldErrors = {};
	if (!p) errors.practiceId = 'CHOICE.INVALID';
	const quartiers = await quartierChoices(db, org);
	if (!allIn(form.quartierIds, quartiers)) errors.quartierIds = 'CHOICE.INVALID';
	const communes = [...new Set(quartiers.map((q) => q.communeId))];
	if (form.roomIds.length > 0 && !allIn(form.roomIds, await roomChoices(db, communes)))
		errors.roomIds = 'CHOICE.INVALID';
	return Object.keys(errors).length > 0 ? errors : null;
}

/** Writes the initiative and replaces its quartiers, rooms and translations; call inside a transaction. */
export async function writeInitiative(tx: Database, id: string, form: InitiativeForm, userId: string, isNew: boolean) {
	const fields = {
		practiceId: form.practiceId,
		title: form.title,
		summary: form.summary,
		status: form.status,
		schedule: form.schedule,
		howToJoin: form.howToJoin,
		contactEmail: form.contactEmail,
		contactPhone: form.contactPhone,
		website: form.website,
		startedOn: form.startedOn,
		updatedAt: new Date()
	};
	if (isNew)
		await tx.insert(initiative).values({ id, organisationId: form.organisationId, createdBy: userId, ...fields });
	else await tx.update(initiative).set(fields).where(eq(initiative.id, id));

	await tx.delete(initiativeQuartier).where(eq(initiativeQuartier.initiativeId, id));
	await tx.insert(initiativeQuartier).values(form.quartierIds.map((quartierId) => ({ initiativeId: id, quartierId })));
	await tx.delete(initiativeRoom).where(eq(initiativeRoom.initiativeId, id));
	if (form.roomIds.length > 0)
		await tx.insert(initiativeRoom).values(form.roomIds.map((roomId) => ({ initiativeId: id, roomId })));
	await tx.delete(initiativeTranslation).where(eq(initiativeTranslation.initiativeId, id));
	const translations = translationsOf(form);
	if (translations.length > 0)
		await tx.insert(initiativeTranslation).values(translations.map((t) => ({ initiativeId: id, ...t })));
}

/** Reads and checks shared by the consultation use cases. */
import { asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { commune, consultation, consultationQuartier, consultationQuestion, quartier } from '../db/schema.js';
import type { FieldErrors } from '#lib/domain/account-forms.js';

type Reader = Pick<Database, 'select'>;

/** Every quartier staff may open a consultation for, by commune then name. */
export async function quartierChoices(db: Reader) {
	return db
		.select({ id: quartier.id, name: quartier.name, communeId: commune.id, communeName: commune.name })
		.from(quartier)
		.innerJoin(commune, eq(commune.id, quartier.communeId))
		.orderBy(asc(commune.name), asc(quartier.name));
}

/**
 * The time zone a consultation's dates are read in: its quartiers' commune. The chosen quartiers
 * must exist and lie in one commune, so that "closes on the 31st" means one instant.
 */
export async function zoneOfQuartiers(
	db: Reader,
	quartierIds: readonly string[]
): Promise<{ ok: true; timeZone: string } | { ok: false; fieldErrors: FieldErrors }> {
	const rows = await db
		.select({ id: quartier.id, communeId: commune.id, timeZone: commune.timeZone })
		.from(quartier)
		.innerJoin(commune, eq(commune.id, quartier.communeId))
		.where(inArray(quartier.id, [...quartierIds]));
	if (rows.length !== quartierIds.length)
		return { ok: false, fieldErrors: { quartierIds: 'CONSULTATION.QUARTIER_UNKNOWN' } };
	if (new Set(rows.map((r) => r.communeId)).size > 1)
		return { ok: false, fieldErrors: { quartierIds: 'CONSULTATION.QUARTIERS_ONE_COMMUNE' } };
	return { ok: true, timeZone: rows[0]!.timeZone };
}

/** The consultation's quartiers, and its commune's time zone (Paris when it has none yet). */
export async function quartiersOf(db: Reader, consultationId: string) {
	const rows = await db
		.select({ id: quartier.id, name: quartier.name, timeZone: commune.timeZone })
		.from(consultationQuartier)
		.innerJoin(quartier, eq(quartier.id, consultationQuartier.quartierId))
		.innerJoin(commune, eq(commune.id, quartier.communeId))
		.where(eq(consultationQuartier.consultationId, consultationId))
		.orderBy(asc(quartier.name));
	return {
		quartiers: rows.map(({ id, name }) => ({ id, name })),
		timeZone: rows[0]?.timeZone ?? 'Europe/Paris'
	};
}

export async function loadConsultation(db: Reader, id: string) {
	const [row] = await db.select().from(consultation).where(eq(consultation.id, id));
	return row ?? null;
}

export type LoadedConsultation = NonNullable<Awaited<ReturnType<typeof loadConsultation>>>;

export async function loadQuestions(db: Reader, consultationId: string) {
	return db
		.select()
		.from(consultationQuestion)
		.where(eq(consultationQuestion.consultationId, consultationId))
		.orderBy(asc(consultationQuestion.position));
}

export type LoadedQuestion = Awaited<ReturnType<typeof loadQuestions>>[number];

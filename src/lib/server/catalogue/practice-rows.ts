/**
 * Reading and writing a practice with its translations: shared by the catalogue's use cases,
 * which each check access themselves before calling these.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { practice, practiceTranslation } from '../db/schema.js';
import type { PracticeInput, PracticeReference, PracticeTranslationInput } from '#lib/domain/practice-form.js';
import type { KitchenLevel, Public, TimeWindow } from '#lib/domain/vocabulary.js';
import type { ThemeCode } from '#lib/domain/themes.js';

export type PracticeRow = typeof practice.$inferSelect;
export type TranslationRow = typeof practiceTranslation.$inferSelect;

/** A database transaction or the database itself. */
type Db = Pick<Database, 'select' | 'insert' | 'update' | 'delete'>;

export async function translationsOf(db: Db, practiceIds: string[], locale?: string): Promise<TranslationRow[]> {
	if (practiceIds.length === 0) return [];
	const where = inArray(practiceTranslation.practiceId, practiceIds);
	return db
		.select()
		.from(practiceTranslation)
		.where(locale ? and(where, eq(practiceTranslation.locale, locale)) : where);
}

/** The columns of a practice, from a checked form. */
export function practiceColumns(input: PracticeInput) {
	const { translations: _translations, ...fields } = input;
	return fields;
}

/** Replaces the English and Arabic texts: a language left empty in the form is removed. */
export async function writeTranslations(db: Db, practiceId: string, translations: PracticeInput['translations']) {
	for (const locale of ['en', 'ar'] as const) {
		const t = translations[locale];
		await db
			.delete(practiceTranslation)
			.where(and(eq(practiceTranslation.practiceId, practiceId), eq(practiceTranslation.locale, locale)));
		if (t) await db.insert(practiceTranslation).values({ practiceId, locale, ...t });
	}
}

/** A stored practice as its form's input (the edit page). */
export function practiceInput(row: PracticeRow, translations: TranslationRow[]): PracticeInput {
	const t = (locale: string): PracticeTranslationInput | null => {
		const found = translations.find((x) => x.locale === locale);
		return found ? { title: found.title, summary: found.summary, description: found.description } : null;
	};
	return {
		title: row.title,
		summary: row.summary,
		description: row.description,
		themes: row.themes as ThemeCode[],
		publics: row.publics as Public[],
		needsAnswered: row.needsAnswered,
		minAreaM2: row.minAreaM2,
		kitchenLevel: row.kitchenLevel as KitchenLevel,
		toilets: row.toilets,
		childToilets: row.childToilets,
		changingTable: row.changingTable,
		storageM2: row.storageM2,
		outdoorM2: row.outdoorM2,
		stepFree: row.stepFree,
		vanAccess: row.vanAccess,
		waterPoint: row.waterPoint,
		sessionsPerWeek: row.sessionsPerWeek,
		sessionMinutes: row.sessionMinutes,
		preferredWindows: row.preferredWindows as TimeWindow[],
		staff: row.staff,
		volunteers: row.volunteers,
		setupCostMin: row.setupCostMin,
		setupCostMax: row.setupCostMax,
		yearlyCostMin: row.yearlyCostMin,
		yearlyCostMax: row.yearlyCostMax,
		impactIndicators: row.impactIndicators,
		references: row.references as PracticeReference[],
		translations: { en: t('en'), ar: t('ar') }
	};
}

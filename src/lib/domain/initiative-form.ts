/**
 * The initiative form: what an organisation says about a practice it runs — where, when, how
 * to join, whom to contact — in French, with optional English and Arabic versions.
 */
import { z } from 'zod';
import { idList, oneOf, optionalDate, optionalEmail, optionalPhone, optionalUrl, text } from './form-fields.js';
import { INITIATIVE_STATUSES } from './vocabulary.js';

/** Languages an initiative can be translated into (French is the text itself). */
export const INITIATIVE_TRANSLATIONS = ['en', 'ar'] as const;
export type TranslationLocale = (typeof INITIATIVE_TRANSLATIONS)[number];

export const LIST_FIELDS = ['quartierIds', 'roomIds'] as const;

const translated = {
	title: () => text(120, { optional: true }),
	summary: () => text(600, { optional: true }),
	schedule: () => text(500, { optional: true }),
	howToJoin: () => text(1000, { optional: true })
};

export const initiativeForm = z
	.object({
		organisationId: z.string({ error: 'FIELD.REQUIRED' }).min(1, 'FIELD.REQUIRED'),
		practiceId: z.string({ error: 'FIELD.REQUIRED' }).min(1, 'FIELD.REQUIRED'),
		title: text(120, { min: 3 }),
		summary: text(600, { optional: true }),
		status: oneOf(INITIATIVE_STATUSES),
		schedule: text(500, { optional: true }),
		howToJoin: text(1000, { optional: true }),
		contactEmail: optionalEmail,
		contactPhone: optionalPhone,
		website: optionalUrl,
		startedOn: optionalDate,
		quartierIds: idList.refine((ids) => ids.length > 0, 'INITIATIVE.QUARTIER_REQUIRED'),
		roomIds: idList,
		title_en: translated.title(),
		summary_en: translated.summary(),
		schedule_en: translated.schedule(),
		howToJoin_en: translated.howToJoin(),
		title_ar: translated.title(),
		summary_ar: translated.summary(),
		schedule_ar: translated.schedule(),
		howToJoin_ar: translated.howToJoin()
	})
	.superRefine((form, ctx) => {
		// A translation without its title would show an untitled page in that language.
		for (const locale of INITIATIVE_TRANSLATIONS) {
			const rest = [form[`summary_${locale}`], form[`schedule_${locale}`], form[`howToJoin_${locale}`]];
			if (!form[`title_${locale}`] && rest.some((v) => v))
				ctx.addIssue({ code: 'custom', path: [`title_${locale}`], message: 'TRANSLATION.TITLE_REQUIRED' });
		}
	});

export type InitiativeForm = z.infer<typeof initiativeForm>;

export interface InitiativeTranslation {
	locale: TranslationLocale;
	title: string;
	summary: string;
	schedule: string;
	howToJoin: string;
}

/** The translations the form carries (those with a title). */
export function translationsOf(form: InitiativeForm): InitiativeTranslation[] {
	return INITIATIVE_TRANSLATIONS.filter((locale) => form[`title_${locale}`]).map((locale) => ({
		locale,
		title: form[`title_${locale}`],
		summary: form[`summary_${locale}`],
		schedule: form[`schedule_${locale}`],
		howToJoin: form[`howToJoin_${locale}`]
	}));
}

/**
 * The opt-in demographic block of the residents' voice: what may be asked, and how a form's
 * fields become a block. Every answer may be left empty ("prefer not to say").
 *
 * By design there is no ethnicity, nationality, religion or origin here, and no way to add one:
 * French law forbids collecting them (loi Informatique et Libertés, art. 6; Conseil
 * constitutionnel 2007-557 DC). The database refuses any other value too (migration 0006).
 */
import { z } from 'zod';

// The choices live in demographic-choices.ts, without zod, for the pages.
import {
	GENDERS,
	AGE_BANDS,
	EMPLOYMENT_SITUATIONS,
	type DemographicBlock,
	type Dimension
} from './demographic-choices.js';

export const EMPTY_BLOCK: DemographicBlock = {
	gender: null,
	ageBand: null,
	singleParent: null,
	employment: null,
	childrenUnder3: null,
	childrenUnder12: null
};

/** The category of a block along a dimension, or null when that answer was not given. */
export function categoryOf(block: DemographicBlock, dimension: Dimension): string | null {
	const value = block[dimension];
	if (value === null) return null;
	if (typeof value === 'boolean') return value ? 'yes' : 'no';
	return value;
}

const emptyToNull = (v: unknown) => (v === '' || v === undefined ? null : v);
const choice = <T extends string>(list: readonly [T, ...T[]]) =>
	z.preprocess(emptyToNull, z.enum(list, { error: 'CHOICE.INVALID' }).nullable());
/** Radio buttons "yes" / "no" / nothing ticked. */
const yesNo = z.preprocess(
	emptyToNull,
	z
		.enum(['yes', 'no'], { error: 'CHOICE.INVALID' })
		.nullable()
		.transform((v) => (v === null ? null : v === 'yes'))
);

/**
 * The block's form fields (names `gender`, `ageBand`, `singleParent`, `employment`,
 * `childrenUnder3`, `childrenUnder12`; yes/no ones as 'yes' | 'no'). Consent is asked by the
 * form that carries the block (`demographicsConsent`), not here.
 */
export const demographicBlockForm = z.object({
	gender: choice(GENDERS),
	ageBand: choice(AGE_BANDS),
	singleParent: yesNo,
	employment: choice(EMPLOYMENT_SITUATIONS),
	childrenUnder3: yesNo,
	childrenUnder12: yesNo
});

/** True when nothing at all was given: then no block is stored. */
export function isEmptyBlock(block: DemographicBlock): boolean {
	return Object.values(block).every((v) => v === null);
}

/**
 * Words a question of a consultation may not ask about (French law). Staff writing a question
 * get a clear refusal rather than a silent filter; compared without accents and case.
 */
export const FORBIDDEN_TOPICS = [
	'ethnie',
	'ethnique',
	'ethnicite',
	'race',
	'racial',
	'nationalite',
	'religion',
	'religieux',
	'religieuse',
	'confession',
	'origine',
	'origines',
	'pays de naissance',
	'ethnicity',
	'ethnic',
	'nationality',
	'religious',
	'country of birth',
	'origin',
	'عرق',
	'عرقي',
	'جنسية',
	'الجنسية',
	'دين',
	'الدين',
	'ديانة',
	'أصل',
	'الأصل'
] as const;

function fold(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The forbidden topic a question's text asks about, if any (whole words only). */
export function forbiddenTopicIn(text: string): string | null {
	const folded = ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
	for (const topic of FORBIDDEN_TOPICS) {
		if (folded.includes(` ${fold(topic)} `)) return topic;
	}
	return null;
}

/**
 * The choices of the opt-in demographic block (demographics.ts explains what may be asked and
 * why nothing else), without its zod schema: the consultation pages show these choices, and
 * must not bring zod to a resident's phone for it (issue 8).
 */

export const GENDERS = ['woman', 'man', 'other'] as const;
export const AGE_BANDS = ['15-24', '25-34', '35-49', '50-64', '65+'] as const;
export const EMPLOYMENT_SITUATIONS = [
	'full_time',
	'part_time',
	'job_seeker',
	'in_training',
	'at_home',
	'retired',
	'student'
] as const;

export type Gender = (typeof GENDERS)[number];
export type AgeBand = (typeof AGE_BANDS)[number];
export type EmploymentSituation = (typeof EMPLOYMENT_SITUATIONS)[number];

export interface DemographicBlock {
	gender: Gender | null;
	ageBand: AgeBand | null;
	singleParent: boolean | null;
	employment: EmploymentSituation | null;
	childrenUnder3: boolean | null;
	childrenUnder12: boolean | null;
}

/** The consent checkbox of the demographic block: the resident's own online, "the person agreed" at a counter. */
export const CONSENT_FIELD = 'demographicsConsent';

/**
 * The dimensions results may be broken down by, each with its categories in display order.
 * Yes/no questions are categories 'yes' and 'no'; an empty answer is in no category.
 */
export const DIMENSIONS = {
	gender: GENDERS,
	ageBand: AGE_BANDS,
	singleParent: ['yes', 'no'],
	employment: EMPLOYMENT_SITUATIONS,
	childrenUnder3: ['yes', 'no'],
	childrenUnder12: ['yes', 'no']
} as const satisfies Record<keyof DemographicBlock, readonly string[]>;

export type Dimension = keyof typeof DIMENSIONS;
export const DIMENSION_NAMES = Object.keys(DIMENSIONS) as Dimension[];

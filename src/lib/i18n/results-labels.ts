/** Names of the demographic dimensions and their categories, for the results and the profile. */
import * as m from '#lib/paraglide/messages.js';
import type { Dimension } from '#lib/domain/demographic-choices.js';

const DIMENSION_LABELS: Record<Dimension, () => string> = {
	gender: m.results_dimension_gender,
	ageBand: m.results_dimension_ageBand,
	singleParent: m.results_dimension_singleParent,
	employment: m.results_dimension_employment,
	childrenUnder3: m.results_dimension_childrenUnder3,
	childrenUnder12: m.results_dimension_childrenUnder12
};

const CATEGORY_LABELS: Record<string, () => string> = {
	woman: m.results_category_woman,
	man: m.results_category_man,
	other: m.results_category_other,
	yes: m.results_category_yes,
	no: m.results_category_no,
	not_stated: m.results_category_not_stated,
	'15-24': m.results_age_15_24,
	'25-34': m.results_age_25_34,
	'35-49': m.results_age_35_49,
	'50-64': m.results_age_50_64,
	'65+': m.results_age_65,
	full_time: m.results_employment_full_time,
	part_time: m.results_employment_part_time,
	job_seeker: m.results_employment_job_seeker,
	in_training: m.results_employment_in_training,
	at_home: m.results_employment_at_home,
	retired: m.results_employment_retired,
	student: m.results_employment_student
};

/** A person's own gender in a form ("Femme"), rather than a column of results ("Femmes"). */
const GENDER_LABELS: Record<string, () => string> = {
	woman: m.results_gender_woman,
	man: m.results_gender_man,
	other: m.results_gender_other
};

export const dimensionLabel = (d: Dimension): string => DIMENSION_LABELS[d]();
export const categoryLabel = (code: string): string => CATEGORY_LABELS[code]?.() ?? code;
export const genderLabel = (code: string): string => GENDER_LABELS[code]?.() ?? code;

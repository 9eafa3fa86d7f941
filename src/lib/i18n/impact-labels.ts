/** Names of the impact reports' categories in the reader's language. */
import * as m from '#lib/paraglide/messages.js';
import type { ImpactAgeBand, ImpactSex } from '#lib/domain/impact-report.js';

const SEX_LABELS: Record<ImpactSex, () => string> = {
	woman: m.impact_sex_woman,
	man: m.impact_sex_man,
	other: m.impact_sex_other,
	unknown: m.impact_sex_unknown
};

export const sexLabel = (sex: ImpactSex): string => SEX_LABELS[sex]();
export const ageBandLabel = (band: ImpactAgeBand): string =>
	band === 'unknown' ? m.impact_age_unknown() : m.impact_age_band({ band });

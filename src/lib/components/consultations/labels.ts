/** Interface words of the consultation pages, in the reader's language. */
import * as m from '#lib/paraglide/messages.js';
import type { Phase } from '#lib/domain/consultation-form.js';

const ANSWER_MODES: Record<string, () => string> = {
	anonymous: m.consultations_mode_anonymous,
	signed: m.consultations_mode_signed
};
export const answerModeLabel = (mode: string) => (ANSWER_MODES[mode] ?? (() => mode))();

const LANGUAGES: Record<string, () => string> = {
	fr: m.consultations_language_fr,
	en: m.consultations_language_en,
	ar: m.consultations_language_ar
};
export const languageLabel = (locale: string) => (LANGUAGES[locale] ?? (() => locale))();

const PHASES: Record<Phase, () => string> = {
	draft: m.consultations_phase_draft,
	upcoming: m.consultations_phase_upcoming,
	open: m.consultations_phase_open,
	closed: m.consultations_phase_closed
};
export const phaseLabel = (phase: Phase) => PHASES[phase]();

const KINDS: Record<string, () => string> = {
	single: m.consultations_kind_single,
	multiple: m.consultations_kind_multiple,
	scale: m.consultations_kind_scale,
	ranking: m.consultations_kind_ranking,
	text: m.consultations_kind_text
};
export const kindLabel = (kind: string) => (KINDS[kind] ?? (() => kind))();

const GENDERS: Record<string, () => string> = {
	woman: m.consultations_gender_woman,
	man: m.consultations_gender_man,
	other: m.consultations_gender_other
};
export const genderLabel = (g: string) => (GENDERS[g] ?? (() => g))();

const EMPLOYMENT: Record<string, () => string> = {
	full_time: m.consultations_employment_full_time,
	part_time: m.consultations_employment_part_time,
	job_seeker: m.consultations_employment_job_seeker,
	in_training: m.consultations_employment_in_training,
	at_home: m.consultations_employment_at_home,
	retired: m.consultations_employment_retired,
	student: m.consultations_employment_student
};
export const employmentLabel = (e: string) => (EMPLOYMENT[e] ?? (() => e))();

export const ageBandLabel = (band: string) =>
	band === '65+'
		? m.consultations_age_65_plus()
		: m.consultations_age_band({ from: band.split('-')[0]!, to: band.split('-')[1]! });

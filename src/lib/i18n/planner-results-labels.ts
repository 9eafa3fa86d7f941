/** The planner's results in words and numbers, in the reader's language. */
import * as m from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import type { CandidateUpgrade, Plan, RunProgress, UnmetReason } from '#lib/domain/planner/problem.js';
import type { EquipmentField } from '#lib/domain/planner/results.js';
import type { RoomEquipment } from '#lib/domain/vocabulary.js';
import { kitchenLabel } from './labels.js';
import { upgradeLabel } from './planner-labels.js';

/** Western digits in Arabic too, as the rest of the site writes times and figures. */
const numberLocale = () => (getLocale() === 'ar' ? 'ar-u-nu-latn' : getLocale());

export function euros(value: number): string {
	return new Intl.NumberFormat(numberLocale(), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(
		value
	);
}

export function percent(ratio: number, digits = 0): string {
	return new Intl.NumberFormat(numberLocale(), { style: 'percent', maximumFractionDigits: digits }).format(ratio);
}

export function decimal(value: number, digits = 1): string {
	return new Intl.NumberFormat(numberLocale(), { maximumFractionDigits: digits }).format(value);
}

/**
 * A bought upgrade as the editor words it ("+8 m² (extension)", "Kitchen: full"), then the
 * planner's own label when she typed one: the label is optional, so alone it may say nothing.
 */
export function boughtUpgradeLabel(u: Pick<CandidateUpgrade, 'kind' | 'amountM2' | 'kitchenLevel' | 'label'>): string {
	const described = upgradeLabel(u);
	const own = u.label.trim();
	return own && own !== described ? m.plannerresults_upgrade_with_label({ upgrade: described, label: own }) : described;
}

/** A gap as a percentage with enough precision to tell 0.4 % from 0 %. */
export function gapText(gap: number | null): string {
	return gap === null ? m.plannerresults_gap_unknown() : percent(gap, gap < 0.1 ? 2 : 1);
}

/** The plan's status in a full sentence (or two, when an accepted gap is worth saying). */
export function planStatusSentence(plan: Pick<Plan, 'status' | 'gap'>): string {
	switch (plan.status) {
		case 'optimal':
			return plan.gap && plan.gap > 0
				? `${m.plannerresults_status_optimal()} ${m.plannerresults_status_optimal_gap({ gap: gapText(plan.gap) })}`
				: m.plannerresults_status_optimal();
		case 'time_limit':
			return plan.gap === null
				? m.plannerresults_status_time_limit_unknown()
				: m.plannerresults_status_time_limit({ gap: gapText(plan.gap) });
		default:
			return m.plannerresults_status_greedy();
	}
}

export function planStatusShort(plan: Pick<Plan, 'status' | 'gap'>): string {
	if (plan.status === 'optimal') return m.plannerresults_status_short_optimal();
	if (plan.status === 'time_limit') return m.plannerresults_status_short_time_limit({ gap: gapText(plan.gap) });
	return m.plannerresults_status_short_greedy();
}

const PHASES: Record<RunProgress['phase'], () => string> = {
	queued: m.plannerresults_phase_queued,
	building: m.plannerresults_phase_building,
	solving: m.plannerresults_phase_solving,
	checking: m.plannerresults_phase_checking
};
export function phaseLabel(phase: string): string {
	return (PHASES[phase as RunProgress['phase']] ?? m.plannerresults_phase_queued)();
}

const REASONS: Record<UnmetReason, () => string> = {
	no_room_fits: m.plannerresults_reason_no_room_fits,
	budget: m.plannerresults_reason_budget,
	window_clash: m.plannerresults_reason_window_clash,
	room_busy: m.plannerresults_reason_room_busy,
	itinerant_quartiers: m.plannerresults_reason_itinerant_quartiers,
	days: m.plannerresults_reason_days
};
export function unmetReasonLabel(reason: string): string {
	return (REASONS[reason as UnmetReason] ?? m.plannerresults_reason_room_busy)();
}

const FIELDS: Record<EquipmentField, () => string> = {
	areaM2: m.plannerresults_field_areaM2,
	kitchenLevel: m.plannerresults_field_kitchenLevel,
	storageM2: m.plannerresults_field_storageM2,
	outdoorM2: m.plannerresults_field_outdoorM2,
	toilets: m.plannerresults_field_toilets,
	childToilets: m.plannerresults_field_childToilets,
	changingTable: m.plannerresults_field_changingTable,
	waterPoint: m.plannerresults_field_waterPoint,
	stepFree: m.plannerresults_field_stepFree,
	vanAccess: m.plannerresults_field_vanAccess
};
export function equipmentFieldLabel(field: EquipmentField): string {
	return FIELDS[field]();
}

export function equipmentValue(field: EquipmentField, equipment: RoomEquipment): string {
	const value = equipment[field];
	if (field === 'kitchenLevel') return kitchenLabel(String(value));
	if (typeof value === 'number') return m.plannerresults_m2({ value: String(value) });
	return value ? m.plannerresults_yes() : m.plannerresults_no();
}

/** 'HH:MM' with the reader's digits kept Western, as the timetable's times are. */
export function clockText(minutes: number): string {
	return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function dateTimeText(date: Date, timeZone: string): string {
	return new Intl.DateTimeFormat(getLocale() === 'ar' ? 'ar-u-nu-latn' : getLocale(), {
		dateStyle: 'long',
		timeStyle: 'short',
		timeZone
	}).format(date);
}

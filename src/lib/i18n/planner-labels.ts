/** How the planner editor words its figures: upgrades, money, durations, run states. */
import * as m from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import type { UpgradeKind } from '#lib/domain/planner/problem.js';
import { kitchenLabel } from './labels.js';

const KINDS: Record<UpgradeKind, () => string> = {
	area: m.planner_upgrade_kind_area,
	storage: m.planner_upgrade_kind_storage,
	outdoor: m.planner_upgrade_kind_outdoor,
	kitchen: m.planner_upgrade_kind_kitchen,
	toilets: m.planner_upgrade_kind_toilets,
	childToilets: m.planner_upgrade_kind_child_toilets,
	changingTable: m.planner_upgrade_kind_changing_table,
	waterPoint: m.planner_upgrade_kind_water_point,
	stepFree: m.planner_upgrade_kind_step_free
};

export function upgradeKindLabel(kind: string): string {
	return (KINDS[kind as UpgradeKind] ?? (() => kind))();
}

/** "+8 m² of floor area", "Kitchen: full", "Child toilets". */
export function upgradeLabel(u: { kind: string; amountM2: number; kitchenLevel: string | null }): string {
	if (u.kind === 'area' || u.kind === 'storage' || u.kind === 'outdoor')
		return m.planner_upgrade_m2({ m2: String(u.amountM2), kind: upgradeKindLabel(u.kind) });
	if (u.kind === 'kitchen') return m.planner_upgrade_kitchen_to({ level: kitchenLabel(u.kitchenLevel ?? 'full') });
	return upgradeKindLabel(u.kind);
}

/** Whole euros in the reader's number format. */
export function euros(amount: number): string {
	return new Intl.NumberFormat(getLocale(), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(
		amount
	);
}

/** Minutes since midnight as "HH:MM" (what <input type="time"> shows). */
export function clock(minutes: number): string {
	const h = Math.floor(minutes / 60);
	return `${String(h).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** "2 h 30", "45 min". */
export function durationLabel(minutes: number): string {
	const h = Math.floor(minutes / 60);
	const min = minutes % 60;
	if (h === 0) return m.planner_duration_minutes({ minutes: String(min) });
	return min === 0
		? m.planner_duration_hours({ hours: String(h) })
		: m.planner_duration_hours_minutes({ hours: String(h), minutes: String(min).padStart(2, '0') });
}

const RUN_STATUSES: Record<string, () => string> = {
	queued: m.planner_run_status_queued,
	running: m.planner_run_status_running,
	done: m.planner_run_status_done,
	failed: m.planner_run_status_failed
};
export function runStatusLabel(status: string): string {
	return (RUN_STATUSES[status] ?? (() => status))();
}

/** A run's date and time, in the reader's language and the commune's time zone. */
export function dateTimeLabel(at: Date | string, timeZone = 'Europe/Paris'): string {
	return new Intl.DateTimeFormat(getLocale(), { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(at));
}

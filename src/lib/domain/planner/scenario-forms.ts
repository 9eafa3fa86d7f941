/**
 * The shapes of the planner's forms: a new scenario, its settings, an activity's demand and
 * requirements, a planned room, a candidate upgrade. Problems are stable codes (PLANNER.…), each
 * on the field it is about; the interface turns them into sentences.
 */
import { z } from 'zod';
import { idList, oneOf, text } from '../form-fields.js';
import { parseForm, type FieldErrors } from '../account-forms.js';
import { openingHoursFromForm } from '../opening-hours.js';
import { addDays, isLocalDate, weekdayOf, type LocalDate } from '../zoned-time.js';
import {
	KITCHEN_LEVELS,
	TIME_WINDOWS,
	type OpeningPeriod,
	type PracticeRequirements,
	type RoomEquipment
} from '../vocabulary.js';
import { UPGRADE_KINDS } from './problem.js';
import { isAreaKind } from './upgrade-costs.js';

/** Fields sent as several values (checkbox groups). */
export const SCENARIO_LIST_FIELDS = ['quartierIds'] as const;
export const ACTIVITY_LIST_FIELDS = ['windows'] as const;

export const LIMITS = {
	budget: { min: 0, max: 100_000_000 },
	timeLimitSeconds: { min: 1, max: 600 },
	gapPercent: { min: 0, max: 50 },
	sessionsPerWeek: { min: 1, max: 7 },
	sessionMinutes: { min: 15, max: 720 },
	priority: { min: 1, max: 10 },
	areaM2: { min: 1, max: 5000 },
	requiredAreaM2: { min: 0, max: 5000 },
	storageM2: { min: 0, max: 1000 },
	outdoorM2: { min: 0, max: 100_000 },
	upgradeM2: { min: 1, max: 1000 },
	unitPrice: { min: 0, max: 100_000 },
	cost: { min: 0, max: 100_000_000 }
} as const;

/** A whole number typed in a form: spaces ("12 000") allowed, decimals and units not. */
const integer = (range: { min: number; max: number }, code: string, fallback?: number) =>
	z
		.union([z.string(), z.number()])
		.optional()
		.transform((v, ctx) => {
			const raw = String(v ?? '').replace(/[\s\u00a0\u202f]/g, '');
			if (raw === '') {
				if (fallback !== undefined) return fallback;
				ctx.addIssue({ code: 'custom', message: 'FIELD.REQUIRED' });
				return z.NEVER;
			}
			const n = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
			if (!Number.isInteger(n) || n < range.min || n > range.max) {
				ctx.addIssue({ code: 'custom', message: code });
				return z.NEVER;
			}
			return n;
		});

/** An empty field means "not given" (null); otherwise a whole number in range. */
const optionalInteger = (range: { min: number; max: number }, code: string) =>
	z
		.union([z.string(), z.number()])
		.optional()
		.transform((v, ctx) => {
			const raw = String(v ?? '').replace(/[\s\u00a0\u202f]/g, '');
			if (raw === '') return null;
			const n = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
			if (!Number.isInteger(n) || n < range.min || n > range.max) {
				ctx.addIssue({ code: 'custom', message: code });
				return z.NEVER;
			}
			return n;
		});

/** An HTML checkbox: present when ticked. */
const checkbox = z
	.union([z.string(), z.boolean()])
	.optional()
	.transform((v) => v === true || v === 'on' || v === 'true' || v === 'yes');

/** An id picked from a list; '' means none. */
const choice = z
	.string()
	.optional()
	.transform((v) => (v ?? '').trim() || null);

/** "HH:MM" (what <input type="time"> sends) as minutes since midnight; 24:00 allowed as an end. */
const clock = (code: string) =>
	z
		.string({ error: 'FIELD.REQUIRED' })
		.trim()
		.min(1, 'FIELD.REQUIRED')
		.transform((v, ctx) => {
			const match = /^(\d{1,2})[:h](\d{2})$/.exec(v);
			const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
			if (!match || Number(match[2]) > 59 || minutes > 24 * 60) {
				ctx.addIssue({ code: 'custom', message: code });
				return z.NEVER;
			}
			return minutes;
		});

/** The Monday of the week a date falls in: a reference week is always stored by its Monday. */
export function mondayOf(date: LocalDate): LocalDate {
	return addDays(date, 1 - weekdayOf(date));
}

/** The default reference week: the next Monday after today (today's week is already under way). */
export function nextMonday(today: LocalDate): LocalDate {
	return addDays(today, 8 - weekdayOf(today));
}

const referenceWeek = z
	.string({ error: 'FIELD.REQUIRED' })
	.trim()
	.min(1, 'FIELD.REQUIRED')
	.refine((v) => isLocalDate(v), 'DATE.INVALID')
	.transform((v) => mondayOf(v));

export const scenarioForm = z.object({
	name: text(120, { min: 3 }),
	communeId: z.string({ error: 'FIELD.REQUIRED' }).trim().min(1, 'FIELD.REQUIRED'),
	quartierIds: idList.refine((ids) => ids.length > 0, 'PLANNER.QUARTIER_REQUIRED'),
	referenceWeek
});
export type ScenarioInput = z.infer<typeof scenarioForm>;

export const SLOT_CHOICES = ['60', '30'] as const;

export const settingsForm = z
	.object({
		budgetEuros: integer(LIMITS.budget, 'PLANNER.BUDGET_RANGE'),
		slotMinutes: oneOf(SLOT_CHOICES).transform((v) => Number(v) as 30 | 60),
		dayStart: clock('PLANNER.TIME_INVALID'),
		dayEnd: clock('PLANNER.TIME_INVALID'),
		timeLimitSeconds: integer(LIMITS.timeLimitSeconds, 'PLANNER.TIME_LIMIT_RANGE'),
		/** Typed in percent: people think "within 1 %", the solver reads 0.01. */
		gapPercent: integer(LIMITS.gapPercent, 'PLANNER.GAP_RANGE', 0),
		referenceWeek
	})
	.superRefine((f, ctx) => {
		if (typeof f.dayStart === 'number' && typeof f.dayEnd === 'number' && f.dayEnd <= f.dayStart)
			ctx.addIssue({ code: 'custom', path: ['dayEnd'], message: 'PLANNER.DAY_END_BEFORE_START' });
		if (typeof f.dayStart === 'number' && f.dayStart >= 24 * 60)
			ctx.addIssue({ code: 'custom', path: ['dayStart'], message: 'PLANNER.TIME_INVALID' });
	})
	.transform(({ gapPercent, ...rest }) => ({ ...rest, relativeGap: gapPercent / 100 }));
export type SettingsInput = z.infer<typeof settingsForm>;

const requirementFields = {
	minAreaM2: integer(LIMITS.requiredAreaM2, 'PLANNER.AREA_RANGE', 0),
	kitchenLevel: z.enum(KITCHEN_LEVELS, { error: 'CHOICE.INVALID' }),
	storageM2: integer(LIMITS.storageM2, 'PLANNER.STORAGE_RANGE', 0),
	outdoorM2: integer(LIMITS.outdoorM2, 'PLANNER.OUTDOOR_RANGE', 0),
	toilets: checkbox,
	childToilets: checkbox,
	changingTable: checkbox,
	waterPoint: checkbox,
	stepFree: checkbox,
	vanAccess: checkbox
};

export const activityForm = z
	.object({
		label: text(160, { min: 2 }),
		sessionsPerWeek: integer(LIMITS.sessionsPerWeek, 'PLANNER.SESSIONS_RANGE'),
		sessionMinutes: integer(LIMITS.sessionMinutes, 'PLANNER.SESSION_LENGTH_RANGE'),
		windows: idList.refine((ws) => ws.every((w) => (TIME_WINDOWS as readonly string[]).includes(w)), 'CHOICE.INVALID'),
		priority: integer(LIMITS.priority, 'PLANNER.PRIORITY_RANGE'),
		itinerant: checkbox,
		organisationId: choice,
		...requirementFields
	})
	.transform(
		({
			minAreaM2,
			kitchenLevel,
			storageM2,
			outdoorM2,
			toilets,
			childToilets,
			changingTable,
			waterPoint,
			stepFree,
			vanAccess,
			...demand
		}) => ({
			...demand,
			requirements: {
				minAreaM2,
				kitchenLevel,
				storageM2,
				outdoorM2,
				toilets,
				childToilets,
				changingTable,
				waterPoint,
				stepFree,
				vanAccess
			} satisfies PracticeRequirements
		})
	);
export type ActivityInput = z.infer<typeof activityForm>;

const plannedRoomFields = z.object({
	label: text(120, { min: 2 }),
	quartierId: choice,
	areaM2: integer(LIMITS.areaM2, 'PLANNER.AREA_RANGE'),
	kitchenLevel: z.enum(KITCHEN_LEVELS, { error: 'CHOICE.INVALID' }),
	storageM2: integer(LIMITS.storageM2, 'PLANNER.STORAGE_RANGE', 0),
	outdoorM2: integer(LIMITS.outdoorM2, 'PLANNER.OUTDOOR_RANGE', 0),
	toilets: checkbox,
	childToilets: checkbox,
	changingTable: checkbox,
	waterPoint: checkbox,
	stepFree: checkbox,
	vanAccess: checkbox
});

export interface PlannedRoomInput {
	label: string;
	quartierId: string | null;
	equipment: RoomEquipment;
	openingHours: OpeningPeriod[];
}

/** A planned room as designed: its equipment and its weekly opening hours, every problem at once. */
export function parsePlannedRoomForm(
	values: Record<string, unknown>
): { ok: true; data: PlannedRoomInput } | { ok: false; fieldErrors: FieldErrors } {
	const room = parseForm(plannedRoomFields, values);
	const hours = openingHoursFromForm(values);
	if (room.ok && hours.ok) {
		const { label, quartierId, ...equipment } = room.data;
		return { ok: true, data: { label, quartierId, equipment, openingHours: hours.periods } };
	}
	return { ok: false, fieldErrors: { ...(room.ok ? {} : room.fieldErrors), ...(hours.ok ? {} : hours.fieldErrors) } };
}

/**
 * A candidate upgrade as typed: its kind, m² and unit price for area, storage and outdoor
 * ("+8 m² at 2 000 €/m²", the cost worked out), the level for a kitchen, and a cost that may be
 * typed over any of these (a quote). An empty cost means "work it out".
 */
export const upgradeForm = z
	.object({
		plannerRoomId: z.string({ error: 'FIELD.REQUIRED' }).trim().min(1, 'FIELD.REQUIRED'),
		kind: oneOf(UPGRADE_KINDS),
		amountM2: optionalInteger(LIMITS.upgradeM2, 'PLANNER.UPGRADE_M2_RANGE'),
		unitPrice: optionalInteger(LIMITS.unitPrice, 'PLANNER.UNIT_PRICE_RANGE'),
		kitchenLevel: z
			.string()
			.optional()
			.transform((v) => (v ?? '').trim() || null)
			.refine((v) => v === null || v === 'reheating' || v === 'full', 'CHOICE.INVALID'),
		costEuros: optionalInteger(LIMITS.cost, 'PLANNER.COST_RANGE'),
		label: text(120, { optional: true })
	})
	.superRefine((f, ctx) => {
		if (isAreaKind(f.kind) && f.amountM2 === null)
			ctx.addIssue({ code: 'custom', path: ['amountM2'], message: 'PLANNER.UPGRADE_M2_REQUIRED' });
		if (f.kind === 'kitchen' && f.kitchenLevel === null)
			ctx.addIssue({ code: 'custom', path: ['kitchenLevel'], message: 'PLANNER.KITCHEN_LEVEL_REQUIRED' });
	});
export type UpgradeInput = z.infer<typeof upgradeForm>;

import { describe, expect, it } from 'vitest';
import { parseForm } from '../account-forms.js';
import {
	activityForm,
	mondayOf,
	nextMonday,
	parsePlannedRoomForm,
	scenarioForm,
	settingsForm,
	upgradeForm
} from './scenario-forms.js';

describe('reference week', () => {
	it('is stored by its Monday, and defaults to the Monday after today', () => {
		expect(mondayOf('2026-11-27')).toBe('2026-11-23');
		expect(mondayOf('2026-11-23')).toBe('2026-11-23');
		expect(mondayOf('2026-11-29')).toBe('2026-11-23');
		expect(nextMonday('2026-11-27')).toBe('2026-11-30');
		// On a Monday, this week is under way: the next one.
		expect(nextMonday('2026-11-23')).toBe('2026-11-30');
	});

	it('is asked as a real date', () => {
		const form = parseForm(scenarioForm, {
			name: 'Buers',
			communeId: 'c',
			quartierIds: 'q',
			referenceWeek: '2026-02-30'
		});
		expect(form).toEqual({ ok: false, fieldErrors: { referenceWeek: 'DATE.INVALID' } });
	});
});

describe('settings', () => {
	const valid = {
		budgetEuros: '45 000',
		slotMinutes: '30',
		dayStart: '8h30',
		dayEnd: '22:00',
		timeLimitSeconds: '20',
		gapPercent: '',
		referenceWeek: '2026-12-02'
	};
	it('reads euros with spaces, times as minutes, the gap in percent, the week by its Monday', () => {
		expect(parseForm(settingsForm, valid)).toEqual({
			ok: true,
			data: {
				budgetEuros: 45000,
				slotMinutes: 30,
				dayStart: 510,
				dayEnd: 1320,
				timeLimitSeconds: 20,
				relativeGap: 0,
				referenceWeek: '2026-11-30'
			}
		});
		const gap = parseForm(settingsForm, { ...valid, gapPercent: '1' });
		expect(gap.ok && gap.data.relativeGap).toBe(0.01);
	});
	it('refuses decimals, negative money, a day that ends before it starts and times past midnight', () => {
		const bad = parseForm(settingsForm, { ...valid, budgetEuros: '12,5', dayStart: '25:00', timeLimitSeconds: '0' });
		expect(bad).toEqual({
			ok: false,
			fieldErrors: {
				budgetEuros: 'PLANNER.BUDGET_RANGE',
				dayStart: 'PLANNER.TIME_INVALID',
				timeLimitSeconds: 'PLANNER.TIME_LIMIT_RANGE'
			}
		});
		expect(parseForm(settingsForm, { ...valid, dayEnd: '08:00' })).toEqual({
			ok: false,
			fieldErrors: { dayEnd: 'PLANNER.DAY_END_BEFORE_START' }
		});
	});
});

describe('activity, planned room and upgrade', () => {
	it('splits an activity into its demand and its requirements (unticked boxes are "not needed")', () => {
		const form = parseForm(activityForm, {
			label: 'Crèche',
			sessionsPerWeek: '2',
			sessionMinutes: '600',
			windows: ['school_hours', 'morning'],
			priority: '9',
			minAreaM2: '40',
			kitchenLevel: 'reheating',
			childToilets: 'on'
		});
		expect(form.ok && form.data).toMatchObject({
			sessionsPerWeek: 2,
			windows: ['school_hours', 'morning'],
			itinerant: false,
			organisationId: null,
			requirements: { minAreaM2: 40, kitchenLevel: 'reheating', childToilets: true, toilets: false, storageM2: 0 }
		});
	});

	it('reads a planned room with its opening hours, and reports a bad period on its field', () => {
		const room = parsePlannedRoomForm({
			label: 'Cuisine du pôle',
			areaM2: '52',
			kitchenLevel: 'reheating',
			hours_1_0_start: '08:00',
			hours_1_0_end: '18:30'
		});
		expect(room.ok && room.data).toMatchObject({
			quartierId: null,
			equipment: { areaM2: 52, kitchenLevel: 'reheating', storageM2: 0 },
			openingHours: [{ weekday: 1, start: '08:00', end: '18:30' }]
		});
		const bad = parsePlannedRoomForm({ label: 'X', areaM2: '0', kitchenLevel: 'grand', hours_2_0_start: '09:00' });
		expect(bad).toEqual({
			ok: false,
			fieldErrors: {
				label: 'TEXT.TOO_SHORT',
				areaM2: 'PLANNER.AREA_RANGE',
				kitchenLevel: 'CHOICE.INVALID',
				hours_2_0_end: 'HOURS.INCOMPLETE'
			}
		});
	});

	it('asks m² of area, storage and outdoor works and a level of kitchen works', () => {
		expect(parseForm(upgradeForm, { plannerRoomId: 'r', kind: 'area' })).toEqual({
			ok: false,
			fieldErrors: { amountM2: 'PLANNER.UPGRADE_M2_REQUIRED' }
		});
		expect(parseForm(upgradeForm, { plannerRoomId: 'r', kind: 'kitchen', kitchenLevel: 'none' })).toEqual({
			ok: false,
			fieldErrors: { kitchenLevel: 'CHOICE.INVALID' }
		});
		expect(parseForm(upgradeForm, { plannerRoomId: 'r', kind: 'stepFree', costEuros: '7 500' })).toMatchObject({
			ok: true,
			data: { kind: 'stepFree', amountM2: null, costEuros: 7500 }
		});
	});
});

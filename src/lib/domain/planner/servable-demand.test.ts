import { describe, expect, it } from 'vitest';
import { DEFAULT_GRID, type Grid } from './problem.js';
import { longestStretches, readAdjustment, servableDemand, writeAdjustment } from './servable-demand.js';

const HALF_HOUR: Grid = { slotMinutes: 30, dayStart: 8 * 60, dayEnd: 22 * 60 };

describe('longestStretches', () => {
	it('reads school hours on an hourly grid: 8:30–16:30 gives 9:00–16:00, and no Wednesday', () => {
		expect(longestStretches(['school_hours'], DEFAULT_GRID)).toEqual([420, 420, 0, 420, 420, 0, 0]);
	});
	it('joins touching windows before measuring, and keeps a lunch gap apart', () => {
		// Mornings, school hours and afternoons make 8:00–18:30 on school days; Wednesday and
		// Saturday keep the 12:30–13:30 gap, so their longest stretch is a half day.
		expect(longestStretches(['school_hours', 'morning', 'afternoon'], DEFAULT_GRID)).toEqual([
			600, 600, 240, 600, 600, 240, 0
		]);
		expect(longestStretches(['school_hours', 'morning', 'afternoon'], HALF_HOUR)[0]).toBe(630);
	});
	it('gives the whole grid day every day when the activity names no window', () => {
		expect(longestStretches([], DEFAULT_GRID)).toEqual(Array(7).fill(840));
	});
	it('cuts windows to the grid day', () => {
		expect(longestStretches(['evening'], { slotMinutes: 60, dayStart: 480, dayEnd: 20 * 60 })[0]).toBe(120);
	});
});

describe('servableDemand', () => {
	it("cuts the itinerant crèche's eleven-hour day to the ten hours its windows give on an hourly grid", () => {
		expect(
			servableDemand(
				{ sessionsPerWeek: 2, sessionMinutes: 660 },
				['school_hours', 'morning', 'afternoon'],
				DEFAULT_GRID
			)
		).toEqual({ sessionsPerWeek: 2, sessionMinutes: 600, adjusted: { sessionMinutes: { from: 660, to: 600 } } });
	});
	it('keeps a longer day on a half-hour grid, where the windows give 10 h 30', () => {
		expect(
			servableDemand({ sessionsPerWeek: 2, sessionMinutes: 660 }, ['school_hours', 'morning', 'afternoon'], HALF_HOUR)
		).toMatchObject({ sessionMinutes: 630, adjusted: { sessionMinutes: { from: 660, to: 630 } } });
	});
	it("brings the restaurant's five six-hour lunches down to the four days school hours and mornings allow", () => {
		expect(
			servableDemand({ sessionsPerWeek: 5, sessionMinutes: 360 }, ['school_hours', 'morning'], DEFAULT_GRID)
		).toEqual({ sessionsPerWeek: 4, sessionMinutes: 360, adjusted: { sessionsPerWeek: { from: 5, to: 4 } } });
	});
	it('counts the days after the length is cut: a shorter session may find more days', () => {
		// Mornings alone: 8:00–12:00 on the hourly grid, six days a week.
		expect(servableDemand({ sessionsPerWeek: 7, sessionMinutes: 300 }, ['morning'], DEFAULT_GRID)).toEqual({
			sessionsPerWeek: 6,
			sessionMinutes: 240,
			adjusted: { sessionsPerWeek: { from: 7, to: 6 }, sessionMinutes: { from: 300, to: 240 } }
		});
	});
	it('leaves demand that fits as it is, a length off the grid included (the model rounds it up)', () => {
		expect(
			servableDemand(
				{ sessionsPerWeek: 2, sessionMinutes: 150 },
				['school_hours', 'afternoon', 'evening'],
				DEFAULT_GRID
			)
		).toEqual({ sessionsPerWeek: 2, sessionMinutes: 150, adjusted: {} });
		expect(servableDemand({ sessionsPerWeek: 7, sessionMinutes: 720 }, [], DEFAULT_GRID).adjusted).toEqual({});
	});
	it("keeps the demand inside the scenario's limits, and says so", () => {
		expect(servableDemand({ sessionsPerWeek: 10, sessionMinutes: 5 }, [], DEFAULT_GRID)).toEqual({
			sessionsPerWeek: 7,
			sessionMinutes: 15,
			adjusted: { sessionsPerWeek: { from: 10, to: 7 }, sessionMinutes: { from: 5, to: 15 } }
		});
	});
	it('keeps the demand when the windows give nothing on the grid: no cut would make it servable', () => {
		const lateGrid: Grid = { slotMinutes: 60, dayStart: 480, dayEnd: 17 * 60 };
		expect(servableDemand({ sessionsPerWeek: 2, sessionMinutes: 120 }, ['evening'], lateGrid)).toEqual({
			sessionsPerWeek: 2,
			sessionMinutes: 120,
			adjusted: {}
		});
	});
	it('ignores school holidays, which are no weekly pattern', () => {
		expect(
			servableDemand({ sessionsPerWeek: 3, sessionMinutes: 120 }, ['school_holidays'], DEFAULT_GRID).adjusted
		).toEqual({});
	});
});

describe('writeAdjustment and readAdjustment', () => {
	it('carry what changed through an address and back', () => {
		const adjusted = { sessionsPerWeek: { from: 5, to: 4 }, sessionMinutes: { from: 660, to: 600 } };
		const query = writeAdjustment(adjusted);
		expect(query).toBe('&sessions=5-4&minutes=660-600');
		expect(readAdjustment(new URLSearchParams(query.slice(1)))).toEqual(adjusted);
		expect(readAdjustment(new URLSearchParams('minutes=660-600'))).toEqual({ sessionMinutes: { from: 660, to: 600 } });
	});
	it('write nothing when nothing changed, and read nothing from nonsense', () => {
		expect(writeAdjustment({})).toBe('');
		expect(readAdjustment(new URLSearchParams(''))).toBeNull();
		expect(readAdjustment(new URLSearchParams('sessions=lots&minutes=-5-3'))).toBeNull();
	});
});

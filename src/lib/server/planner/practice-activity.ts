/**
 * A published practice of the catalogue as a scenario's activity: the columns read, and the row
 * written — its requirements copied, its weekly demand brought within what its windows give on
 * the scenario's grid (servable-demand.ts), its priority from residents' support of its themes.
 * One definition for the editor's "add a practice" and for the demo scenario.
 */
import { practice } from '../db/schema.js';
import { kitchen, practiceRequirementColumns } from '../fit/equipment.js';
import type { Grid } from '#lib/domain/planner/problem.js';
import { servableDemand, type ServableDemand } from '#lib/domain/planner/servable-demand.js';
import { defaultPriority, type ThemeDemand } from '#lib/domain/planner/suggestions.js';
import { isOneOf, TIME_WINDOWS } from '#lib/domain/vocabulary.js';

export const practiceActivityColumns = {
	id: practice.id,
	title: practice.title,
	themes: practice.themes,
	sessionsPerWeek: practice.sessionsPerWeek,
	sessionMinutes: practice.sessionMinutes,
	preferredWindows: practice.preferredWindows,
	...practiceRequirementColumns
};

type PracticeRow = {
	id: string;
	title: string;
	themes: string[];
	sessionsPerWeek: number;
	sessionMinutes: number;
	preferredWindows: string[];
	kitchenLevel: string;
	minAreaM2: number;
	toilets: boolean;
	childToilets: boolean;
	changingTable: boolean;
	storageM2: number;
	outdoorM2: number;
	stepFree: boolean;
	vanAccess: boolean;
	waterPoint: boolean;
};

/** The activity's values (without id, scenario and position), and what of the demand was cut. */
export function activityFromPractice(p: PracticeRow, grid: Grid, demand: readonly ThemeDemand[]) {
	const windows = p.preferredWindows.filter((w) => isOneOf(TIME_WINDOWS, w));
	const weekly = servableDemand(p, windows, grid);
	const values = {
		practiceId: p.id,
		label: p.title,
		requirements: {
			minAreaM2: p.minAreaM2,
			kitchenLevel: kitchen(p.kitchenLevel),
			toilets: p.toilets,
			childToilets: p.childToilets,
			changingTable: p.changingTable,
			storageM2: p.storageM2,
			outdoorM2: p.outdoorM2,
			stepFree: p.stepFree,
			vanAccess: p.vanAccess,
			waterPoint: p.waterPoint
		},
		sessionsPerWeek: weekly.sessionsPerWeek,
		sessionMinutes: weekly.sessionMinutes,
		windows,
		priority: defaultPriority(p.themes, demand),
		itinerant: false
	};
	return { values, adjusted: weekly.adjusted as ServableDemand['adjusted'] };
}

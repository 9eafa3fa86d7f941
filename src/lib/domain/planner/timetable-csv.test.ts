import { describe, expect, it } from 'vitest';
import { ORG_RESTAURANT, plan, problem } from '../../../../tests/fixtures/planner-run.js';
import { timetableCsv } from './timetable-csv.js';

describe('timetableCsv', () => {
	const csv = timetableCsv(problem, plan, { [ORG_RESTAURANT]: 'Le Petit Prince' });
	const lines = csv
		.replace(/^\uFEFF/, '')
		.trimEnd()
		.split('\r\n');

	it('has the documented header and one line per session', () => {
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(lines[0]).toBe('room_id,room,existing,weekday,start,end,minutes,activity_id,activity,organisation');
		expect(lines).toHaveLength(1 + plan.sessions.length);
	});

	it('writes each session with its room, day, wall-clock times and organisation', () => {
		expect(lines[1]).toBe(
			'proom-fixture-hall,Salle polyvalente Jean-Moulin,true,1,09:00,12:00,180,pact-fixture-restaurant,Restaurant de femmes,Le Petit Prince'
		);
		// An organisation without a known name stays empty rather than showing an id.
		expect(lines.at(-1)).toMatch(/,Crèche itinérante,$/);
	});

	it('guards a label that a spreadsheet would run as a formula', () => {
		const p = { ...problem, activities: problem.activities.map((a) => ({ ...a, label: '=HYPERLINK("x")' })) };
		expect(timetableCsv(p, plan, {})).toContain(`"'=HYPERLINK(""x"")"`);
	});
});

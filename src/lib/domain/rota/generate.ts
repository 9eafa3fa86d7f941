/**
 * Seeded rota instances shaped like the women's insertion restaurant, at any team size: prep
 * and lunch service Monday to Friday (and a Saturday lunch for larger teams), members with
 * school drop-offs and pick-ups, Wednesdays off, part-time shares and "mornings only". Used by
 * the benchmark (npm run bench:rota) and the solver tests.
 */
import { random } from '../planner/generate.js';
import {
	DEFAULT_SETTINGS,
	type MemberConstraints,
	type RotaProblem,
	type StaffingNeed,
	type Unavailability,
	type Weekday
} from './problem.js';

export function generateRota(options: { seed: number; members: number; timeLimitSeconds?: number }): RotaProblem {
	const rnd = random(options.seed);
	const n = options.members;
	const h = (hours: number, minutes = 0) => hours * 60 + minutes;
	const needs: StaffingNeed[] = [];
	const days: Weekday[] = n >= 16 ? [1, 2, 3, 4, 5, 6] : [1, 2, 3, 4, 5];
	for (const weekday of days) {
		needs.push({ weekday, start: h(9), end: h(11, 30), people: Math.max(1, Math.round(n * 0.25)) });
		needs.push({ weekday, start: h(11, 30), end: h(14, 30), people: Math.max(2, Math.round(n * 0.4)) });
		needs.push({ weekday, start: h(14, 30), end: h(15, 30), people: Math.max(1, Math.round(n * 0.15)) });
	}
	const members: MemberConstraints[] = [];
	for (let i = 0; i < n; i++) {
		const unavailable: Unavailability[] = [];
		const dropOff = rnd() < 0.4;
		const pickUp = rnd() < 0.5;
		const pickUpAt = rnd() < 0.5 ? h(16, 30) : h(16);
		for (const weekday of [1, 2, 4, 5] as Weekday[]) {
			if (dropOff) unavailable.push({ weekday, start: h(8), end: h(9), kind: 'school_dropoff' });
			if (pickUp) unavailable.push({ weekday, start: pickUpAt - 30, end: pickUpAt + 30, kind: 'school_pickup' });
		}
		if (rnd() < 0.15) unavailable.push({ weekday: 2, start: h(13), end: h(15), kind: 'other' });
		const partTime = rnd() < 0.4 ? [50, 60, 80][Math.floor(rnd() * 3)]! : null;
		members.push({
			memberId: `m${String(i + 1).padStart(2, '0')}`,
			unavailable,
			daysOff: rnd() < 0.35 ? [3] : [],
			maxMinutes: h(35),
			wishedMinutes: h(12 + Math.floor(rnd() * 12)),
			partTimePercent: partTime,
			pattern: rnd() < 0.15 ? 'mornings' : 'any'
		});
	}
	return {
		settings: { ...DEFAULT_SETTINGS, timeLimitSeconds: options.timeLimitSeconds ?? DEFAULT_SETTINGS.timeLimitSeconds },
		needs,
		members
	};
}

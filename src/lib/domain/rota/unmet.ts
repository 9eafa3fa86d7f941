/**
 * Need a rota leaves uncovered, block by block, with its reason computed from the data: for
 * every member not at work in the block, why not — a day off, a school drop-off or pick-up,
 * another unavailability, her part-time pattern, her weekly hours used up, her one shift of the
 * day already elsewhere — and, when none of those holds, "free but not placed" (a stretch too
 * short for a shift, or a solve that ran out of time). The main reason is the first that
 * explains the gap: a team smaller than the need, then nobody available, then everyone
 * available at her maximum hours, then everyone available already working that day.
 */
import {
	AFTERNOONS_START,
	coverageGrid,
	demandGrid,
	effectiveMaxMinutes,
	MORNINGS_END,
	overlapsInterval,
	workedMinutes,
	type RotaProblem,
	type Shift,
	type Weekday
} from './problem.js';

export type UnmetCategory =
	| 'dayOff'
	| 'schoolDropoff'
	| 'schoolPickup'
	| 'otherUnavailable'
	| 'pattern'
	| 'maxHours'
	| 'workingElsewhere'
	| 'free';

export type UnmetReason =
	'TEAM_TOO_SMALL' | 'NOBODY_AVAILABLE' | 'MAX_HOURS_REACHED' | 'ONE_SHIFT_A_DAY' | 'NOT_PLACED';

export interface UnmetBlock {
	weekday: Weekday;
	start: number;
	end: number;
	needed: number;
	missing: number;
	reason: UnmetReason;
	/** How many members not at work fall in each category (each member in one, the first that applies). */
	counts: Record<UnmetCategory, number>;
}

const ZERO: Record<UnmetCategory, number> = {
	dayOff: 0,
	schoolDropoff: 0,
	schoolPickup: 0,
	otherUnavailable: 0,
	pattern: 0,
	maxHours: 0,
	workingElsewhere: 0,
	free: 0
};

export function explainUnmet(problem: RotaProblem, shifts: readonly Shift[]): UnmetBlock[] {
	const s = problem.settings;
	const demand = demandGrid(problem);
	const cover = coverageGrid(problem, shifts);
	const blocks: UnmetBlock[] = [];
	demand.forEach((day, d) => {
		const weekday = (d + 1) as Weekday;
		day.forEach((needed, i) => {
			const missing = needed - cover[d]![i]!;
			if (missing <= 0) return;
			const start = s.dayStart + i * s.slotMinutes;
			const slot = { start, end: start + s.slotMinutes };
			const counts = { ...ZERO };
			for (const m of problem.members) {
				const mine = shifts.filter((x) => x.memberId === m.memberId && x.weekday === weekday);
				if (mine.some((x) => overlapsInterval(x, slot))) continue;
				const blocking = m.unavailable.find((u) => u.weekday === weekday && overlapsInterval(u, slot));
				if (m.daysOff.includes(weekday)) counts.dayOff++;
				else if (blocking)
					counts[
						blocking.kind === 'school_pickup'
							? 'schoolPickup'
							: blocking.kind === 'school_dropoff'
								? 'schoolDropoff'
								: 'otherUnavailable'
					]++;
				else if (
					(m.pattern === 'mornings' && slot.end > MORNINGS_END) ||
					(m.pattern === 'afternoons' && slot.start < AFTERNOONS_START)
				)
					counts.pattern++;
				else if (effectiveMaxMinutes(m, s) - workedMinutes(shifts, m.memberId) < s.minShiftMinutes) counts.maxHours++;
				else if (mine.length > 0) counts.workingElsewhere++;
				else counts.free++;
			}
			const reason: UnmetReason =
				problem.members.length < needed
					? 'TEAM_TOO_SMALL'
					: counts.maxHours + counts.workingElsewhere + counts.free === 0
						? 'NOBODY_AVAILABLE'
						: counts.workingElsewhere + counts.free === 0
							? 'MAX_HOURS_REACHED'
							: counts.free === 0
								? 'ONE_SHIFT_A_DAY'
								: 'NOT_PLACED';
			const last = blocks.at(-1);
			if (
				last &&
				last.weekday === weekday &&
				last.end === start &&
				last.needed === needed &&
				last.missing === missing &&
				last.reason === reason &&
				JSON.stringify(last.counts) === JSON.stringify(counts)
			)
				last.end = slot.end;
			else blocks.push({ weekday, start, end: slot.end, needed, missing, reason, counts });
		});
	});
	return blocks;
}

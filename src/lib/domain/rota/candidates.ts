/**
 * The shifts a member could be given: built only inside her available stretches, so the
 * solver cannot place her outside her stated availability — respected by construction, and
 * checked again by the validator.
 *
 * A shift must cover some need. It never starts or ends on a slot where nobody is needed unless
 * it is already as short as a shift may be (a one-hour need still gets a two-hour shift): idle
 * time at the edges would only pad hours, and the search space would grow for nothing.
 */
import {
	availableSegments,
	effectiveMaxMinutes,
	minutesOutsideSchool,
	WEEK,
	type RotaProblem,
	type Weekday
} from './problem.js';

export interface CandidateShift {
	member: number;
	weekday: Weekday;
	start: number;
	end: number;
	/** Slot indices of the day the shift covers. */
	firstSlot: number;
	slots: number;
	outsideSchoolMinutes: number;
}

export function candidateShifts(problem: RotaProblem, demand: number[][]): CandidateShift[] {
	const s = problem.settings;
	const out: CandidateShift[] = [];
	const minSlots = Math.ceil(s.minShiftMinutes / s.slotMinutes);
	problem.members.forEach((m, member) => {
		const maxSlots = Math.min(
			Math.floor(s.maxShiftMinutes / s.slotMinutes),
			Math.floor(effectiveMaxMinutes(m, s) / s.slotMinutes)
		);
		for (const weekday of WEEK) {
			const day = demand[weekday - 1]!;
			if (!day.some((n) => n > 0)) continue;
			for (const [from, to] of availableSegments(m, weekday, s)) {
				const a = (from - s.dayStart) / s.slotMinutes;
				const b = (to - s.dayStart) / s.slotMinutes;
				for (let i = a; i < b; i++)
					for (let len = minSlots; len <= maxSlots && i + len <= b; len++) {
						const edgesIdle = day[i] === 0 || day[i + len - 1] === 0;
						if (edgesIdle && len > minSlots) continue;
						let useful = false;
						for (let k = i; k < i + len && !useful; k++) useful = day[k]! > 0;
						if (!useful) continue;
						const start = s.dayStart + i * s.slotMinutes;
						const end = start + len * s.slotMinutes;
						out.push({
							member,
							weekday,
							start,
							end,
							firstSlot: i,
							slots: len,
							outsideSchoolMinutes: minutesOutsideSchool({ weekday, start, end }, s)
						});
					}
			}
		}
	});
	return out;
}

/**
 * Random rota problems for property tests: small teams with unavailability off the grid
 * (a pick-up at 16:15), days off, part-time shares and patterns, needs that overlap. Test
 * support only, shared by the domain and solver tests.
 */
import fc from 'fast-check';
import {
	DEFAULT_SETTINGS,
	UNAVAILABILITY_KINDS,
	WORK_PATTERNS,
	type MemberConstraints,
	type RotaProblem,
	type Weekday
} from '../rota/problem.js';

const weekday = fc.integer({ min: 1, max: 7 }).map((d) => d as Weekday);
const quarter = (from: number, to: number) => fc.integer({ min: from * 4, max: to * 4 }).map((q) => q * 15);

const member = (i: number): fc.Arbitrary<MemberConstraints> =>
	fc.record({
		memberId: fc.constant(`m${i}`),
		unavailable: fc.array(
			fc
				.record({
					weekday,
					start: quarter(7, 20),
					length: fc.integer({ min: 1, max: 16 }),
					kind: fc.constantFrom(...UNAVAILABILITY_KINDS)
				})
				.map(({ length, ...u }) => ({ ...u, end: u.start + length * 15 })),
			{ maxLength: 6 }
		),
		daysOff: fc.uniqueArray(weekday, { maxLength: 3 }),
		maxMinutes: fc.integer({ min: 0, max: 70 }).map((x) => x * 30),
		wishedMinutes: fc.integer({ min: 0, max: 70 }).map((x) => x * 30),
		partTimePercent: fc.option(fc.integer({ min: 10, max: 100 }), { nil: null }),
		pattern: fc.constantFrom(...WORK_PATTERNS)
	});

export const rotaProblem = (options: { maxMembers?: number; maxNeeds?: number } = {}): fc.Arbitrary<RotaProblem> =>
	fc
		.record({
			size: fc.integer({ min: 1, max: options.maxMembers ?? 6 }),
			needs: fc.array(
				fc
					.record({
						weekday,
						start: fc.integer({ min: 14, max: 40 }).map((x) => x * 30),
						length: fc.integer({ min: 1, max: 10 }),
						people: fc.integer({ min: 1, max: 4 })
					})
					.map(({ length, ...n }) => ({ ...n, end: n.start + length * 30 })),
				{ minLength: 1, maxLength: options.maxNeeds ?? 8 }
			),
			minShift: fc.integer({ min: 1, max: 4 }),
			maxShift: fc.integer({ min: 4, max: 14 })
		})
		.chain(({ size, needs, minShift, maxShift }) =>
			fc.tuple(...Array.from({ length: size }, (_, i) => member(i))).map((members) => ({
				settings: {
					...DEFAULT_SETTINGS,
					minShiftMinutes: minShift * 30,
					maxShiftMinutes: maxShift * 30,
					timeLimitSeconds: 5
				},
				needs,
				members
			}))
		);

/** True when the shift overlaps none of her stated unavailability, days off or pattern: checked straight from the data. */
export function insideAvailability(
	m: MemberConstraints,
	sh: { weekday: Weekday; start: number; end: number }
): boolean {
	if (m.daysOff.includes(sh.weekday)) return false;
	if (m.unavailable.some((u) => u.weekday === sh.weekday && u.start < sh.end && sh.start < u.end)) return false;
	if (m.pattern === 'mornings' && sh.end > 14 * 60) return false;
	if (m.pattern === 'afternoons' && sh.start < 12 * 60) return false;
	return true;
}

/**
 * A quartier's figures from the platform itself, as published: needs by theme and their
 * supports, consultation participation by gender and by age band (opt-in demographic answers
 * only), and room occupancy. Pure: the loaders (src/lib/server/observatory) give the rows.
 *
 * Every count table goes through disclosure control, with a threshold per figure:
 * - needs and supports: k = 1 (nothing hidden). Each published need is public on its own page
 *   with its title and support count; a table of them reveals nothing a visitor cannot count.
 * - consultation participation: the project's default k = 5, through the very function the
 *   consultation results use (participationBy), so the same group is hidden the same way.
 */
import { protectTable, type Published } from './disclosure-control.js';
import { participationBy, type Participation, type ResultResponse } from './consultation-results.js';

export const NEEDS_MIN_COUNT = 1;
export const SUPPORTS_MIN_COUNT = 1;
export const PARTICIPATION_MIN_COUNT = 5;

export interface ThemeFigures {
	theme: string;
	needs: Published;
	supports: Published;
}

/**
 * Published needs by theme, most needs first (then most supports, then theme code): one table,
 * rows the themes, columns needs and supports — two figures per theme, protected separately
 * since a need count and a support count do not add up.
 */
export function needsByTheme(needs: readonly { theme: string; supportCount: number }[]): {
	themes: ThemeFigures[];
	needs: Published;
	supports: Published;
} {
	const byTheme = new Map<string, { needs: number; supports: number }>();
	for (const n of needs) {
		const t = byTheme.get(n.theme) ?? { needs: 0, supports: 0 };
		t.needs += 1;
		t.supports += Math.max(0, n.supportCount);
		byTheme.set(n.theme, t);
	}
	const order = [...byTheme.entries()].sort(
		([a, x], [b, y]) => y.needs - x.needs || y.supports - x.supports || a.localeCompare(b)
	);
	if (order.length === 0) return { themes: [], needs: 0, supports: 0 };
	const needTable = protectTable({ counts: order.map(([, f]) => [f.needs]) }, { minCount: NEEDS_MIN_COUNT });
	const supportTable = protectTable({ counts: order.map(([, f]) => [f.supports]) }, { minCount: SUPPORTS_MIN_COUNT });
	return {
		themes: order.map(([theme], i) => ({
			theme,
			needs: needTable.cells[i]![0]!,
			supports: supportTable.cells[i]![0]!
		})),
		needs: needTable.total,
		supports: supportTable.total
	};
}

/** Who answered the quartier's consultations, by gender and by age band, protected. */
export function consultationParticipation(responses: readonly ResultResponse[]): {
	gender: Participation;
	ageBand: Participation;
} {
	const options = { minCount: PARTICIPATION_MIN_COUNT };
	return {
		gender: participationBy(responses, 'gender', options),
		ageBand: participationBy(responses, 'ageBand', options)
	};
}

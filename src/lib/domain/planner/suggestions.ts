/**
 * From residents' needs to the planner's first choices: which practices of the catalogue answer
 * the themes residents raised (and how strongly they back them), and the priority an activity
 * starts with. A need weighs 1 for being posted plus 1 for each resident who supports it: a
 * theme ten people back counts more than one posted once and left alone.
 */

/** What residents asked for in one theme, over the scenario's quartiers. */
export interface ThemeDemand {
	theme: string;
	/** Published needs and ideas in that theme. */
	needs: number;
	/** Supports they gathered. */
	supports: number;
}

export interface PracticeThemes {
	id: string;
	themes: readonly string[];
}

export interface PracticeSuggestion<P extends PracticeThemes> {
	practice: P;
	/** Σ of the weights of the practice's themes residents raised. */
	score: number;
	/** Those themes, the most backed first. */
	themes: string[];
}

/** A theme's weight: its needs and the supports they gathered. */
export function themeWeight(d: ThemeDemand): number {
	return Math.max(0, d.needs) + Math.max(0, d.supports);
}

function weights(demand: readonly ThemeDemand[]): Map<string, number> {
	const byTheme = new Map<string, number>();
	for (const d of demand) byTheme.set(d.theme, (byTheme.get(d.theme) ?? 0) + themeWeight(d));
	return byTheme;
}

/**
 * Practices whose themes meet residents' needs, best answer first (ties keep the catalogue's
 * order). Practices meeting no need are left out: they stay available, just not suggested.
 */
export function suggestPractices<P extends PracticeThemes>(
	demand: readonly ThemeDemand[],
	practices: readonly P[],
	limit = Infinity
): PracticeSuggestion<P>[] {
	const byTheme = weights(demand);
	return practices
		.map((practice, index) => {
			const themes = [...new Set(practice.themes)]
				.filter((t) => (byTheme.get(t) ?? 0) > 0)
				.sort((a, b) => byTheme.get(b)! - byTheme.get(a)! || a.localeCompare(b));
			return { practice, score: themes.reduce((s, t) => s + byTheme.get(t)!, 0), themes, index };
		})
		.filter((s) => s.score > 0)
		.sort((a, b) => b.score - a.score || a.index - b.index)
		.slice(0, limit)
		.map(({ practice, score, themes }) => ({ practice, score, themes }));
}

export const PRIORITY_MIN = 1;
export const PRIORITY_MAX = 10;
/** Where no resident has said anything yet, every activity starts equal, in the middle. */
export const PRIORITY_WITHOUT_NEEDS = 5;

/**
 * The priority an activity starts with (the planner can change it): 10 for an activity answering
 * the most backed theme (or several themes that add up to as much), down to 1 for one that answers
 * nothing residents raised. Scaled on the most backed theme so that it does not depend on how many
 * residents a quartier has.
 */
export function defaultPriority(themes: readonly string[], demand: readonly ThemeDemand[]): number {
	const byTheme = weights(demand);
	const top = Math.max(0, ...byTheme.values());
	if (top === 0) return PRIORITY_WITHOUT_NEEDS;
	const weight = [...new Set(themes)].reduce((s, t) => s + (byTheme.get(t) ?? 0), 0);
	const ratio = Math.min(1, weight / top);
	return Math.round(PRIORITY_MIN + (PRIORITY_MAX - PRIORITY_MIN) * ratio);
}

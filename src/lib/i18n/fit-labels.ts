import * as m from '#lib/paraglide/messages.js';
import type { Fit, FitVerdict, Gap } from '#lib/domain/fit.js';
import type { PracticeRequirements } from '#lib/domain/vocabulary.js';
import { kitchenLabel } from './labels.js';

export function verdictLabel(verdict: FitVerdict): string {
	return verdict === 'fits'
		? m.fit_verdict_fits()
		: verdict === 'fits_with_upgrades'
			? m.fit_verdict_fits_with_upgrades()
			: m.fit_verdict_does_not_fit();
}

const SANITARY = {
	toilets: m.fit_gap_toilets,
	childToilets: m.fit_gap_child_toilets,
	changingTable: m.fit_gap_changing_table,
	waterPoint: m.fit_gap_water_point
} as const;

/** The upgrade that closes a gap, as short as the issue asks: "+8 m²", "kitchen: reheating → full". */
export function gapLabel(gap: Gap): string {
	switch (gap.kind) {
		case 'area':
			return m.fit_gap_area({ m2: gap.missingM2 });
		case 'kitchen':
			return m.fit_gap_kitchen({ from: kitchenLabel(gap.from), to: kitchenLabel(gap.to) });
		case 'storage':
			return m.fit_gap_storage({ m2: gap.missingM2 });
		case 'outdoor':
			return m.fit_gap_outdoor({ m2: gap.missingM2 });
		case 'sanitary':
			return SANITARY[gap.item]();
		case 'stepFree':
			return m.fit_gap_step_free();
		case 'vanAccess':
			return m.fit_gap_van_access();
	}
}

/** Why no upgrade can close a gap. */
export function blockingLabel(gap: Gap): string {
	switch (gap.kind) {
		case 'area':
			return m.fit_blocking_area({ m2: gap.missingM2 });
		case 'storage':
			return m.fit_blocking_storage({ m2: gap.missingM2 });
		case 'outdoor':
			return m.fit_blocking_outdoor({ m2: gap.missingM2 });
		case 'stepFree':
			return m.fit_blocking_step_free();
		case 'vanAccess':
			return m.fit_blocking_van_access();
		default:
			return gapLabel(gap);
	}
}

/** One line: "Fits with upgrades: +8 m², child toilets", or the reasons it does not fit. */
export function fitSummary(result: Fit): string {
	if (result.verdict === 'fits') return verdictLabel('fits');
	const parts = result.verdict === 'does_not_fit' ? result.blocking.map(blockingLabel) : result.gaps.map(gapLabel);
	return m.fit_summary({ verdict: verdictLabel(result.verdict), gaps: parts.join(', ') });
}

/** What a practice asks of a room, as a list of short phrases. */
export function requirementLabels(needs: PracticeRequirements): string[] {
	const out: string[] = [];
	if (needs.minAreaM2 > 0) out.push(m.fit_needs_area({ m2: needs.minAreaM2 }));
	if (needs.kitchenLevel !== 'none') out.push(m.fit_needs_kitchen({ level: kitchenLabel(needs.kitchenLevel) }));
	if (needs.storageM2 > 0) out.push(m.fit_needs_storage({ m2: needs.storageM2 }));
	if (needs.outdoorM2 > 0) out.push(m.fit_needs_outdoor({ m2: needs.outdoorM2 }));
	for (const item of ['toilets', 'childToilets', 'changingTable', 'waterPoint'] as const)
		if (needs[item]) out.push(SANITARY[item]());
	if (needs.stepFree) out.push(m.fit_gap_step_free());
	if (needs.vanAccess) out.push(m.fit_gap_van_access());
	return out.length > 0 ? out : [m.fit_needs_nothing()];
}

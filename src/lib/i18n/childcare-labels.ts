import * as m from '#lib/paraglide/messages.js';
import type { Band, BandCount, Proximity } from '#lib/domain/childcare.js';

const BANDS: Record<number, () => string> = {
	0: m.childcare_band_0,
	12: m.childcare_band_12,
	36: m.childcare_band_36
};

/** "enfants de 1 à 3 ans"; a band outside the usual three (typed in SQL) reads in months. */
export const bandLabel = (band: Band): string => BANDS[band.minMonths]?.() ?? `${band.minMonths}–${band.maxMonths}`;

/** "enfants de 1 à 3 ans : 2, bébés de moins d’1 an : 1". */
export const bandCounts = (counts: readonly BandCount[]): string =>
	counts.map((c) => m.childcare_band_count({ band: bandLabel(c), count: String(c.count) })).join(', ');

export function proximityLabel(proximity: Proximity, metres: number | null): string {
	if (proximity === 'same_room') return m.childcare_same_room();
	if (proximity === 'same_facility') return m.childcare_same_facility();
	return m.childcare_nearby({ metres: String(metres ?? 0) });
}

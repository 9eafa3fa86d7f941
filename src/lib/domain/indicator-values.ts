/**
 * Official indicator values as they are published: rates as the source gives them, counts
 * through disclosure control (protectTable, with each series' k). Pages, API and downloads all
 * call publishValues, so a count hidden on the dashboard is hidden in the CSV too.
 */
import { protectTable } from './disclosure-control.js';

export interface SeriesInfo {
	id: string;
	code: string;
	measure: string;
	sex: string;
	unit: string;
	minCount: number;
}

export interface StoredValue {
	seriesId: string;
	territoryType: string;
	territoryId: string;
	year: number;
	value: number;
}

export interface PublishedValue extends StoredValue {
	/** null when hidden. */
	published: number | null;
	suppressed: boolean;
}

/**
 * Counts of one measure for one territory and year form a table of one row: women, men, and the
 * rest of everyone when the source's total is larger (people whose sex is not given), with the
 * total as its row total. protectTable hides the small cells, and as many others as needed so
 * that none can be worked out from the total. A count alone (no breakdown) is hidden when it is
 * from 1 to k − 1. Rates, shares, amounts are published as given.
 */
export function publishValues(series: readonly SeriesInfo[], values: readonly StoredValue[]): PublishedValue[] {
	const byId = new Map(series.map((s) => [s.id, s]));
	const out = new Map<StoredValue, PublishedValue>();
	const groups = new Map<string, StoredValue[]>();
	for (const v of values) {
		const s = byId.get(v.seriesId);
		if (!s || s.unit !== 'count') {
			out.set(v, { ...v, published: v.value, suppressed: false });
			continue;
		}
		const key = `${s.measure}|${v.territoryType}|${v.territoryId}|${v.year}`;
		groups.set(key, [...(groups.get(key) ?? []), v]);
	}
	for (const group of groups.values()) {
		const k = Math.max(...group.map((v) => byId.get(v.seriesId)!.minCount));
		const bySex = (sex: string) => group.find((v) => byId.get(v.seriesId)!.sex === sex);
		const women = bySex('women');
		const men = bySex('men');
		const all = bySex('all');
		const parts = [women, men].filter((v): v is StoredValue => v !== undefined);
		const publish = (v: StoredValue | undefined, p: number | null) => {
			if (v) out.set(v, { ...v, published: p, suppressed: p === null });
		};
		if (parts.length === 0 || (parts.length === 1 && !all)) {
			for (const v of group) {
				const hidden = v.value > 0 && v.value < k;
				publish(v, hidden ? null : v.value);
			}
			continue;
		}
		const sum = parts.reduce((a, v) => a + v.value, 0);
		const rest = all ? all.value - sum : 0;
		const cells = [...parts.map((v) => v.value), ...(rest > 0 ? [rest] : [])];
		const table = protectTable({ counts: [cells] }, { minCount: k });
		parts.forEach((v, i) => publish(v, table.cells[0]![i]!));
		// A total that does not add up (smaller than its parts) cannot be checked: it is hidden with them.
		publish(all, rest < 0 ? null : table.rowTotals[0]!);
	}
	return values.map((v) => out.get(v)!);
}

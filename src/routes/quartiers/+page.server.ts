import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { listQuartiers } from '#lib/server/use-cases/list-quartiers.js';
import { pageRequest } from '#lib/domain/pagination.js';

export const load: PageServerLoad = async ({ url }) => {
	const search = url.searchParams.get('q')?.trim() ?? '';
	const { quartiers, info } = await listQuartiers(await app(), {
		search,
		page: pageRequest(url.searchParams.get('page'), 30)
	});
	// Grouped by main commune, in the order of the list (which is sorted by commune).
	const groups: { commune: string; inseeCode: string; quartiers: typeof quartiers }[] = [];
	for (const q of quartiers) {
		const main = q.communes[0] ?? { name: '', inseeCode: '' };
		const last = groups.at(-1);
		if (last && last.inseeCode === main.inseeCode) last.quartiers.push(q);
		else groups.push({ commune: main.name, inseeCode: main.inseeCode, quartiers: [q] });
	}
	return { groups, info, search };
};

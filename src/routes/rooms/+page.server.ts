import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { managedScope } from '#lib/server/facility-access.js';
import { listRooms } from '#lib/server/use-cases/list-rooms.js';
import { parseRoomFilters } from '#lib/domain/room-forms.js';
import { pageRequest } from '#lib/domain/pagination.js';

export const load: PageServerLoad = async ({ url, locals }) => {
	const filters = parseRoomFilters(url.searchParams);
	const list = await listRooms(await app(), filters, pageRequest(url.searchParams.get('page'), 20));
	const scope = managedScope(locals.actor);
	return {
		...list,
		filters,
		canManage: scope.all || scope.communeIds.length > 0 || scope.facilityIds.length > 0
	};
};

import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { getCalendar } from '#lib/server/use-cases/get-calendar.js';

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const calendar = await getCalendar(
		await app(),
		locals.actor,
		'room',
		params.id,
		{ view: url.searchParams.get('view'), date: url.searchParams.get('date') },
		new Date()
	);
	if (!calendar) error(404, { message: 'Not Found' });
	return { calendar, layout: url.searchParams.get('layout') === 'list' ? ('list' as const) : ('grid' as const) };
};

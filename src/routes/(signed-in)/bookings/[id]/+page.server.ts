import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, guarded, requireUser } from '#lib/server/http.js';
import { getRequestedBooking } from '#lib/server/use-cases/get-requested-booking.js';
import { changeBooking } from '#lib/server/use-cases/change-booking.js';
import { toLocal } from '#lib/domain/zoned-time.js';
import { errorText } from '#lib/i18n/error-text.js';

export const load: PageServerLoad = async (event) => {
	const view = await guarded(event, async () => getRequestedBooking(await app(), event.locals.actor, event.params.id));
	if (!view) error(404, { message: 'Not Found' });
	const sent = event.url.searchParams.get('sent');
	return {
		...view,
		sent: sent === 'pending' || sent === 'confirmed' ? sent : null,
		sentCount: Number(event.url.searchParams.get('count') ?? '0') || 0
	};
};

export const actions = {
	default: async (event) => {
		requireUser(event.locals);
		const values = await formValues(event.request);
		const result = await guarded(event, async () =>
			changeBooking(await app(), event.locals.actor, event.params.id, values, new Date())
		);
		if (!result) error(404, { message: 'Not Found' });
		if (result.ok) return { values, changed: result.changed };
		if (result.reason === 'INVALID') return formFailure(values, result.fieldErrors, result.retryAfterSeconds);
		const errors = Object.fromEntries(Object.entries(result.fieldErrors).map(([k, v]) => [k, errorText(v)]));
		return fail(result.reason === 'CONFLICT' ? 409 : 400, {
			values,
			errors,
			conflicts:
				result.reason === 'CONFLICT'
					? result.conflicts.map((c) => ({
							date: c.date,
							start: toLocal(c.interval.start, result.timeZone).time,
							end: toLocal(c.interval.end, result.timeZone).time
						}))
					: [],
			problems: result.reason === 'POLICY' ? result.problems.map((p) => ({ date: p.date, problems: p.problems })) : []
		});
	}
} satisfies Actions;

import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValuesWithLists, guarded, requireUser } from '#lib/server/http.js';
import { getBookingRequestForm } from '#lib/server/use-cases/get-booking-request-form.js';
import { previewBookingRequest, type BookingPreview } from '#lib/server/use-cases/preview-booking-request.js';
import { requestBookingFromForm } from '#lib/server/use-cases/request-booking.js';
import type { Examination } from '#lib/server/bookings/requests.js';
import { prefillFromQuery, REQUEST_LIST_FIELDS } from '#lib/domain/booking-request-form.js';
import { toLocal } from '#lib/domain/zoned-time.js';
import { errorText } from '#lib/i18n/error-text.js';

export const load: PageServerLoad = async (event) => {
	const options = await guarded(event, async () =>
		getBookingRequestForm(await app(), event.locals.actor, event.params.id)
	);
	if (!options) error(404, { message: 'Not Found' });
	return { ...options, prefill: prefillFromQuery(event.url.searchParams) };
};

/** The preview as the page shows it: local dates and times, each date's state. */
function shown(examination: Examination, timeZone: string, alternatives: BookingPreview['alternatives'] = null) {
	const local = (d: Date) => toLocal(d, timeZone).time;
	const conflicts = new Map(examination.conflicts.map((c) => [c.date, c]));
	const problems = new Map(examination.problems.map((p) => [p.date, p.problems]));
	return {
		occurrences: examination.occurrences.map((o) => ({
			date: o.date,
			start: local(o.interval.start),
			end: local(o.interval.end),
			taken: (conflicts.get(o.date)?.with ?? []).map((w) =>
				w.title ? (w.organisationName ? `${w.title} (${w.organisationName})` : w.title) : null
			),
			problems: problems.get(o.date) ?? []
		})),
		skipped: examination.skipped,
		truncated: examination.truncated,
		conflictCount: examination.conflicts.length,
		problemCount: examination.problems.length,
		alternatives
	};
}

export const actions = {
	check: async (event) => {
		requireUser(event.locals);
		const values = await formValuesWithLists(event.request, REQUEST_LIST_FIELDS);
		values.roomId = event.params.id;
		const result = await guarded(event, async () =>
			previewBookingRequest(await app(), { kind: 'person', actor: event.locals.actor }, values, new Date())
		);
		if (!result.ok) return formFailure(values, result.fieldErrors);
		const { examination, room, alternatives } = result.value;
		return { values, preview: shown(examination, room.timeZone, alternatives) };
	},
	send: async (event) => {
		requireUser(event.locals);
		const values = await formValuesWithLists(event.request, REQUEST_LIST_FIELDS);
		values.roomId = event.params.id;
		const ctx = await app();
		const result = await guarded(event, async () =>
			requestBookingFromForm(ctx, event.locals.actor, values, new Date())
		);
		if (result.ok) {
			const status = result.bookings[0]?.status ?? 'pending';
			redirect(303, `/bookings/${result.bookings[0]!.id}?sent=${status}&count=${result.bookings.length}`);
		}
		if (result.reason === 'INVALID') return formFailure(values, result.fieldErrors, result.retryAfterSeconds);
		// Refused or taken: the same page, with the dates and what stands in their way.
		const preview = await previewBookingRequest(ctx, { kind: 'person', actor: event.locals.actor }, values, new Date());
		const errors = Object.fromEntries(Object.entries(result.fieldErrors).map(([k, v]) => [k, errorText(v)]));
		return fail(result.reason === 'CONFLICT' ? 409 : 400, {
			values,
			errors,
			preview: preview.ok
				? shown(preview.value.examination, preview.value.room.timeZone, preview.value.alternatives)
				: null
		});
	}
} satisfies Actions;

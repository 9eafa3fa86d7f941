import type { AppContext } from '../context.js';
import { prepareRequest, type PreparedRequest, type Requester } from '../bookings/prepare-request.js';
import { findAlternatives, type Alternatives } from '../bookings/alternatives.js';
import { parseForm, type FieldErrors } from '#lib/domain/account-forms.js';
import { bookingRequestForm, bookingRequestOf } from '#lib/domain/booking-request-form.js';

export interface BookingPreview extends PreparedRequest {
	/** Other rooms and other times, when some dates are taken or refused by the room's policy. */
	alternatives: Alternatives | null;
}

/**
 * "Check availability": the dates a request makes, what the room's policy says of each, which
 * are taken and by whom, and alternatives — nothing is written.
 */
export async function previewBookingRequest(
	ctx: Pick<AppContext, 'db'>,
	requester: Requester,
	values: Record<string, unknown>,
	now: Date
): Promise<{ ok: true; value: BookingPreview } | { ok: false; fieldErrors: FieldErrors }> {
	const form = parseForm(bookingRequestForm, values);
	if (!form.ok) return form;
	const prepared = await prepareRequest(ctx.db, requester, bookingRequestOf(form.data), now);
	if (!prepared.ok) return prepared;
	const { examination, request } = prepared.value;
	const stuck = examination.conflicts.length > 0 || examination.problems.length > 0;
	const alternatives = stuck
		? await findAlternatives(ctx.db, {
				roomId: request.roomId,
				occurrences: examination.occurrences,
				initiativeId: request.initiativeId
			})
		: null;
	return { ok: true, value: { ...prepared.value, alternatives } };
}

import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context.js';
import { bookingSeries } from '../db/schema.js';
import { prepareRequest, type Requester } from '../bookings/prepare-request.js';
import { conflictsOf, type Examination, type OccurrenceConflict } from '../bookings/requests.js';
import { insertBookings, isOverlapViolation, sqlStateOf, type NewBooking } from '../bookings/store.js';
import { enqueueNotification } from '../notifications/enqueue.js';
import { rateLimited } from './rate-limited.js';
import type { FieldErrors } from '#lib/domain/account-forms.js';
import { bookingRequestForm, bookingRequestOf, type BookingRequest } from '#lib/domain/booking-request-form.js';
import { parseForm } from '#lib/domain/account-forms.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { formatRule } from '#lib/domain/recurrence.js';
import type { Interval, LocalDate } from '#lib/domain/zoned-time.js';

export interface CreatedBooking {
	id: string;
	date: LocalDate;
	interval: Interval;
	status: 'pending' | 'confirmed';
}

export type RequestBookingResult =
	| { ok: true; seriesId: string | null; bookings: CreatedBooking[] }
	/** Bad input, unknown room or initiative, too many requests: the problem of each field. */
	| { ok: false; reason: 'INVALID'; fieldErrors: FieldErrors; retryAfterSeconds?: number }
	/** The room's policy refuses some dates (notice, length, hours, closure, quota, who may book). */
	| { ok: false; reason: 'POLICY'; fieldErrors: FieldErrors; examination: Examination }
	/** Some dates are taken — found beforehand, or because another request won the race. */
	| {
			ok: false;
			reason: 'CONFLICT';
			fieldErrors: FieldErrors;
			conflicts: OccurrenceConflict[];
			examination: Examination;
	  };

/** Deadlocks between two series inserted at once are retried; the constraint still decides. */
const ATTEMPTS = 3;

/**
 * An organisation asks for a room: the series and every one of its bookings are written in one
 * transaction (pending, or confirmed at once when the room needs no approval), or nothing is.
 */
export async function requestBooking(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	requester: Requester,
	request: BookingRequest,
	now: Date
): Promise<RequestBookingResult> {
	const prepared = await prepareRequest(ctx.db, requester, request, now);
	if (!prepared.ok) return { ok: false, reason: 'INVALID', fieldErrors: prepared.fieldErrors };
	const limited =
		requester.kind === 'person'
			? await rateLimited(ctx.rateLimiter, [['postUser', requester.actor?.userId ?? '']])
			: await rateLimited(ctx.rateLimiter, [['bookingRequestOrganisation', requester.organisationId]]);
	if (limited) return { ...limited, reason: 'INVALID' };

	const { room, examination, requesterKind } = prepared.value;
	if (examination.problems.length > 0)
		return { ok: false, reason: 'POLICY', fieldErrors: { form: 'REQUESTS.POLICY_REFUSED' }, examination };
	if (examination.conflicts.length > 0)
		return {
			ok: false,
			reason: 'CONFLICT',
			fieldErrors: { form: 'REQUESTS.CONFLICT' },
			conflicts: examination.conflicts,
			examination
		};

	// A manager booking their own room decides at once, like a room without approval.
	const status = room.policy.approvalRequired && requesterKind !== 'manager' ? 'pending' : 'confirmed';
	const requestedBy = requester.kind === 'person' ? (requester.actor?.userId ?? null) : null;
	const seriesId = request.oneOff ? null : randomUUID();
	const rows: (NewBooking & { id: string })[] = examination.occurrences.map((o) => ({
		id: randomUUID(),
		roomId: room.id,
		seriesId,
		occurrenceDate: seriesId ? o.date : null,
		organisationId: request.organisationId,
		initiativeId: request.initiativeId,
		requestedBy,
		title: request.title,
		status,
		isPublic: request.isPublic,
		interval: o.interval
	}));

	for (let attempt = 1; ; attempt += 1) {
		try {
			await ctx.db.transaction(async (tx) => {
				if (seriesId)
					await tx.insert(bookingSeries).values({
						id: seriesId,
						roomId: room.id,
						organisationId: request.organisationId,
						initiativeId: request.initiativeId,
						requestedBy,
						title: request.title,
						rule: formatRule(request.spec.rule),
						startsOn: request.spec.startsOn,
						startTime: request.spec.startTime,
						endTime: request.spec.endTime,
						timeZone: room.timeZone,
						excludedDates: request.spec.excludedDates,
						calendarFilter: request.spec.calendarFilter
					});
				await insertBookings(tx, rows);
				await enqueueNotification(tx, { kind: 'booking.requested', bookingIds: rows.map((r) => r.id) });
			});
			break;
		} catch (error) {
			if (sqlStateOf(error) === '40P01' && attempt < ATTEMPTS) continue;
			if (!isOverlapViolation(error) && sqlStateOf(error) !== '40P01') throw error;
			// Lost the race: say which dates are taken now.
			const conflicts = await conflictsOf(ctx.db, room.id, examination.occurrences, request.organisationId);
			return {
				ok: false,
				reason: 'CONFLICT',
				fieldErrors: { form: 'REQUESTS.CONFLICT' },
				conflicts,
				examination: { ...examination, conflicts }
			};
		}
	}
	return {
		ok: true,
		seriesId,
		bookings: rows.map((r, i) => ({ id: r.id, date: examination.occurrences[i]!.date, interval: r.interval, status }))
	};
}

/** "Send the request" from the booking form. */
export async function requestBookingFromForm(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	values: Record<string, unknown>,
	now: Date
): Promise<RequestBookingResult> {
	const form = parseForm(bookingRequestForm, values);
	if (!form.ok) return { ok: false, reason: 'INVALID', fieldErrors: form.fieldErrors };
	return requestBooking(ctx, { kind: 'person', actor }, bookingRequestOf(form.data), now);
}

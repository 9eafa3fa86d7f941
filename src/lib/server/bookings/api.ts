import type { AppContext } from '../context.js';
import { authenticateApiToken } from '../api-tokens.js';
import { requestBooking } from '../use-cases/request-booking.js';
import { bookingRequestFromApi } from '#lib/domain/booking-request-form.js';

/** RFC 9457 problem details. */
function problem(
	status: number,
	title: string,
	extra: Record<string, unknown> = {},
	headers: Record<string, string> = {}
) {
	return new Response(JSON.stringify({ type: 'about:blank', title, status, ...extra }), {
		status,
		headers: { 'content-type': 'application/problem+json', ...headers }
	});
}

/**
 * An organisation's program requests a room with its API token: 201 with the bookings created,
 * 409 with the dates taken (also when another request won the race), 422 with field errors.
 */
export async function handleBookingPost(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	request: Request,
	now: Date
): Promise<Response> {
	const caller = await authenticateApiToken(ctx.db, request.headers.get('authorization'));
	if (!caller) return problem(401, 'Unauthorized', {}, { 'www-authenticate': 'Bearer' });
	let body: unknown;
	try {
		body = await request.json();
	} catch {
		return problem(400, 'Bad Request', { detail: 'The body must be JSON.' });
	}
	const parsed = bookingRequestFromApi(body, caller.organisationId);
	if (!parsed.ok) return problem(422, 'Unprocessable Content', { errors: parsed.fieldErrors });
	const result = await requestBooking(ctx, { kind: 'api', organisationId: caller.organisationId }, parsed.request, now);
	if (result.ok)
		return Response.json(
			{
				seriesId: result.seriesId,
				bookings: result.bookings.map((b) => ({
					id: b.id,
					date: b.date,
					start: b.interval.start.toISOString(),
					end: b.interval.end.toISOString(),
					status: b.status
				}))
			},
			{ status: 201 }
		);
	if (result.reason === 'CONFLICT')
		return problem(409, 'Conflict', {
			detail: 'Some dates are already taken: nothing was booked.',
			conflicts: result.conflicts.map((c) => ({
				date: c.date,
				start: c.interval.start.toISOString(),
				end: c.interval.end.toISOString()
			}))
		});
	if (result.reason === 'POLICY' && result.examination.problems.some((p) => p.problems.includes('not_allowed')))
		return problem(403, 'Forbidden', { detail: 'This room does not take requests from organisations.' });
	if (result.reason === 'POLICY')
		return problem(422, 'Unprocessable Content', {
			detail: 'The room’s booking policy refuses some dates.',
			problems: result.examination.problems.map((p) => ({ date: p.date, problems: p.problems }))
		});
	if (result.retryAfterSeconds)
		return problem(429, 'Too Many Requests', {}, { 'retry-after': String(result.retryAfterSeconds) });
	if (result.fieldErrors.form === 'AUTH.FORBIDDEN') return problem(403, 'Forbidden');
	return problem(422, 'Unprocessable Content', { errors: result.fieldErrors });
}

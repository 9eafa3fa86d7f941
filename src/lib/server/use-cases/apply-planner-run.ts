import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { bookingSeries, plannerAppliedSeries } from '../db/schema.js';
import { examineOccurrences, expandSeries, loadRoomForBooking, type RoomForBooking } from '../bookings/requests.js';
import { insertBookings, isOverlapViolation, sqlStateOf, type NewBooking } from '../bookings/store.js';
import { enqueueNotification } from '../notifications/enqueue.js';
import { isApplied, loadRunApplication, lockRun, type ApplyItem } from '../planner/apply-requests.js';
import { rateLimited } from './rate-limited.js';
import { parseForm, type FieldErrors } from '#lib/domain/account-forms.js';
import type { Actor } from '#lib/domain/authorisation.js';
import type { PolicyProblem } from '#lib/domain/booking-policy.js';
import type { Occurrence } from '#lib/domain/occurrences.js';
import { applyForm, sessionSeries, type ApplyDates } from '#lib/domain/planner/apply-form.js';
import { formatRule } from '#lib/domain/recurrence.js';
import { toLocal, type LocalDate } from '#lib/domain/zoned-time.js';

/** What stands in the way of one request: dates taken, dates the room's policy refuses, or no date at all. */
export interface ApplyRefusal {
	item: ApplyItem;
	/** The dates and times leave no occurrence (e.g. only school holidays between them). */
	noDates: boolean;
	conflicts: { date: LocalDate; with: string[] }[];
	problems: { date: LocalDate; problems: PolicyProblem[] }[];
}

export interface CreatedSeries {
	seriesId: string;
	item: ApplyItem;
	roomName: string;
	startsOn: LocalDate;
	bookingIds: string[];
}

export type ApplyPlannerRunResult =
	| { ok: true; series: CreatedSeries[]; skipped: ApplyItem[] }
	| { ok: false; reason: 'INVALID'; fieldErrors: FieldErrors; retryAfterSeconds?: number }
	/** Unknown run, run not finished, applied already, or nothing in it can be requested. */
	| {
			ok: false;
			reason: 'NOT_FOUND' | 'PLANNER.APPLY_NOT_DONE' | 'PLANNER.APPLY_ALREADY_APPLIED' | 'PLANNER.APPLY_NOTHING';
	  }
	/** Some request cannot be made as it stands: nothing at all was requested. */
	| { ok: false; reason: 'PLANNER.APPLY_REFUSED'; refusals: ApplyRefusal[] };

/** Deadlocks with another request inserted at the same moment are retried; the constraint still decides. */
const ATTEMPTS = 3;

interface Prepared {
	item: ApplyItem & { roomId: string; organisationId: string };
	room: RoomForBooking | null;
	spec: ReturnType<typeof sessionSeries>;
	occurrences: Occurrence[];
}

/**
 * Turns a finished run's timetable into booking requests: one weekly series per session held in
 * an existing room, for the activity's organisation, between the chosen dates. Sessions in planned
 * rooms and sessions of activities without an organisation are listed as skipped.
 *
 * Everything is requested PENDING, whatever the room's instant-booking policy: instant booking
 * lets an organisation take a free slot it chose itself, whereas here a planner commits several
 * organisations' weeks at once from a model of the rooms (one reference week of occupancy, the
 * equipment as recorded). Each room's manager, who knows what the model does not, decides through
 * the normal approval flow (/manage/bookings), and the organisation sees the requests as its own.
 *
 * All or nothing, like a series request: if any date of any request is taken or refused by its
 * room's policy, nothing is written and every such date is listed. A run is applied once; applying
 * it again is refused (its series, once cancelled, can be requested again from a new run).
 */
export async function applyPlannerRun(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	input: { scenarioId: string; runId: string; values: Record<string, unknown> },
	now: Date
): Promise<ApplyPlannerRunResult> {
	assertAllowed(actor, 'planner.use');
	const application = await loadRunApplication(ctx.db, input.scenarioId, input.runId);
	if (!application) return { ok: false, reason: 'NOT_FOUND' };
	const form = parseForm(applyForm(toLocal(now, application.timeZone).date), input.values);
	if (!form.ok) return { ok: false, reason: 'INVALID', fieldErrors: form.fieldErrors };
	if (application.status !== 'done') return { ok: false, reason: 'PLANNER.APPLY_NOT_DONE' };
	if (application.applied.length > 0) return { ok: false, reason: 'PLANNER.APPLY_ALREADY_APPLIED' };
	const requested = application.items.filter(
		(i): i is Prepared['item'] => i.skipped === null && i.roomId !== null && i.organisationId !== null
	);
	if (requested.length === 0) return { ok: false, reason: 'PLANNER.APPLY_NOTHING' };
	const limited = await rateLimited(ctx.rateLimiter, [['postUser', actor.userId]]);
	if (limited) return { ...limited, reason: 'INVALID' };

	const prepared = await prepare(ctx, requested, form.data);
	const refusals = await examine(ctx, prepared, now);
	if (refusals.length > 0) return { ok: false, reason: 'PLANNER.APPLY_REFUSED', refusals };

	// Every request has a room now: one without would have been refused above.
	const ready = prepared.filter((p): p is Prepared & { room: RoomForBooking } => p.room !== null);
	const rows = ready.map((p) => {
		const seriesId = randomUUID();
		const bookings: (NewBooking & { id: string })[] = p.occurrences.map((o) => ({
			id: randomUUID(),
			roomId: p.room.id,
			seriesId,
			occurrenceDate: o.date,
			organisationId: p.item.organisationId,
			initiativeId: null,
			requestedBy: actor.userId,
			title: p.item.activityLabel,
			status: 'pending',
			// The organisation did not choose to be shown on public calendars: "booked" only, until it says so.
			isPublic: false,
			interval: o.interval
		}));
		return { p, seriesId, bookings };
	});

	for (let attempt = 1; ; attempt += 1) {
		try {
			const already = await ctx.db.transaction(async (tx) => {
				await lockRun(tx, application.runId);
				// Checked again under the lock: of two applications sent at once, the second finds the first's series.
				if (await isApplied(tx, application.runId)) return true;
				for (const { p, seriesId, bookings } of rows) {
					await tx.insert(bookingSeries).values({
						id: seriesId,
						roomId: p.room.id,
						organisationId: p.item.organisationId,
						initiativeId: null,
						requestedBy: actor.userId,
						title: p.item.activityLabel,
						rule: formatRule(p.spec.rule),
						startsOn: p.spec.startsOn,
						startTime: p.spec.startTime,
						endTime: p.spec.endTime,
						timeZone: p.room.timeZone,
						excludedDates: [],
						calendarFilter: p.spec.calendarFilter
					});
					await insertBookings(tx, bookings);
					await tx.insert(plannerAppliedSeries).values({
						runId: application.runId,
						seriesId,
						activityId: p.item.activityId,
						appliedBy: actor.userId
					});
					await enqueueNotification(tx, { kind: 'booking.requested', bookingIds: bookings.map((b) => b.id) });
				}
				return false;
			});
			if (already) return { ok: false, reason: 'PLANNER.APPLY_ALREADY_APPLIED' };
			break;
		} catch (error) {
			if (sqlStateOf(error) === '40P01' && attempt < ATTEMPTS) continue;
			if (!isOverlapViolation(error) && sqlStateOf(error) !== '40P01') throw error;
			// Another request took a slot between the check and the writing: say which, write nothing.
			const lost = await examine(ctx, prepared, now);
			return { ok: false, reason: 'PLANNER.APPLY_REFUSED', refusals: lost };
		}
	}

	return {
		ok: true,
		series: rows.map(({ p, seriesId, bookings }) => ({
			seriesId,
			item: p.item,
			roomName: p.room.name,
			startsOn: p.occurrences[0]!.date,
			bookingIds: bookings.map((b) => b.id)
		})),
		skipped: application.items.filter((i) => i.skipped !== null)
	};
}

/** The series of each request in its room's zone, with the room's school calendar. */
async function prepare(
	ctx: Pick<AppContext, 'db'>,
	requested: readonly Prepared['item'][],
	dates: ApplyDates
): Promise<Prepared[]> {
	const rooms = new Map<string, RoomForBooking | null>();
	const prepared: Prepared[] = [];
	for (const item of requested) {
		if (!rooms.has(item.roomId)) rooms.set(item.roomId, await loadRoomForBooking(ctx.db, item.roomId));
		const room = rooms.get(item.roomId) ?? null;
		const spec = sessionSeries(item, dates);
		// loadRunApplication found the room a moment ago; one deleted since takes no date.
		const { occurrences } = room ? await expandSeries(ctx.db, room, spec) : { occurrences: [] };
		prepared.push({ item, room, spec, occurrences });
	}
	return prepared;
}

/** What stands in the way of each request, judged as the organisation asking (not as a manager). */
async function examine(ctx: Pick<AppContext, 'db'>, prepared: readonly Prepared[], now: Date): Promise<ApplyRefusal[]> {
	const refusals: ApplyRefusal[] = [];
	for (const p of prepared) {
		if (!p.room || p.occurrences.length === 0) {
			refusals.push({ item: p.item, noDates: true, conflicts: [], problems: [] });
			continue;
		}
		const found = await examineOccurrences(ctx.db, p.room, p.occurrences, {
			organisationId: p.item.organisationId,
			requesterKind: 'organisation',
			now
		});
		if (found.conflicts.length === 0 && found.problems.length === 0) continue;
		refusals.push({
			item: p.item,
			noDates: false,
			conflicts: found.conflicts.map((c) => ({
				date: c.date,
				with: c.with.map((w) => (w.title ? (w.organisationName ? `${w.title} (${w.organisationName})` : w.title) : ''))
			})),
			problems: found.problems.map((o) => ({ date: o.date, problems: o.problems }))
		});
	}
	return refusals;
}

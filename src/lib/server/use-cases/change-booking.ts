import { randomUUID } from 'node:crypto';
import { and, eq, gte, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { booking, bookingSeries } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import {
	conflictsOf,
	examineOccurrences,
	loadRoomForBooking,
	requesterKindFor,
	type OccurrenceConflict
} from '../bookings/requests.js';
import { isOverlapViolation, moveBookings, setBookingStatus } from '../bookings/store.js';
import { enqueueNotification } from '../notifications/enqueue.js';
import { rateLimited } from './rate-limited.js';
import { parseForm, type FieldErrors } from '#lib/domain/account-forms.js';
import type { Actor } from '#lib/domain/authorisation.js';
import type { OccurrenceProblems } from '#lib/domain/booking-policy.js';
import { oneOf, text } from '#lib/domain/form-fields.js';
import { CHANGE_SCOPES, type ChangeScope } from '#lib/domain/booking-request-form.js';
import { minutesOf, parseTime } from '#lib/domain/opening-hours.js';
import { formatRule, parseRule } from '#lib/domain/recurrence.js';
import {
	addDays,
	fromRangeLiteral,
	localInterval,
	toLocal,
	type Interval,
	type LocalDate
} from '#lib/domain/zoned-time.js';

const optionalTime = z
	.string()
	.trim()
	.optional()
	.transform((v) => (v ? parseTime(v) : null));

export const changeBookingForm = z
	.object({
		action: oneOf(['cancel', 'move'] as const),
		scope: oneOf(CHANGE_SCOPES).default('this'),
		start: optionalTime,
		end: optionalTime,
		reason: text(500, { optional: true })
	})
	.superRefine((form, ctx) => {
		if (form.action !== 'move') return;
		if (!form.start) ctx.addIssue({ code: 'custom', path: ['start'], message: 'HOURS.TIME_INVALID' });
		if (!form.end) ctx.addIssue({ code: 'custom', path: ['end'], message: 'HOURS.TIME_INVALID' });
		if (form.start && form.end && minutesOf(form.end) <= minutesOf(form.start))
			ctx.addIssue({ code: 'custom', path: ['end'], message: 'REQUESTS.END_BEFORE_START' });
	});

export type ChangeBookingResult =
	| { ok: true; changed: number; seriesId: string | null }
	| { ok: false; reason: 'INVALID'; fieldErrors: FieldErrors; retryAfterSeconds?: number }
	| { ok: false; reason: 'POLICY'; fieldErrors: FieldErrors; problems: OccurrenceProblems[] }
	| { ok: false; reason: 'CONFLICT'; fieldErrors: FieldErrors; conflicts: OccurrenceConflict[]; timeZone: string };

interface Row {
	id: string;
	seriesId: string | null;
	occurrenceDate: string | null;
	status: string;
	isException: boolean;
	interval: Interval;
}

const HELD = new Set(['pending', 'confirmed']);

/**
 * The requester cancels or moves one occurrence, this and the following ones, or the whole
 * series. "This and following" splits the series at that date; a whole-series edit leaves the
 * occurrences changed on their own (exceptions) as they are. Everything in one transaction:
 * a move that meets a held slot changes nothing.
 */
export async function changeBooking(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	bookingId: string,
	values: Record<string, unknown>,
	now: Date
): Promise<ChangeBookingResult | null> {
	const [found] = await ctx.db
		.select({
			id: booking.id,
			roomId: booking.roomId,
			organisationId: booking.organisationId,
			seriesId: booking.seriesId,
			occurrenceDate: booking.occurrenceDate,
			status: booking.status,
			during: sql<string>`${booking.during}::text`
		})
		.from(booking)
		.where(eq(booking.id, bookingId));
	if (!found || !found.organisationId) return null;
	assertAllowed(actor, 'organisation.act', { organisationId: found.organisationId });
	const form = parseForm(changeBookingForm, values);
	if (!form.ok) return { ok: false, reason: 'INVALID', fieldErrors: form.fieldErrors };
	const limited = await rateLimited(ctx.rateLimiter, [['postUser', actor.userId]]);
	if (limited) return { ...limited, reason: 'INVALID' };
	const room = await loadRoomForBooking(ctx.db, found.roomId);
	if (!room) return null;

	const tz = room.timeZone;
	const chosen = fromRangeLiteral(found.during);
	const chosenDate = found.occurrenceDate ?? toLocal(chosen.start, tz).date;
	const scope: ChangeScope = found.seriesId ? form.data.scope : 'this';
	if (scope !== 'all' && chosen.start <= now)
		return { ok: false, reason: 'INVALID', fieldErrors: { form: 'REQUESTS.ALREADY_STARTED' } };

	// The bookings the change is about, not yet started.
	const rows: Row[] = (
		await ctx.db
			.select({
				id: booking.id,
				seriesId: booking.seriesId,
				occurrenceDate: booking.occurrenceDate,
				status: booking.status,
				isException: booking.isException,
				during: sql<string>`${booking.during}::text`
			})
			.from(booking)
			.where(
				scope === 'this'
					? eq(booking.id, found.id)
					: scope === 'following'
						? and(eq(booking.seriesId, found.seriesId!), gte(booking.occurrenceDate, chosenDate))
						: and(
								eq(booking.seriesId, found.seriesId!),
								sql`lower(${booking.during}) > ${now.toISOString()}::timestamptz`
							)
			)
	)
		.map((r) => ({ ...r, interval: fromRangeLiteral(r.during) }))
		.filter((r) => r.interval.start > now);

	const { action, reason } = form.data;
	if (action === 'cancel') {
		const ids = rows.filter((r) => HELD.has(r.status)).map((r) => r.id);
		await ctx.db.transaction(async (tx) => {
			await setBookingStatus(tx, ids, {
				status: 'cancelled',
				reason: reason || null,
				...(scope === 'this' ? { isException: true } : {})
			});
			if (found.seriesId && scope === 'following') await endSeriesBefore(tx, found.seriesId, chosenDate);
			if (found.seriesId && scope === 'all')
				await tx
					.update(bookingSeries)
					.set({ status: 'cancelled', updatedAt: new Date() })
					.where(eq(bookingSeries.id, found.seriesId));
			if (found.seriesId) await endSeriesIfEmpty(tx, found.seriesId);
			await enqueueNotification(tx, { kind: 'booking.cancelled', bookingIds: ids, reason: reason || undefined });
		});
		return { ok: true, changed: ids.length, seriesId: found.seriesId };
	}

	// A move: the occurrence itself always; in a wider scope, every held one but the exceptions.
	const moving = rows.filter((r) => HELD.has(r.status) && (scope === 'this' || !r.isException || r.id === found.id));
	const start = form.data.start!;
	const end = form.data.end!;
	const moved = moving.map((r) => {
		const date = r.occurrenceDate ?? toLocal(r.interval.start, tz).date;
		return { row: r, date, interval: localInterval(date, start, end, tz) };
	});
	const requesterKind = requesterKindFor(actor, room);
	const movedIds = moving.map((r) => r.id);
	const occurrences = moved.map((m) => ({ date: m.date, interval: m.interval }));
	const { problems, conflicts } = await examineOccurrences(ctx.db, room, occurrences, {
		organisationId: found.organisationId,
		requesterKind,
		now,
		exclude: { bookingIds: movedIds }
	});
	if (problems.length)
		return { ok: false, reason: 'POLICY', fieldErrors: { form: 'REQUESTS.POLICY_REFUSED' }, problems };
	if (conflicts.length)
		return { ok: false, reason: 'CONFLICT', fieldErrors: { form: 'REQUESTS.CONFLICT' }, conflicts, timeZone: tz };
	const status = room.policy.approvalRequired && requesterKind !== 'manager' ? 'pending' : 'confirmed';

	let seriesId = found.seriesId;
	try {
		await ctx.db.transaction(async (tx) => {
			// Managers hear of moved dates as of a new request: they may have to decide again.
			await enqueueNotification(tx, { kind: 'booking.requested', bookingIds: movedIds });
			if (scope === 'this') {
				await moveBookings(
					tx,
					moved.map((m) => ({ id: m.row.id, interval: m.interval, status, isException: true }))
				);
				return;
			}
			const [series] = await tx.select().from(bookingSeries).where(eq(bookingSeries.id, found.seriesId!));
			if (!series) return;
			if (scope === 'all' || chosenDate <= series.startsOn) {
				await tx
					.update(bookingSeries)
					.set({ startTime: start, endTime: end, updatedAt: new Date() })
					.where(eq(bookingSeries.id, series.id));
				await moveBookings(
					tx,
					moved.map((m) => ({ id: m.row.id, interval: m.interval, status }))
				);
				return;
			}
			// This and following: a new series from the chosen date, the old one ends the day before.
			const lastDate = await lastOccurrenceDate(tx, series.id);
			const parsed = parseRule(series.rule);
			const newRule = parsed.ok
				? formatRule({ ...parsed.value, count: undefined, until: lastDate ?? chosenDate })
				: series.rule;
			seriesId = randomUUID();
			await tx.insert(bookingSeries).values({
				...series,
				id: seriesId,
				rule: newRule,
				startsOn: chosenDate,
				startTime: start,
				endTime: end,
				excludedDates: series.excludedDates.filter((d) => d >= chosenDate),
				status: 'active',
				createdAt: new Date(),
				updatedAt: new Date()
			});
			// Exceptions go to the new series as they are; the others move to the new times.
			await tx
				.update(booking)
				.set({ seriesId, updatedAt: new Date() })
				.where(and(eq(booking.seriesId, series.id), gte(booking.occurrenceDate, chosenDate)));
			await moveBookings(
				tx,
				moved.map((m) => ({ id: m.row.id, interval: m.interval, status, seriesId }))
			);
			await endSeriesBefore(tx, series.id, chosenDate);
			await endSeriesIfEmpty(tx, series.id);
		});
	} catch (error) {
		if (!isOverlapViolation(error)) throw error;
		const taken = await conflictsOf(ctx.db, room.id, occurrences, found.organisationId, { bookingIds: movedIds });
		return {
			ok: false,
			reason: 'CONFLICT',
			fieldErrors: { form: 'REQUESTS.CONFLICT' },
			conflicts: taken,
			timeZone: tz
		};
	}
	return { ok: true, changed: moved.length, seriesId };
}

type Tx = Parameters<Parameters<AppContext['db']['transaction']>[0]>[0];

/** The series' rule stops the day before `date` (UNTIL replaces COUNT). */
async function endSeriesBefore(tx: Tx, seriesId: string, date: LocalDate): Promise<void> {
	const [series] = await tx
		.select({ rule: bookingSeries.rule })
		.from(bookingSeries)
		.where(eq(bookingSeries.id, seriesId));
	if (!series) return;
	const parsed = parseRule(series.rule);
	if (!parsed.ok) return;
	await tx
		.update(bookingSeries)
		.set({ rule: formatRule({ ...parsed.value, count: undefined, until: addDays(date, -1) }), updatedAt: new Date() })
		.where(eq(bookingSeries.id, seriesId));
}

/** A series with no held booking left has ended (it stays listed with its history). */
async function endSeriesIfEmpty(tx: Tx, seriesId: string): Promise<void> {
	const held = await tx
		.select({ id: booking.id })
		.from(booking)
		.where(and(eq(booking.seriesId, seriesId), inArray(booking.status, ['pending', 'confirmed'])))
		.limit(1);
	if (held.length === 0)
		await tx
			.update(bookingSeries)
			.set({ status: 'ended', updatedAt: new Date() })
			.where(and(eq(bookingSeries.id, seriesId), eq(bookingSeries.status, 'active')));
}

async function lastOccurrenceDate(tx: Tx, seriesId: string): Promise<LocalDate | null> {
	const [row] = await tx
		.select({ last: sql<string | null>`max(${booking.occurrenceDate})::text` })
		.from(booking)
		.where(eq(booking.seriesId, seriesId));
	return row?.last ?? null;
}

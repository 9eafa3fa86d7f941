import type { AppContext } from '../context.js';
import { loadActor } from '../authorisation.js';
import { bookingsInScope, disclosureOf, resolveScope, type FeedScopeType } from '../calendars/bookings-in-scope.js';
import { feedTokenOwner } from '../calendars/feeds.js';
import { bookingUid, renderCalendar, type CalendarEvent } from '#lib/domain/icalendar.js';

export interface FeedLabels {
	/** The summary of a booking whose details the reader may not see. */
	busy: string;
	/** "Réservation en attente de décision", in the description of a pending booking. */
	pending: string;
	calendarName: (name: string) => string;
}

export type FeedResult =
	| { ok: true; body: string; lastModified: Date | null; withToken: boolean }
	| { ok: false; reason: 'NOT_FOUND' | 'TOKEN_INVALID' };

/** How far a feed reaches: the recent past, and far enough ahead for series that run to the end of next school year. */
const PAST_DAYS = 60;
const FUTURE_DAYS = 3 * 366;

/**
 * The iCalendar feed of a room, an organisation or an initiative. Without a token it shows what
 * anyone may see: titles and organisations of public bookings, and, in a room, "booked" for the
 * others. With a live token of this scope it shows what the token's creator may see today.
 * Cancelled and refused bookings are left out; pending ones are TENTATIVE.
 */
export async function getCalendarFeed(
	ctx: Pick<AppContext, 'db'>,
	scopeType: FeedScopeType,
	scopeId: string,
	token: string | null,
	options: { now: Date; host: string; origin: string; labels: FeedLabels }
): Promise<FeedResult> {
	const scope = await resolveScope(ctx.db, scopeType, scopeId);
	if (!scope) return { ok: false, reason: 'NOT_FOUND' };
	let reader = null;
	if (token) {
		const owner = await feedTokenOwner(ctx.db, scopeType, scope.id, token);
		if (!owner) return { ok: false, reason: 'TOKEN_INVALID' };
		reader = await loadActor(ctx.db, owner);
		if (!reader) return { ok: false, reason: 'TOKEN_INVALID' };
	}
	const now = options.now.getTime();
	const bookings = await bookingsInScope(ctx.db, scope, {
		start: new Date(now - PAST_DAYS * 86_400_000),
		end: new Date(now + FUTURE_DAYS * 86_400_000)
	});
	const events: CalendarEvent[] = [];
	for (const b of bookings) {
		const disclosure = disclosureOf(reader, b);
		// In an organisation's or initiative's feed a private booking would say where that organisation is.
		if (disclosure === 'busy' && scope.rooms === null) continue;
		const shown = disclosure !== 'busy';
		const description = [
			b.status === 'pending' ? options.labels.pending : null,
			shown && b.organisationName ? b.organisationName : null,
			shown && b.initiativeTitle ? b.initiativeTitle : null
		].filter((s): s is string => s !== null);
		events.push({
			uid: bookingUid(b.id, options.host),
			start: b.interval.start,
			end: b.interval.end,
			summary: shown ? b.title : options.labels.busy,
			description: description.length ? description.join('\n') : undefined,
			location: `${b.roomName}, ${b.facilityName}, ${b.facilityAddress}`,
			status: b.status === 'pending' ? 'TENTATIVE' : 'CONFIRMED',
			updatedAt: b.updatedAt,
			url: shown && b.initiativeId ? `${options.origin}/initiatives/${b.initiativeId}` : undefined
		});
	}
	const lastModified = events.reduce<Date | null>(
		(max, e) => (max === null || e.updatedAt > max ? e.updatedAt : max),
		null
	);
	return {
		ok: true,
		body: renderCalendar({
			name: options.labels.calendarName(scope.context ? `${scope.name} (${scope.context})` : scope.name),
			events
		}),
		lastModified,
		withToken: reader !== null
	};
}

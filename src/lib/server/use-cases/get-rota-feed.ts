import type { AppContext } from '../context.js';
import { loadActor } from '../authorisation.js';
import { feedTokenOwner } from '../calendars/feeds.js';
import { findOrganisation, publishedShiftsOf, ROTA_TIME_ZONE } from '../rota/store.js';
import { renderCalendar, type CalendarEvent } from '#lib/domain/icalendar.js';
import { authorise } from '#lib/domain/authorisation.js';
import { formatClock } from '#lib/domain/rota/forms.js';
import { addDays, toInstant } from '#lib/domain/zoned-time.js';

/**
 * A member's published shifts in one organisation, as iCalendar, for her secret address only.
 * The token shows what its creator may see today: once she leaves the organisation, nothing.
 */
export async function getRotaFeed(
	ctx: Pick<AppContext, 'db'>,
	organisationId: string,
	token: string | null,
	options: {
		now: Date;
		host: string;
		labels: { shift: (organisation: string) => string; calendarName: (name: string) => string };
	}
): Promise<{ ok: true; body: string } | { ok: false; reason: 'NOT_FOUND' | 'TOKEN_INVALID' }> {
	const org = await findOrganisation(ctx.db, organisationId);
	if (!org) return { ok: false, reason: 'NOT_FOUND' };
	const owner = token ? await feedTokenOwner(ctx.db, 'rota', organisationId, token) : null;
	const reader = owner ? await loadActor(ctx.db, owner) : null;
	if (!reader || !authorise(reader, 'organisation.act', { organisationId }).allowed)
		return { ok: false, reason: 'TOKEN_INVALID' };
	const since = addDays(options.now.toISOString().slice(0, 10), -60);
	const shifts = await publishedShiftsOf(ctx.db, organisationId, reader.userId, since);
	const events: CalendarEvent[] = shifts.map((s) => {
		const day = addDays(s.weekStart, s.weekday - 1);
		return {
			uid: `rota-shift-${s.id}@${options.host}`,
			start: toInstant(day, formatClock(s.start), ROTA_TIME_ZONE),
			end: toInstant(day, formatClock(s.end), ROTA_TIME_ZONE),
			summary: options.labels.shift(org.name),
			status: 'CONFIRMED',
			updatedAt: s.updatedAt
		};
	});
	return { ok: true, body: renderCalendar({ name: options.labels.calendarName(org.name), events }) };
}

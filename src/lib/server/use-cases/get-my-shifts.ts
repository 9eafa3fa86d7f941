import { and, eq, inArray, ne } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { calendarFeed, rotaShift } from '../db/schema.js';
import { findOrganisation, namesOf, publishedShiftsOf, ROTA_TIME_ZONE, swapRequestsOf, teamOf } from '../rota/store.js';
import { mondayOf, toLocal } from '#lib/domain/zoned-time.js';
import type { Actor } from '#lib/domain/authorisation.js';

/**
 * A member's own shifts in the published weeks from this one on, her swap requests, the
 * colleagues she may hand a shift to (names only) and, for an exchange, their shifts of the same
 * week (times only), and whether she has a calendar address.
 */
export async function getMyShifts(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	organisationId: string,
	now = new Date()
) {
	const org = await findOrganisation(ctx.db, organisationId);
	if (!org) return null;
	assertAllowed(actor, 'organisation.act', { organisationId });
	const thisWeek = mondayOf(toLocal(now, ROTA_TIME_ZONE).date);
	const shifts = await publishedShiftsOf(ctx.db, organisationId, actor.userId, thisWeek);
	const requests = await swapRequestsOf(
		ctx.db,
		shifts.map((s) => s.id)
	);
	const team = await teamOf(ctx.db, organisationId);
	const rotaIds = [...new Set(shifts.map((s) => s.rotaId))];
	const theirs =
		rotaIds.length === 0
			? []
			: await ctx.db
					.select({
						id: rotaShift.id,
						rotaId: rotaShift.rotaId,
						userId: rotaShift.userId,
						weekday: rotaShift.weekday,
						start: rotaShift.startMinute,
						end: rotaShift.endMinute
					})
					.from(rotaShift)
					.where(and(inArray(rotaShift.rotaId, rotaIds), ne(rotaShift.userId, actor.userId)));
	const teamNames = new Map(team.map((t) => [t.userId, t.name]));
	const names = await namesOf(
		ctx.db,
		requests.map((r) => r.colleagueId)
	);
	const [feed] = await ctx.db
		.select({ id: calendarFeed.id })
		.from(calendarFeed)
		.where(
			and(
				eq(calendarFeed.scopeType, 'rota'),
				eq(calendarFeed.scopeId, organisationId),
				eq(calendarFeed.createdBy, actor.userId)
			)
		)
		.limit(1);
	return {
		organisation: org,
		inTeam: team.some((t) => t.userId === actor.userId),
		shifts: shifts.map((s) => ({
			...s,
			request: requests.find((r) => r.shiftId === s.id && r.status === 'pending') ?? null,
			exchanges: theirs
				.filter((t) => t.rotaId === s.rotaId && teamNames.has(t.userId))
				.map((t) => ({ ...t, name: teamNames.get(t.userId)! }))
		})),
		requests: requests.map((r) => ({
			id: r.id,
			shiftId: r.shiftId,
			status: r.status,
			to: names.get(r.colleagueId) ?? ''
		})),
		colleagues: team.filter((t) => t.userId !== actor.userId),
		hasFeed: feed !== undefined
	};
}

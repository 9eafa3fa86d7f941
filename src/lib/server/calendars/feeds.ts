/**
 * Secret calendar-feed addresses. A feed token is random (256 bits) and shown once; only its
 * SHA-256 is kept (the same hashSecret as API tokens), so a copy of the database opens no feed.
 * A token shows what its creator may see *today*: someone who leaves an organisation or stops
 * managing a room stops seeing its private details through their old address too.
 */
import { randomBytes } from 'node:crypto';
import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { calendarFeed, facility, initiative, organisation, room } from '../db/schema.js';
import { hashSecret } from '../api-tokens.js';
import { canManage, findRoomFacility, managedScope } from '../facility-access.js';
import { authorise, type Actor } from '#lib/domain/authorisation.js';
import type { FeedScopeType } from './bookings-in-scope.js';

export const FEED_TOKEN_PREFIX = 'qvcal_';

export function generateFeedToken(): string {
	return `${FEED_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/**
 * The creator of a live token for this very scope; null for an unknown, revoked or other-scope token.
 * 'rota' feeds (a member's own shifts in one organisation, scope id the organisation) use the same tokens.
 */
export async function feedTokenOwner(
	db: Database,
	scopeType: FeedScopeType | 'rota',
	scopeId: string,
	token: string
): Promise<string | null> {
	if (!token.startsWith(FEED_TOKEN_PREFIX) || token.length > 100) return null;
	const [row] = await db
		.select({ createdBy: calendarFeed.createdBy })
		.from(calendarFeed)
		.where(
			and(
				eq(calendarFeed.tokenHash, hashSecret(token)),
				eq(calendarFeed.scopeType, scopeType),
				eq(calendarFeed.scopeId, scopeId),
				isNull(calendarFeed.revokedAt)
			)
		);
	return row?.createdBy ?? null;
}

/** Whether this person may have a secret feed of this scope: its room's managers, its organisation's people. */
export async function mayHaveFeed(
	db: Database,
	actor: Actor | null,
	scopeType: FeedScopeType,
	scopeId: string
): Promise<boolean> {
	if (!actor) return false;
	if (scopeType === 'room') {
		const ref = await findRoomFacility(db, scopeId);
		return ref !== null && canManage(actor, ref);
	}
	if (scopeType === 'organisation') {
		const [o] = await db.select({ id: organisation.id }).from(organisation).where(eq(organisation.id, scopeId));
		return o !== undefined && authorise(actor, 'organisation.act', { organisationId: scopeId }).allowed;
	}
	const [i] = await db
		.select({ organisationId: initiative.organisationId })
		.from(initiative)
		.where(eq(initiative.id, scopeId));
	return i !== undefined && authorise(actor, 'organisation.act', { organisationId: i.organisationId }).allowed;
}

export interface FeedChoice {
	scopeType: FeedScopeType;
	scopeId: string;
	name: string;
	context: string | null;
}

/** Everything this person may create a secret feed for. */
export async function feedChoices(db: Database, actor: Actor | null): Promise<FeedChoice[]> {
	if (!actor) return [];
	const managed = managedScope(actor);
	const roomConditions = managed.all
		? undefined
		: or(
				managed.communeIds.length ? inArray(facility.communeId, managed.communeIds) : undefined,
				managed.facilityIds.length ? inArray(facility.id, managed.facilityIds) : undefined
			);
	const rooms =
		managed.all || managed.communeIds.length || managed.facilityIds.length
			? await db
					.select({ id: room.id, name: room.name, facilityName: facility.name })
					.from(room)
					.innerJoin(facility, eq(room.facilityId, facility.id))
					.where(roomConditions)
					.orderBy(asc(facility.name), asc(room.name))
					.limit(500)
			: [];
	const orgIds = [
		...new Set(
			actor.grants
				.filter((g) => g.scopeType === 'organisation')
				.map((g) => g.scopeId)
				.filter((id) => authorise(actor, 'organisation.act', { organisationId: id }).allowed)
		)
	];
	const orgs = orgIds.length
		? await db
				.select({ id: organisation.id, name: organisation.name })
				.from(organisation)
				.where(inArray(organisation.id, orgIds))
				.orderBy(asc(organisation.name))
		: [];
	const initiatives = orgIds.length
		? await db
				.select({ id: initiative.id, title: initiative.title, orgName: organisation.name })
				.from(initiative)
				.innerJoin(organisation, eq(organisation.id, initiative.organisationId))
				.where(inArray(initiative.organisationId, orgIds))
				.orderBy(asc(organisation.name), asc(initiative.title))
		: [];
	return [
		...rooms.map((r) => ({ scopeType: 'room' as const, scopeId: r.id, name: r.name, context: r.facilityName })),
		...orgs.map((o) => ({ scopeType: 'organisation' as const, scopeId: o.id, name: o.name, context: null })),
		...initiatives.map((i) => ({ scopeType: 'initiative' as const, scopeId: i.id, name: i.title, context: i.orgName }))
	];
}

/** The path of a feed: /calendars/rooms/<id>.ics */
export function feedPath(scopeType: FeedScopeType, scopeId: string): string {
	const folder = { room: 'rooms', organisation: 'organisations', initiative: 'initiatives' }[scopeType];
	return `/calendars/${folder}/${encodeURIComponent(scopeId)}.ics`;
}

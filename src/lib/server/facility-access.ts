/**
 * Which facilities an actor manages, and the one check every facility and room use case makes
 * before it writes: `facility.manage` on the facility and its commune (a commune-wide manager
 * covers every facility of the commune).
 */
import { eq } from 'drizzle-orm';
import type { Database } from './db/client.js';
import { facility, room } from './db/schema.js';
import { assertAllowed } from './authorisation.js';
import { authorise, type Actor } from '#lib/domain/authorisation.js';

export interface FacilityRef {
	id: string;
	communeId: string;
}

/** What an actor manages: everything (an administrator with two-factor), some communes, some facilities. */
export function managedScope(actor: Actor | null): { all: boolean; communeIds: string[]; facilityIds: string[] } {
	const all = authorise(actor, 'facility.manage').allowed;
	const grants = actor?.grants.filter((g) => g.role === 'facility_manager') ?? [];
	return {
		all,
		communeIds: grants.filter((g) => g.scopeType === 'commune').map((g) => g.scopeId),
		facilityIds: grants.filter((g) => g.scopeType === 'facility').map((g) => g.scopeId)
	};
}

export async function findFacility(db: Database, facilityId: string): Promise<FacilityRef | null> {
	const [row] = await db
		.select({ id: facility.id, communeId: facility.communeId })
		.from(facility)
		.where(eq(facility.id, facilityId));
	return row ?? null;
}

/** The facility of a room, to check who may change the room. */
export async function findRoomFacility(db: Database, roomId: string): Promise<FacilityRef | null> {
	const [row] = await db
		.select({ id: facility.id, communeId: facility.communeId })
		.from(room)
		.innerJoin(facility, eq(room.facilityId, facility.id))
		.where(eq(room.id, roomId));
	return row ?? null;
}

/** Throws AccessDenied unless the actor manages this facility. */
export function assertManages(actor: Actor | null, ref: FacilityRef): asserts actor is Actor {
	assertAllowed(actor, 'facility.manage', { facilityId: ref.id, communeId: ref.communeId });
}

export function canManage(actor: Actor | null, ref: FacilityRef): boolean {
	return authorise(actor, 'facility.manage', { facilityId: ref.id, communeId: ref.communeId }).allowed;
}

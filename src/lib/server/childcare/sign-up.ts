/**
 * A sign-up and its children's childcare places, in one step: the caller's transaction holds the
 * activity session's lock; the places are then counted under the childcare session's lock. When a
 * child's place cannot be had, a ChildcareRefusal is thrown so that the whole transaction —
 * the sign-up included — is rolled back and nothing is saved.
 */
import type { Database } from '../db/client.js';
import { sqlStateOf } from '../bookings/store.js';
import { insertSignup } from '../sessions/store.js';
import { linkedChildcareSession, offeredPlaces, reserveChildcare } from './reservations.js';
import { parseChildAges, CHILD_AGE_FIELDS } from '#lib/domain/childcare.js';

export type ChildcareRefusalCode = 'CHILDCARE.FULL' | 'CHILDCARE.AGE_INVALID' | 'CHILDCARE.AGE_NOT_COVERED';

export class ChildcareRefusal extends Error {
	constructor(
		readonly code: ChildcareRefusalCode,
		readonly field: string
	) {
		super(code);
	}
}

export async function insertSignupWithChildcare(
	tx: Database,
	sessionId: string,
	capacity: number,
	who: Parameters<typeof insertSignup>[3],
	values: Record<string, unknown>
): Promise<Awaited<ReturnType<typeof insertSignup>>> {
	const childcareSessionId = await linkedChildcareSession(tx, sessionId);
	let children: Extract<ReturnType<typeof parseChildAges>, { ok: true }>['children'] = [];
	if (childcareSessionId) {
		const parsed = parseChildAges(values, await offeredPlaces(tx, childcareSessionId));
		if (!parsed.ok) {
			const field = CHILD_AGE_FIELDS.find((f) => parsed.fieldErrors[f])!;
			throw new ChildcareRefusal(parsed.fieldErrors[field] as ChildcareRefusalCode, field);
		}
		children = parsed.children;
	}
	const placed = await insertSignup(tx, sessionId, capacity, who);
	if (childcareSessionId) {
		// Waiting for the activity holds no childcare place: it is held when she moves up, if one is left.
		const reserved = await reserveChildcare(tx, {
			signupId: placed.id,
			childcareSessionId,
			children,
			hold: placed.status === 'confirmed'
		});
		if (!reserved.ok) throw new ChildcareRefusal('CHILDCARE.FULL', reserved.field);
	}
	return placed;
}

/** The refusal behind an error thrown in a sign-up's transaction, if it is one (ours or the database's). */
export function childcareRefusalOf(e: unknown): ChildcareRefusal | null {
	if (e instanceof ChildcareRefusal) return e;
	// The trigger of migration 0011: only if a place went between our count and our insert.
	if (sqlStateOf(e) === 'QVC01') return new ChildcareRefusal('CHILDCARE.FULL', CHILD_AGE_FIELDS[0]!);
	return null;
}

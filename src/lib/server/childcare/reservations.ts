/**
 * Childcare places held with sign-ups. Every change first locks the childcare session's row
 * (SELECT … FOR UPDATE) inside the caller's transaction, after the activity session's lock the
 * sign-up already holds (always in that order, so two transactions never wait on each other in a
 * circle), then counts and writes. The database's trigger (migration 0011) counts again and
 * refuses what would go over the places, whoever writes.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { rowsOf } from '../db/client.js';
import { childcareLink, childcareReservation } from '../db/schema.js';
import { countIn, freePlaces, sameBand, type BandCount, type ChildPlace } from '#lib/domain/childcare.js';

/** The childcare session coupled with an activity's session, if any. */
export async function linkedChildcareSession(db: Database, sessionId: string): Promise<string | null> {
	const [row] = await db
		.select({ id: childcareLink.childcareSessionId })
		.from(childcareLink)
		.where(eq(childcareLink.sessionId, sessionId));
	return row?.id ?? null;
}

/** Places per band the childcare session's initiative offers. */
export async function offeredPlaces(db: Database, childcareSessionId: string): Promise<BandCount[]> {
	const result = await db.execute(sql`
		SELECT o.min_months, o.max_months, o.places FROM childcare_offer o
		JOIN initiative_session s ON s.initiative_id = o.initiative_id
		WHERE s.id = ${childcareSessionId} ORDER BY o.min_months`);
	return rowsOf<{ min_months: number; max_months: number; places: number }>(result).map((r) => ({
		minMonths: Number(r.min_months),
		maxMonths: Number(r.max_months),
		count: Number(r.places)
	}));
}

/** Places held per band in childcare sessions, for lists: one query for all. */
export async function heldPlaces(db: Database, childcareSessionIds: string[]): Promise<Map<string, BandCount[]>> {
	const held = new Map<string, BandCount[]>();
	if (childcareSessionIds.length === 0) return held;
	const rows = await db
		.select({
			sessionId: childcareReservation.childcareSessionId,
			minMonths: childcareReservation.bandMinMonths,
			maxMonths: childcareReservation.bandMaxMonths,
			n: sql<number>`count(*)::int`
		})
		.from(childcareReservation)
		.where(
			and(
				inArray(childcareReservation.childcareSessionId, childcareSessionIds),
				eq(childcareReservation.status, 'held')
			)
		)
		.groupBy(
			childcareReservation.childcareSessionId,
			childcareReservation.bandMinMonths,
			childcareReservation.bandMaxMonths
		);
	for (const r of rows)
		held.set(r.sessionId, [
			...(held.get(r.sessionId) ?? []),
			{ minMonths: r.minMonths, maxMonths: r.maxMonths, count: Number(r.n) }
		]);
	return held;
}

async function lockChildcareSession(tx: Database, childcareSessionId: string): Promise<void> {
	await tx.execute(sql`SELECT id FROM initiative_session WHERE id = ${childcareSessionId} FOR UPDATE`);
}

/**
 * Reserves the children's places with a sign-up: held when the parent has her place, only
 * requested when she waits. Refuses, naming the field, the first child for whom no place is left;
 * the caller then rolls the whole sign-up back.
 */
export async function reserveChildcare(
	tx: Database,
	input: { signupId: string; childcareSessionId: string; children: readonly ChildPlace[]; hold: boolean }
): Promise<{ ok: true } | { ok: false; field: string }> {
	if (input.children.length === 0) return { ok: true };
	await lockChildcareSession(tx, input.childcareSessionId);
	const offered = await offeredPlaces(tx, input.childcareSessionId);
	const taken = [...((await heldPlaces(tx, [input.childcareSessionId])).get(input.childcareSessionId) ?? [])];
	for (const child of input.children) {
		if (!input.hold) continue;
		if (freePlaces({ places: offered, held: taken }, child.band) <= 0) return { ok: false, field: child.field };
		const band = taken.find((t) => sameBand(t, child.band));
		if (band) band.count += 1;
		else taken.push({ ...child.band, count: 1 });
	}
	await tx.insert(childcareReservation).values(
		input.children.map((c) => ({
			id: randomUUID(),
			signupId: input.signupId,
			childcareSessionId: input.childcareSessionId,
			ageMonths: c.ageMonths,
			bandMinMonths: c.band.minMonths,
			bandMaxMonths: c.band.maxMonths,
			status: input.hold ? 'held' : 'requested'
		}))
	);
	return { ok: true };
}

/** A cancelled sign-up gives its children's places back (no history kept of children). */
export async function releaseChildcare(tx: Database, signupIds: string[]): Promise<void> {
	if (signupIds.length === 0) return;
	await tx.delete(childcareReservation).where(inArray(childcareReservation.signupId, signupIds));
}

/**
 * Parents who moved up from the waiting list: their requested places are held where places are
 * left, in the order they moved up; the others stay requested. Returns the sign-ups for which a
 * child's place could not be held, so that those parents are told.
 */
export async function holdRequested(tx: Database, signupIds: string[]): Promise<string[]> {
	if (signupIds.length === 0) return [];
	const requested = await tx
		.select()
		.from(childcareReservation)
		.where(and(inArray(childcareReservation.signupId, signupIds), eq(childcareReservation.status, 'requested')));
	const unheld = new Set<string>();
	for (const sessionId of [...new Set(requested.map((r) => r.childcareSessionId))].sort()) {
		await lockChildcareSession(tx, sessionId);
		const offered = await offeredPlaces(tx, sessionId);
		const taken = (await heldPlaces(tx, [sessionId])).get(sessionId) ?? [];
		const extra = new Map<number, number>();
		const order = new Map(signupIds.map((id, i) => [id, i]));
		for (const r of requested
			.filter((x) => x.childcareSessionId === sessionId)
			.sort((a, b) => (order.get(a.signupId) ?? 0) - (order.get(b.signupId) ?? 0))) {
			const band = { minMonths: r.bandMinMonths, maxMonths: r.bandMaxMonths };
			const used = countIn(taken, band) + (extra.get(band.minMonths) ?? 0);
			if (used >= countIn(offered, band)) {
				unheld.add(r.signupId);
				continue;
			}
			await tx.update(childcareReservation).set({ status: 'held' }).where(eq(childcareReservation.id, r.id));
			extra.set(band.minMonths, (extra.get(band.minMonths) ?? 0) + 1);
		}
	}
	return [...unheld];
}

/** The children's places of these sign-ups (held or requested), oldest first. */
export async function reservationsOf(db: Database, signupIds: string[]) {
	if (signupIds.length === 0) return [];
	return db
		.select({
			signupId: childcareReservation.signupId,
			childcareSessionId: childcareReservation.childcareSessionId,
			ageMonths: childcareReservation.ageMonths,
			minMonths: childcareReservation.bandMinMonths,
			maxMonths: childcareReservation.bandMaxMonths,
			status: childcareReservation.status
		})
		.from(childcareReservation)
		.where(inArray(childcareReservation.signupId, signupIds))
		.orderBy(childcareReservation.createdAt, childcareReservation.id);
}

/** Keeps booking_circuit.status in step with its legs' bookings (lists read it without joining). */
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { rowsOf } from '../db/client.js';
import { bookingCircuit } from '../db/schema.js';
import { eq } from 'drizzle-orm';
import { circuitStatus, legStatus, type CircuitStatus } from '#lib/domain/circuit-form.js';

export async function refreshCircuitStatus(tx: Database, circuitId: string): Promise<CircuitStatus> {
	const result = await tx.execute(sql`
		SELECT s.id AS series_id, b.status
		FROM booking_series s JOIN booking b ON b.series_id = s.id
		WHERE s.circuit_id = ${circuitId}`);
	const bySeries = new Map<string, string[]>();
	for (const r of rowsOf<{ series_id: string; status: string }>(result))
		bySeries.set(r.series_id, [...(bySeries.get(r.series_id) ?? []), r.status]);
	const status = circuitStatus([...bySeries.values()].map(legStatus));
	await tx.update(bookingCircuit).set({ status, updatedAt: new Date() }).where(eq(bookingCircuit.id, circuitId));
	return status;
}

/**
 * After bookings change status outside the circuit pages (a manager's queue, a closure, the
 * requester's own edits), the circuits they belong to get their stored status refreshed too.
 */
export async function refreshCircuitsOfBookings(tx: Database, bookingIds: readonly string[]): Promise<void> {
	if (bookingIds.length === 0) return;
	const result = await tx.execute(sql`
		SELECT DISTINCT s.circuit_id
		FROM booking b JOIN booking_series s ON s.id = b.series_id
		WHERE s.circuit_id IS NOT NULL AND b.id IN (${sql.join(
			bookingIds.map((id) => sql`${id}`),
			sql`, `
		)})`);
	for (const r of rowsOf<{ circuit_id: string }>(result)) await refreshCircuitStatus(tx, r.circuit_id);
}

import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context.js';
import { bookingCircuit, bookingSeries } from '../db/schema.js';
import { BookingConflictError, insertBookings, type NewBooking } from '../bookings/store.js';
import { prepareCircuit, type LegPlan } from '../circuits/plan.js';
import { refreshCircuitStatus } from '../circuits/status.js';
import { enqueueNotification } from '../notifications/enqueue.js';
import { rateLimited } from './rate-limited.js';
import { legRule, type CircuitStatus } from '#lib/domain/circuit-form.js';
import type { Actor } from '#lib/domain/authorisation.js';
import type { FieldErrors } from '#lib/domain/account-forms.js';

export type RequestCircuitResult =
	| { ok: true; id: string; status: CircuitStatus }
	| { ok: false; fieldErrors: FieldErrors; legs?: LegPlan[]; retryAfterSeconds?: number };

/**
 * An organisation requests a circuit: the circuit, one series per leg and every booking of every
 * leg, in one transaction — whole or nothing. A leg that collides with a held slot (found
 * beforehand, or by the database's constraint when another request won a race) creates nothing.
 */
export async function requestCircuit(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	values: Record<string, unknown>,
	now: Date
): Promise<RequestCircuitResult> {
	const prepared = await prepareCircuit(ctx.db, actor, values, now);
	if (!prepared.ok) return prepared;
	const { form, legs } = prepared;
	if (legs.some((l) => l.conflicts.length > 0)) return { ok: false, fieldErrors: { form: 'CIRCUITS.CONFLICT' }, legs };
	if (legs.some((l) => l.problems.length > 0)) return { ok: false, fieldErrors: { form: 'CIRCUITS.POLICY' }, legs };
	const limited = await rateLimited(ctx.rateLimiter, [['postUser', actor!.userId]]);
	if (limited) return limited;

	const circuitId = randomUUID();
	try {
		const status = await ctx.db.transaction(async (tx) => {
			await tx.insert(bookingCircuit).values({
				id: circuitId,
				organisationId: form.organisationId,
				initiativeId: form.initiativeId,
				title: form.title,
				requestedBy: actor!.userId
			});
			const rows: NewBooking[] = [];
			for (const plan of legs) {
				const seriesId = randomUUID();
				await tx.insert(bookingSeries).values({
					id: seriesId,
					roomId: plan.room.id,
					organisationId: form.organisationId,
					initiativeId: form.initiativeId,
					circuitId,
					requestedBy: actor!.userId,
					title: form.title,
					rule: legRule(plan.leg, form.until),
					startsOn: plan.occurrences[0]!.date,
					startTime: plan.leg.start,
					endTime: plan.leg.end,
					timeZone: plan.room.timeZone,
					calendarFilter: form.calendarFilter
				});
				for (const o of plan.occurrences)
					rows.push({
						id: randomUUID(),
						roomId: plan.room.id,
						seriesId,
						occurrenceDate: o.date,
						organisationId: form.organisationId,
						initiativeId: form.initiativeId,
						requestedBy: actor!.userId,
						title: form.title,
						status: plan.instant ? 'confirmed' : 'pending',
						isPublic: form.isPublic,
						...(plan.instant ? { decidedBy: actor!.userId, decidedAt: now } : {}),
						interval: o.interval
					});
			}
			// One statement per chunk; the EXCLUDE constraint rejects the whole lot on any overlap.
			await insertBookings(tx, rows);
			await enqueueNotification(tx, { kind: 'circuit.requested', circuitId });
			return refreshCircuitStatus(tx, circuitId);
		});
		return { ok: true, id: circuitId, status };
	} catch (error) {
		if (error instanceof BookingConflictError) return { ok: false, fieldErrors: { form: 'CIRCUITS.CONFLICT_RACE' } };
		throw error;
	}
}

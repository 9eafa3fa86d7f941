import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { effectiveCapacity, lockSession, occurrence } from '../sessions/store.js';
import { childcareRefusalOf, insertSignupWithChildcare } from '../childcare/sign-up.js';
import { counterSignupForm } from '#lib/domain/session-signups.js';
import type { Actor } from '#lib/domain/authorisation.js';

export type CounterSignupResult =
	{ ok: true; status: 'confirmed' | 'waiting' } | { ok: false; fieldErrors: Record<string, string> };

/**
 * The organisation's staff sign up someone who came to the counter or phoned: a name, a phone
 * number if she gave one, no account and no e-mail. She takes a place or the waiting list like
 * anyone else, under the same lock; the row keeps who recorded it. Her children's childcare
 * places, when the session is coupled with childcare, are reserved in the same step.
 */
export async function recordCounterSignup(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { initiativeId: string; bookingId: string; values: Record<string, unknown>; now?: Date }
): Promise<CounterSignupResult | null> {
	const o = await occurrence(ctx.db, input.initiativeId, input.bookingId);
	if (!o) return null;
	assertAllowed(actor, 'organisation.act', { organisationId: o.organisationId });
	const now = input.now ?? new Date();
	const form = counterSignupForm.safeParse(input.values);
	if (!form.success)
		return {
			ok: false,
			fieldErrors: Object.fromEntries(form.error.issues.map((i) => [String(i.path[0] ?? 'form'), i.message]))
		};
	if (o.startsAt <= now) return { ok: false, fieldErrors: { form: 'SESSION.STARTED' } };
	try {
		return await ctx.db.transaction(async (tx) => {
			const session = await lockSession(tx, o);
			const capacity = effectiveCapacity(session, o);
			if (capacity === null) return { ok: false as const, fieldErrors: { form: 'SESSION.NO_SIGNUPS' } };
			const placed = await insertSignupWithChildcare(
				tx,
				session.id,
				capacity,
				{ displayName: form.data.displayName, phone: form.data.phone, recordedBy: actor.userId },
				input.values
			);
			return { ok: true as const, status: placed.status };
		});
	} catch (e) {
		const refusal = childcareRefusalOf(e);
		if (refusal) return { ok: false, fieldErrors: { [refusal.field]: refusal.code } };
		throw e;
	}
}

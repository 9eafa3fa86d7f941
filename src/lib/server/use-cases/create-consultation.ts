import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { writeConsultation } from '../consultations/write.js';
import { zoneOfQuartiers } from '../consultations/queries.js';
import { rateLimited } from './rate-limited.js';
import { consultationForm } from '#lib/domain/consultation-form.js';
import { parseForm, type FieldErrors } from '#lib/domain/account-forms.js';
import { freshShortCode } from '../short-codes.js';
import type { Actor } from '#lib/domain/authorisation.js';

export type SaveConsultationResult =
	{ ok: true; id: string } | { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

/** Staff prepare a consultation as a draft; its questions are added next, then it is published. */
export async function createConsultation(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	values: Record<string, unknown>
): Promise<SaveConsultationResult> {
	assertAllowed(actor, 'consultation.manage');
	const form = parseForm(consultationForm, values);
	if (!form.ok) return form;
	const zone = await zoneOfQuartiers(ctx.db, form.data.quartierIds);
	if (!zone.ok) return zone;
	const limited = await rateLimited(ctx.rateLimiter, [['postUser', actor.userId]]);
	if (limited) return limited;

	const id = randomUUID();
	await ctx.db.transaction(async (tx) =>
		writeConsultation(tx, id, form.data, zone.timeZone, {
			createdBy: actor.userId,
			shortCode: await freshShortCode(tx, 'consultation')
		})
	);
	return { ok: true, id };
}

import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { initiative, need, needEvent } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import { enqueueNotification } from '../notifications/enqueue.js';
import { responderOrganisations } from '../need-page/responders.js';
import { rateLimited } from './rate-limited.js';
import { parseForm, type FieldErrors } from '#lib/domain/account-forms.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { canMove, needResponseForm } from '#lib/domain/need-lifecycle.js';

export type RespondResult =
	| { ok: true; eventId: string }
	| { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number }
	| { ok: false; code: 'NOT_FOUND' };

/**
 * The commune's staff, or a member speaking for her organisation, moves a public need on: under
 * study, answered (with the official answer), linked to the initiative that answers it, done.
 * The need's status, its initiative, the history entry and the notice to its author and
 * followers are written together or not at all.
 */
export async function respondToNeed(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	input: { needId: string; values: Record<string, unknown> }
): Promise<RespondResult> {
	const organisationId = typeof input.values.organisationId === 'string' ? input.values.organisationId.trim() : '';
	assertAllowed(actor, 'need.respond', organisationId ? { organisationId } : {});
	const form = parseForm(needResponseForm, input.values);
	if (!form.ok) return form;
	const limited = await rateLimited(ctx.rateLimiter, [['postUser', actor.userId]], 'status');
	if (limited) return limited;

	const [current] = await ctx.db.select({ communeId: need.communeId }).from(need).where(eq(need.id, input.needId));
	if (!current) return { ok: false, code: 'NOT_FOUND' };
	// Staff may name the commune's organisation; anyone else only one of her own (checked above).
	if (form.data.organisationId) {
		const allowed = await responderOrganisations(ctx.db, actor, current.communeId);
		if (!allowed.some((o) => o.id === form.data.organisationId))
			return { ok: false, fieldErrors: { organisationId: 'CONVERSATION.ORGANISATION_INVALID' } };
	}
	const linking = form.data.status === 'linked';
	if (linking && form.data.initiativeId) {
		const [found] = await ctx.db
			.select({ id: initiative.id })
			.from(initiative)
			.where(eq(initiative.id, form.data.initiativeId));
		if (!found) return { ok: false, fieldErrors: { initiativeId: 'CONVERSATION.INITIATIVE_UNKNOWN' } };
	}

	return ctx.db.transaction(async (tx): Promise<RespondResult> => {
		// The row lock makes two people answering at once take turns: the second sees the new status.
		const [row] = await tx.select({ status: need.status }).from(need).where(eq(need.id, input.needId)).for('update');
		if (!row) return { ok: false, code: 'NOT_FOUND' };
		if (!canMove(row.status, form.data.status))
			return { ok: false, fieldErrors: { status: 'CONVERSATION.TRANSITION_INVALID' } };

		const eventId = randomUUID();
		await tx
			.update(need)
			.set({
				status: form.data.status,
				...(linking ? { initiativeId: form.data.initiativeId } : {}),
				updatedAt: new Date()
			})
			.where(eq(need.id, input.needId));
		await tx.insert(needEvent).values({
			id: eventId,
			needId: input.needId,
			status: form.data.status,
			actorId: actor.userId,
			organisationId: form.data.organisationId,
			initiativeId: linking ? form.data.initiativeId : null,
			text: form.data.text || null,
			language: form.data.text ? form.data.language : null
		});
		await enqueueNotification(tx, { kind: 'need.status_changed', needId: input.needId, eventId });
		return { ok: true, eventId };
	});
}

import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context.js';
import { facility } from '../db/schema.js';
import { AccessDenied, assertAllowed } from '../authorisation.js';
import { managedScope } from '../facility-access.js';
import { resolvePlace } from '../facility-place.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { parseForm, type FieldErrors } from '#lib/domain/account-forms.js';
import { facilityForm } from '#lib/domain/room-forms.js';
import { rateLimited } from './rate-limited.js';

export type FacilityResult =
	{ ok: true; id: string } | { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

/**
 * A commune-wide facility manager (or an administrator) adds a facility in their commune.
 * Its quartier is the one picked, or else the nearest to its coordinates.
 */
export async function createFacility(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	values: Record<string, unknown>
): Promise<FacilityResult> {
	const scope = managedScope(actor);
	if (!scope.all && scope.communeIds.length === 0) {
		assertAllowed(actor, 'facility.manage');
		throw new AccessDenied('AUTH.FORBIDDEN');
	}
	const form = parseForm(facilityForm, values);
	if (!form.ok) return form;
	const communeId = form.data.communeId;
	if (!communeId) return { ok: false, fieldErrors: { communeId: 'FIELD.REQUIRED' } };
	assertAllowed(actor, 'facility.manage', { communeId });
	const limited = await rateLimited(ctx.rateLimiter, [['postUser', actor.userId]]);
	if (limited) return limited;

	return ctx.db.transaction(async (tx) => {
		const place = await resolvePlace(tx, communeId, form.data);
		if (!place.ok) return place;
		const id = randomUUID();
		await tx.insert(facility).values({
			id,
			name: form.data.name,
			address: form.data.address,
			description: form.data.description,
			lon: form.data.lon,
			lat: form.data.lat,
			communeId,
			quartierId: place.quartierId,
			ownerOrganisationId: form.data.ownerOrganisationId
		});
		return { ok: true as const, id };
	});
}

import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { facility } from '../db/schema.js';
import { assertManages, findFacility } from '../facility-access.js';
import { resolvePlace } from '../facility-place.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { parseForm } from '#lib/domain/account-forms.js';
import { facilityForm } from '#lib/domain/room-forms.js';
import { rateLimited } from './rate-limited.js';
import type { FacilityResult } from './create-facility.js';

/** A manager of the facility changes its name, address, place, owner or description (not its commune). */
export async function updateFacility(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	facilityId: string,
	values: Record<string, unknown>
): Promise<FacilityResult> {
	const ref = await findFacility(ctx.db, facilityId);
	if (!ref) return { ok: false, fieldErrors: { form: 'NOT_FOUND' } };
	assertManages(actor, ref);
	const form = parseForm(facilityForm, values);
	if (!form.ok) return form;
	const limited = await rateLimited(ctx.rateLimiter, [['postUser', actor.userId]]);
	if (limited) return limited;

	return ctx.db.transaction(async (tx) => {
		const place = await resolvePlace(tx, ref.communeId, form.data);
		if (!place.ok) return place;
		await tx
			.update(facility)
			.set({
				name: form.data.name,
				address: form.data.address,
				description: form.data.description,
				lon: form.data.lon,
				lat: form.data.lat,
				quartierId: place.quartierId,
				ownerOrganisationId: form.data.ownerOrganisationId,
				updatedAt: new Date()
			})
			.where(eq(facility.id, ref.id));
		return { ok: true as const, id: ref.id };
	});
}

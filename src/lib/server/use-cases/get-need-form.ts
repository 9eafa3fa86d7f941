import { asc, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { commune, communeVoiceSettings, quartier } from '../db/schema.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { findNeedsCommune } from './list-needs.js';

/**
 * What the "post a need" form offers: the quartiers of the commune (the chosen one's, or the
 * default), their centres for the map, and whether someone without an account may post there.
 * `signInRequired` says the visitor must sign in first; the form is not worth showing then.
 */
export async function getNeedForm(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { quartierId?: string | null; inseeCode?: string | null }
) {
	const found = await findNeedsCommune(ctx, input);
	if (!found) return null;
	const [settings] = await ctx.db
		.select({ anonymous: communeVoiceSettings.anonymousPostingAllowed, name: commune.name })
		.from(commune)
		.leftJoin(communeVoiceSettings, eq(communeVoiceSettings.communeId, commune.id))
		.where(eq(commune.id, found.id));
	const quartiers = await ctx.db
		.select({
			id: quartier.id,
			name: quartier.name,
			qpvCode: quartier.qpvCode,
			lon: quartier.centroidLon,
			lat: quartier.centroidLat
		})
		.from(quartier)
		.where(eq(quartier.communeId, found.id))
		.orderBy(asc(quartier.name));
	const anonymousAllowed = settings?.anonymous === true;
	return {
		commune: found,
		quartiers,
		anonymousAllowed,
		signInRequired: !actor && !anonymousAllowed
	};
}

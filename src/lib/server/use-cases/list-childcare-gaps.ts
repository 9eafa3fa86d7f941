import { eq, inArray, sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { AccessDenied } from '../authorisation.js';
import { rowsOf } from '../db/client.js';
import { childcareOffer, commune, initiative, organisation } from '../db/schema.js';
import { needsOf, offerOf } from '../childcare/store.js';
import { aggregateGaps, GAP_WEEKS, missingPlaces, type BandCount, type GapOccurrence } from '#lib/domain/childcare.js';
import { authorise, hasRole, type Actor } from '#lib/domain/authorisation.js';
import { toLocal } from '#lib/domain/zoned-time.js';

/** The communes whose gaps this person may read: as the commune's staff, or as a childcare organisation there. */
async function readableCommunes(ctx: Pick<AppContext, 'db'>, actor: Actor): Promise<string[]> {
	const staff = actor.grants
		.filter((g) => g.role === 'facility_manager' && g.scopeType === 'commune')
		.map((g) => g.scopeId);
	const childcareOrgs = await ctx.db
		.selectDistinct({ organisationId: organisation.id, communeId: organisation.communeId })
		.from(childcareOffer)
		.innerJoin(initiative, eq(initiative.id, childcareOffer.initiativeId))
		.innerJoin(organisation, eq(organisation.id, initiative.organisationId));
	const asChildcare = childcareOrgs
		.filter((o) => o.communeId && authorise(actor, 'organisation.act', { organisationId: o.organisationId }).allowed)
		.map((o) => o.communeId!);
	return [...new Set([...staff, ...asChildcare])];
}

/**
 * Childcare asked for and not covered, for the commune's staff (facility managers of the commune)
 * and the childcare organisations working there: over the coming weeks, grouped by weekday, times,
 * quartier and age band — "3 places for 1–3 year olds missing on Tuesdays 9:00–11:30 in Tonkin".
 */
export async function listChildcareGaps(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { communeId?: string; now?: Date }
) {
	if (!actor) throw new AccessDenied('AUTH.SIGN_IN_REQUIRED');
	const allowed = hasRole(actor, 'administrator') && actor.twoFactorEnabled ? null : await readableCommunes(ctx, actor);
	if (allowed && allowed.length === 0) throw new AccessDenied('AUTH.FORBIDDEN');
	const communes = await ctx.db
		.select({ id: commune.id, name: commune.name })
		.from(commune)
		.where(allowed ? inArray(commune.id, allowed) : undefined)
		.orderBy(commune.name);
	const chosen = communes.find((c) => c.id === input.communeId) ?? communes[0];
	if (input.communeId && chosen?.id !== input.communeId) throw new AccessDenied('AUTH.FORBIDDEN');
	if (!chosen) return { communes, commune: null, gaps: [] };
	const now = input.now ?? new Date();
	const until = new Date(now.getTime() + GAP_WEEKS * 7 * 86_400_000);
	const result = await ctx.db.execute(sql`
		SELECT s.id AS session_id, lower(b.during) AS starts_at, upper(b.during) AS ends_at, c.time_zone,
		       coalesce(q.name, f.name) AS quartier, cs.initiative_id AS childcare_initiative_id
		FROM childcare_need n
		JOIN initiative_session s ON s.id = n.session_id
		JOIN booking b ON b.id = s.booking_id AND b.status = 'confirmed' AND lower(b.during) = s.starts_at
		JOIN room r ON r.id = b.room_id
		JOIN facility f ON f.id = r.facility_id
		JOIN commune c ON c.id = f.commune_id
		LEFT JOIN quartier q ON q.id = f.quartier_id
		LEFT JOIN childcare_link l ON l.session_id = s.id
		LEFT JOIN initiative_session cs ON cs.id = l.childcare_session_id
		WHERE f.commune_id = ${chosen.id}
		  AND s.starts_at > ${now.toISOString()}::timestamptz AND s.starts_at <= ${until.toISOString()}::timestamptz
		GROUP BY s.id, b.during, c.time_zone, q.name, f.name, cs.initiative_id`);
	const rows = rowsOf<{
		session_id: string;
		starts_at: string | Date;
		ends_at: string | Date;
		time_zone: string;
		quartier: string;
		childcare_initiative_id: string | null;
	}>(result);
	const needs = await needsOf(
		ctx.db,
		rows.map((r) => r.session_id)
	);
	const offers = new Map<string, BandCount[]>();
	for (const id of new Set(rows.flatMap((r) => (r.childcare_initiative_id ? [r.childcare_initiative_id] : []))))
		offers.set(id, await offerOf(ctx.db, id));
	const occurrences: GapOccurrence[] = rows.map((r) => {
		const start = toLocal(new Date(r.starts_at), r.time_zone);
		return {
			quartier: r.quartier,
			date: start.date,
			start: start.time,
			end: toLocal(new Date(r.ends_at), r.time_zone).time,
			missing: missingPlaces(
				needs.get(r.session_id) ?? [],
				r.childcare_initiative_id ? (offers.get(r.childcare_initiative_id) ?? []) : null
			)
		};
	});
	return { communes, commune: chosen, weeks: GAP_WEEKS, gaps: aggregateGaps(occurrences) };
}

import { eq, or } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { quartier } from '../db/schema.js';
import { quartierReports } from '../observatory/impact-reports.js';
import { quartierNeedFigures, quartierParticipation, quartierRoomOccupancy } from '../observatory/quartier-figures.js';
import { quartierImpact } from '#lib/domain/impact-indicators.js';

/** A quartier found by its QPV code (the address people share) or, without one, by its id. */
export async function findQuartier(ctx: Pick<AppContext, 'db'>, codeOrId: string) {
	const key = codeOrId.trim().slice(0, 64);
	const [q] = await ctx.db
		.select({ id: quartier.id, name: quartier.name, qpvCode: quartier.qpvCode })
		.from(quartier)
		.where(or(eq(quartier.qpvCode, key.toUpperCase()), eq(quartier.id, key)))
		.limit(1);
	return q ?? null;
}

/**
 * What the initiatives of a quartier achieved, and what residents did on the platform there —
 * public, and every count protected: the page, the API and the CSV all read this one answer.
 */
export async function getQuartierImpact(ctx: Pick<AppContext, 'db'>, codeOrId: string, now: Date) {
	const q = await findQuartier(ctx, codeOrId);
	if (!q) return null;
	const [reports, needs, participation, occupancy] = await Promise.all([
		quartierReports(ctx.db, q.id),
		quartierNeedFigures(ctx.db, q.id),
		quartierParticipation(ctx.db, q.id, now),
		quartierRoomOccupancy(ctx.db, q.qpvCode ?? q.id, now)
	]);
	return {
		quartier: { ...q, key: q.qpvCode ?? q.id },
		impact: quartierImpact(reports),
		initiativesReporting: new Set(reports.map((r) => r.initiativeId)).size,
		needs,
		participation,
		occupancy
	};
}

export type QuartierImpact = NonNullable<Awaited<ReturnType<typeof getQuartierImpact>>>;

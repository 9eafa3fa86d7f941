import { desc } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { consultation } from '../db/schema.js';
import { phaseOf, type Phase } from '#lib/domain/consultation-form.js';
import type { Actor } from '#lib/domain/authorisation.js';

const PHASE_ORDER: Record<Phase, number> = { draft: 0, open: 1, upcoming: 2, closed: 3 };

/** Every consultation for staff, drafts first, then open, upcoming and closed ones, with their counts. */
export async function listManagedConsultations(ctx: Pick<AppContext, 'db'>, actor: Actor | null, now = new Date()) {
	assertAllowed(actor, 'consultation.manage');
	const rows = await ctx.db
		.select({
			id: consultation.id,
			title: consultation.title,
			language: consultation.language,
			status: consultation.status,
			opensAt: consultation.opensAt,
			closesAt: consultation.closesAt,
			responseCount: consultation.responseCount,
			shortCode: consultation.shortCode
		})
		.from(consultation)
		.orderBy(desc(consultation.opensAt))
		.limit(500);
	return rows
		.map((c) => ({ ...c, phase: phaseOf(c, now) }))
		.sort((a, b) => PHASE_ORDER[a.phase] - PHASE_ORDER[b.phase]);
}

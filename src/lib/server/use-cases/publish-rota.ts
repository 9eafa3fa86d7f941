import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { rota } from '../db/schema.js';
import type { Actor } from '#lib/domain/authorisation.js';

/** The organiser publishes a week's rota: the members then see their shifts, on the page and in their calendar. */
export async function publishRota(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	organisationId: string,
	weekStart: string
): Promise<{ ok: boolean }> {
	assertAllowed(actor, 'organisation.manage', { organisationId });
	const done = await ctx.db
		.update(rota)
		.set({ status: 'published', publishedAt: new Date(), updatedAt: new Date() })
		.where(and(eq(rota.organisationId, organisationId), eq(rota.weekStart, weekStart), eq(rota.status, 'draft')))
		.returning({ id: rota.id });
	return { ok: done.length > 0 };
}

import { randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { calendarFeed } from '../db/schema.js';
import { hashSecret } from '../api-tokens.js';
import { generateFeedToken } from '../calendars/feeds.js';
import { findOrganisation } from '../rota/store.js';
import type { Actor } from '#lib/domain/authorisation.js';

export const rotaFeedPath = (organisationId: string) => `/calendars/rota/${encodeURIComponent(organisationId)}.ics`;

/**
 * A member makes the secret address of her own shifts, as for the other calendar feeds: the
 * token is shown once, only its hash kept; a new address revokes the previous one.
 */
export async function createRotaFeed(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	organisationId: string
): Promise<{ path: string; token: string } | null> {
	if (!(await findOrganisation(ctx.db, organisationId))) return null;
	assertAllowed(actor, 'organisation.act', { organisationId });
	const token = generateFeedToken();
	await ctx.db.transaction(async (tx) => {
		await tx
			.update(calendarFeed)
			.set({ revokedAt: new Date() })
			.where(
				and(
					eq(calendarFeed.scopeType, 'rota'),
					eq(calendarFeed.scopeId, organisationId),
					eq(calendarFeed.createdBy, actor.userId),
					isNull(calendarFeed.revokedAt)
				)
			);
		await tx.insert(calendarFeed).values({
			id: randomUUID(),
			scopeType: 'rota',
			scopeId: organisationId,
			tokenHash: hashSecret(token),
			createdBy: actor.userId
		});
	});
	return { path: rotaFeedPath(organisationId), token };
}

import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { AccessDenied, assertAllowed } from '../authorisation.js';
import { initiative } from '../db/schema.js';
import {
	actableOrganisations,
	initiativeLinks,
	practiceChoices,
	quartierChoices,
	roomChoices
} from '../initiatives/queries.js';
import type { Actor } from '#lib/domain/authorisation.js';
import type { Locale } from '#lib/domain/locale.js';

/**
 * What the initiative form offers: for a new initiative, the organisations the person acts for
 * (and once one is chosen, its quartiers and rooms); for an existing one, its current values too.
 */
export async function getInitiativeForm(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { organisationId?: string | null; initiativeId?: string; locale: Locale }
) {
	let current: (typeof initiative.$inferSelect & Awaited<ReturnType<typeof initiativeLinks>>) | null = null;
	let organisationId = input.organisationId || null;
	if (input.initiativeId) {
		const [row] = await ctx.db.select().from(initiative).where(eq(initiative.id, input.initiativeId));
		if (!row) return null;
		current = { ...row, ...(await initiativeLinks(ctx.db, row.id)) };
		organisationId = row.organisationId;
	}
	if (organisationId) assertAllowed(actor, 'organisation.act', { organisationId });
	// Without an organisation named yet, the check is "signed in and acts for at least one".
	else assertAllowed(actor, 'account.manage_own');
	const organisations = await actableOrganisations(ctx.db, actor);
	if (organisations.length === 0) throw new AccessDenied('AUTH.FORBIDDEN');
	// Someone who acts for one organisation only does not have to pick it.
	const chosen =
		organisations.find((o) => o.id === organisationId) ?? (organisations.length === 1 ? organisations[0]! : null);

	const quartiers = chosen ? await quartierChoices(ctx.db, chosen) : [];
	const rooms = await roomChoices(ctx.db, [...new Set(quartiers.map((q) => q.communeId))]);
	return {
		organisations: organisations.map(({ id, name }) => ({ id, name })),
		organisation: chosen ? { id: chosen.id, name: chosen.name } : null,
		practices: await practiceChoices(ctx.db, input.locale),
		quartiers: quartiers.map(({ id, name }) => ({ id, name })),
		rooms,
		current
	};
}

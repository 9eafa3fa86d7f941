import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { initiative, organisation, practice } from '../db/schema.js';
import { initiativeLinks } from '../initiatives/queries.js';
import { authorise, type Actor } from '#lib/domain/authorisation.js';
import { pickTranslation, type Locale } from '#lib/domain/locale.js';

/** An initiative's public page: where, when, how to join, whom to contact, in the reader's language where translated. */
export async function getInitiative(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { id: string; locale: Locale }
) {
	const [row] = await ctx.db
		.select({
			id: initiative.id,
			title: initiative.title,
			summary: initiative.summary,
			status: initiative.status,
			schedule: initiative.schedule,
			howToJoin: initiative.howToJoin,
			contactEmail: initiative.contactEmail,
			contactPhone: initiative.contactPhone,
			website: initiative.website,
			startedOn: initiative.startedOn,
			updatedAt: initiative.updatedAt,
			organisationId: organisation.id,
			organisationName: organisation.name,
			practiceSlug: practice.slug,
			practiceTitle: practice.title,
			practiceStatus: practice.status
		})
		.from(initiative)
		.innerJoin(organisation, eq(initiative.organisationId, organisation.id))
		.innerJoin(practice, eq(initiative.practiceId, practice.id))
		.where(eq(initiative.id, input.id));
	if (!row) return null;
	const links = await initiativeLinks(ctx.db, row.id);
	const text = pickTranslation(
		input.locale,
		{ title: row.title, summary: row.summary, schedule: row.schedule, howToJoin: row.howToJoin },
		links.translations
	);
	return {
		...row,
		...text,
		quartiers: links.quartiers,
		rooms: links.rooms,
		canEdit: authorise(actor, 'organisation.act', { organisationId: row.organisationId }).allowed
	};
}

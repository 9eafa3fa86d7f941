import { asc, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { organisation, practice, user } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import type { Actor } from '#lib/domain/authorisation.js';

export interface ProposalToReview {
	slug: string;
	title: string;
	summary: string;
	organisationName: string | null;
	proposerName: string | null;
	createdAt: Date;
}

/** The moderators' queue: practices awaiting review, oldest first. */
export async function listPracticeProposals(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null
): Promise<ProposalToReview[]> {
	assertAllowed(actor, 'content.moderate');
	return ctx.db
		.select({
			slug: practice.slug,
			title: practice.title,
			summary: practice.summary,
			organisationName: organisation.name,
			proposerName: user.name,
			createdAt: practice.createdAt
		})
		.from(practice)
		.leftJoin(organisation, eq(organisation.id, practice.proposedByOrganisationId))
		.leftJoin(user, eq(user.id, practice.createdBy))
		.where(eq(practice.status, 'proposed'))
		.orderBy(asc(practice.createdAt), asc(practice.slug));
}

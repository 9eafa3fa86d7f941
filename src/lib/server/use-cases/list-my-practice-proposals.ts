import { desc, eq, inArray, or } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { organisation, practice } from '../db/schema.js';
import { AccessDenied } from '../authorisation.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { listActingOrganisations } from './list-acting-organisations.js';

export interface MyProposal {
	slug: string;
	title: string;
	status: string;
	reviewNote: string | null;
	organisationName: string | null;
	createdAt: Date;
}

/**
 * The practices this person proposed, or that an organisation they act for proposed, with where
 * each stands in the review and the moderator's note — newest first.
 */
export async function listMyPracticeProposals(ctx: Pick<AppContext, 'db'>, actor: Actor | null): Promise<MyProposal[]> {
	if (!actor) throw new AccessDenied('AUTH.SIGN_IN_REQUIRED');
	const organisations = (await listActingOrganisations(ctx, actor)).map((o) => o.id);
	const mine = eq(practice.createdBy, actor.userId);
	return ctx.db
		.select({
			slug: practice.slug,
			title: practice.title,
			status: practice.status,
			reviewNote: practice.reviewNote,
			organisationName: organisation.name,
			createdAt: practice.createdAt
		})
		.from(practice)
		.leftJoin(organisation, eq(organisation.id, practice.proposedByOrganisationId))
		.where(organisations.length ? or(mine, inArray(practice.proposedByOrganisationId, organisations)) : mine)
		.orderBy(desc(practice.createdAt));
}

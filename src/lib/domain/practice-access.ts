/**
 * Who may see a practice that is not (or no longer) published: the moderators who review it,
 * the person who proposed it and the members of the organisation that proposed it — so that a
 * proposer can follow the review, and nobody else sees a draft or a rejected text.
 */
import { authorise, type Actor } from './authorisation.js';

export interface PracticeVisibility {
	status: string;
	createdBy: string | null;
	proposedByOrganisationId: string | null;
}

export function mayViewPractice(actor: Actor | null, p: PracticeVisibility): boolean {
	if (p.status === 'published') return true;
	if (!actor) return false;
	if (authorise(actor, 'content.moderate').allowed) return true;
	if (p.createdBy !== null && p.createdBy === actor.userId) return true;
	return (
		p.proposedByOrganisationId !== null &&
		authorise(actor, 'organisation.act', { organisationId: p.proposedByOrganisationId }).allowed
	);
}

import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { organisation, organisationInvitation, roleGrant, user } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { invitationStatus, membershipsOf, ORGANISATION_ROLES } from '#lib/domain/organisations.js';

/** The members of an organisation and the invitations still open (or lapsed, to resend), for its admins. */
export async function listOrganisationMembers(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	organisationId: string,
	now = new Date()
) {
	assertAllowed(actor, 'organisation.manage', { organisationId });
	const [org] = await ctx.db
		.select({ id: organisation.id, name: organisation.name })
		.from(organisation)
		.where(eq(organisation.id, organisationId));
	if (!org) return null;
	const [grants, invitations] = await Promise.all([
		ctx.db
			.select({ userId: roleGrant.userId, role: roleGrant.role, name: user.name, email: user.email })
			.from(roleGrant)
			.innerJoin(user, eq(user.id, roleGrant.userId))
			.where(
				and(
					eq(roleGrant.scopeType, 'organisation'),
					eq(roleGrant.scopeId, organisationId),
					inArray(roleGrant.role, [...ORGANISATION_ROLES])
				)
			),
		ctx.db
			.select({
				id: organisationInvitation.id,
				email: organisationInvitation.email,
				role: organisationInvitation.role,
				expiresAt: organisationInvitation.expiresAt,
				acceptedAt: organisationInvitation.acceptedAt,
				revokedAt: organisationInvitation.revokedAt,
				createdAt: organisationInvitation.createdAt
			})
			.from(organisationInvitation)
			.where(
				and(
					eq(organisationInvitation.organisationId, organisationId),
					isNull(organisationInvitation.acceptedAt),
					isNull(organisationInvitation.revokedAt)
				)
			)
			.orderBy(desc(organisationInvitation.createdAt), asc(organisationInvitation.email))
	]);
	const people = new Map(grants.map((g) => [g.userId, { name: g.name, email: g.email }]));
	const memberships = membershipsOf(grants);
	const adminCount = memberships.filter((m) => m.role === 'organisation_admin').length;
	return {
		organisation: org,
		members: memberships
			.map((m) => ({
				userId: m.userId,
				role: m.role,
				...people.get(m.userId)!,
				isSelf: m.userId === actor.userId,
				/** The last admin can be neither removed nor demoted: the form says so up front. */
				isLastAdmin: m.role === 'organisation_admin' && adminCount === 1
			}))
			.sort((a, b) => a.name.localeCompare(b.name, 'fr')),
		invitations: invitations.map((i) => ({
			id: i.id,
			email: i.email,
			role: i.role,
			expiresAt: i.expiresAt,
			createdAt: i.createdAt,
			status: invitationStatus(i, now)
		}))
	};
}

/**
 * An organisation's members are role grants scoped to it. Every change to them goes through
 * here, inside a transaction that first locks the organisation's row: two admins demoting each
 * other at the same moment are serialised, and the organisation always keeps an admin.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from './db/client.js';
import { organisation, roleGrant } from './db/schema.js';
import {
	membershipsOf,
	ORGANISATION_ROLES,
	type Membership,
	type OrganisationRole
} from '#lib/domain/organisations.js';

export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/** The organisation's memberships, with its row locked until the transaction ends; null if it does not exist. */
export async function lockMemberships(tx: Tx, organisationId: string): Promise<Membership[] | null> {
	const [org] = await tx
		.select({ id: organisation.id })
		.from(organisation)
		.where(eq(organisation.id, organisationId))
		.for('update');
	if (!org) return null;
	const grants = await tx
		.select({ userId: roleGrant.userId, role: roleGrant.role })
		.from(roleGrant)
		.where(
			and(
				eq(roleGrant.scopeType, 'organisation'),
				eq(roleGrant.scopeId, organisationId),
				inArray(roleGrant.role, [...ORGANISATION_ROLES])
			)
		);
	return membershipsOf(grants);
}

/** Gives a person exactly one role in the organisation, or none (null). */
export async function setMembership(
	tx: Tx,
	params: { organisationId: string; userId: string; role: OrganisationRole | null; grantedBy: string }
): Promise<void> {
	await tx
		.delete(roleGrant)
		.where(
			and(
				eq(roleGrant.userId, params.userId),
				eq(roleGrant.scopeType, 'organisation'),
				eq(roleGrant.scopeId, params.organisationId),
				inArray(roleGrant.role, [...ORGANISATION_ROLES])
			)
		);
	if (params.role)
		await tx.insert(roleGrant).values({
			id: randomUUID(),
			userId: params.userId,
			role: params.role,
			scopeType: 'organisation',
			scopeId: params.organisationId,
			grantedBy: params.grantedBy
		});
}

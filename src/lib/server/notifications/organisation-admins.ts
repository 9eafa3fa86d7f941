import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { roleGrant } from '../db/schema.js';

/** The administrators of the organisations named: who hears of their bookings and sessions. */
export async function organisationAdmins(db: Database, organisationIds: (string | null)[]): Promise<string[]> {
	const ids = [...new Set(organisationIds.filter((id): id is string => !!id))];
	if (ids.length === 0) return [];
	const rows = await db
		.selectDistinct({ userId: roleGrant.userId })
		.from(roleGrant)
		.where(
			and(
				eq(roleGrant.role, 'organisation_admin'),
				eq(roleGrant.scopeType, 'organisation'),
				inArray(roleGrant.scopeId, ids)
			)
		);
	return rows.map((r) => r.userId);
}

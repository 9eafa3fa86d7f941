import { eq } from 'drizzle-orm';
import type { Database } from './db/client.js';
import { roleGrant, user } from './db/schema.js';
import {
	authorise,
	type Actor,
	type Denial,
	type Permission,
	type RoleGrant,
	type Target
} from '#lib/domain/authorisation.js';

/** Thrown by a use case when the actor may not do what it asked; routes turn it into 401/403. */
export class AccessDenied extends Error {
	constructor(readonly reason: Denial) {
		super(reason);
		this.name = 'AccessDenied';
	}
}

export async function loadActor(db: Database, userId: string): Promise<Actor | null> {
	const [u] = await db
		.select({ id: user.id, twoFactorEnabled: user.twoFactorEnabled })
		.from(user)
		.where(eq(user.id, userId));
	if (!u) return null;
	const grants = await db
		.select({ role: roleGrant.role, scopeType: roleGrant.scopeType, scopeId: roleGrant.scopeId })
		.from(roleGrant)
		.where(eq(roleGrant.userId, userId));
	return { userId: u.id, twoFactorEnabled: u.twoFactorEnabled, grants: grants as RoleGrant[] };
}

/** The one line every use case starts with. */
export function assertAllowed(actor: Actor | null, permission: Permission, target?: Target): asserts actor is Actor {
	const decision = authorise(actor, permission, target);
	if (!decision.allowed) throw new AccessDenied(decision.reason);
}

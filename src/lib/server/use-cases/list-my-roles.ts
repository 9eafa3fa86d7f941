import { eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { commune, facility, organisation, roleGrant } from '../db/schema.js';

export interface MyRole {
	role: string;
	scopeType: string;
	/** The organisation, facility or commune the role applies to ('' for the whole platform). */
	scopeName: string;
}

/** The signed-in person's roles, each with the name of the place or organisation it covers. */
export async function listMyRoles(ctx: Pick<AppContext, 'db'>, userId: string): Promise<MyRole[]> {
	const grants = await ctx.db.select().from(roleGrant).where(eq(roleGrant.userId, userId)).orderBy(roleGrant.role);
	const ids = (type: string) => grants.filter((g) => g.scopeType === type).map((g) => g.scopeId);
	const named = async (table: typeof organisation | typeof facility | typeof commune, list: string[]) =>
		list.length
			? await ctx.db.select({ id: table.id, name: table.name }).from(table).where(inArray(table.id, list))
			: [];
	const names = new Map(
		[
			...(await named(organisation, ids('organisation'))),
			...(await named(facility, ids('facility'))),
			...(await named(commune, ids('commune')))
		].map((r) => [r.id, r.name])
	);
	return grants.map((g) => ({ role: g.role, scopeType: g.scopeType, scopeName: names.get(g.scopeId) ?? '' }));
}

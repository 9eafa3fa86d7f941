import { asc, ilike, inArray, or, sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { roleGrant, user } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import type { Actor, RoleGrant } from '#lib/domain/authorisation.js';

export interface UserRow {
	id: string;
	name: string;
	email: string;
	createdAt: Date;
	twoFactorEnabled: boolean;
	grants: (RoleGrant & { id: string })[];
}

const PAGE_SIZE = 50;

/** Accounts with their roles, for the administrators' page; optionally filtered by name or e-mail. */
export async function listUsers(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	options: { search?: string; page?: number } = {}
): Promise<{ users: UserRow[]; total: number; pageSize: number }> {
	assertAllowed(actor, 'users.read');
	const search = options.search?.trim().slice(0, 100);
	const where = search
		? or(ilike(user.name, `%${escapeLike(search)}%`), ilike(user.email, `%${escapeLike(search)}%`))
		: undefined;
	const page = Math.max(0, options.page ?? 0);
	const [users, [count]] = await Promise.all([
		ctx.db
			.select({
				id: user.id,
				name: user.name,
				email: user.email,
				createdAt: user.createdAt,
				twoFactorEnabled: user.twoFactorEnabled
			})
			.from(user)
			.where(where)
			.orderBy(asc(user.name), asc(user.email))
			.limit(PAGE_SIZE)
			.offset(page * PAGE_SIZE),
		ctx.db
			.select({ n: sql<number>`count(*)::int` })
			.from(user)
			.where(where)
	]);
	const grants = users.length
		? await ctx.db
				.select()
				.from(roleGrant)
				.where(
					inArray(
						roleGrant.userId,
						users.map((u) => u.id)
					)
				)
				.orderBy(asc(roleGrant.role))
		: [];
	return {
		users: users.map((u) => ({
			...u,
			grants: grants
				.filter((g) => g.userId === u.id)
				.map(
					(g) => ({ id: g.id, role: g.role, scopeType: g.scopeType, scopeId: g.scopeId }) as RoleGrant & { id: string }
				)
		})),
		total: count?.n ?? 0,
		pageSize: PAGE_SIZE
	};
}

function escapeLike(s: string): string {
	return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

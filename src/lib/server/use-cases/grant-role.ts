import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { commune, facility, organisation, roleGrant, user } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import { checkGrant, type Actor } from '#lib/domain/authorisation.js';
import { parseForm, type FieldErrors } from '#lib/domain/account-forms.js';
import { rateLimited } from './rate-limited.js';

const grantForm = z.object({
	userId: z.string({ error: 'NOT_FOUND' }).min(1, 'NOT_FOUND'),
	role: z.string({ error: 'FIELD.REQUIRED' }).min(1, 'FIELD.REQUIRED'),
	/** "global", or "organisation:<id>", "facility:<id>", "commune:<id>" from one select. */
	scope: z.string({ error: 'FIELD.REQUIRED' }).min(1, 'FIELD.REQUIRED')
});

export type GrantRoleResult = { ok: true } | { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

/** An administrator gives a role, within a scope where the role has one. Granting twice is harmless. */
export async function grantRole(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	values: Record<string, unknown>
): Promise<GrantRoleResult> {
	assertAllowed(actor, 'roles.manage');
	const form = parseForm(grantForm, values);
	if (!form.ok) return form;
	const limited = await rateLimited(ctx.rateLimiter, [['postUser', actor.userId]]);
	if (limited) return limited;
	const [scopeType = '', scopeId = ''] = form.data.scope === 'global' ? ['global', ''] : splitOnce(form.data.scope);
	const problem = checkGrant({ role: form.data.role, scopeType, scopeId });
	if (problem) return { ok: false, fieldErrors: { [problem === 'ROLE.UNKNOWN' ? 'role' : 'scope']: problem } };

	const [target] = await ctx.db.select({ id: user.id }).from(user).where(eq(user.id, form.data.userId));
	if (!target) return { ok: false, fieldErrors: { form: 'NOT_FOUND' } };
	if (!(await scopeExists(ctx, scopeType, scopeId))) return { ok: false, fieldErrors: { scope: 'NOT_FOUND' } };

	await ctx.db
		.insert(roleGrant)
		.values({ id: randomUUID(), userId: target.id, role: form.data.role, scopeType, scopeId, grantedBy: actor.userId })
		.onConflictDoNothing();
	return { ok: true };
}

function splitOnce(s: string): [string, string] {
	const i = s.indexOf(':');
	return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + 1)];
}

async function scopeExists(ctx: Pick<AppContext, 'db'>, scopeType: string, scopeId: string): Promise<boolean> {
	const table = { organisation, facility, commune }[scopeType as 'organisation' | 'facility' | 'commune'];
	if (!table) return scopeType === 'global';
	const rows = await ctx.db.select({ id: table.id }).from(table).where(eq(table.id, scopeId));
	return rows.length > 0;
}

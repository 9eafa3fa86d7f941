import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { rotaNeed } from '../db/schema.js';
import { findOrganisation } from '../rota/store.js';
import { parseNeedForm } from '#lib/domain/rota/forms.js';
import type { Actor } from '#lib/domain/authorisation.js';
import type { FieldErrors } from '#lib/domain/account-forms.js';

/** The organiser adds a staffing need: so many people on a weekday between two times. */
export async function addRotaNeed(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	organisationId: string,
	values: Record<string, string>
): Promise<{ ok: true } | { ok: false; fieldErrors: FieldErrors } | null> {
	if (!(await findOrganisation(ctx.db, organisationId))) return null;
	assertAllowed(actor, 'organisation.manage', { organisationId });
	const parsed = parseNeedForm(values);
	if (!parsed.ok) return parsed;
	const n = parsed.data;
	await ctx.db.insert(rotaNeed).values({
		id: randomUUID(),
		organisationId,
		weekday: n.weekday,
		startMinute: n.start,
		endMinute: n.end,
		people: n.people,
		label: n.label
	});
	return { ok: true };
}

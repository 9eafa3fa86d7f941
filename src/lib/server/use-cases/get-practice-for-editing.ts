import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { practice } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import { practiceInput, translationsOf } from '../catalogue/practice-rows.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { practiceFormValues, type RawForm } from '#lib/domain/practice-form.js';

/** A practice as the values of its edit form, for a moderator. Null when there is no such practice. */
export async function getPracticeForEditing(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	slug: string
): Promise<{ slug: string; status: string; title: string; values: RawForm } | null> {
	assertAllowed(actor, 'content.moderate');
	const [row] = await ctx.db.select().from(practice).where(eq(practice.slug, slug));
	if (!row) return null;
	const values = practiceFormValues(practiceInput(row, await translationsOf(ctx.db, [row.id])));
	return { slug: row.slug, status: row.status, title: row.title, values };
}

import { randomUUID } from 'node:crypto';
import { like, or, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { practice } from '../db/schema.js';
import { AccessDenied, assertAllowed } from '../authorisation.js';
import { practiceColumns, writeTranslations } from '../catalogue/practice-rows.js';
import { authorise, type Actor } from '#lib/domain/authorisation.js';
import { parsePracticeForm, slugify, uniqueSlug, type RawForm } from '#lib/domain/practice-form.js';
import type { FieldErrors } from '#lib/domain/account-forms.js';
import type { PracticeStatus } from '#lib/domain/vocabulary.js';
import { rateLimited } from './rate-limited.js';
import { listActingOrganisations } from './list-acting-organisations.js';

export type ProposePracticeResult =
	| { ok: true; slug: string; status: PracticeStatus }
	| { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

/**
 * A new practice for the catalogue. An organisation member proposes it on behalf of the
 * organisation they pick, and it waits for a moderator's review; a moderator's own new practice
 * is published at once (they are the reviewers). Its address comes from the French title.
 */
export async function proposePractice(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	raw: RawForm
): Promise<ProposePracticeResult> {
	if (!actor) throw new AccessDenied('AUTH.SIGN_IN_REQUIRED');
	const isModerator = authorise(actor, 'content.moderate').allowed;
	const organisationId =
		(Array.isArray(raw.organisationId) ? raw.organisationId[0] : raw.organisationId)?.trim() || null;
	if (organisationId) assertAllowed(actor, 'organisation.act', { organisationId });
	else if (!isModerator) {
		// Someone who acts for no organisation may not propose at all; a member must say for which one.
		if ((await listActingOrganisations(ctx, actor)).length === 0) throw new AccessDenied('AUTH.FORBIDDEN');
		return { ok: false, fieldErrors: { organisationId: 'PRACTICE.ORGANISATION_REQUIRED' } };
	}

	const form = parsePracticeForm(raw);
	if (!form.ok) return form;
	const limited = await rateLimited(ctx.rateLimiter, [
		['postUser', actor.userId],
		['proposePractice', actor.userId]
	]);
	if (limited) return limited;

	const status: PracticeStatus = isModerator ? 'published' : 'proposed';
	// Two proposals with the same title at the same moment: the unique index refuses the second
	// slug, which then takes the next free one.
	for (let attempt = 0; ; attempt++) {
		try {
			const slug = await ctx.db.transaction(async (tx) => {
				const base = slugify(form.data.title);
				const taken = await tx
					.select({ slug: practice.slug })
					.from(practice)
					.where(or(eq(practice.slug, base), like(practice.slug, `${base}-%`)));
				const slug = uniqueSlug(form.data.title, new Set(taken.map((t) => t.slug)));
				const id = randomUUID();
				const now = new Date();
				await tx.insert(practice).values({
					id,
					slug,
					...practiceColumns(form.data),
					status,
					proposedByOrganisationId: organisationId,
					createdBy: actor.userId,
					...(status === 'published' ? { publishedAt: now, reviewedBy: actor.userId } : {})
				});
				await writeTranslations(tx, id, form.data.translations);
				return slug;
			});
			return { ok: true, slug, status };
		} catch (e) {
			if (attempt < 3 && isUniqueViolation(e)) continue;
			throw e;
		}
	}
}

function isUniqueViolation(e: unknown): boolean {
	const code =
		(e as { code?: string; cause?: { code?: string } })?.code ?? (e as { cause?: { code?: string } })?.cause?.code;
	return code === '23505';
}

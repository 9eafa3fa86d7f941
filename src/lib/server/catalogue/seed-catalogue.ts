import { randomUUID } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { practice, practiceTranslation } from '../db/schema.js';
import { REFERENCE_PRACTICES, type ReferencePractice } from './practices.js';

/** Distinct from the migration and demo locks (7355608, 7355609). */
const CATALOGUE_LOCK = 7_355_610;

/**
 * Loads the reference practices every installation needs, demo or not. Keyed by slug and only
 * ever adding: a practice already there is left as it is, so a moderator's edits survive
 * restarts, and a new reference practice shipped in an update appears on the next start.
 * Under an advisory lock, in one transaction: several instances starting together add each
 * practice once, and a crash adds none.
 */
export async function seedCatalogue(
	db: Database,
	practices: readonly ReferencePractice[] = REFERENCE_PRACTICES
): Promise<number> {
	return db.transaction(async (tx) => {
		await tx.execute(sql`SELECT pg_advisory_xact_lock(${CATALOGUE_LOCK})`);
		const slugs = practices.map((p) => p.slug);
		const existing = new Set(
			(await tx.select({ slug: practice.slug }).from(practice).where(inArray(practice.slug, slugs))).map((r) => r.slug)
		);
		let added = 0;
		const now = new Date();
		for (const p of practices) {
			if (existing.has(p.slug)) continue;
			const id = randomUUID();
			const { translations, ...fields } = p;
			await tx.insert(practice).values({ id, ...fields, status: 'published', publishedAt: now });
			await tx.insert(practiceTranslation).values([
				{ practiceId: id, locale: 'en', ...translations.en },
				{ practiceId: id, locale: 'ar', ...translations.ar }
			]);
			added += 1;
		}
		return added;
	});
}

import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { organisation, practice } from '../db/schema.js';
import { translationsOf } from '../catalogue/practice-rows.js';
import { authorise, type Actor } from '#lib/domain/authorisation.js';
import { mayViewPractice } from '#lib/domain/practice-access.js';
import { pickTranslation, type Locale } from '#lib/domain/locale.js';
import { renderMarkdown } from '#lib/domain/markdown.js';
import type { PracticeReference } from '#lib/domain/practice-form.js';

/** A practice as its page shows it; `descriptionHtml` is already sanitised. */
export interface PracticeView {
	id: string;
	slug: string;
	status: string;
	/** Title, summary and description, in the visitor's language where translated. */
	title: string;
	titleLang: Locale;
	summary: string;
	summaryLang: Locale;
	descriptionHtml: string;
	descriptionLang: Locale;
	themes: string[];
	publics: string[];
	/** Written in French only. */
	needsAnswered: string[];
	requirements: {
		minAreaM2: number;
		kitchenLevel: string;
		toilets: boolean;
		childToilets: boolean;
		changingTable: boolean;
		storageM2: number;
		outdoorM2: number;
		stepFree: boolean;
		vanAccess: boolean;
		waterPoint: boolean;
	};
	sessionsPerWeek: number;
	sessionMinutes: number;
	preferredWindows: string[];
	staff: number;
	volunteers: number;
	costs: {
		setupMin: number | null;
		setupMax: number | null;
		yearlyMin: number | null;
		yearlyMax: number | null;
	};
	impactIndicators: string[];
	references: PracticeReference[];
	proposedBy: string | null;
	reviewNote: string | null;
	publishedAt: Date | null;
	canEdit: boolean;
}

/**
 * One practice by its address. Null when it does not exist or when this person may not see it
 * (a proposal is shown only to moderators and to its proposers): the page answers 404 for both,
 * so that drafts cannot be discovered.
 */
export async function getPractice(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	slug: string,
	locale: Locale
): Promise<PracticeView | null> {
	const [row] = await ctx.db.select().from(practice).where(eq(practice.slug, slug));
	if (!row || !mayViewPractice(actor, row)) return null;
	const translations = await translationsOf(ctx.db, [row.id]);
	// Field by field: a translation often has a title and a summary but no long description,
	// and each part must say which language it is in.
	const pick = <K extends 'title' | 'summary' | 'description'>(key: K) => {
		const t = translations.find((x) => x.locale === locale)?.[key];
		const fields = pickTranslation(
			locale,
			{ [key]: row[key] } as Record<K, string>,
			t ? [{ locale, [key]: t } as Record<K, string> & { locale: string }] : []
		);
		return fields;
	};
	const title = pick('title');
	const summary = pick('summary');
	const description = pick('description');
	const [proposer] = row.proposedByOrganisationId
		? await ctx.db
				.select({ name: organisation.name })
				.from(organisation)
				.where(eq(organisation.id, row.proposedByOrganisationId))
		: [];
	return {
		id: row.id,
		slug: row.slug,
		status: row.status,
		title: title.title,
		titleLang: title.lang,
		summary: summary.summary,
		summaryLang: summary.lang,
		descriptionHtml: renderMarkdown(description.description),
		descriptionLang: description.lang,
		themes: row.themes,
		publics: row.publics,
		needsAnswered: row.needsAnswered,
		requirements: {
			minAreaM2: row.minAreaM2,
			kitchenLevel: row.kitchenLevel,
			toilets: row.toilets,
			childToilets: row.childToilets,
			changingTable: row.changingTable,
			storageM2: row.storageM2,
			outdoorM2: row.outdoorM2,
			stepFree: row.stepFree,
			vanAccess: row.vanAccess,
			waterPoint: row.waterPoint
		},
		sessionsPerWeek: row.sessionsPerWeek,
		sessionMinutes: row.sessionMinutes,
		preferredWindows: row.preferredWindows,
		staff: row.staff,
		volunteers: row.volunteers,
		costs: {
			setupMin: row.setupCostMin,
			setupMax: row.setupCostMax,
			yearlyMin: row.yearlyCostMin,
			yearlyMax: row.yearlyCostMax
		},
		impactIndicators: row.impactIndicators,
		references: row.references as PracticeReference[],
		proposedBy: proposer?.name ?? null,
		// The moderator's note is for the proposers, not for the public page of a published practice.
		reviewNote: row.status === 'published' ? null : row.reviewNote,
		publishedAt: row.publishedAt,
		canEdit: authorise(actor, 'content.moderate').allowed
	};
}

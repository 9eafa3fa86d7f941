/**
 * Reads what the results of one consultation are computed from: the consultation, its
 * questions and its responses with their demographic blocks. Shared by the results page and
 * its two exports, so all three decide visibility and read answers the same way.
 */
import { asc, eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import {
	consultation,
	consultationQuartier,
	consultationQuestion,
	consultationResponse,
	quartier,
	responseDemographics
} from '../db/schema.js';
import { authorise, type Actor } from '#lib/domain/authorisation.js';
import type { DemographicBlock } from '#lib/domain/demographic-choices.js';
import type { QuestionKind, ResultQuestion, ResultResponse } from '#lib/domain/consultation-results.js';

export interface ResultsQuestion extends ResultQuestion {
	position: number;
	prompt: string;
	help: string;
	scaleMinLabel: string | null;
	scaleMaxLabel: string | null;
}

export interface StoredResponse extends ResultResponse {
	id: string;
	channel: 'online' | 'counter';
	answeredOn: string;
}

export async function loadConsultation(db: Database, id: string) {
	const [row] = await db
		.select({
			id: consultation.id,
			title: consultation.title,
			description: consultation.description,
			language: consultation.language,
			opensAt: consultation.opensAt,
			closesAt: consultation.closesAt,
			answerMode: consultation.answerMode,
			status: consultation.status,
			shortCode: consultation.shortCode,
			responseCount: consultation.responseCount
		})
		.from(consultation)
		.where(eq(consultation.id, id));
	if (!row) return null;
	const quartiers = await db
		.select({ name: quartier.name })
		.from(consultationQuartier)
		.innerJoin(quartier, eq(consultationQuartier.quartierId, quartier.id))
		.where(eq(consultationQuartier.consultationId, id))
		.orderBy(asc(quartier.name));
	return { ...row, quartiers: quartiers.map((q) => q.name) };
}

export type LoadedConsultation = NonNullable<Awaited<ReturnType<typeof loadConsultation>>>;

/**
 * Who may read the results: staff (`consultation.manage`) at any time; everyone once a published
 * consultation has closed. A draft does not exist for anyone else.
 */
export function resultsAccess(
	c: Pick<LoadedConsultation, 'status' | 'closesAt'>,
	actor: Actor | null,
	now: Date
): 'staff' | 'public' | 'not_yet' | 'hidden' {
	if (authorise(actor, 'consultation.manage').allowed) return 'staff';
	if (c.status !== 'published') return 'hidden';
	return c.closesAt.getTime() <= now.getTime() ? 'public' : 'not_yet';
}

export async function loadQuestions(db: Database, consultationId: string): Promise<ResultsQuestion[]> {
	const rows = await db
		.select({
			id: consultationQuestion.id,
			position: consultationQuestion.position,
			kind: consultationQuestion.kind,
			prompt: consultationQuestion.prompt,
			help: consultationQuestion.help,
			options: consultationQuestion.options,
			scaleMin: consultationQuestion.scaleMin,
			scaleMax: consultationQuestion.scaleMax,
			scaleMinLabel: consultationQuestion.scaleMinLabel,
			scaleMaxLabel: consultationQuestion.scaleMaxLabel
		})
		.from(consultationQuestion)
		.where(eq(consultationQuestion.consultationId, consultationId))
		.orderBy(asc(consultationQuestion.position));
	return rows.map((r) => ({ ...r, kind: r.kind as QuestionKind }));
}

/** The responses, in no meaningful order (by id): the order people answered in is not kept. */
export async function loadResponses(db: Database, consultationId: string): Promise<StoredResponse[]> {
	const rows = await db
		.select({
			id: consultationResponse.id,
			channel: consultationResponse.channel,
			answeredOn: consultationResponse.answeredOn,
			answers: consultationResponse.answers,
			blockOf: responseDemographics.responseId,
			gender: responseDemographics.gender,
			ageBand: responseDemographics.ageBand,
			singleParent: responseDemographics.singleParent,
			employment: responseDemographics.employment,
			childrenUnder3: responseDemographics.childrenUnder3,
			childrenUnder12: responseDemographics.childrenUnder12
		})
		.from(consultationResponse)
		.leftJoin(responseDemographics, eq(responseDemographics.responseId, consultationResponse.id))
		.where(eq(consultationResponse.consultationId, consultationId))
		.orderBy(asc(consultationResponse.id));
	return rows.map((r) => ({
		id: r.id,
		channel: r.channel === 'counter' ? 'counter' : 'online',
		answeredOn: String(r.answeredOn),
		answers: r.answers ?? {},
		// The database's checks only allow the vocabulary's values (migration 0006).
		demographics: r.blockOf
			? ({
					gender: r.gender,
					ageBand: r.ageBand,
					singleParent: r.singleParent,
					employment: r.employment,
					childrenUnder3: r.childrenUnder3,
					childrenUnder12: r.childrenUnder12
				} as DemographicBlock)
			: null
	}));
}

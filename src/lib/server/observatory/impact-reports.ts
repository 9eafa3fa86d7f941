/** Reads of impact reports shared by the impact use cases: one initiative's, or a quartier's. */
import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { impactParticipants, impactReport, initiative, initiativeQuartier, practice } from '../db/schema.js';
import type { ImpactAgeBand, ImpactParticipantCount, ImpactSex } from '#lib/domain/impact-report.js';
import type { ImpactReportFigures } from '#lib/domain/impact-indicators.js';

export interface StoredImpactReport extends ImpactReportFigures {
	id: string;
	initiativeId: string;
	note: string;
	updatedAt: Date;
}

async function participantsOf(db: Database, reportIds: readonly string[]) {
	const byReport = new Map<string, ImpactParticipantCount[]>();
	if (reportIds.length === 0) return byReport;
	const rows = await db
		.select()
		.from(impactParticipants)
		.where(inArray(impactParticipants.reportId, [...reportIds]));
	for (const r of rows)
		byReport.set(r.reportId, [
			...(byReport.get(r.reportId) ?? []),
			{ sex: r.sex as ImpactSex, ageBand: r.ageBand as ImpactAgeBand, count: r.count }
		]);
	return byReport;
}

const reportColumns = {
	id: impactReport.id,
	initiativeId: impactReport.initiativeId,
	month: impactReport.month,
	childcareHours: impactReport.childcareHours,
	peopleTrained: impactReport.peopleTrained,
	peopleBackToWork: impactReport.peopleBackToWork,
	note: impactReport.note,
	updatedAt: impactReport.updatedAt
};

async function withParticipants(
	db: Database,
	rows: Omit<StoredImpactReport, 'participants'>[]
): Promise<StoredImpactReport[]> {
	const participants = await participantsOf(
		db,
		rows.map((r) => r.id)
	);
	return rows.map((r) => ({ ...r, month: String(r.month), participants: participants.get(r.id) ?? [] }));
}

/** An initiative's reports, the latest month first. */
export async function initiativeReports(db: Database, initiativeId: string): Promise<StoredImpactReport[]> {
	const rows = await db
		.select(reportColumns)
		.from(impactReport)
		.where(eq(impactReport.initiativeId, initiativeId))
		.orderBy(desc(impactReport.month));
	return withParticipants(db, rows);
}

/** One month's report of an initiative ('2026-10-01'), or null when none was filed. */
export async function initiativeReport(db: Database, initiativeId: string, month: string) {
	const rows = await db
		.select(reportColumns)
		.from(impactReport)
		.where(and(eq(impactReport.initiativeId, initiativeId), eq(impactReport.month, month)));
	return (await withParticipants(db, rows))[0] ?? null;
}

/**
 * Every report of the public initiatives of a quartier (through initiative_quartier). Ideas are
 * not public, nor initiatives of a practice that is not published: their figures are left out,
 * as the initiatives themselves are from the open data.
 */
export async function quartierReports(db: Database, quartierId: string): Promise<StoredImpactReport[]> {
	const rows = await db
		.select(reportColumns)
		.from(impactReport)
		.innerJoin(initiativeQuartier, eq(initiativeQuartier.initiativeId, impactReport.initiativeId))
		.innerJoin(initiative, eq(initiative.id, impactReport.initiativeId))
		.innerJoin(practice, eq(practice.id, initiative.practiceId))
		.where(
			and(
				eq(initiativeQuartier.quartierId, quartierId),
				ne(initiative.status, 'idea'),
				eq(practice.status, 'published')
			)
		)
		.orderBy(asc(impactReport.month), asc(impactReport.id));
	return withParticipants(db, rows);
}

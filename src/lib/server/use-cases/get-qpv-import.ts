import { desc, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { qpvImport, user } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import type { Actor } from '#lib/domain/authorisation.js';
import type { QuartierChange, Rejection } from '#lib/domain/qpv-import.js';

export interface QpvImportReport {
	id: string;
	importedAt: Date;
	importedBy: string | null;
	listFileName: string;
	outlinesFileName: string | null;
	createdCount: number;
	updatedCount: number;
	unchangedCount: number;
	rejectedCount: number;
	communesCreatedCount: number;
	durationMs: number;
	created: { qpvCode: string; name: string }[];
	updated: { qpvCode: string; name: string; changes: QuartierChange[] }[];
	rejected: Rejection[];
}

/** The report of one import, as the administrator reads it after the upload. */
export async function getQpvImport(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	id: string
): Promise<QpvImportReport | null> {
	assertAllowed(actor, 'territory.import');
	const [row] = await ctx.db
		.select({ report: qpvImport, importedBy: user.name })
		.from(qpvImport)
		.leftJoin(user, eq(user.id, qpvImport.importedBy))
		.where(eq(qpvImport.id, id));
	if (!row) return null;
	const r = row.report;
	return {
		id: r.id,
		importedAt: r.createdAt,
		importedBy: row.importedBy,
		listFileName: r.listFileName,
		outlinesFileName: r.outlinesFileName,
		createdCount: r.createdCount,
		updatedCount: r.updatedCount,
		unchangedCount: r.unchangedCount,
		rejectedCount: r.rejectedCount,
		communesCreatedCount: r.communesCreatedCount,
		durationMs: r.durationMs,
		created: r.created as QpvImportReport['created'],
		updated: r.updated as QpvImportReport['updated'],
		rejected: r.rejected as Rejection[]
	};
}

/** The latest imports, newest first, with their counts only. */
export async function listQpvImports(ctx: Pick<AppContext, 'db'>, actor: Actor | null, limit = 10) {
	assertAllowed(actor, 'territory.import');
	return ctx.db
		.select({
			id: qpvImport.id,
			importedAt: qpvImport.createdAt,
			listFileName: qpvImport.listFileName,
			outlinesFileName: qpvImport.outlinesFileName,
			createdCount: qpvImport.createdCount,
			updatedCount: qpvImport.updatedCount,
			unchangedCount: qpvImport.unchangedCount,
			rejectedCount: qpvImport.rejectedCount
		})
		.from(qpvImport)
		.orderBy(desc(qpvImport.createdAt))
		.limit(limit);
}

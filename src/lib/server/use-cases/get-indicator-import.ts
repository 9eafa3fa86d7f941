import { desc, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { indicatorImport, indicatorSeries, indicatorValue, user } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import type { Actor } from '#lib/domain/authorisation.js';
import type { IndicatorMapping } from '#lib/domain/indicator-import.js';
import type { UnmatchedRow } from './import-indicators.js';

export interface IndicatorImportReport {
	id: string;
	fileName: string;
	importedAt: Date;
	importedBy: string | null;
	rowCount: number;
	valueCount: number;
	/** Quartiers that received at least one value of this import. */
	quartierCount: number;
	unmatched: UnmatchedRow[];
	mapping: IndicatorMapping & { confirmed?: string[] };
	series: {
		code: string;
		label: string;
		measure: string;
		sex: string;
		unit: string;
		source: string;
		licence: string;
	}[];
}

/** The report an administrator reads after an import. */
export async function getIndicatorImport(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	id: string
): Promise<IndicatorImportReport | null> {
	assertAllowed(actor, 'territory.import');
	const [row] = await ctx.db
		.select({ i: indicatorImport, importedBy: user.name })
		.from(indicatorImport)
		.leftJoin(user, eq(user.id, indicatorImport.importedBy))
		.where(eq(indicatorImport.id, id));
	if (!row) return null;
	const mapping = row.i.mapping as IndicatorImportReport['mapping'];
	const codes = mapping.columns.filter((c) => c.action === 'series').map((c) => c.series.code);
	const series = (await ctx.db.select().from(indicatorSeries)).filter((s) => codes.includes(s.code));
	const [q] = await ctx.db
		.select({ n: sql<number>`count(distinct ${indicatorValue.territoryId})` })
		.from(indicatorValue)
		.where(sql`${indicatorValue.importId} = ${id} AND ${indicatorValue.territoryType} = 'quartier'`);
	return {
		id: row.i.id,
		fileName: row.i.fileName,
		importedAt: row.i.createdAt,
		importedBy: row.importedBy,
		rowCount: row.i.rowCount,
		valueCount: row.i.valueCount,
		quartierCount: Number(q?.n ?? 0),
		unmatched: row.i.unmatched as UnmatchedRow[],
		mapping,
		series: series.map((s) => ({
			code: s.code,
			label: s.label.fr ?? s.code,
			measure: s.measure,
			sex: s.sex,
			unit: s.unit,
			source: s.source,
			licence: s.licence
		}))
	};
}

/** Past imports, newest first. */
export async function listIndicatorImports(ctx: Pick<AppContext, 'db'>, actor: Actor | null) {
	assertAllowed(actor, 'territory.import');
	const rows = await ctx.db
		.select({
			id: indicatorImport.id,
			fileName: indicatorImport.fileName,
			importedAt: indicatorImport.createdAt,
			rowCount: indicatorImport.rowCount,
			valueCount: indicatorImport.valueCount,
			unmatched: indicatorImport.unmatched
		})
		.from(indicatorImport)
		.orderBy(desc(indicatorImport.createdAt))
		.limit(50);
	return rows.map(({ unmatched, ...r }) => ({ ...r, unmatchedCount: (unmatched as unknown[]).length }));
}

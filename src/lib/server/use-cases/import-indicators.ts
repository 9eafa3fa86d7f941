import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { commune, indicatorImport, indicatorSeries, indicatorValue, quartierAlias, user } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import type { Actor } from '#lib/domain/authorisation.js';
import {
	checkMapping,
	COMPUTED_REFERENCES,
	computedReference,
	INDICATOR_FILE_LIMIT,
	matchQuartiers,
	normaliseName,
	parseIndicatorCsv,
	readRows,
	type FileError,
	type IndicatorMapping,
	type MappingErrors,
	type TerritoryType
} from '#lib/domain/indicator-import.js';
import { knownTerritory, storedSeries } from './prepare-indicator-import.js';
import { rateLimited } from './rate-limited.js';
import { eq } from 'drizzle-orm';

export type ImportIndicatorsResult =
	| { ok: true; importId: string }
	| { ok: false; file: FileError }
	| { ok: false; fieldErrors: MappingErrors | Record<string, string>; retryAfterSeconds?: number };

/** Imports wait for one another: two at once would both create the same series. */
const IMPORT_LOCK = 7_355_611;
const BATCH = 500;

export interface UnmatchedRow {
	line: number;
	code: string;
	name: string;
	level: TerritoryType;
}

/**
 * The second step: the file and the confirmed mapping are imported in one transaction. New
 * series are created, existing ones keep their definition; name matches the person confirmed
 * become aliases (so that the next import of a file with the same codes matches them at once);
 * values are written or replaced, so importing the same file again changes nothing. A file the
 * mapping cannot read is refused whole, with its line.
 */
export async function importIndicators(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	input: { fileName: string; text: string; mapping: IndicatorMapping; confirmed: readonly string[] }
): Promise<ImportIndicatorsResult> {
	assertAllowed(actor, 'territory.import');
	if (input.text.length > INDICATOR_FILE_LIMIT) return { ok: false, file: { error: 'OBSERVATORY.FILE_TOO_LARGE' } };
	const parsed = parseIndicatorCsv(input.text);
	if (!parsed.ok) return { ok: false, file: parsed };
	const stored = await storedSeries(ctx.db);
	// An existing series is fed as stored (the form does not even show its definition): only the
	// choice of a computed reference is this import's.
	const columns = input.mapping.columns.map((c) =>
		c.action === 'series' && c.existing && stored.has(c.series.code)
			? { ...c, series: { ...stored.get(c.series.code)!, reference: c.series.reference } }
			: c
	);
	const mapping = { ...input.mapping, columns };
	const fieldErrors: Record<string, string> = checkMapping(parsed.table, mapping);
	mapping.columns.forEach((c, i) => {
		if (c.action !== 'series') return;
		if (c.existing && !stored.has(c.series.code)) fieldErrors[`col-${i}-action`] = 'OBSERVATORY.SERIES_UNKNOWN';
		if (!c.existing && stored.has(c.series.code)) fieldErrors[`col-${i}-code`] = 'OBSERVATORY.SERIES_CODE_TAKEN';
	});
	if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
	const read = readRows(parsed.table, mapping);
	if (!read.ok) return { ok: false, file: read };
	const limited = await rateLimited(ctx.rateLimiter, [['postUser', actor.userId]], 'file');
	if (limited) return limited;

	const importId = randomUUID();
	const confirmed = new Set(input.confirmed.map((c) => c.toUpperCase()));
	await ctx.db.transaction(async (tx) => {
		await tx.execute(sql`SELECT pg_advisory_xact_lock(${IMPORT_LOCK})`);
		const [who] = await tx.select({ name: user.name }).from(user).where(eq(user.id, actor.userId));

		// Series: the new ones are created; every mapped column gets its series id.
		const mapped = columns.filter((c) => c.action === 'series');
		const seriesIds = new Map<string, string>();
		for (const c of mapped) {
			const s = c.series;
			const existing = stored.get(s.code);
			if (existing) {
				seriesIds.set(s.code, existing.id);
				continue;
			}
			const id = randomUUID();
			await tx.insert(indicatorSeries).values({
				id,
				code: s.code,
				measure: s.measure,
				sex: s.sex,
				label: s.label,
				unit: s.unit,
				theme: s.theme,
				source: s.source,
				sourceUrl: s.sourceUrl || null,
				licence: s.licence,
				minCount: s.minCount
			});
			seriesIds.set(s.code, id);
		}

		// Territories: quartiers by alias, code or confirmed name; communes by INSEE code or name.
		const known = await knownTerritory(tx);
		const quartierRows = read.rows.filter((r) => r.level === 'quartier');
		const matches = matchQuartiers(quartierRows, known);
		const territoryOf = new Map<number, string>();
		const unmatched: UnmatchedRow[] = [];
		const aliases: { code: string; quartierId: string; note: string }[] = [];
		for (const m of matches) {
			if (m.kind === 'alias' || m.kind === 'code') territoryOf.set(m.line, m.quartierId);
			else if (m.kind === 'proposed' && confirmed.has(m.code.toUpperCase())) {
				territoryOf.set(m.line, m.quartierId);
				aliases.push({
					code: m.code.toUpperCase(),
					quartierId: m.quartierId,
					note: `${m.exact ? 'Même nom' : 'Nom proche'} dans la même commune (« ${m.name} », ${m.commune} → « ${m.quartierName} »), confirmé par ${who?.name ?? actor.userId} à l’import de ${input.fileName}`.slice(
						0,
						500
					)
				});
			} else unmatched.push({ line: m.line, code: m.code, name: m.name, level: 'quartier' });
		}
		if (aliases.length) await tx.insert(quartierAlias).values(aliases).onConflictDoNothing();

		const communeRows = read.rows.filter((r) => r.level === 'commune');
		if (communeRows.length) {
			const communes = await tx.select({ id: commune.id, insee: commune.inseeCode, name: commune.name }).from(commune);
			const byInsee = new Map(communes.map((c) => [c.insee, c.id]));
			const byName = new Map<string, string | null>();
			for (const c of communes) {
				const key = normaliseName(c.name);
				// Two communes of the same name: the name alone says nothing.
				byName.set(key, byName.has(key) ? null : c.id);
			}
			for (const r of communeRows) {
				const id = byInsee.get(r.code.toUpperCase()) ?? byName.get(normaliseName(r.name || r.code)) ?? null;
				if (id) territoryOf.set(r.line, id);
				else unmatched.push({ line: r.line, code: r.code, name: r.name, level: 'commune' });
			}
		}
		for (const r of read.rows)
			if (r.level === 'reference')
				territoryOf.set(
					r.line,
					r.code
						.toLowerCase()
						.replace(/[^a-z0-9]+/g, '-')
						.slice(0, 64)
				);

		// Values, written or replaced.
		const values: (typeof indicatorValue.$inferInsert)[] = [];
		for (const r of read.rows) {
			const territoryId = territoryOf.get(r.line);
			if (!territoryId) continue;
			for (const [code, value] of r.values)
				values.push({
					seriesId: seriesIds.get(code)!,
					territoryType: r.level,
					territoryId,
					year: r.year,
					value,
					importId
				});
		}
		for (const c of mapped) {
			if (c.series.reference === 'none') continue;
			for (const ref of computedReference(read.rows, c.series.code, c.series.reference))
				values.push({
					seriesId: seriesIds.get(c.series.code)!,
					territoryType: 'reference',
					territoryId: COMPUTED_REFERENCES[c.series.reference],
					year: ref.year,
					value: ref.value,
					importId
				});
		}
		await tx.insert(indicatorImport).values({
			id: importId,
			fileName: input.fileName.slice(0, 255),
			mapping: { ...mapping, confirmed: [...confirmed] },
			rowCount: read.rows.length,
			valueCount: values.length,
			unmatched,
			importedBy: actor.userId
		});
		for (let i = 0; i < values.length; i += BATCH)
			await tx
				.insert(indicatorValue)
				.values(values.slice(i, i + BATCH))
				.onConflictDoUpdate({
					target: [
						indicatorValue.seriesId,
						indicatorValue.territoryType,
						indicatorValue.territoryId,
						indicatorValue.year
					],
					set: { value: sql`excluded.value`, importId: sql`excluded.import_id` }
				});
	});
	return { ok: true, importId };
}

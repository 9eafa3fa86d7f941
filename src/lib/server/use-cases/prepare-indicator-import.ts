import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { commune, indicatorSeries, quartier, quartierAlias, quartierCommune } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import type { Actor } from '#lib/domain/authorisation.js';
import {
	INDICATOR_FILE_LIMIT,
	matchQuartiers,
	parseIndicatorCsv,
	profileColumns,
	proposeMapping,
	readRows,
	type ColumnProfile,
	type FileError,
	type IndicatorMapping,
	type IndicatorTable,
	type KnownQuartier,
	type Match,
	type SeriesDraft
} from '#lib/domain/indicator-import.js';
import { decodeUtf8 } from '#lib/domain/qpv-import.js';
import type { Database } from '../db/client.js';

type Db = Pick<Database, 'select'>;

/** Stored series as drafts, by code: the mapping step offers them, the import feeds them. */
export async function storedSeries(db: Db): Promise<Map<string, SeriesDraft & { id: string }>> {
	const rows = await db.select().from(indicatorSeries);
	return new Map(
		rows.map((r) => [
			r.code,
			{
				id: r.id,
				code: r.code,
				measure: r.measure,
				sex: r.sex as SeriesDraft['sex'],
				unit: r.unit as SeriesDraft['unit'],
				theme: r.theme as SeriesDraft['theme'],
				label: { fr: r.label.fr ?? r.code, en: r.label.en ?? '', ar: r.label.ar ?? '' },
				source: r.source,
				sourceUrl: r.sourceUrl ?? '',
				licence: r.licence,
				minCount: r.minCount,
				reference: 'none'
			}
		])
	);
}

/** What the matching needs: stored aliases, and every quartier with the names of its communes. */
export async function knownTerritory(db: Db): Promise<{ aliases: Map<string, string>; quartiers: KnownQuartier[] }> {
	const [aliases, quartiers, links] = await Promise.all([
		db.select({ code: quartierAlias.code, quartierId: quartierAlias.quartierId }).from(quartierAlias),
		db.select({ id: quartier.id, name: quartier.name, qpvCode: quartier.qpvCode }).from(quartier),
		db
			.select({ quartierId: quartierCommune.quartierId, name: commune.name })
			.from(quartierCommune)
			.innerJoin(commune, eq(commune.id, quartierCommune.communeId))
	]);
	const communes = new Map<string, string[]>();
	for (const l of links) communes.set(l.quartierId, [...(communes.get(l.quartierId) ?? []), l.name]);
	return {
		aliases: new Map(aliases.map((a) => [a.code.toUpperCase(), a.quartierId])),
		quartiers: quartiers.map((q) => ({ ...q, communes: communes.get(q.id) ?? [] }))
	};
}

export interface PreparedImport {
	fileName: string;
	/** The file's text, carried by the mapping form to the import. */
	text: string;
	header: string[];
	rowCount: number;
	profiles: ColumnProfile[];
	mapping: IndicatorMapping;
	/** Series already stored, to choose from. */
	series: { code: string; label: string; measure: string; sex: string; unit: string }[];
	/** Matches of the quartier rows, when the mapping can read the rows. */
	matches: Match[];
}

/**
 * The first step: the file is read, the mapping proposed and the quartiers matched, nothing
 * written. Given a mapping (the form sent back with a correction), matches follow it.
 */
export async function prepareIndicatorImport(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	file: { name: string; text: string } | { name: string; bytes: Uint8Array } | null,
	mapping?: IndicatorMapping
): Promise<{ ok: true; prepared: PreparedImport } | ({ ok: false } & FileError)> {
	assertAllowed(actor, 'territory.import');
	if (!file) return { ok: false, error: 'OBSERVATORY.FILE_REQUIRED' };
	const size = 'bytes' in file ? file.bytes.length : file.text.length;
	if (size > INDICATOR_FILE_LIMIT) return { ok: false, error: 'OBSERVATORY.FILE_TOO_LARGE' };
	const text = 'bytes' in file ? decodeUtf8(file.bytes) : file.text;
	if (text === null) return { ok: false, error: 'OBSERVATORY.ENCODING' };
	const parsed = parseIndicatorCsv(text);
	if (!parsed.ok) return parsed;
	const table: IndicatorTable = parsed.table;
	const stored = await storedSeries(ctx.db);
	const proposed = mapping ?? proposeMapping(table, stored);
	const read = readRows(table, proposed);
	const matches = read.ok
		? matchQuartiers(
				read.rows.filter((r) => r.level === 'quartier'),
				await knownTerritory(ctx.db)
			)
		: [];
	return {
		ok: true,
		prepared: {
			fileName: file.name.slice(0, 255),
			text,
			header: table.header,
			rowCount: table.rows.length,
			profiles: profileColumns(table),
			mapping: proposed,
			series: [...stored.values()].map((s) => ({
				code: s.code,
				label: s.label.fr,
				measure: s.measure,
				sex: s.sex,
				unit: s.unit
			})),
			matches
		}
	};
}

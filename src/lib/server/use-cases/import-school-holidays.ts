import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import type { Database } from '../db/client.js';
import { schoolCalendarYear, schoolHoliday } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import type { Actor } from '#lib/domain/authorisation.js';
import {
	diffHolidays,
	parseSchoolHolidayFile,
	SCHOOL_HOLIDAY_FILE_LIMIT,
	type ImportedYear,
	type ParsedSchoolHolidays,
	type SchoolHolidayFileError,
	type SetAsideReason
} from '#lib/domain/school-holidays-import.js';
import { rateLimited } from './rate-limited.js';

export interface SchoolHolidayImportReport {
	format: ParsedSchoolHolidays['format'];
	fileName: string;
	created: number;
	updated: number;
	unchanged: number;
	/** Holidays of a school year the file gives whole, that the file no longer lists. */
	removed: number;
	/** Rows read but not imported (other zones, teachers' dates, holidays without an end), by reason. */
	rejected: { reason: SetAsideReason; count: number; lines: number[] }[];
	years: ImportedYear[];
}

export type ImportSchoolHolidaysResult =
	| { ok: true; report: SchoolHolidayImportReport }
	| {
			ok: false;
			fieldErrors: Record<string, string>;
			line?: number;
			retryAfterSeconds?: number;
	  };

/** Imports of school holidays wait for one another, so two at once cannot both create a year. */
const IMPORT_LOCK = 7_355_611;
const BATCH = 200;

/**
 * An administrator imports school holidays (per-day CSV, the official CSV or a per-zone ICS
 * feed). All in one transaction: a malformed file writes nothing; importing the same file twice
 * changes nothing the second time. A year loaded completely stays complete when a partial file
 * of that year is imported later.
 */
export async function importSchoolHolidays(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	file: { name: string; bytes: Uint8Array } | null,
	options: { zone?: string | null } = {}
): Promise<ImportSchoolHolidaysResult> {
	assertAllowed(actor, 'territory.import');
	if (!file || file.bytes.length === 0) return { ok: false, fieldErrors: { file: 'TIME.SCHOOL_FILE_REQUIRED' } };
	if (file.bytes.length > SCHOOL_HOLIDAY_FILE_LIMIT)
		return { ok: false, fieldErrors: { file: 'TIME.SCHOOL_FILE_TOO_LARGE' } };
	const limited = await rateLimited(ctx.rateLimiter, [['postUser', actor.userId]], 'file');
	if (limited) return limited;
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
	} catch {
		return { ok: false, fieldErrors: { file: 'TIME.SCHOOL_FILE_ENCODING' } };
	}
	const parsed = parseSchoolHolidayFile(text, options);
	if (!parsed.ok) {
		const field = parsed.error === 'TIME.SCHOOL_FILE_ZONE_REQUIRED' ? 'zone' : 'file';
		return { ok: false, fieldErrors: { [field]: parsed.error satisfies SchoolHolidayFileError }, line: parsed.line };
	}
	const report = await writeSchoolHolidays(ctx.db, parsed.value, { source: file.name, importedBy: actor.userId });
	return { ok: true, report: { ...report, fileName: file.name } };
}

/** Writes parsed holidays in one transaction; shared with the demo seed, which has no administrator. */
export async function writeSchoolHolidays(
	db: Database,
	parsed: ParsedSchoolHolidays,
	meta: { source: string; importedBy: string | null }
): Promise<Omit<SchoolHolidayImportReport, 'fileName'>> {
	return db.transaction(async (tx) => {
		await tx.execute(sql`SELECT pg_advisory_xact_lock(${IMPORT_LOCK})`);
		const zones = [...new Set([...parsed.holidays.map((h) => h.zone), ...parsed.years.map((y) => y.zone)])];
		const stored = zones.length
			? await tx
					.select({
						id: schoolHoliday.id,
						zone: schoolHoliday.zone,
						schoolYear: schoolHoliday.schoolYear,
						name: schoolHoliday.name,
						startsOn: schoolHoliday.startsOn,
						resumesOn: schoolHoliday.resumesOn
					})
					.from(schoolHoliday)
					.where(inArray(schoolHoliday.zone, zones))
			: [];
		const diff = diffHolidays(parsed.holidays, stored);

		// A year the file gives whole replaces what was stored for it.
		const completeInFile = new Set(parsed.years.filter((y) => y.complete).map((y) => `${y.zone}|${y.schoolYear}`));
		const listed = new Set(parsed.holidays.map((h) => `${h.zone}|${h.startsOn}`));
		const stale = stored.filter(
			(s) => completeInFile.has(`${s.zone}|${s.schoolYear}`) && !listed.has(`${s.zone}|${s.startsOn}`)
		);
		if (stale.length)
			await tx.delete(schoolHoliday).where(
				inArray(
					schoolHoliday.id,
					stale.map((s) => s.id)
				)
			);

		for (let i = 0; i < diff.created.length; i += BATCH)
			await tx.insert(schoolHoliday).values(diff.created.slice(i, i + BATCH).map((h) => ({ id: randomUUID(), ...h })));
		for (const h of diff.updated)
			await tx
				.update(schoolHoliday)
				.set({ name: h.name, resumesOn: h.resumesOn, schoolYear: h.schoolYear })
				.where(and(eq(schoolHoliday.zone, h.zone), eq(schoolHoliday.startsOn, h.startsOn)));

		const storedYears = zones.length
			? await tx.select().from(schoolCalendarYear).where(inArray(schoolCalendarYear.zone, zones))
			: [];
		const yearByKey = new Map(storedYears.map((y) => [`${y.zone}|${y.schoolYear}`, y]));
		for (const y of parsed.years) {
			const before = yearByKey.get(`${y.zone}|${y.schoolYear}`);
			const complete = y.complete || (before?.complete ?? false);
			if (before && before.complete === complete) continue;
			await tx
				.insert(schoolCalendarYear)
				.values({
					zone: y.zone,
					schoolYear: y.schoolYear,
					complete,
					source: meta.source.slice(0, 200),
					importedBy: meta.importedBy
				})
				.onConflictDoUpdate({
					target: [schoolCalendarYear.zone, schoolCalendarYear.schoolYear],
					set: { complete, source: meta.source.slice(0, 200), importedBy: meta.importedBy, importedAt: new Date() }
				});
		}

		const rejected = new Map<SetAsideReason, number[]>();
		for (const r of parsed.setAside) rejected.set(r.reason, [...(rejected.get(r.reason) ?? []), r.line]);
		return {
			format: parsed.format,
			created: diff.created.length,
			updated: diff.updated.length,
			unchanged: diff.unchanged.length,
			removed: stale.length,
			rejected: [...rejected].map(([reason, lines]) => ({ reason, count: lines.length, lines: lines.slice(0, 10) })),
			years: parsed.years
		};
	});
}

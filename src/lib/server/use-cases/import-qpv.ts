import { randomUUID } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { commune, qpvImport, quartier, quartierCommune } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import type { Actor } from '#lib/domain/authorisation.js';
import type { FieldErrors } from '#lib/domain/account-forms.js';
import type { Geometry } from '#lib/domain/geo.js';
import { holidayZoneOf, timeZoneOf } from '#lib/domain/commune.js';
import {
	communesOf,
	diffQuartiers,
	parseQpvImport,
	QPV_FILE_LIMITS,
	type ImportedQuartier,
	type StoredQuartier
} from '#lib/domain/qpv-import.js';
import { rateLimited } from './rate-limited.js';

export interface UploadedFile {
	name: string;
	bytes: Uint8Array;
}

export type ImportQpvResult =
	{ ok: true; importId: string } | { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

/** Rows per INSERT: large enough to be quick, small enough for PostgreSQL's 65,535 parameters. */
const BATCH = 200;
/** Imports wait for one another: two at once would both create the same communes. */
const IMPORT_LOCK = 7_355_610;

/**
 * An administrator imports the official QPV list, and optionally their outlines. Everything is
 * written in one transaction: a refused file, or an error half-way, leaves the territory as it
 * was. Running the same files twice changes nothing the second time. Communes the list names
 * are created with the holiday zone and time zone of their département; communes already there
 * keep what an administrator set.
 */
export async function importQpv(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	files: { list: UploadedFile | null; outlines: UploadedFile | null }
): Promise<ImportQpvResult> {
	assertAllowed(actor, 'territory.import');
	const started = performance.now();
	for (const field of ['list', 'outlines'] as const) {
		const file = files[field];
		if (file && file.bytes.length > QPV_FILE_LIMITS[field])
			return { ok: false, fieldErrors: { [field]: 'QPV.FILE_TOO_LARGE' } };
	}
	const limited = await rateLimited(ctx.rateLimiter, [['postUser', actor.userId]], 'list');
	if (limited) return limited;

	const parsed = parseQpvImport(files.list?.bytes ?? null, files.outlines?.bytes ?? null);
	if (!parsed.ok) return { ok: false, fieldErrors: { [parsed.file]: parsed.error } };

	const importId = randomUUID();
	await ctx.db.transaction(async (tx) => {
		await tx.execute(sql`SELECT pg_advisory_xact_lock(${IMPORT_LOCK})`);

		// Communes: create those the list names for the first time.
		const named = communesOf(parsed.quartiers);
		const communeIds = new Map<string, string>();
		const loadCommunes = async (codes: string[]) => {
			for (const chunk of chunks(codes, 1000)) {
				const rows = await tx
					.select({ id: commune.id, inseeCode: commune.inseeCode })
					.from(commune)
					.where(inArray(commune.inseeCode, chunk));
				for (const r of rows) communeIds.set(r.inseeCode, r.id);
			}
		};
		await loadCommunes(named.map((c) => c.inseeCode));
		const missing = named.filter((c) => !communeIds.has(c.inseeCode));
		for (const chunk of chunks(missing, BATCH))
			await tx.insert(commune).values(
				chunk.map((c) => ({
					id: randomUUID(),
					inseeCode: c.inseeCode,
					name: c.name,
					departement: c.departement,
					holidayZone: holidayZoneOf(c.departement),
					timeZone: timeZoneOf(c.departement)
				}))
			);
		await loadCommunes(missing.map((c) => c.inseeCode));
		const inseeById = new Map([...communeIds].map(([insee, id]) => [id, insee]));

		// What is stored of these quartiers, then what changes.
		const stored = new Map<string, StoredQuartier & { id: string }>();
		for (const chunk of chunks(
			parsed.quartiers.map((q) => q.qpvCode),
			1000
		)) {
			const rows = await tx
				.select({
					id: quartier.id,
					qpvCode: quartier.qpvCode,
					name: quartier.name,
					communeId: quartier.communeId,
					centroidLon: quartier.centroidLon,
					centroidLat: quartier.centroidLat,
					outline: quartier.outline
				})
				.from(quartier)
				.where(inArray(quartier.qpvCode, chunk));
			const links = rows.length
				? await tx
						.select()
						.from(quartierCommune)
						.where(
							inArray(
								quartierCommune.quartierId,
								rows.map((r) => r.id)
							)
						)
				: [];
			for (const r of rows) {
				const others = links
					.filter((l) => l.quartierId === r.id && l.communeId !== r.communeId)
					.map((l) => inseeById.get(l.communeId) ?? l.communeId);
				stored.set(r.qpvCode!, {
					id: r.id,
					qpvCode: r.qpvCode!,
					name: r.name,
					centroidLon: r.centroidLon,
					centroidLat: r.centroidLat,
					outline: (r.outline ?? null) as Geometry | null,
					inseeCodes: [inseeById.get(r.communeId) ?? r.communeId, ...others]
				});
			}
		}
		const diff = diffQuartiers(parsed.quartiers, stored);

		// Created and updated quartiers in batches: one INSERT … ON CONFLICT per batch.
		const toWrite: ImportedQuartier[] = [...diff.created, ...diff.updated.map((u) => u.quartier)];
		const writtenIds = new Map<string, string>();
		for (const chunk of chunks(toWrite, BATCH)) {
			const rows = await tx
				.insert(quartier)
				.values(
					chunk.map((q) => ({
						id: stored.get(q.qpvCode)?.id ?? randomUUID(),
						qpvCode: q.qpvCode,
						name: q.name,
						communeId: communeIds.get(q.communes[0]!.inseeCode)!,
						centroidLon: q.centroid.lon,
						centroidLat: q.centroid.lat,
						outline: q.outline ?? null
					}))
				)
				.onConflictDoUpdate({
					target: quartier.qpvCode,
					set: {
						name: sql`excluded.name`,
						communeId: sql`excluded.commune_id`,
						centroidLon: sql`excluded.centroid_lon`,
						centroidLat: sql`excluded.centroid_lat`,
						// An import without outlines keeps the outline already stored.
						outline: sql`coalesce(excluded.outline, ${quartier.outline})`,
						updatedAt: sql`now()`
					}
				})
				.returning({ id: quartier.id, qpvCode: quartier.qpvCode });
			for (const r of rows) writtenIds.set(r.qpvCode!, r.id);
		}

		// Every commune of each written quartier, the main one included.
		const relinked = [
			...diff.created,
			...diff.updated.filter((u) => u.changes.includes('communes')).map((u) => u.quartier)
		];
		const relinkedIds = relinked.map((q) => writtenIds.get(q.qpvCode)!);
		for (const chunk of chunks(relinkedIds, 1000))
			await tx.delete(quartierCommune).where(inArray(quartierCommune.quartierId, chunk));
		const links = relinked.flatMap((q) =>
			q.communes.map((c) => ({ quartierId: writtenIds.get(q.qpvCode)!, communeId: communeIds.get(c.inseeCode)! }))
		);
		for (const chunk of chunks(links, 1000)) await tx.insert(quartierCommune).values(chunk).onConflictDoNothing();

		await tx.insert(qpvImport).values({
			id: importId,
			importedBy: actor.userId,
			listFileName: (files.list?.name ?? '').slice(0, 255),
			outlinesFileName: files.outlines ? files.outlines.name.slice(0, 255) : null,
			createdCount: diff.created.length,
			updatedCount: diff.updated.length,
			unchangedCount: diff.unchanged.length,
			rejectedCount: parsed.rejected.length,
			communesCreatedCount: missing.length,
			created: diff.created.map((q) => ({ qpvCode: q.qpvCode, name: q.name })),
			updated: diff.updated.map((u) => ({ qpvCode: u.quartier.qpvCode, name: u.quartier.name, changes: u.changes })),
			rejected: parsed.rejected,
			durationMs: Math.round(performance.now() - started)
		});
	});
	return { ok: true, importId };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
	return out;
}

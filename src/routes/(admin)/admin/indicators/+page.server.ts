import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { guarded } from '#lib/server/http.js';
import { assertAllowed } from '#lib/server/authorisation.js';
import { errorText } from '#lib/i18n/error-text.js';
import { prepareIndicatorImport } from '#lib/server/use-cases/prepare-indicator-import.js';
import { importIndicators } from '#lib/server/use-cases/import-indicators.js';
import { listIndicatorImports } from '#lib/server/use-cases/get-indicator-import.js';
import {
	INDICATOR_FILE_LIMIT,
	parseIndicatorCsv,
	proposeMapping,
	type FileError
} from '#lib/domain/indicator-import.js';
import { mappingFromForm } from '#lib/domain/indicator-import-form.js';
import * as m from '#lib/paraglide/messages.js';

/** The file (or, at the mapping step, its text carried by the form) and the envelope. */
const UPLOAD_LIMIT = 2 * INDICATOR_FILE_LIMIT + 256 * 1024;

export const load: PageServerLoad = (event) =>
	guarded(event, async () => ({ imports: await listIndicatorImports(await app(), event.locals.actor) }));

/** A refused file: the reason, and where in the file when it is on a line. */
function fileFailure(problem: FileError) {
	const where =
		problem.line !== undefined
			? ' ' +
				(problem.column
					? m.observatory_import_at_line_column({ line: String(problem.line), column: problem.column })
					: m.observatory_import_at_line({ line: String(problem.line) }))
			: '';
	return fail(400, { step: 'upload' as const, errors: { file: errorText(problem.error) + where } });
}

async function readForm(request: Request): Promise<FormData | null> {
	const length = Number(request.headers.get('content-length') ?? '0');
	if (length > UPLOAD_LIMIT) return null;
	try {
		return await request.formData();
	} catch {
		return null;
	}
}

export const actions = {
	/** Step 1: the file is read and a mapping proposed; nothing is written. */
	upload: (event) =>
		guarded(event, async () => {
			assertAllowed(event.locals.actor, 'territory.import');
			const data = await readForm(event.request);
			if (!data) return fileFailure({ error: 'OBSERVATORY.FILE_TOO_LARGE' });
			const file = data.get('file');
			const upload =
				file instanceof File && file.size > 0
					? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
					: null;
			const result = await prepareIndicatorImport(await app(), event.locals.actor, upload);
			if (!result.ok) return fileFailure(result);
			return { step: 'mapping' as const, prepared: result.prepared, errors: {} as Record<string, string> };
		}),

	/** Step 2: the confirmed mapping; the import runs, or the mapping comes back with its errors. */
	import: (event) =>
		guarded(event, async () => {
			assertAllowed(event.locals.actor, 'territory.import');
			const data = await readForm(event.request);
			if (!data) return fileFailure({ error: 'OBSERVATORY.FILE_TOO_LARGE' });
			const values: Record<string, string> = {};
			for (const [k, v] of data) if (typeof v === 'string' && !(k in values)) values[k] = v;
			const confirmed = data.getAll('confirm').filter((v): v is string => typeof v === 'string');
			const text = values.csv ?? '';
			const fileName = values.fileName ?? 'indicateurs.csv';
			const parsed = parseIndicatorCsv(text);
			if (!parsed.ok) return fileFailure(parsed);
			const proposed = proposeMapping(parsed.table);
			const mapping = mappingFromForm(
				values,
				parsed.table.header,
				values.preset ?? null,
				(column) => proposed.columns.find((c) => c.column === column)?.series
			);
			const ctx = await app();
			const result = await importIndicators(ctx, event.locals.actor, { fileName, text, mapping, confirmed });
			if (result.ok) redirect(303, `/admin/indicators/imports/${result.importId}`);
			if ('file' in result) return fileFailure(result.file);
			const again = await prepareIndicatorImport(ctx, event.locals.actor, { name: fileName, text }, mapping);
			if (!again.ok) return fileFailure(again);
			const errors = Object.fromEntries(
				Object.entries(result.fieldErrors).map(([field, code]) => [field, errorText(code, result.retryAfterSeconds)])
			);
			return fail(400, { step: 'mapping' as const, prepared: again.prepared, errors, confirmed });
		})
} satisfies Actions;

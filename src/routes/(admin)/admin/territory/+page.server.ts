import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, guarded } from '#lib/server/http.js';
import { assertAllowed } from '#lib/server/authorisation.js';
import { importQpv, type UploadedFile } from '#lib/server/use-cases/import-qpv.js';
import { listQpvImports } from '#lib/server/use-cases/get-qpv-import.js';
import { countTerritory } from '#lib/server/use-cases/count-territory.js';
import { QPV_FILE_LIMITS } from '#lib/domain/qpv-import.js';

/** Both files and the multipart envelope: anything larger is refused before it is read. */
const UPLOAD_LIMIT = QPV_FILE_LIMITS.list + QPV_FILE_LIMITS.outlines + 64 * 1024;

export const load: PageServerLoad = (event) =>
	guarded(event, async () => {
		const ctx = await app();
		const [imports, stored] = await Promise.all([
			listQpvImports(ctx, event.locals.actor),
			countTerritory(ctx, event.locals.actor)
		]);
		return { imports, stored };
	});

async function uploaded(value: FormDataEntryValue | null): Promise<UploadedFile | null> {
	// Without JavaScript, an empty file input still sends a part, with no name and no bytes.
	if (!(value instanceof File) || value.size === 0) return null;
	return { name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) };
}

export const actions = {
	import: (event) =>
		guarded(event, async () => {
			// Asked again by the use case; asked here too so that nobody else gets megabytes read.
			assertAllowed(event.locals.actor, 'territory.import');
			const length = Number(event.request.headers.get('content-length') ?? '0');
			if (length > UPLOAD_LIMIT) return formFailure({}, { list: 'QPV.UPLOAD_TOO_LARGE' });
			let data: FormData;
			try {
				data = await event.request.formData();
			} catch {
				return formFailure({}, { list: 'QPV.UPLOAD_INVALID' });
			}
			const result = await importQpv(await app(), event.locals.actor, {
				list: await uploaded(data.get('list')),
				outlines: await uploaded(data.get('outlines'))
			});
			if (!result.ok) return formFailure({}, result.fieldErrors, result.retryAfterSeconds);
			redirect(303, `/admin/territory/imports/${result.importId}`);
		})
} satisfies Actions;

import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, guarded } from '#lib/server/http.js';
import { assertAllowed } from '#lib/server/authorisation.js';
import { importSchoolHolidays } from '#lib/server/use-cases/import-school-holidays.js';
import { listSchoolCalendars } from '#lib/server/use-cases/list-school-calendars.js';
import { SCHOOL_HOLIDAY_FILE_LIMIT } from '#lib/domain/school-holidays-import.js';
import { toLocal } from '#lib/domain/zoned-time.js';

/** The file and the multipart envelope: anything larger is refused before it is read. */
const UPLOAD_LIMIT = SCHOOL_HOLIDAY_FILE_LIMIT + 64 * 1024;

export const load: PageServerLoad = (event) =>
	guarded(event, async () => {
		const today = toLocal(new Date(), 'Europe/Paris').date;
		return { zones: await listSchoolCalendars(await app(), event.locals.actor, today) };
	});

export const actions = {
	import: (event) =>
		guarded(event, async () => {
			// Asked again by the use case; asked here too so that nobody else gets megabytes read.
			assertAllowed(event.locals.actor, 'territory.import');
			const length = Number(event.request.headers.get('content-length') ?? '0');
			if (length > UPLOAD_LIMIT) return formFailure({}, { file: 'TIME.SCHOOL_FILE_TOO_LARGE' });
			let data: FormData;
			try {
				data = await event.request.formData();
			} catch {
				return formFailure({}, { file: 'TIME.UPLOAD_INVALID' });
			}
			const value = data.get('file');
			// Without JavaScript, an empty file input still sends a part, with no name and no bytes.
			const file =
				value instanceof File && value.size > 0
					? { name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) }
					: null;
			const zone = typeof data.get('zone') === 'string' ? (data.get('zone') as string) : '';
			const result = await importSchoolHolidays(await app(), event.locals.actor, file, { zone });
			if (!result.ok) return formFailure({ zone }, result.fieldErrors, result.retryAfterSeconds, { line: result.line });
			return { report: result.report };
		})
} satisfies Actions;

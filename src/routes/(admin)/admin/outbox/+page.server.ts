import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { guarded } from '#lib/server/http.js';
import { listOutbox } from '#lib/server/use-cases/list-outbox.js';

export const load: PageServerLoad = (event) =>
	guarded(event, async () => {
		const ctx = await app();
		return { mails: await listOutbox(ctx, event.locals.actor), transport: ctx.mailer.transport };
	});

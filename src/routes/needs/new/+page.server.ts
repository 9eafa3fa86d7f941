import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, guarded, requestMeta } from '#lib/server/http.js';
import { getNeedForm } from '#lib/server/use-cases/get-need-form.js';
import { postNeed } from '#lib/server/use-cases/post-need.js';
import { HONEYPOT_FIELD } from '#lib/domain/need-vocabulary.js';

export const load: PageServerLoad = async (event) => {
	const quartierId = event.url.searchParams.get('quartier');
	const ctx = await app();
	const form = await getNeedForm(ctx, event.locals.actor, {
		quartierId,
		inseeCode: event.url.searchParams.get('commune')
	});
	if (!form) error(404, { message: 'Not Found' });
	// Where the commune does not take posts without an account, say so before the form, not after.
	if (form.signInRequired && !event.url.searchParams.has('posted'))
		redirect(303, `/sign-in?redirectTo=${encodeURIComponent(event.url.pathname + event.url.search)}`);
	return {
		...form,
		quartierId: form.quartiers.some((q) => q.id === quartierId) ? quartierId : null,
		signedIn: !!event.locals.user,
		posted: event.url.searchParams.get('posted'),
		tiles: { url: ctx.config.MAP_TILE_URL || null, attribution: ctx.config.MAP_ATTRIBUTION }
	};
};

export const actions = {
	default: (event) =>
		guarded(event, async () => {
			const data = await event.request.formData();
			const values: Record<string, string> = {};
			for (const [k, v] of data) if (typeof v === 'string' && !(k in values)) values[k] = v;
			const file = data.get('photo');
			const upload =
				file instanceof File && file.size > 0
					? { size: file.size, bytes: async () => new Uint8Array(await file.arrayBuffer()) }
					: null;
			const result = await postNeed(await app(), event.locals.actor, requestMeta(event), values, upload);
			if (!result.ok) {
				const { [HONEYPOT_FIELD]: _trap, ...kept } = values;
				return formFailure(kept, result.fieldErrors, result.retryAfterSeconds);
			}
			// Someone without an account cannot open a need awaiting moderation: she is thanked here.
			if (!result.id || !event.locals.actor) redirect(303, '/needs/new?posted=submitted');
			redirect(303, `/needs/${result.id}?posted=${result.status}`);
		})
} satisfies Actions;

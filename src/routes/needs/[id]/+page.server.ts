import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, guarded } from '#lib/server/http.js';
import { getNeed } from '#lib/server/use-cases/get-need.js';
import { supportNeed } from '#lib/server/use-cases/support-need.js';
import { withdrawSupport } from '#lib/server/use-cases/withdraw-support.js';
import { followNeed } from '#lib/server/use-cases/follow-need.js';
import { unfollowNeed } from '#lib/server/use-cases/unfollow-need.js';
import { commentOnNeed } from '#lib/server/use-cases/comment-on-need.js';
import { respondToNeed } from '#lib/server/use-cases/respond-to-need.js';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const ctx = await app();
	const need = await getNeed(ctx, locals.actor, { id: params.id });
	// A need awaiting moderation or refused is not found for anyone but its author and moderators.
	if (!need) error(404, 'NOT_FOUND');
	const commented = url.searchParams.get('commented');
	return {
		need,
		// The posting form says which status the need got (published, or submitted for moderation).
		posted: url.searchParams.has('posted'),
		reported: url.searchParams.get('reported') === '1',
		commented: commented === 'published' || commented === 'pending' ? commented : null,
		responded: url.searchParams.has('responded'),
		tiles: { url: ctx.config.MAP_TILE_URL, attribution: ctx.config.MAP_ATTRIBUTION }
	};
};

type Toggle = typeof supportNeed | typeof withdrawSupport | typeof followNeed | typeof unfollowNeed;

/** Support, withdraw, follow, unfollow: one button each, back to the page where it was pressed. */
async function toggle(event: RequestEvent<{ id: string }>, run: Toggle) {
	const result = await guarded(event, async () => run(await app(), event.locals.actor, { needId: event.params.id }));
	if (!result.ok) {
		if (result.code === 'NOT_FOUND') error(404, 'NOT_FOUND');
		return formFailure({}, { form: result.code }, undefined, { form: 'participate' });
	}
	redirect(303, `/needs/${event.params.id}#participate`);
}

export const actions = {
	support: (event) => toggle(event, supportNeed),
	withdraw: (event) => toggle(event, withdrawSupport),
	follow: (event) => toggle(event, followNeed),
	unfollow: (event) => toggle(event, unfollowNeed),
	comment: async (event) => {
		const values = await formValues(event.request);
		const result = await guarded(event, async () =>
			commentOnNeed(await app(), event.locals.actor, { needId: event.params.id, values })
		);
		if (!result.ok) {
			if ('code' in result) {
				if (result.code === 'NOT_FOUND') error(404, 'NOT_FOUND');
				return formFailure(values, { body: result.code }, undefined, { form: 'comment' });
			}
			return formFailure(values, result.fieldErrors, result.retryAfterSeconds, { form: 'comment' });
		}
		const anchor = result.commentId ? `comment-${result.commentId}` : 'comments';
		redirect(303, `/needs/${event.params.id}?commented=${result.status}#${anchor}`);
	},
	respond: async (event) => {
		const values = await formValues(event.request);
		const result = await guarded(event, async () =>
			respondToNeed(await app(), event.locals.actor, { needId: event.params.id, values })
		);
		if (!result.ok) {
			if ('code' in result) error(404, 'NOT_FOUND');
			return formFailure(values, result.fieldErrors, result.retryAfterSeconds, { form: 'respond' });
		}
		redirect(303, `/needs/${event.params.id}?responded=1#history`);
	}
} satisfies Actions;

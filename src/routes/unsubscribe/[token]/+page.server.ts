import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { checkUnsubscribeLink } from '#lib/server/use-cases/check-unsubscribe-link.js';
import { unsubscribe } from '#lib/server/use-cases/unsubscribe.js';

/**
 * Opening the link shows a button and changes nothing (mail scanners open links); the POST,
 * from the button or from a mail client's one-click (RFC 8058), turns e-mail off. No sign-in.
 */
export const load: PageServerLoad = async ({ params, setHeaders }) => {
	// The token is in the URL: keep the page out of caches (the page also says no-referrer).
	// Set here only: after the button's POST this load runs too, and a header may be set once.
	setHeaders({ 'Cache-Control': 'no-store' });
	return { state: await checkUnsubscribeLink(await app(), params.token) };
};

export const actions = {
	default: async ({ params }) => {
		const result = await unsubscribe(await app(), params.token);
		return { done: result.ok };
	}
} satisfies Actions;

import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { checkUnsubscribeLink } from '#lib/server/use-cases/check-unsubscribe-link.js';
import { unsubscribe } from '#lib/server/use-cases/unsubscribe.js';

/**
 * Opening the link shows a button and changes nothing (mail scanners open links); the POST,
 * from the button or from a mail client's one-click (RFC 8058), turns e-mail off. No sign-in.
 */
export const load: PageServerLoad = async ({ params, setHeaders }) => {
	// The token is in the URL: keep it out of caches and out of the Referer of links on the page.
	setHeaders({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' });
	return { state: await checkUnsubscribeLink(await app(), params.token) };
};

export const actions = {
	default: async ({ params, setHeaders }) => {
		setHeaders({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' });
		const result = await unsubscribe(await app(), params.token);
		return { done: result.ok };
	}
} satisfies Actions;

import { randomUUID } from 'node:crypto';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit/hooks';
import { sequence } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '#lib/paraglide/server.js';
import { app } from '#lib/server/app.js';
import { loadActor } from '#lib/server/authorisation.js';
import { textDirection } from '#lib/domain/locale.js';
import { tileSource, withImageSource } from '#lib/domain/map.js';
import { CACHEABLE_ROUTES, PageCache } from '#lib/server/page-cache.js';

export const init: ServerInit = async () => {
	await app();
};

const i18n: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ locale }) => {
		event.locals.locale = locale;
		return resolve(event, {
			transformPageChunk: ({ html }) =>
				html.replace('%paraglide.lang%', locale).replace('%paraglide.dir%', textDirection(locale))
		});
	});

const session: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.actor = null;
	if (event.url.pathname === '/healthz') return resolve(event);
	const ctx = await app();
	const found = await ctx.auth.api.getSession({ headers: event.request.headers });
	if (found) {
		const u = found.user as typeof found.user & { locale?: string; twoFactorEnabled?: boolean | null };
		event.locals.user = {
			id: u.id,
			name: u.name,
			email: u.email,
			locale: u.locale ?? 'fr',
			twoFactorEnabled: Boolean(u.twoFactorEnabled)
		};
		event.locals.actor = await loadActor(ctx.db, u.id);
	}
	return resolve(event);
};

const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const h = response.headers;
	h.set('X-Content-Type-Options', 'nosniff');
	h.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	h.set('X-Frame-Options', 'DENY');
	h.set('Cross-Origin-Opener-Policy', 'same-origin');
	h.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
	if (event.url.protocol === 'https:') h.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
	if (isOpenDataFile(event.url.pathname)) {
		// JSON, CSV and GeoJSON are data, never documents: nothing in them may run or load, and
		// other sites may fetch them (public data under an open licence; CORS says the same).
		h.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'; sandbox");
		h.set('Cross-Origin-Resource-Policy', 'cross-origin');
	}
	// Pages that show a person's own data must not sit in a shared cache.
	if (event.locals.user && !h.has('Cache-Control')) h.set('Cache-Control', 'private, no-store');
	// The maps' background tiles come from one configured host: the policy allows that host's
	// images and nothing else (the policy itself is set at build time, the host at start-up).
	const policy = h.get('Content-Security-Policy');
	const tiles = (await app()).config.MAP_TILE_URL;
	const source = tiles && tileSource(tiles);
	if (policy && source) h.set('Content-Security-Policy', withImageSource(policy, source));
	return response;
};

let pages: PageCache | undefined;

/** Public pages read by visitors who are not signed in, served again for a few seconds (page-cache.ts). */
const pageCache: Handle = async ({ event, resolve }) => {
	pages ??= new PageCache((await app()).config.PAGE_CACHE_SECONDS * 1000);
	const method = event.request.method;
	if (method !== 'GET' && method !== 'HEAD') {
		// A write: what was kept may now be wrong, and so may what is rendered while it runs.
		pages.invalidate();
		try {
			return await resolve(event);
		} finally {
			pages.invalidate();
		}
	}
	if (
		!pages.enabled ||
		method !== 'GET' ||
		event.locals.user ||
		event.request.headers.has('authorization') ||
		!CACHEABLE_ROUTES.has(event.route.id ?? '')
	)
		return resolve(event);
	const key = `${event.locals.locale}|${event.isDataRequest ? 'data' : 'page'}|${event.request.url}`;
	return pages.serve(key, () => resolve(event), event.request.headers.get('accept-encoding'));
};

/** The API and the download files; the /api and /open-data pages keep the pages' CSP. */
function isOpenDataFile(pathname: string): boolean {
	return pathname.startsWith('/api/v1/') || /^\/open-data\/[^/]+$/.test(pathname);
}

export const handle = sequence(securityHeaders, i18n, session, pageCache);

/** Unexpected errors are logged with an id; the page shows only that id, never the cause. */
export const handleError: HandleServerError = ({ kind, error }) => {
	if (kind !== 'unknown') return {};
	const id = randomUUID();
	console.error(`[error ${id}]`, error);
	return { message: 'Internal Error', id };
};

/** Small glue between SvelteKit's request events and the use cases. */
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { AccessDenied } from './authorisation.js';
import { errorText } from '#lib/i18n/error-text.js';
import type { FieldErrors } from '#lib/domain/account-forms.js';
import type { RequestMeta } from './use-cases/request-meta.js';

/** Fields that are never sent back to the page, even when the form fails. */
const SECRET_FIELDS = new Set([
	'password',
	'currentPassword',
	'newPassword',
	'code',
	'token',
	'website',
	'totpUri',
	'backupCodes'
]);

export async function formValues(request: Request): Promise<Record<string, string>> {
	const data = await request.formData();
	const values: Record<string, string> = {};
	for (const [k, v] of data) if (typeof v === 'string' && !(k in values)) values[k] = v;
	return values;
}

/**
 * Like formValues, but the fields named in `lists` (groups of checkboxes, multiple selects)
 * keep every value they were sent with, as an array (empty when none was ticked).
 */
export async function formValuesWithLists<L extends string>(
	request: Request,
	lists: readonly L[]
): Promise<Record<string, string> & Record<L, string[]>> {
	const data = await request.formData();
	const values: Record<string, string | string[]> = {};
	for (const name of lists) values[name] = data.getAll(name).filter((v): v is string => typeof v === 'string');
	for (const [k, v] of data) if (typeof v === 'string' && !(k in values)) values[k] = v;
	return values as Record<string, string> & Record<L, string[]>;
}

export function requestMeta(event: Pick<RequestEvent, 'request' | 'getClientAddress'>): RequestMeta {
	let ip = 'unknown';
	try {
		ip = event.getClientAddress();
	} catch {
		// Behind some proxies the address is unknown; everyone then shares one bucket.
	}
	return { headers: event.request.headers, ip };
}

/** A failed form: the translated message beside each field, the typed values back (never secrets). */
export function formFailure<V extends Record<string, string | string[]> = Record<string, string>>(
	values: V | Record<string, string>,
	fieldErrors: FieldErrors,
	retryAfterSeconds?: number,
	extra: Record<string, unknown> = {}
) {
	const kept = Object.fromEntries(Object.entries(values).filter(([k]) => !SECRET_FIELDS.has(k))) as Record<
		string,
		string
	> &
		Partial<V>;
	const errors = Object.fromEntries(
		Object.entries(fieldErrors).map(([field, code]) => [field, errorText(code, retryAfterSeconds)])
	);
	return fail(retryAfterSeconds ? 429 : 400, { ...extra, values: kept, errors });
}

/** Runs a use case and turns an access denial into the right answer for a person. */
export async function guarded<T>(event: Pick<RequestEvent, 'url'>, run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (e) {
		if (e instanceof AccessDenied) {
			if (e.reason === 'AUTH.SIGN_IN_REQUIRED')
				redirect(303, `/sign-in?redirectTo=${encodeURIComponent(event.url.pathname + event.url.search)}`);
			if (e.reason === 'AUTH.TWO_FACTOR_REQUIRED') redirect(303, '/account/security?required=admin');
			error(403, { message: 'Forbidden' });
		}
		throw e;
	}
}

/** Only same-site paths are followed after sign-in, so a link cannot send people elsewhere. */
export function safeRedirectTarget(raw: string | null | undefined, fallback = '/'): string {
	if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return fallback;
	return raw;
}

/**
 * The signed-in person, for form actions: page guards do not run before actions, so each
 * action asks again (the use case then checks what this person may do).
 */
export function requireUser(locals: App.Locals): NonNullable<App.Locals['user']> {
	if (!locals.user) error(401, { message: 'Unauthorized' });
	return locals.user;
}

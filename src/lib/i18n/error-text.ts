import * as m from '#lib/paraglide/messages.js';
import errorMessages from './messages-by-name/errors.js';

/** Turns a stable error code from a use case into a sentence in the reader's language. */
export function errorText(code: string, retryAfterSeconds?: number): string {
	switch (code) {
		case 'FIELD.REQUIRED':
			return m.err_required();
		case 'NAME.LENGTH':
			return m.err_name_length();
		case 'EMAIL.INVALID':
			return m.err_email_invalid();
		case 'EMAIL.TAKEN':
			return m.err_email_taken();
		case 'PASSWORD.TOO_SHORT':
			return m.err_password_short();
		case 'PASSWORD.TOO_LONG':
			return m.err_password_long();
		case 'PASSWORD.WRONG':
			return m.err_password_wrong();
		case 'AUTH.CREDENTIALS':
			return m.err_credentials();
		case 'CODE.INVALID':
			return m.err_code_invalid();
		case 'TOKEN.INVALID':
			return m.err_token_invalid();
		case 'RATE.LIMITED':
			return m.err_rate_limited({ minutes: String(Math.max(1, Math.ceil((retryAfterSeconds ?? 60) / 60))) });
		case 'CONFIRM.REQUIRED':
			return m.err_confirm_required();
		case 'LOCALE.INVALID':
			return m.err_locale_invalid();
		case 'ROLE.UNKNOWN':
			return m.err_role_unknown();
		case 'ROLE.SCOPE_INVALID':
			return m.err_role_scope();
		case 'ROLE.SCOPE_ID_REQUIRED':
			return m.err_role_scope_id();
		case 'ROLE.SELF_ADMIN':
			return m.err_self_admin();
		case 'ROLE.LAST_ADMIN':
			return m.err_last_admin();
		case 'AUTH.FORBIDDEN':
			return m.err_forbidden();
		case 'AUTH.TWO_FACTOR_REQUIRED':
			return m.err_two_factor_required();
		case 'AUTH.SIGN_IN_REQUIRED':
			return m.err_sign_in_required();
		case 'NOT_FOUND':
			return m.err_not_found();
		default:
			return byConvention(code) ?? m.err_unexpected();
	}
}

/**
 * Codes without a case above are looked up by name: 'ROOM.AREA_RANGE' reads the message
 * `err_room_area_range`. Each area of the product adds its codes as messages in its own
 * messages/<area>/ files, without touching this switch.
 */
function byConvention(code: string): string | undefined {
	const key = `err_${code.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`;
	// From the named list, not from `m` itself: see scripts/message-groups.mjs.
	const message = Object.hasOwn(errorMessages, key) ? errorMessages[key] : undefined;
	return message ? (message as () => string)() : undefined;
}

import * as m from '#lib/paraglide/messages.js';
import type { Locale } from '#lib/domain/locale.js';

/** Mail is written in the recipient's language, whatever the language of the request that sent it. */
export function resetPasswordMail(locale: Locale, params: { name: string; link: string }) {
	return {
		subject: m.mail_reset_subject({}, { locale }),
		text: m.mail_reset_body(params, { locale })
	};
}

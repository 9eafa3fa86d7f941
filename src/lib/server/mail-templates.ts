import * as m from '#lib/paraglide/messages.js';
import type { Locale } from '#lib/domain/locale.js';

/** Mail is written in the recipient's language, whatever the language of the request that sent it. */
export function resetPasswordMail(locale: Locale, params: { name: string; link: string }) {
	return {
		subject: m.mail_reset_subject({}, { locale }),
		text: m.mail_reset_body(params, { locale })
	};
}

/** An invitation to join an organisation, in the language of the account it is sent to (or the inviter's). */
export function organisationInvitationMail(
	locale: Locale,
	params: {
		organisation: string;
		inviter: string;
		role: 'organisation_member' | 'organisation_admin';
		link: string;
		email: string;
		days: number;
	}
) {
	const role =
		params.role === 'organisation_admin'
			? m.organisations_role_admin({}, { locale })
			: m.organisations_role_member({}, { locale });
	return {
		subject: m.organisations_mail_invitation_subject({ organisation: params.organisation }, { locale }),
		text: m.organisations_mail_invitation_body({ ...params, role, days: String(params.days) }, { locale })
	};
}

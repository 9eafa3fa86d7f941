/**
 * The poster's own words in the language chosen for it, which may differ from the reader's
 * interface language (a French-speaking staff member prints the Arabic poster).
 */
import * as m from '#lib/paraglide/messages.js';
import type { Locale } from '#lib/domain/locale.js';
import type { Poster } from './get-poster.js';

export interface PosterTexts {
	callToAction: string;
	where: string | null;
	closes: string | null;
	scan: string;
	orType: string;
	withoutPhone: string;
	siteName: string;
	tagline: string;
	qrLabel: string;
}

/** A closing date as people read it where the consultation takes place. */
export function closingDate(closesAt: Date, timeZone: string, locale: Locale): string {
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(closesAt);
}

export function posterTexts(poster: Poster, locale: Locale): PosterTexts {
	const o = { locale };
	const names = poster.quartiers.join(', ');
	return {
		callToAction:
			poster.subKind === 'consultation'
				? m.posters_cta_consultation({}, o)
				: poster.subKind === 'idea'
					? m.posters_cta_idea({}, o)
					: m.posters_cta_need({}, o),
		where:
			poster.quartiers.length === 0
				? null
				: poster.quartiers.length === 1
					? m.posters_where({ names }, o)
					: m.posters_where_many({ names }, o),
		closes: poster.closesAt
			? m.posters_closes({ date: closingDate(poster.closesAt, poster.timeZone, locale) }, o)
			: null,
		scan: m.posters_scan({}, o),
		orType: m.posters_or_type({}, o),
		withoutPhone:
			poster.kind === 'consultation'
				? m.posters_without_phone_consultation({}, o)
				: m.posters_without_phone_need({}, o),
		siteName: m.site_name({}, o),
		tagline: m.posters_tagline({}, o),
		qrLabel: m.posters_qr_label({ url: poster.shortUrl.printed }, o)
	};
}

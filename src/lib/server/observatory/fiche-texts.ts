/**
 * The fiche quartier's words in the language chosen for it (which may differ from the reader's
 * interface language): one list of sections that the printable page and the PDF both draw, so
 * they say the same thing.
 */
import * as m from '#lib/paraglide/messages.js';
import { formatIndicator } from '#lib/domain/gender-indicators.js';
import type { Locale } from '#lib/domain/locale.js';
import type { Published } from '#lib/domain/disclosure-control.js';
import type { QuartierFiche } from '../use-cases/get-quartier-fiche.js';

export interface FicheLine {
	text: string;
	/** Smaller, for sources. */
	small?: boolean;
}

export interface FicheSection {
	heading: string;
	lines: FicheLine[];
}

export interface FicheTexts {
	title: string;
	subtitle: string;
	sections: FicheSection[];
	footer: string;
}

export function ficheTexts(fiche: QuartierFiche, locale: Locale): FicheTexts {
	const o = { locale };
	const count = (v: Published) => (v === null ? m.impact_hidden_short({}, o) : formatIndicator(v, 'count', locale));
	const percent = (v: number | null) =>
		v === null ? m.impact_on_request({}, o) : formatIndicator(v, 'percent', locale);

	const indicators: FicheLine[] = fiche.indicators.flatMap((i) => [
		{
			text:
				i.all === null
					? m.impact_fiche_indicator_women_only(
							{ label: i.label, women: formatIndicator(i.women, i.unit, locale), year: String(i.year) },
							o
						)
					: m.impact_fiche_indicator_line(
							{
								label: i.label,
								women: formatIndicator(i.women, i.unit, locale),
								all: formatIndicator(i.all, i.unit, locale),
								year: String(i.year)
							},
							o
						)
		},
		{ text: m.impact_fiche_source({ source: i.source }, o), small: true }
	]);
	const sections: FicheSection[] = [
		{
			heading: m.impact_fiche_gender({}, o),
			lines: indicators.length ? indicators : [{ text: m.impact_fiche_gender_none({}, o) }]
		}
	];
	if (fiche.impact)
		sections.push({
			heading: m.impact_fiche_impact({ year: String(fiche.impact.year) }, o),
			lines: [
				{
					text: m.impact_fiche_impact_line(
						{ women: count(fiche.impact.women), men: count(fiche.impact.men), total: count(fiche.impact.total) },
						o
					)
				}
			]
		});
	sections.push(
		{
			heading: m.impact_fiche_needs({}, o),
			lines: fiche.needs.length
				? fiche.needs.map((n) => ({
						text: m.impact_fiche_need_line({ title: n.title, count: count(n.supportCount) }, o)
					}))
				: [{ text: m.impact_fiche_needs_none({}, o) }]
		},
		{
			heading: m.impact_fiche_initiatives({}, o),
			lines: fiche.initiatives.length
				? fiche.initiatives.map((i) => ({
						text: m.impact_fiche_initiative_line({ title: i.title, organisation: i.organisationName }, o)
					}))
				: [{ text: m.impact_fiche_initiatives_none({}, o) }]
		},
		{
			heading: m.impact_fiche_rooms({ weeks: String(fiche.occupancy.weeks) }, o),
			lines: fiche.occupancy.rooms.length
				? [
						...fiche.occupancy.rooms.map((r) => ({
							text: m.impact_fiche_room_line({ room: r.name, facility: r.facilityName, rate: percent(r.rate) }, o)
						})),
						{ text: m.impact_fiche_rooms_all({ rate: percent(fiche.occupancy.rate) }, o) }
					]
				: [{ text: m.impact_rooms_none({}, o) }]
		}
	);
	const date = new Intl.DateTimeFormat(locale === 'ar' ? 'ar-u-nu-latn' : locale, {
		dateStyle: 'long',
		timeZone: 'Europe/Paris'
	}).format(fiche.date);
	return {
		title: m.impact_fiche_title({ name: fiche.quartier.name }, o),
		subtitle: m.impact_fiche_subtitle({}, o),
		sections,
		footer: m.impact_fiche_footer({ date }, o)
	};
}

import { and, asc, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { commune, consultation, consultationQuartier, need, quartier } from '../db/schema.js';
import { posterExtract, shortUrlFor, type PosterKind, type ShortUrl } from '#lib/domain/poster.js';
import { isLocale, type Locale } from '#lib/domain/locale.js';
import { PUBLIC_CONSULTATION_STATUSES, PUBLIC_NEED_STATUSES } from './public-content.js';
import { qrSvg } from './qr.js';

export interface Poster {
	kind: PosterKind;
	id: string;
	/** need | idea for a need; consultation otherwise. */
	subKind: 'need' | 'idea' | 'consultation';
	title: string;
	extract: string;
	/** The language the content was written in (the poster's own text may be in another). */
	contentLanguage: Locale;
	quartiers: string[];
	/** A consultation's closing instant, shown in the commune's time zone. */
	closesAt: Date | null;
	timeZone: string;
	shortCode: string;
	shortUrl: ShortUrl;
	/** The QR code of the absolute short URL, as an SVG document. */
	qrSvg: string;
}

/**
 * Everything an A4 poster prints, for a public need or consultation; null when there is none
 * (unknown id, awaiting moderation, refused, draft), which the page turns into a 404.
 */
export async function getPoster(
	ctx: Pick<AppContext, 'db' | 'config'>,
	input: { kind: PosterKind; id: string }
): Promise<Poster | null> {
	const found = input.kind === 'need' ? await needPoster(ctx, input.id) : await consultationPoster(ctx, input.id);
	if (!found) return null;
	const shortUrl = shortUrlFor(ctx.config.origin, input.kind, found.shortCode);
	return { ...found, kind: input.kind, id: input.id, shortUrl, qrSvg: await qrSvg(shortUrl.absolute) };
}

async function needPoster(ctx: Pick<AppContext, 'db'>, id: string) {
	const [row] = await ctx.db
		.select({
			kind: need.kind,
			title: need.title,
			body: need.body,
			language: need.language,
			shortCode: need.shortCode,
			quartierName: quartier.name,
			timeZone: commune.timeZone
		})
		.from(need)
		.innerJoin(quartier, eq(need.quartierId, quartier.id))
		.innerJoin(commune, eq(need.communeId, commune.id))
		.where(and(eq(need.id, id), inArray(need.status, [...PUBLIC_NEED_STATUSES])));
	if (!row) return null;
	return {
		subKind: row.kind === 'idea' ? ('idea' as const) : ('need' as const),
		title: row.title,
		extract: posterExtract(row.body),
		contentLanguage: isLocale(row.language) ? row.language : 'fr',
		quartiers: [row.quartierName],
		closesAt: null,
		timeZone: row.timeZone,
		shortCode: row.shortCode
	};
}

async function consultationPoster(ctx: Pick<AppContext, 'db'>, id: string) {
	const [row] = await ctx.db
		.select({
			title: consultation.title,
			description: consultation.description,
			language: consultation.language,
			closesAt: consultation.closesAt,
			shortCode: consultation.shortCode
		})
		.from(consultation)
		.where(and(eq(consultation.id, id), inArray(consultation.status, [...PUBLIC_CONSULTATION_STATUSES])));
	if (!row) return null;
	const places = await ctx.db
		.select({ name: quartier.name, timeZone: commune.timeZone })
		.from(consultationQuartier)
		.innerJoin(quartier, eq(consultationQuartier.quartierId, quartier.id))
		.innerJoin(commune, eq(quartier.communeId, commune.id))
		.where(eq(consultationQuartier.consultationId, id))
		.orderBy(asc(quartier.name));
	return {
		subKind: 'consultation' as const,
		title: row.title,
		extract: posterExtract(row.description),
		contentLanguage: isLocale(row.language) ? row.language : 'fr',
		quartiers: places.map((p) => p.name),
		closesAt: row.closesAt,
		timeZone: places[0]?.timeZone ?? 'Europe/Paris',
		shortCode: row.shortCode
	};
}

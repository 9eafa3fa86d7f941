/**
 * The form a resident fills to post a need or an idea for her quartier: what kind, which
 * theme, a short title and a text in the language she writes in, and optionally a first name
 * (without an account), a photo and a place on the map.
 */
import { z } from 'zod';
import { oneOf, text } from './form-fields.js';
import { distanceKm, type LonLat } from './geo.js';
import { LOCALES } from './locale.js';
import { THEME_CODES } from './themes.js';
// The words and limits live in need-vocabulary.ts, without zod, for the pages.
import {
	NEED_KINDS,
	NEED_TITLE_MAX,
	NEED_BODY_MAX,
	NEED_AUTHOR_NAME_MAX,
	NEED_PLACE_MAX_KM,
	HONEYPOT_FIELD
} from './need-vocabulary.js';

/** A coordinate typed in a hidden field by the map: empty means "no place". */
const coordinate = (min: number, max: number) =>
	z
		.string()
		.trim()
		.optional()
		.transform((v) => (v ? Number(v) : null))
		.refine((v) => v === null || (Number.isFinite(v) && v >= min && v <= max), 'NEED.PLACE_INVALID');

export const needForm = z
	.object({
		kind: oneOf(NEED_KINDS),
		quartierId: z.string({ error: 'FIELD.REQUIRED' }).trim().min(1, 'FIELD.REQUIRED').max(64, 'CHOICE.INVALID'),
		theme: oneOf(THEME_CODES),
		title: text(NEED_TITLE_MAX, { min: 5 }),
		body: text(NEED_BODY_MAX, { min: 10 }),
		language: oneOf(LOCALES),
		authorName: text(NEED_AUTHOR_NAME_MAX, { optional: true }),
		photoAlt: text(300, { optional: true }),
		lon: coordinate(-180, 180),
		lat: coordinate(-90, 90)
	})
	.superRefine((form, ctx) => {
		// Half a place is no place: a map click always sets both.
		if ((form.lon === null) !== (form.lat === null))
			ctx.addIssue({ code: 'custom', path: ['place'], message: 'NEED.PLACE_INVALID' });
	});

export type NeedForm = z.infer<typeof needForm>;

/** The place of the form, when it has one. */
export function placeOf(form: Pick<NeedForm, 'lon' | 'lat'>): LonLat | null {
	return form.lon !== null && form.lat !== null ? { lon: form.lon, lat: form.lat } : null;
}

/** Whether a place is in or near the quartier (its centre known); unknown centres accept any place. */
export function isNearQuartier(place: LonLat, centre: LonLat | null, maxKm = NEED_PLACE_MAX_KM): boolean {
	return centre === null || distanceKm(place, centre) <= maxKm;
}

/** A robot filled the field people cannot see. */
export function honeypotFilled(values: Record<string, unknown>): boolean {
	const v = values[HONEYPOT_FIELD];
	return typeof v === 'string' && v.trim() !== '';
}

/**
 * The status a new post gets. Without an account, always moderated; with one, the first post
 * (no published need nor comment yet) is moderated and the next ones are published at once:
 * a spammer's first message never reaches the page, and a known resident is not kept waiting.
 */
export function initialStatus(author: { signedIn: boolean; hasPublished: boolean }): 'submitted' | 'published' {
	return author.signedIn && author.hasPublished ? 'published' : 'submitted';
}

/**
 * The A4 poster of a need or a consultation, for building halls, schools and social centres:
 * what it links to and how much of the content's text fits on it. Pure, so that the web page
 * and the PDF print the same address and the same extract.
 */
import { isLocale, type Locale } from './locale.js';

export type PosterKind = 'need' | 'consultation';

/** The short path of each kind: /b/… for a need (« besoin »), /c/… for a consultation. */
export const SHORT_PATH_PREFIX: Record<PosterKind, string> = { need: 'b', consultation: 'c' };

export interface ShortUrl {
	/** What the QR code encodes: the full address, scheme included. */
	absolute: string;
	/** What is printed to be typed: no scheme, no trailing slash (quartiers-vivants.fr/b/K7M2QXZ). */
	printed: string;
}

export function shortUrlFor(origin: string, kind: PosterKind, code: string): ShortUrl {
	const base = origin.replace(/\/+$/, '');
	const path = `/${SHORT_PATH_PREFIX[kind]}/${code}`;
	return { absolute: `${base}${path}`, printed: `${base.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')}${path}` };
}

/** The language of the poster's own text: the one asked for in ?lang=, else the reader's. */
export function posterLanguage(asked: string | null | undefined, fallback: Locale): Locale {
	return isLocale(asked) ? asked : fallback;
}

/** The number of characters of the content's text that fit under the title at poster size. */
export const POSTER_EXTRACT_LENGTH = 280;

/**
 * A short plain-text extract: Markdown marks and links reduced to their text, whitespace
 * collapsed, cut at a word boundary with an ellipsis so that no word is cut in half.
 */
export function posterExtract(text: string, max = POSTER_EXTRACT_LENGTH): string {
	const plain = text
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
		.replace(/(\*\*|__|\*|_|`|~~)/g, '')
		.replace(/\s+/g, ' ')
		.trim();
	const chars = [...plain];
	if (chars.length <= max) return plain;
	const cut = chars.slice(0, max - 1).join('');
	const lastSpace = cut.lastIndexOf(' ');
	// A single very long word (a URL) is cut where it must be rather than dropped.
	const kept = lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut;
	return `${kept.replace(/[\s,;:.!?،؛-]+$/u, '')}…`;
}

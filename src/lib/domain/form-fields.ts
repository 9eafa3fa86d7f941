/**
 * Field shapes shared by the content forms (initiatives, and others as they adopt them).
 * Messages are stable codes; the interface turns them into the reader's language.
 */
import { z } from 'zod';

/** Text a person types: trimmed; required unless `optional`; at most `max` characters. */
export function text(max: number, options: { optional?: boolean; min?: number } = {}) {
	const base = z.string({ error: 'FIELD.REQUIRED' }).trim().max(max, `TEXT.TOO_LONG`);
	if (options.optional) return base.optional().transform((v) => v ?? '');
	const required = base.min(1, 'FIELD.REQUIRED');
	return options.min && options.min > 1 ? required.min(options.min, 'TEXT.TOO_SHORT') : required;
}

/** An empty field means "none"; anything else must be an e-mail address. */
export const optionalEmail = z
	.string()
	.trim()
	.max(254, 'EMAIL.INVALID')
	.optional()
	.transform((v) => v || null)
	.pipe(z.email('EMAIL.INVALID').nullable());

/** An empty field means "none"; anything else must be an http(s) address. */
export const optionalUrl = z
	.string()
	.trim()
	.max(500, 'URL.INVALID')
	.optional()
	.transform((v) => v || null)
	.refine((v) => v === null || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(v), 'URL.INVALID');

/** Digits, spaces, dots, dashes, parentheses and a leading +, 6 to 20 digits: French and foreign numbers. */
export const optionalPhone = z
	.string()
	.trim()
	.max(30, 'PHONE.INVALID')
	.optional()
	.transform((v) => v || null)
	.refine((v) => v === null || (/^\+?[\d\s().-]+$/.test(v) && /^(\D*\d){6,20}\D*$/.test(v)), 'PHONE.INVALID');

/** A calendar date typed as YYYY-MM-DD (what <input type="date"> sends); empty means none. */
export const optionalDate = z
	.string()
	.trim()
	.optional()
	.transform((v) => v || null)
	.refine((v) => v === null || isCalendarDate(v), 'DATE.INVALID');

function isCalendarDate(v: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
	if (!match) return false;
	const [, y, m, d] = match.map(Number) as [number, number, number, number];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** One value of a closed list. */
export function oneOf<T extends string>(list: readonly [T, ...T[]]) {
	return z.enum(list, { error: 'CHOICE.INVALID' });
}

/** Ticked checkboxes: a list of distinct identifiers (a single value is accepted as a list of one). */
export const idList = z
	.union([z.string(), z.array(z.string())])
	.optional()
	.transform((v) => [...new Set((v === undefined ? [] : Array.isArray(v) ? v : [v]).filter((s) => s.trim() !== ''))]);

/**
 * The practice form (fiche innovation), shared by moderators who edit and organisations who
 * propose. Values come from a plain HTML form: checkboxes repeat a name (arrays), lists are one
 * item per line, numbers are text. Problems are stable codes the interface translates.
 */
import { z } from 'zod';
import {
	KITCHEN_LEVELS,
	PUBLICS,
	TIME_WINDOWS,
	type KitchenLevel,
	type Public,
	type TimeWindow
} from './vocabulary.js';
import { THEME_CODES, type ThemeCode } from './themes.js';
import { MARKDOWN_MAX_LENGTH } from './markdown.js';
import type { FieldErrors } from './account-forms.js';

/** Where a practice is used, as its fiche cites it. */
export interface PracticeReference {
	name: string;
	place: string;
	url?: string;
	note?: string;
}

export interface PracticeTranslationInput {
	title: string;
	summary: string;
	description: string | null;
}

/** Everything a person types into the practice form, checked. Costs in whole euros. */
export interface PracticeInput {
	title: string;
	summary: string;
	description: string;
	themes: ThemeCode[];
	publics: Public[];
	needsAnswered: string[];
	minAreaM2: number;
	kitchenLevel: KitchenLevel;
	toilets: boolean;
	childToilets: boolean;
	changingTable: boolean;
	storageM2: number;
	outdoorM2: number;
	stepFree: boolean;
	vanAccess: boolean;
	waterPoint: boolean;
	sessionsPerWeek: number;
	sessionMinutes: number;
	preferredWindows: TimeWindow[];
	staff: number;
	volunteers: number;
	setupCostMin: number | null;
	setupCostMax: number | null;
	yearlyCostMin: number | null;
	yearlyCostMax: number | null;
	impactIndicators: string[];
	references: PracticeReference[];
	translations: { en: PracticeTranslationInput | null; ar: PracticeTranslationInput | null };
}

/** Form values as FormData gives them: one string, or several for repeated names. */
export type RawForm = Record<string, string | string[] | undefined>;

export const TITLE_MAX = 120;
export const SUMMARY_MAX = 400;
export const LIST_MAX_ITEMS = 15;
export const LIST_ITEM_MAX = 200;
export const COST_MAX = 10_000_000;

/** Paths under /practices that are pages, not practices. */
export const RESERVED_SLUGS = ['new', 'proposals'] as const;

const first = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));
const all = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const lines = (v: string | string[] | undefined): string[] =>
	first(v)
		.split(/\r?\n/)
		.map((l) => l.trim())
		.filter(Boolean);

const text = (min: number, max: number, code: string) =>
	z.string().trim().min(1, 'FIELD.REQUIRED').min(min, code).max(max, code);

/** Text typed into a number field: "1 500" and "1 500" are how French keyboards write thousands. */
function toWholeNumber(s: string, min: number, max: number): number | null {
	const n = Number(s.replace(/[\s\u00a0\u202f]/g, ''));
	return Number.isSafeInteger(n) && n >= min && n <= max ? n : null;
}

/** A count or an area: empty means "not needed" (0) unless the smallest allowed value is 1. */
const wholeNumber = (min: number, max: number) =>
	z
		.string()
		.trim()
		.transform((s, ctx): number => {
			if (s === '' && min === 0) return 0;
			const n = s === '' ? null : toWholeNumber(s, min, max);
			if (n === null) {
				ctx.addIssue({ code: 'custom', message: s === '' ? 'FIELD.REQUIRED' : 'PRACTICE.NUMBER_RANGE' });
				return z.NEVER;
			}
			return n;
		});

/** An amount that may be unknown: empty stays empty. */
const optionalAmount = (max: number) =>
	z
		.string()
		.trim()
		.transform((s, ctx): number | null => {
			if (s === '') return null;
			const n = toWholeNumber(s, 0, max);
			if (n === null) {
				ctx.addIssue({ code: 'custom', message: 'PRACTICE.NUMBER_RANGE' });
				return z.NEVER;
			}
			return n;
		});

const list = z
	.array(z.string().max(LIST_ITEM_MAX, 'PRACTICE.LIST_ITEM_TOO_LONG'))
	.max(LIST_MAX_ITEMS, 'PRACTICE.LIST_TOO_LONG');

const checked = z.string().transform((v) => v === 'on' || v === 'true');

const practiceSchema = z.object({
	title: text(3, TITLE_MAX, 'PRACTICE.TITLE_LENGTH'),
	summary: text(10, SUMMARY_MAX, 'PRACTICE.SUMMARY_LENGTH'),
	description: z.string().trim().max(MARKDOWN_MAX_LENGTH, 'PRACTICE.DESCRIPTION_TOO_LONG'),
	themes: z.array(z.enum(THEME_CODES, { error: 'PRACTICE.THEME_UNKNOWN' })).min(1, 'PRACTICE.THEMES_REQUIRED'),
	publics: z.array(z.enum(PUBLICS, { error: 'PRACTICE.PUBLIC_UNKNOWN' })).min(1, 'PRACTICE.PUBLICS_REQUIRED'),
	needsAnswered: list,
	minAreaM2: wholeNumber(0, 5_000),
	kitchenLevel: z.enum(KITCHEN_LEVELS, { error: 'PRACTICE.KITCHEN_INVALID' }),
	toilets: checked,
	childToilets: checked,
	changingTable: checked,
	storageM2: wholeNumber(0, 1_000),
	outdoorM2: wholeNumber(0, 50_000),
	stepFree: checked,
	vanAccess: checked,
	waterPoint: checked,
	sessionsPerWeek: wholeNumber(1, 14),
	sessionMinutes: wholeNumber(15, 24 * 60),
	preferredWindows: z.array(z.enum(TIME_WINDOWS, { error: 'PRACTICE.WINDOW_UNKNOWN' })),
	staff: wholeNumber(0, 200),
	volunteers: wholeNumber(0, 1_000),
	setupCostMin: optionalAmount(COST_MAX),
	setupCostMax: optionalAmount(COST_MAX),
	yearlyCostMin: optionalAmount(COST_MAX),
	yearlyCostMax: optionalAmount(COST_MAX),
	impactIndicators: list,
	references: z.array(z.string()).max(LIST_MAX_ITEMS, 'PRACTICE.LIST_TOO_LONG')
});

/**
 * One reference per line: "Name | place | https://… | note". Only the name and place are
 * required; a web address must be http(s) so that it can be shown as a link.
 */
export function parseReferenceLine(line: string): PracticeReference | null {
	const [name = '', place = '', url = '', ...rest] = line.split('|').map((p) => p.trim());
	const note = rest.join(' | ').trim();
	if (!name || !place || name.length > LIST_ITEM_MAX || place.length > LIST_ITEM_MAX || note.length > 500) return null;
	if (url && !/^https?:\/\/[^\s/$.?#][^\s]*$/i.test(url)) return null;
	return { name, place, ...(url ? { url } : {}), ...(note ? { note } : {}) };
}

export function referenceLine(r: PracticeReference): string {
	return [r.name, r.place, r.url ?? '', r.note ?? ''].join(' | ').replace(/(\s\|\s)+$/, '');
}

function translation(raw: RawForm, locale: 'en' | 'ar', errors: FieldErrors): PracticeTranslationInput | null {
	const title = first(raw[`title_${locale}`]).trim();
	const summary = first(raw[`summary_${locale}`]).trim();
	const description = first(raw[`description_${locale}`]).trim();
	if (!title && !summary && !description) return null;
	if (!title) errors[`title_${locale}`] = 'PRACTICE.TRANSLATION_INCOMPLETE';
	else if (title.length > TITLE_MAX) errors[`title_${locale}`] = 'PRACTICE.TITLE_LENGTH';
	if (!summary) errors[`summary_${locale}`] = 'PRACTICE.TRANSLATION_INCOMPLETE';
	else if (summary.length > SUMMARY_MAX) errors[`summary_${locale}`] = 'PRACTICE.SUMMARY_LENGTH';
	if (description.length > MARKDOWN_MAX_LENGTH) errors[`description_${locale}`] = 'PRACTICE.DESCRIPTION_TOO_LONG';
	return { title, summary, description: description || null };
}

/** Checks a submitted practice form; on failure, the first problem of each field. */
export function parsePracticeForm(
	raw: RawForm
): { ok: true; data: PracticeInput } | { ok: false; fieldErrors: FieldErrors } {
	const parsed = practiceSchema.safeParse({
		title: first(raw.title),
		summary: first(raw.summary),
		description: first(raw.description),
		themes: all(raw.themes),
		publics: all(raw.publics),
		needsAnswered: lines(raw.needsAnswered),
		minAreaM2: first(raw.minAreaM2),
		kitchenLevel: first(raw.kitchenLevel) || 'none',
		toilets: first(raw.toilets),
		childToilets: first(raw.childToilets),
		changingTable: first(raw.changingTable),
		storageM2: first(raw.storageM2),
		outdoorM2: first(raw.outdoorM2),
		stepFree: first(raw.stepFree),
		vanAccess: first(raw.vanAccess),
		waterPoint: first(raw.waterPoint),
		sessionsPerWeek: first(raw.sessionsPerWeek),
		sessionMinutes: first(raw.sessionMinutes),
		preferredWindows: all(raw.preferredWindows),
		staff: first(raw.staff),
		volunteers: first(raw.volunteers),
		setupCostMin: first(raw.setupCostMin),
		setupCostMax: first(raw.setupCostMax),
		yearlyCostMin: first(raw.yearlyCostMin),
		yearlyCostMax: first(raw.yearlyCostMax),
		impactIndicators: lines(raw.impactIndicators),
		references: lines(raw.references)
	});
	const errors: FieldErrors = {};
	if (!parsed.success)
		for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? 'form')] ??= issue.message;

	const references: PracticeReference[] = [];
	for (const line of parsed.success ? parsed.data.references : []) {
		const r = parseReferenceLine(line);
		if (r) references.push(r);
		else errors.references ??= 'PRACTICE.REFERENCE_INVALID';
	}
	if (parsed.success) {
		const d = parsed.data;
		if (d.setupCostMin !== null && d.setupCostMax !== null && d.setupCostMin > d.setupCostMax)
			errors.setupCostMax = 'PRACTICE.COST_ORDER';
		if (d.yearlyCostMin !== null && d.yearlyCostMax !== null && d.yearlyCostMin > d.yearlyCostMax)
			errors.yearlyCostMax = 'PRACTICE.COST_ORDER';
	}
	const en = translation(raw, 'en', errors);
	const ar = translation(raw, 'ar', errors);
	if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors };
	const d = parsed.data;
	return {
		ok: true,
		data: {
			...d,
			// A checkbox ticked twice (or a crafted post) must not store a theme twice.
			themes: [...new Set(d.themes)],
			publics: [...new Set(d.publics)],
			preferredWindows: [...new Set(d.preferredWindows)],
			references,
			translations: { en, ar }
		}
	};
}

/** A stored practice as the values of its form (the edit page starts from them). */
export function practiceFormValues(
	p: Omit<PracticeInput, 'translations'> & {
		translations: { en: PracticeTranslationInput | null; ar: PracticeTranslationInput | null };
	}
): RawForm {
	const num = (n: number | null) => (n === null ? '' : String(n));
	const flag = (b: boolean) => (b ? 'on' : '');
	return {
		title: p.title,
		summary: p.summary,
		description: p.description,
		themes: [...p.themes],
		publics: [...p.publics],
		needsAnswered: p.needsAnswered.join('\n'),
		minAreaM2: num(p.minAreaM2),
		kitchenLevel: p.kitchenLevel,
		toilets: flag(p.toilets),
		childToilets: flag(p.childToilets),
		changingTable: flag(p.changingTable),
		storageM2: num(p.storageM2),
		outdoorM2: num(p.outdoorM2),
		stepFree: flag(p.stepFree),
		vanAccess: flag(p.vanAccess),
		waterPoint: flag(p.waterPoint),
		sessionsPerWeek: num(p.sessionsPerWeek),
		sessionMinutes: num(p.sessionMinutes),
		preferredWindows: [...p.preferredWindows],
		staff: num(p.staff),
		volunteers: num(p.volunteers),
		setupCostMin: num(p.setupCostMin),
		setupCostMax: num(p.setupCostMax),
		yearlyCostMin: num(p.yearlyCostMin),
		yearlyCostMax: num(p.yearlyCostMax),
		impactIndicators: p.impactIndicators.join('\n'),
		references: p.references.map(referenceLine).join('\n'),
		title_en: p.translations.en?.title ?? '',
		summary_en: p.translations.en?.summary ?? '',
		description_en: p.translations.en?.description ?? '',
		title_ar: p.translations.ar?.title ?? '',
		summary_ar: p.translations.ar?.summary ?? '',
		description_ar: p.translations.ar?.description ?? ''
	};
}

/**
 * The address of a practice, from its French title: "Crèche itinérante" → "creche-itinerante".
 * Titles with no Latin letters (an Arabic-only title) get a neutral base.
 */
export function slugify(title: string): string {
	const base = title
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/œ/g, 'oe')
		.replace(/æ/g, 'ae')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/g, '');
	return base || 'fiche';
}

/** The first free address: "atelier", then "atelier-2", "atelier-3"… never a page's path. */
export function uniqueSlug(title: string, taken: ReadonlySet<string>): string {
	const base = slugify(title);
	const reserved = (s: string) => taken.has(s) || (RESERVED_SLUGS as readonly string[]).includes(s);
	if (!reserved(base)) return base;
	for (let i = 2; ; i++) if (!reserved(`${base}-${i}`)) return `${base}-${i}`;
}

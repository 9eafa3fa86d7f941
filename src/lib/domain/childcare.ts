/**
 * Childcare coupled to sessions: age bands, which childcare sessions can look after the children
 * of an activity's session (and which first), the places a parent asks for, and the gaps left
 * where nobody offers them. Pure rules; the database keeps the capacity and age rules too.
 */
import { distanceKm, type LonLat } from './geo.js';
import { weekdayOf, mondayOf, type LocalDate, type LocalTime } from './zoned-time.js';

/** Age bands in months, half-open [min, max): 0–1, 1–3 and 3–6 years, as crèches count them. */
export const CHILDCARE_BANDS = [
	{ minMonths: 0, maxMonths: 12 },
	{ minMonths: 12, maxMonths: 36 },
	{ minMonths: 36, maxMonths: 72 }
] as const;
export type Band = { minMonths: number; maxMonths: number };

/** A number per age band: places offered, children to look after, places missing. */
export interface BandCount extends Band {
	count: number;
}

/** Most children one parent brings with one sign-up (more: ask the childcare directly). */
export const MAX_CHILDREN_PER_SIGNUP = 3;
/** Childcare must start this long before the session and end this long after (drop-off, pick-up). */
export const COVER_MARGIN_MINUTES = 15;
/** "Nearby": facilities within this distance of the session's. */
export const NEARBY_RADIUS_METRES = 1000;
/** How far ahead gaps are counted: the weeks a commune or a crèche can still act on. */
export const GAP_WEEKS = 8;
/** Most places or children per band in a form. */
export const BAND_COUNT_MAX = 100;

export const sameBand = (a: Band, b: Band): boolean => a.minMonths === b.minMonths && a.maxMonths === b.maxMonths;

export function bandOfAge(ageMonths: number): Band | null {
	return CHILDCARE_BANDS.find((b) => ageMonths >= b.minMonths && ageMonths < b.maxMonths) ?? null;
}

export const countIn = (counts: readonly BandCount[], band: Band): number =>
	counts.find((c) => sameBand(c, band))?.count ?? 0;

/** An activity's session needing childcare, where and when it takes place. */
export interface NeedingSession {
	roomId: string;
	facilityId: string;
	at: LonLat | null;
	startsAt: Date;
	endsAt: Date;
	need: readonly BandCount[];
}

/** One session of a childcare initiative, with its places and those already held, per band. */
export interface ChildcareSession {
	key: string;
	roomId: string;
	facilityId: string;
	at: LonLat | null;
	startsAt: Date;
	endsAt: Date;
	places: readonly BandCount[];
	held: readonly BandCount[];
}

export const PROXIMITIES = ['same_room', 'same_facility', 'nearby'] as const;
export type Proximity = (typeof PROXIMITIES)[number];

export interface Proposal<C extends ChildcareSession = ChildcareSession> {
	childcare: C;
	proximity: Proximity;
	/** Metres between the facilities; 0 in the same facility, null when one has no coordinates. */
	distanceMetres: number | null;
	/** Free places for each band asked. */
	free: BandCount[];
	/** Free places for every child asked, in every band. */
	coversAll: boolean;
}

/** The childcare is there from a little before the session until a little after it. */
export function coversTime(
	c: { startsAt: Date; endsAt: Date },
	s: { startsAt: Date; endsAt: Date },
	marginMinutes = COVER_MARGIN_MINUTES
): boolean {
	const margin = marginMinutes * 60_000;
	return c.startsAt.getTime() <= s.startsAt.getTime() - margin && c.endsAt.getTime() >= s.endsAt.getTime() + margin;
}

export function freePlaces(c: Pick<ChildcareSession, 'places' | 'held'>, band: Band): number {
	return Math.max(0, countIn(c.places, band) - countIn(c.held, band));
}

function proximityOf(
	s: NeedingSession,
	c: ChildcareSession,
	radiusMetres: number
): { proximity: Proximity; distanceMetres: number | null } | null {
	if (c.roomId === s.roomId) return { proximity: 'same_room', distanceMetres: 0 };
	if (c.facilityId === s.facilityId) return { proximity: 'same_facility', distanceMetres: 0 };
	if (!s.at || !c.at) return null;
	const metres = Math.round(distanceKm(s.at, c.at) * 1000);
	return metres <= radiusMetres ? { proximity: 'nearby', distanceMetres: metres } : null;
}

/**
 * The childcare sessions that could look after the children of `session`: there for the whole
 * session (with the margin), in the same room, the same facility or within the radius, with at
 * least one free place for an age asked. Best first: same room, then same facility, then nearby;
 * within each, those with room for every child first, then the nearest.
 */
export function proposals<C extends ChildcareSession>(
	session: NeedingSession,
	candidates: readonly C[],
	options: { radiusMetres?: number; marginMinutes?: number } = {}
): Proposal<C>[] {
	const radius = options.radiusMetres ?? NEARBY_RADIUS_METRES;
	const asked = session.need.filter((n) => n.count > 0);
	const found: Proposal<C>[] = [];
	for (const c of candidates) {
		if (!coversTime(c, session, options.marginMinutes)) continue;
		const where = proximityOf(session, c, radius);
		if (!where) continue;
		const free = asked.map((n) => ({ minMonths: n.minMonths, maxMonths: n.maxMonths, count: freePlaces(c, n) }));
		if (!free.some((f) => f.count > 0)) continue;
		found.push({ childcare: c, ...where, free, coversAll: asked.every((n) => freePlaces(c, n) >= n.count) });
	}
	return found.sort(
		(a, b) =>
			PROXIMITIES.indexOf(a.proximity) - PROXIMITIES.indexOf(b.proximity) ||
			Number(b.coversAll) - Number(a.coversAll) ||
			(a.distanceMetres ?? 0) - (b.distanceMetres ?? 0) ||
			a.childcare.startsAt.getTime() - b.childcare.startsAt.getTime() ||
			a.childcare.key.localeCompare(b.childcare.key)
	);
}

/** What the linked childcare (its places per band, or none) leaves uncovered of a session's need. */
export function missingPlaces(need: readonly BandCount[], offered: readonly BandCount[] | null): BandCount[] {
	return need
		.map((n) => ({
			minMonths: n.minMonths,
			maxMonths: n.maxMonths,
			count: n.count - (offered ? countIn(offered, n) : 0)
		}))
		.filter((m) => m.count > 0);
}

/** One session's uncovered need, at its local weekday and times, in its quartier. */
export interface GapOccurrence {
	quartier: string;
	date: LocalDate;
	start: LocalTime;
	end: LocalTime;
	missing: readonly BandCount[];
}

/** "N places for 1–3 year olds missing on Tuesdays 9:00–11:30 in quartier X", over `weeks` weeks. */
export interface Gap extends Band {
	quartier: string;
	/** 1 = Monday … 7 = Sunday. */
	weekday: number;
	start: LocalTime;
	end: LocalTime;
	/** The most places missing in one week (sessions of the same slot in a week add up). */
	places: number;
	/** In how many weeks places are missing. */
	weeks: number;
}

/**
 * Groups uncovered needs over weeks by weekday, times, quartier and age band. Sessions in the same
 * slot and week add up (two activities at once need both); over weeks the worst week counts.
 */
export function aggregateGaps(occurrences: readonly GapOccurrence[]): Gap[] {
	const byWeek = new Map<string, Map<string, number>>();
	const slots = new Map<string, Omit<Gap, 'places' | 'weeks'>>();
	for (const o of occurrences)
		for (const m of o.missing) {
			if (m.count <= 0) continue;
			const weekday = weekdayOf(o.date);
			const key = JSON.stringify([weekday, o.start, o.end, o.quartier, m.minMonths, m.maxMonths]);
			slots.set(key, {
				quartier: o.quartier,
				weekday,
				start: o.start,
				end: o.end,
				minMonths: m.minMonths,
				maxMonths: m.maxMonths
			});
			const weeks = byWeek.get(key) ?? new Map<string, number>();
			const week = mondayOf(o.date);
			weeks.set(week, (weeks.get(week) ?? 0) + m.count);
			byWeek.set(key, weeks);
		}
	return [...slots.entries()]
		.map(([key, slot]) => {
			const weeks = byWeek.get(key)!;
			return { ...slot, places: Math.max(...weeks.values()), weeks: weeks.size };
		})
		.sort(
			(a, b) =>
				a.weekday - b.weekday ||
				a.start.localeCompare(b.start) ||
				a.end.localeCompare(b.end) ||
				a.quartier.localeCompare(b.quartier) ||
				a.minMonths - b.minMonths
		);
}

/** The form field of one band's number: `<prefix>_<min months>`. */
export const bandField = (prefix: 'need' | 'places', band: Band): string => `${prefix}_${band.minMonths}`;

/**
 * Reads one number per band (children needing childcare, or places offered): empty is 0, any
 * other value a whole number up to BAND_COUNT_MAX; an error on the field that is wrong.
 */
export function parseBandCounts(
	values: Record<string, unknown>,
	prefix: 'need' | 'places'
): { ok: true; counts: BandCount[] } | { ok: false; fieldErrors: Record<string, string> } {
	const counts: BandCount[] = [];
	const fieldErrors: Record<string, string> = {};
	for (const band of CHILDCARE_BANDS) {
		const field = bandField(prefix, band);
		const raw = String(values[field] ?? '').trim();
		if (raw === '') continue;
		if (!/^\d+$/.test(raw) || Number(raw) > BAND_COUNT_MAX) fieldErrors[field] = 'CHILDCARE.COUNT_INVALID';
		else if (Number(raw) > 0) counts.push({ ...band, count: Number(raw) });
	}
	return Object.keys(fieldErrors).length ? { ok: false, fieldErrors } : { ok: true, counts };
}

/** The sign-up form's fields for the children's ages, in whole years. */
export const childAgeField = (i: number): string => `childAge${i + 1}`;
export const CHILD_AGE_FIELDS = Array.from({ length: MAX_CHILDREN_PER_SIGNUP }, (_, i) => childAgeField(i));

export interface ChildPlace {
	ageMonths: number;
	band: Band;
	field: string;
}

/**
 * Reads the ages a parent typed (years; empty fields are no child). Only the age is asked: no
 * name. An age no offered band covers is refused on its field, so she can correct it or empty it.
 */
export function parseChildAges(
	values: Record<string, unknown>,
	offered: readonly BandCount[]
): { ok: true; children: ChildPlace[] } | { ok: false; fieldErrors: Record<string, string> } {
	const children: ChildPlace[] = [];
	const fieldErrors: Record<string, string> = {};
	for (const field of CHILD_AGE_FIELDS) {
		const raw = String(values[field] ?? '').trim();
		if (raw === '') continue;
		if (!/^\d{1,2}$/.test(raw)) {
			fieldErrors[field] = 'CHILDCARE.AGE_INVALID';
			continue;
		}
		// Whole years: a 2-year-old is 24 to 35 months old, all inside the 1–3 band.
		const ageMonths = Number(raw) * 12;
		const band = bandOfAge(ageMonths);
		if (!band || !offered.some((o) => sameBand(o, band) && o.count > 0))
			fieldErrors[field] = 'CHILDCARE.AGE_NOT_COVERED';
		else children.push({ ageMonths, band, field });
	}
	return Object.keys(fieldErrors).length ? { ok: false, fieldErrors } : { ok: true, children };
}

/**
 * A practice that looks after young children while their parents are elsewhere: its public is
 * children under 3 and it serves parents' insertion (INS in the social-innovation taxonomy) — the
 * itinerant crèche, childcare during classes — unlike a place where parents stay with their
 * children (a LAEP).
 */
export const isChildcarePractice = (p: { publics: readonly string[]; themes: readonly string[] }): boolean =>
	p.publics.includes('children_0_3') && p.themes.includes('INS');

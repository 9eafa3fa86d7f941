/**
 * Reads school-holiday files into holidays per zone, for the administrators' import. Three formats:
 *
 * - per-day CSV (`date,vacances_zone_a,vacances_zone_b,vacances_zone_c,nom_vacances`, one line a
 *   day, as in the "vacances scolaires" dataset on data.gouv.fr): runs of holiday days become
 *   holidays; a school year is complete when every one of its days is in the file;
 * - the official dataset fr-en-calendrier-scolaire (data.education.gouv.fr) exported as CSV,
 *   semicolon-separated, with labels (Description;Population;Date de début;Date de fin;Académies;
 *   Zones;annee_scolaire) or field names (description;population;start_date;end_date;location;
 *   zones;annee_scolaire). The end date is the day classes resume; dates with a time are read in
 *   Paris time (the export writes 2023-10-20T22:00:00+00:00 for the 21st at midnight);
 * - the Education ministry's per-zone iCalendar feeds: VEVENTs with DTSTART and DTEND dates
 *   (DTEND exclusive, i.e. the day classes resume) and a SUMMARY.
 *
 * For the last two, a school year counts as complete once its five holidays (Toussaint, Noël,
 * hiver, printemps, été) are all there with an end date.
 *
 * A file that cannot be read (unknown header, a date that is not a date, a broken line) is refused
 * whole, with its line number; rows that are well formed but not for us (other zones, teachers'
 * dates, a holiday without an end) are set aside and reported.
 */
import { ok, type Result } from './result.js';
import { isSchoolZone, schoolYearBounds, schoolYearOf, type SchoolZone } from './school-calendar.js';
import { addDays, isLocalDate, toLocal, type LocalDate } from './zoned-time.js';

export type SchoolHolidayFormat = 'per_day_csv' | 'official_csv' | 'ics';

export interface ImportedHoliday {
	zone: SchoolZone;
	schoolYear: string;
	name: string;
	startsOn: LocalDate;
	resumesOn: LocalDate;
}

export interface ImportedYear {
	zone: SchoolZone;
	schoolYear: string;
	complete: boolean;
}

export type SetAsideReason = 'other_zone' | 'teachers' | 'no_end_date' | 'not_a_holiday' | 'duplicate';

export interface ParsedSchoolHolidays {
	format: SchoolHolidayFormat;
	holidays: ImportedHoliday[];
	years: ImportedYear[];
	setAside: { line: number; reason: SetAsideReason }[];
}

export type SchoolHolidayFileError =
	| 'TIME.SCHOOL_FILE_EMPTY'
	| 'TIME.SCHOOL_FILE_FORMAT'
	| 'TIME.SCHOOL_FILE_MALFORMED'
	| 'TIME.SCHOOL_FILE_ZONE_REQUIRED'
	| 'TIME.SCHOOL_FILE_NOTHING';

export type ParseFailure = { ok: false; error: SchoolHolidayFileError; line?: number };

/** 5 MB: the per-day file of 1990–2026 is about 500 kB. */
export const SCHOOL_HOLIDAY_FILE_LIMIT = 5 * 1024 * 1024;

const PARIS = 'Europe/Paris';

function malformed(line: number): ParseFailure {
	return { ok: false, error: 'TIME.SCHOOL_FILE_MALFORMED', line };
}

/** Splits a CSV line (RFC 4180 quoting) on a separator. */
export function splitCsvLine(line: string, separator: string): string[] | null {
	const out: string[] = [];
	let field = '';
	let quoted = false;
	let i = 0;
	let atStart = true;
	while (i < line.length) {
		const c = line[i]!;
		if (quoted) {
			if (c === '"') {
				if (line[i + 1] === '"') {
					field += '"';
					i += 2;
					continue;
				}
				quoted = false;
			} else field += c;
		} else if (c === '"' && atStart) {
			quoted = true;
		} else if (c === separator) {
			out.push(field);
			field = '';
			atStart = true;
			i++;
			continue;
		} else field += c;
		atStart = false;
		i++;
	}
	if (quoted) return null;
	out.push(field);
	return out.map((f) => f.trim());
}

function lines(text: string): string[] {
	return text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
}

/** Lower case, no accents, no apostrophes: "Vacances d'Été" → "vacances d ete". */
function fold(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[’'`]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

const KINDS = ['toussaint', 'noel', 'hiver', 'printemps', 'ete'] as const;
function kindOf(name: string): (typeof KINDS)[number] | null {
	const f = fold(name);
	for (const k of KINDS) if (new RegExp(`\\b${k}\\b`).test(f)) return k;
	return null;
}

function isHolidayName(name: string): boolean {
	const f = fold(name);
	return f.includes('vacances') || f.includes('pont') || f.includes('conge');
}

/** "Rentrée scolaire des élèves": the day classes resume after the summer (teachers' own day excluded). */
function isPupilsReturn(name: string): boolean {
	const f = fold(name);
	return f.includes('rentree') && !f.includes('enseignant');
}

/**
 * The summer holidays are often published as their first day only ("Début des vacances d'été"),
 * with the next school year's start of term as a separate entry: the two make one holiday.
 */
function endSummers(
	open: { line: number; zone: SchoolZone; name: string; startsOn: LocalDate }[],
	returns: { zone: SchoolZone; date: LocalDate }[],
	holidays: ImportedHoliday[],
	setAside: ParsedSchoolHolidays['setAside']
): void {
	for (const o of open) {
		const next = returns
			.filter((r) => r.zone === o.zone && r.date > o.startsOn)
			.map((r) => r.date)
			.sort()[0];
		if (kindOf(o.name) === 'ete' && next)
			holidays.push({
				zone: o.zone,
				schoolYear: schoolYearOf(o.startsOn),
				name: o.name,
				startsOn: o.startsOn,
				resumesOn: next
			});
		else setAside.push({ line: o.line, reason: 'no_end_date' });
	}
	setAside.sort((a, b) => a.line - b.line);
}

/** A school year is complete when its five holidays all have their dates. */
function yearsByKinds(holidays: ImportedHoliday[]): ImportedYear[] {
	const found = new Map<string, Set<string>>();
	for (const h of holidays) {
		const key = `${h.zone}|${h.schoolYear}`;
		const kinds = found.get(key) ?? new Set();
		const kind = kindOf(h.name);
		if (kind) kinds.add(kind);
		found.set(key, kinds);
	}
	return [...found].map(([key, kinds]) => {
		const [zone, schoolYear] = key.split('|') as [SchoolZone, string];
		return { zone, schoolYear, complete: KINDS.every((k) => kinds.has(k)) };
	});
}

/** Reads a date as the official exports write it: '2023-10-21', '21/10/2023' or an ISO date-time. */
function readDate(value: string): LocalDate | null {
	if (isLocalDate(value)) return value;
	const fr = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
	if (fr) {
		const date = `${fr[3]}-${fr[2]}-${fr[1]}`;
		return isLocalDate(date) ? date : null;
	}
	if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/.test(value)) {
		const instant = new Date(value);
		if (Number.isNaN(instant.getTime())) return null;
		return toLocal(instant, PARIS).date;
	}
	return null;
}

function dedupe(holidays: ImportedHoliday[]): ImportedHoliday[] {
	const byKey = new Map<string, ImportedHoliday>();
	for (const h of holidays) {
		const key = `${h.zone}|${h.startsOn}`;
		const seen = byKey.get(key);
		// The same holiday is listed once per académie; keep the longest if they differ.
		if (!seen || h.resumesOn > seen.resumesOn) byKey.set(key, h);
	}
	return [...byKey.values()].sort((a, b) => (a.zone + a.startsOn < b.zone + b.startsOn ? -1 : 1));
}

function parsePerDay(rows: string[]): Result<ParsedSchoolHolidays, SchoolHolidayFileError> | ParseFailure {
	const header = splitCsvLine(rows[0]!, ',')!.map((h) => h.toLowerCase());
	const columns = {
		A: header.indexOf('vacances_zone_a'),
		B: header.indexOf('vacances_zone_b'),
		C: header.indexOf('vacances_zone_c')
	};
	const dateCol = header.indexOf('date');
	const nameCol = header.indexOf('nom_vacances');
	if (dateCol < 0 || nameCol < 0 || columns.A < 0 || columns.B < 0 || columns.C < 0)
		return { ok: false, error: 'TIME.SCHOOL_FILE_FORMAT', line: 1 };
	const holidays: ImportedHoliday[] = [];
	const open: Partial<Record<SchoolZone, { name: string; startsOn: LocalDate; last: LocalDate }>> = {};
	const days: LocalDate[] = [];
	let previous: LocalDate | null = null;
	const close = (zone: SchoolZone) => {
		const run = open[zone];
		if (!run) return;
		holidays.push({
			zone,
			schoolYear: schoolYearOf(run.startsOn),
			name: run.name,
			startsOn: run.startsOn,
			resumesOn: addDays(run.last, 1)
		});
		delete open[zone];
	};
	for (let i = 1; i < rows.length; i++) {
		const raw = rows[i]!;
		if (raw.trim() === '') continue;
		const cells = splitCsvLine(raw, ',');
		if (!cells || cells.length !== header.length) return malformed(i + 1);
		const date = cells[dateCol]!;
		if (!isLocalDate(date)) return malformed(i + 1);
		// One line a day, in order, none missing: otherwise runs would join across a gap.
		if (previous !== null && date !== addDays(previous, 1)) return malformed(i + 1);
		previous = date;
		days.push(date);
		const name = cells[nameCol]!;
		for (const zone of ['A', 'B', 'C'] as const) {
			const flag = cells[columns[zone]]!.toLowerCase();
			if (flag !== 'true' && flag !== 'false') return malformed(i + 1);
			const run = open[zone];
			if (flag === 'true') {
				const label = name || 'Vacances';
				if (run && run.name === label) run.last = date;
				else {
					close(zone);
					open[zone] = { name: label, startsOn: date, last: date };
				}
			} else close(zone);
		}
	}
	for (const zone of ['A', 'B', 'C'] as const) close(zone);
	holidays.sort((a, b) => (a.zone + a.startsOn < b.zone + b.startsOn ? -1 : 1));
	if (days.length === 0) return { ok: false, error: 'TIME.SCHOOL_FILE_NOTHING' };
	const first = days[0]!;
	const last = days.at(-1)!;
	const years: ImportedYear[] = [];
	for (let y = Number(schoolYearOf(first).slice(0, 4)); y <= Number(schoolYearOf(last).slice(0, 4)); y++) {
		const schoolYear = `${y}-${y + 1}`;
		const bounds = schoolYearBounds(schoolYear);
		for (const zone of ['A', 'B', 'C'] as const)
			years.push({ zone, schoolYear, complete: first <= bounds.from && last >= bounds.to });
	}
	return ok({ format: 'per_day_csv', holidays, years, setAside: [] });
}

const OFFICIAL_COLUMNS: Record<string, string[]> = {
	description: ['description'],
	population: ['population'],
	start: ['date de debut', 'start_date'],
	end: ['date de fin', 'end_date'],
	zones: ['zones'],
	schoolYear: ['annee_scolaire', 'annee scolaire']
};

function parseOfficial(
	rows: string[],
	separator: string
): Result<ParsedSchoolHolidays, SchoolHolidayFileError> | ParseFailure {
	const header = splitCsvLine(rows[0]!, separator)!.map(fold);
	const col = Object.fromEntries(
		Object.entries(OFFICIAL_COLUMNS).map(([key, names]) => [key, header.findIndex((h) => names.includes(h))])
	) as Record<keyof typeof OFFICIAL_COLUMNS, number>;
	if (col.description! < 0 || col.start! < 0 || col.end! < 0 || col.zones! < 0)
		return { ok: false, error: 'TIME.SCHOOL_FILE_FORMAT', line: 1 };
	const holidays: ImportedHoliday[] = [];
	const setAside: ParsedSchoolHolidays['setAside'] = [];
	const open: Parameters<typeof endSummers>[0] = [];
	const returns: Parameters<typeof endSummers>[1] = [];
	for (let i = 1; i < rows.length; i++) {
		const raw = rows[i]!;
		if (raw.trim() === '') continue;
		const cells = splitCsvLine(raw, separator);
		if (!cells || cells.length !== header.length) return malformed(i + 1);
		const name = cells[col.description!]!;
		const start = readDate(cells[col.start!]!);
		const endText = cells[col.end!]!;
		const end = endText === '' ? null : readDate(endText);
		if (!start || (endText !== '' && !end) || name === '') return malformed(i + 1);
		if (end !== null && end <= start) return malformed(i + 1);
		const zoneMatch = /^zone ([abc])$/.exec(fold(cells[col.zones!]!));
		if (!zoneMatch) {
			setAside.push({ line: i + 1, reason: 'other_zone' });
			continue;
		}
		const population = col.population! >= 0 ? fold(cells[col.population!]!) : '';
		if (population.startsWith('enseignant')) {
			setAside.push({ line: i + 1, reason: 'teachers' });
			continue;
		}
		const zone = zoneMatch[1]!.toUpperCase() as SchoolZone;
		if (!isHolidayName(name)) {
			if (isPupilsReturn(name)) returns.push({ zone, date: start });
			setAside.push({ line: i + 1, reason: 'not_a_holiday' });
			continue;
		}
		if (end === null) {
			open.push({ line: i + 1, zone, name, startsOn: start });
			continue;
		}
		holidays.push({ zone, schoolYear: schoolYearOf(start), name, startsOn: start, resumesOn: end });
	}
	endSummers(open, returns, holidays, setAside);
	const unique = dedupe(holidays);
	if (unique.length === 0) return { ok: false, error: 'TIME.SCHOOL_FILE_NOTHING' };
	return ok({ format: 'official_csv', holidays: unique, years: yearsByKinds(unique), setAside });
}

/** Unfolds iCalendar lines (RFC 5545 §3.1: a line starting with a space continues the previous one). */
function unfold(text: string): { text: string; line: number }[] {
	const out: { text: string; line: number }[] = [];
	lines(text).forEach((line, i) => {
		if ((line.startsWith(' ') || line.startsWith('\t')) && out.length > 0) out[out.length - 1]!.text += line.slice(1);
		else out.push({ text: line, line: i + 1 });
	});
	return out;
}

function icsText(value: string): string {
	return value
		.replace(/\\n/gi, ' ')
		.replace(/\\([,;\\])/g, '$1')
		.trim();
}

function icsDate(value: string): LocalDate | null {
	const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(value);
	if (!m) return null;
	const date = `${m[1]}-${m[2]}-${m[3]}`;
	if (!isLocalDate(date)) return null;
	if (m[7] === 'Z') return toLocal(new Date(`${date}T${m[4]}:${m[5]}:${m[6]}Z`), PARIS).date;
	return date;
}

function zoneIn(text: string): SchoolZone | null {
	const m = /\bzone ([abc])\b/.exec(fold(text));
	return m ? (m[1]!.toUpperCase() as SchoolZone) : null;
}

function parseIcs(
	text: string,
	zoneHint: SchoolZone | null
): Result<ParsedSchoolHolidays, SchoolHolidayFileError> | ParseFailure {
	const all = unfold(text);
	let calendarZone: SchoolZone | null = null;
	for (const { text: line } of all) {
		const m = /^X-WR-CALNAME[^:]*:(.*)$/i.exec(line);
		if (m) calendarZone = zoneIn(m[1]!);
	}
	const events: {
		line: number;
		start: LocalDate | null;
		end: LocalDate | null;
		summary: string;
		zone: SchoolZone | null;
	}[] = [];
	let current: (typeof events)[number] | null = null;
	let depth = 0;
	for (let i = 0; i < all.length; i++) {
		const { text: line, line: lineNumber } = all[i]!;
		if (line.trim() === '') continue;
		const colon = line.indexOf(':');
		if (colon <= 0) return malformed(lineNumber);
		const name = line.slice(0, colon).split(';')[0]!.toUpperCase();
		const value = line.slice(colon + 1).trim();
		if (name === 'BEGIN') {
			depth++;
			if (value.toUpperCase() === 'VEVENT') {
				if (current) return malformed(lineNumber);
				current = { line: lineNumber, start: null, end: null, summary: '', zone: null };
			}
		} else if (name === 'END') {
			depth--;
			if (value.toUpperCase() === 'VEVENT') {
				if (!current || !current.start) return malformed(lineNumber);
				events.push(current);
				current = null;
			}
		} else if (current) {
			if (name === 'DTSTART') {
				current.start = icsDate(value);
				if (!current.start) return malformed(lineNumber);
			} else if (name === 'DTEND') {
				current.end = icsDate(value);
				if (!current.end) return malformed(lineNumber);
			} else if (name === 'SUMMARY') {
				current.summary = icsText(value);
			} else if (name === 'LOCATION' || name === 'DESCRIPTION') {
				current.zone ??= zoneIn(icsText(value));
			}
		}
	}
	if (current || depth !== 0) return malformed(all.at(-1)?.line ?? 1);
	const holidays: ImportedHoliday[] = [];
	const setAside: ParsedSchoolHolidays['setAside'] = [];
	const open: Parameters<typeof endSummers>[0] = [];
	const returns: Parameters<typeof endSummers>[1] = [];
	for (const e of events) {
		const zone = zoneIn(e.summary) ?? e.zone ?? calendarZone ?? zoneHint;
		if (!isHolidayName(e.summary)) {
			if (zone && isPupilsReturn(e.summary)) returns.push({ zone, date: e.start! });
			setAside.push({ line: e.line, reason: 'not_a_holiday' });
			continue;
		}
		if (!zone) return { ok: false, error: 'TIME.SCHOOL_FILE_ZONE_REQUIRED' };
		const name = e.summary.replace(/\s*[-–]\s*zones? [abc]\s*$/i, '');
		if (!e.end || e.end <= e.start!) {
			open.push({ line: e.line, zone, name, startsOn: e.start! });
			continue;
		}
		holidays.push({ zone, schoolYear: schoolYearOf(e.start!), name, startsOn: e.start!, resumesOn: e.end });
	}
	endSummers(open, returns, holidays, setAside);
	const unique = dedupe(holidays);
	if (unique.length === 0) return { ok: false, error: 'TIME.SCHOOL_FILE_NOTHING' };
	return ok({ format: 'ics', holidays: unique, years: yearsByKinds(unique), setAside });
}

/** Reads a file of school holidays in any of the three formats. `zone` names the zone of an ICS feed that does not say it. */
export function parseSchoolHolidayFile(
	text: string,
	options: { zone?: string | null } = {}
): { ok: true; value: ParsedSchoolHolidays } | ParseFailure {
	const rows = lines(text);
	const first = rows.findIndex((r) => r.trim() !== '');
	if (first < 0) return { ok: false, error: 'TIME.SCHOOL_FILE_EMPTY' };
	const head = rows[first]!.trim();
	const zoneHint = isSchoolZone(options.zone) ? options.zone : null;
	if (/^BEGIN:VCALENDAR$/i.test(head)) return parseIcs(text, zoneHint);
	const content = rows.slice(first);
	if (/vacances_zone_a/i.test(head)) return parsePerDay(content);
	const separator = head.includes(';') ? ';' : head.includes('\t') ? '\t' : ',';
	const folded = fold(head);
	if ((folded.includes('date de debut') || folded.includes('start_date')) && folded.includes('zones'))
		return parseOfficial(content, separator);
	return { ok: false, error: 'TIME.SCHOOL_FILE_FORMAT', line: first + 1 };
}

export interface StoredHoliday {
	zone: string;
	startsOn: LocalDate;
	resumesOn: LocalDate;
	name: string;
	schoolYear: string;
}

/** What an import changes against what is stored, keyed by zone and first day. */
export function diffHolidays(imported: ImportedHoliday[], stored: StoredHoliday[]) {
	const byKey = new Map(stored.map((s) => [`${s.zone}|${s.startsOn}`, s]));
	const created: ImportedHoliday[] = [];
	const updated: ImportedHoliday[] = [];
	const unchanged: ImportedHoliday[] = [];
	for (const h of imported) {
		const s = byKey.get(`${h.zone}|${h.startsOn}`);
		if (!s) created.push(h);
		else if (s.resumesOn !== h.resumesOn || s.name !== h.name || s.schoolYear !== h.schoolYear) updated.push(h);
		else unchanged.push(h);
	}
	return { created, updated, unchanged };
}

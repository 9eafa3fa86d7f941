/**
 * Who came, counted by gender and age band. The only source is the opt-in demographic profile
 * residents gave themselves (never guessed from a name, never asked by the organiser); counter
 * sign-ups and residents without a profile count as "unknown". The figures only ever leave this
 * module as counts, and pass through disclosure control before anyone sees them.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { rowsOf } from '../db/client.js';
import { protectTable, type ProtectedTable } from '#lib/domain/disclosure-control.js';
import {
	IMPACT_AGE_BANDS,
	IMPACT_SEXES,
	participantField,
	type ImpactAgeBand,
	type ImpactSex
} from '#lib/domain/impact-report.js';

export interface AttendanceGrid {
	/** counts[band][sex], in IMPACT_AGE_BANDS × IMPACT_SEXES order. */
	counts: number[][];
	total: number;
}

async function grid(db: Database, where: ReturnType<typeof sql>): Promise<AttendanceGrid> {
	const result = await db.execute(sql`
		SELECT coalesce(dp.gender, 'unknown') AS sex, coalesce(dp.age_band, 'unknown') AS band, count(*)::int AS n
		FROM session_signup su
		JOIN initiative_session s ON s.id = su.session_id
		LEFT JOIN demographic_profile dp ON dp.user_id = su.user_id
		WHERE su.status = 'attended' AND ${where}
		GROUP BY 1, 2`);
	const counts = IMPACT_AGE_BANDS.map(() => IMPACT_SEXES.map(() => 0));
	let total = 0;
	for (const r of rowsOf<{ sex: string; band: string; n: number }>(result)) {
		const c = IMPACT_SEXES.indexOf(r.sex as ImpactSex);
		const b = IMPACT_AGE_BANDS.indexOf(r.band as ImpactAgeBand);
		const n = Number(r.n);
		counts[b < 0 ? IMPACT_AGE_BANDS.length - 1 : b]![c < 0 ? IMPACT_SEXES.length - 1 : c]! += n;
		total += n;
	}
	return { counts, total };
}

export const sessionAttendanceGrid = (db: Database, sessionId: string) => grid(db, sql`s.id = ${sessionId}`);

/** Attendance over every session of an initiative that started in the month ('2026-10', Paris time). */
export const monthAttendanceGrid = (db: Database, initiativeId: string, month: string) =>
	grid(
		db,
		sql`s.initiative_id = ${initiativeId}
		    AND to_char(s.starts_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM') = ${month}`
	);

export function protectedAttendance(g: AttendanceGrid): ProtectedTable {
	return protectTable({ counts: g.counts });
}

/**
 * The impact report's participant fields as a suggestion: the protected cells as they are, and
 * whatever disclosure control hid added to "unknown / unknown", so the total stays the number of
 * people who came while no small group can be singled out.
 */
export function suggestedParticipants(g: AttendanceGrid): Record<string, string> {
	const t = protectedAttendance(g);
	const values: Record<string, string> = {};
	let shown = 0;
	IMPACT_AGE_BANDS.forEach((band, b) =>
		IMPACT_SEXES.forEach((sex, c) => {
			const v = t.cells[b]![c];
			if (v !== null && v !== undefined && v > 0) {
				values[participantField(sex, band)] = String(v);
				shown += v;
			}
		})
	);
	const rest = g.total - shown;
	const unknown = participantField('unknown', 'unknown');
	if (rest > 0) values[unknown] = String(Number(values[unknown] ?? 0) + rest);
	return values;
}

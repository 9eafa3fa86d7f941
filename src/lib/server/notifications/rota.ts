/**
 * Notifications about team rotas: a member asked to give or exchange a shift (her organisers hear
 * of it), and the organiser decided (the member and her colleague hear of it). Facts are read when
 * the job runs; the shift's time is written as an instant in the commune's time zone.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { rowsOf } from '../db/client.js';
import type { NotificationEvent } from './events.js';
import { organisationAdmins } from './organisation-admins.js';
import { addDays, toInstant } from '#lib/domain/zoned-time.js';

type RotaEvent = Extract<NotificationEvent, { kind: 'rota.swap_requested' | 'rota.swap_decided' }>;

export const isRotaEvent = (event: NotificationEvent): event is RotaEvent =>
	event.kind === 'rota.swap_requested' || event.kind === 'rota.swap_decided';

const hhmm = (minutes: number) =>
	`${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export async function planRotaNotification(db: Database, event: RotaEvent) {
	const result = await db.execute(sql`
		SELECT q.status, q.requested_by, q.colleague_id, o.id AS organisation_id, o.name AS organisation_name,
		       r.week_start::text AS week_start, s.weekday, s.start_minute, coalesce(c.time_zone, 'Europe/Paris') AS time_zone
		FROM rota_swap_request q
		JOIN rota_shift s ON s.id = q.shift_id
		JOIN rota r ON r.id = s.rota_id
		JOIN organisation o ON o.id = r.organisation_id
		LEFT JOIN commune c ON c.id = o.commune_id
		WHERE q.id = ${event.requestId}`);
	const [f] = rowsOf<{
		status: string;
		requested_by: string;
		colleague_id: string;
		organisation_id: string;
		organisation_name: string;
		week_start: string;
		weekday: number;
		start_minute: number;
		time_zone: string;
	}>(result);
	if (!f) return null;
	const start = toInstant(addDays(f.week_start, Number(f.weekday) - 1), hhmm(Number(f.start_minute)), f.time_zone);
	const payload = {
		title: f.organisation_name,
		firstStart: start.toISOString(),
		timeZone: f.time_zone,
		count: 1,
		confirmed: f.status === 'accepted' ? 1 : 0,
		refused: f.status === 'refused' ? 1 : 0
	};
	if (event.kind === 'rota.swap_requested')
		return {
			kind: event.kind,
			recipients: await organisationAdmins(db, [f.organisation_id]),
			payload,
			link: `/organisations/${f.organisation_id}/rota/weeks/${f.week_start}`
		};
	return {
		kind: event.kind,
		recipients: [...new Set([f.requested_by, f.colleague_id])],
		payload,
		link: `/organisations/${f.organisation_id}/rota/shifts`
	};
}

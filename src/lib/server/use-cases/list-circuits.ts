import { sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { rowsOf } from '../db/client.js';
import { managedScope } from '../facility-access.js';
import { authorise, type Actor } from '#lib/domain/authorisation.js';

export interface CircuitListItem {
	id: string;
	title: string;
	status: string;
	organisationName: string;
	legs: number;
	firstDate: string | null;
	lastDate: string | null;
}

/**
 * The circuits a person deals with: those of the organisations they act for, and those with legs
 * in rooms they manage that still wait for a decision.
 */
export async function listCircuits(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null
): Promise<{ mine: CircuitListItem[]; toDecide: CircuitListItem[] }> {
	if (!actor) return { mine: [], toDecide: [] };
	const orgIds = [
		...new Set(
			actor.grants
				.filter((g) => g.scopeType === 'organisation')
				.map((g) => g.scopeId)
				.filter((id) => authorise(actor, 'organisation.act', { organisationId: id }).allowed)
		)
	];
	const scope = managedScope(actor);
	const select = sql`
		SELECT c.id, c.title, c.status, o.name AS organisation_name,
		       (SELECT count(*)::int FROM booking_series s WHERE s.circuit_id = c.id) AS legs,
		       (SELECT min(b.occurrence_date)::text FROM booking b JOIN booking_series s ON s.id = b.series_id WHERE s.circuit_id = c.id) AS first_date,
		       (SELECT max(b.occurrence_date)::text FROM booking b JOIN booking_series s ON s.id = b.series_id WHERE s.circuit_id = c.id) AS last_date
		FROM booking_circuit c JOIN organisation o ON o.id = c.organisation_id`;
	const ids = (list: readonly string[]) =>
		sql.join(
			list.map((id) => sql`${id}`),
			sql`, `
		);
	const map = (result: unknown): CircuitListItem[] =>
		rowsOf<{
			id: string;
			title: string;
			status: string;
			organisation_name: string;
			legs: number;
			first_date: string | null;
			last_date: string | null;
		}>(result).map((r) => ({
			id: r.id,
			title: r.title,
			status: r.status,
			organisationName: r.organisation_name,
			legs: Number(r.legs),
			firstDate: r.first_date,
			lastDate: r.last_date
		}));
	const mine =
		orgIds.length === 0
			? []
			: map(
					await ctx.db.execute(
						sql`${select} WHERE c.organisation_id IN (${ids(orgIds)}) ORDER BY c.created_at DESC LIMIT 100`
					)
				);
	const managed = scope.all
		? sql`TRUE`
		: sql`(${scope.communeIds.length ? sql`f.commune_id IN (${ids(scope.communeIds)})` : sql`FALSE`}
		       OR ${scope.facilityIds.length ? sql`f.id IN (${ids(scope.facilityIds)})` : sql`FALSE`})`;
	const toDecide =
		!scope.all && scope.communeIds.length === 0 && scope.facilityIds.length === 0
			? []
			: map(
					await ctx.db.execute(sql`${select}
						WHERE EXISTS (
							SELECT 1 FROM booking_series s JOIN room r ON r.id = s.room_id JOIN facility f ON f.id = r.facility_id
							JOIN booking b ON b.series_id = s.id
							WHERE s.circuit_id = c.id AND b.status = 'pending' AND ${managed})
						ORDER BY c.created_at LIMIT 100`)
				);
	return { mine, toDecide };
}

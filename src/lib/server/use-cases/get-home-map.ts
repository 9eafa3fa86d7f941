/**
 * The home page's map: every quartier of the commune shown there, its rooms (at their
 * facilities) and the initiatives running in it. Public, like the rest of the home page.
 */
import { sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { rowsOf } from '../db/client.js';
import type { MapLayers } from '#lib/domain/map.js';
import { locateInitiatives, locateRooms, outlinesOf } from './map-layers.js';

export async function getHomeMap(ctx: Pick<AppContext, 'db'>, communeInseeCode: string): Promise<MapLayers> {
	const rooms = rowsOf<{ id: string }>(
		await ctx.db.execute(sql`
			SELECT r.id FROM room r JOIN facility fa ON fa.id = r.facility_id JOIN commune c ON c.id = fa.commune_id
			WHERE c.insee_code = ${communeInseeCode}`)
	);
	const initiatives = rowsOf<{ id: string }>(
		await ctx.db.execute(sql`
			SELECT DISTINCT i.id FROM initiative i
			LEFT JOIN initiative_quartier iq ON iq.initiative_id = i.id
			LEFT JOIN quartier q ON q.id = iq.quartier_id
			LEFT JOIN initiative_room ir ON ir.initiative_id = i.id
			LEFT JOIN room r ON r.id = ir.room_id LEFT JOIN facility fa ON fa.id = r.facility_id
			WHERE i.status <> 'ended' AND (
				q.commune_id IN (SELECT id FROM commune WHERE insee_code = ${communeInseeCode})
				OR fa.commune_id IN (SELECT id FROM commune WHERE insee_code = ${communeInseeCode}))`)
	);
	const quartiers = rowsOf<{ id: string }>(
		await ctx.db.execute(sql`
			SELECT q.id FROM quartier q JOIN commune c ON c.id = q.commune_id WHERE c.insee_code = ${communeInseeCode}`)
	);
	const located = [
		...(await locateRooms(
			ctx,
			rooms.map((r) => r.id)
		)),
		...(await locateInitiatives(
			ctx,
			initiatives.map((i) => i.id)
		))
	];
	return outlinesOf(
		ctx,
		located,
		quartiers.map((q) => q.id)
	);
}

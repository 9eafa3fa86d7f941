/** Reading a scenario's rooms as the editor and the upgrade suggestions need them. */
import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { facility, plannerRoom, quartierCommune, room } from '../db/schema.js';
import { joinedRoomEquipment, roomEquipmentColumns } from '../fit/equipment.js';
import type { Tx } from './editor.js';
import { readEquipment } from '#lib/domain/planner/stored.js';
import type { OpeningPeriod, RoomEquipment } from '#lib/domain/vocabulary.js';

type Reader = Database | Tx;

export async function quartierOfScenarioCommune(db: Reader, communeId: string, quartierId: string): Promise<boolean> {
	const [row] = await db
		.select({ id: quartierCommune.quartierId })
		.from(quartierCommune)
		.where(and(eq(quartierCommune.communeId, communeId), eq(quartierCommune.quartierId, quartierId)))
		.limit(1);
	return !!row;
}

export interface ScenarioRoom {
	id: string;
	label: string;
	/** The real room, for an existing one. */
	roomId: string | null;
	facilityId: string | null;
	quartierId: string | null;
	equipment: RoomEquipment;
	openingHours: OpeningPeriod[];
}

/** The scenario's rooms in their order, existing ones read as they are today. */
export async function scenarioRooms(db: Reader, scenarioId: string): Promise<ScenarioRoom[]> {
	const rows = await db
		.select({
			id: plannerRoom.id,
			label: plannerRoom.label,
			roomId: plannerRoom.roomId,
			quartierId: plannerRoom.quartierId,
			equipment: plannerRoom.equipment,
			openingHours: plannerRoom.openingHours,
			roomOpeningHours: room.openingHours,
			facilityId: room.facilityId,
			facilityQuartierId: facility.quartierId,
			...roomEquipmentColumns
		})
		.from(plannerRoom)
		.leftJoin(room, eq(room.id, plannerRoom.roomId))
		.leftJoin(facility, eq(facility.id, room.facilityId))
		.where(eq(plannerRoom.scenarioId, scenarioId))
		.orderBy(asc(plannerRoom.position), asc(plannerRoom.id));
	return rows.map((r) => ({
		id: r.id,
		label: r.label,
		roomId: r.roomId,
		facilityId: r.facilityId,
		quartierId: r.quartierId ?? r.facilityQuartierId,
		equipment: r.roomId ? joinedRoomEquipment(r) : readEquipment(r.equipment),
		openingHours: periods(r.roomId ? r.roomOpeningHours : r.openingHours)
	}));
}

function periods(value: unknown): OpeningPeriod[] {
	return Array.isArray(value)
		? value.filter(
				(p): p is OpeningPeriod =>
					!!p &&
					typeof p === 'object' &&
					typeof p.weekday === 'number' &&
					typeof p.start === 'string' &&
					typeof p.end === 'string'
			)
		: [];
}

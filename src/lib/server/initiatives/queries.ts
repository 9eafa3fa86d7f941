/** Reads shared by the initiative use cases. */
import { asc, eq, inArray, or } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import {
	facility,
	initiative,
	initiativeQuartier,
	initiativeRoom,
	initiativeTranslation,
	organisation,
	organisationQuartier,
	practice,
	practiceTranslation,
	quartier,
	room
} from '../db/schema.js';
import { hasRole, type Actor } from '#lib/domain/authorisation.js';
import { pickTranslation, type Locale } from '#lib/domain/locale.js';

/** Organisations a person may publish initiatives for: their own, or all for an administrator. */
export async function actableOrganisations(db: Database, actor: Actor) {
	const all = hasRole(actor, 'administrator') && actor.twoFactorEnabled;
	const ids = actor.grants
		.filter(
			(g) => g.scopeType === 'organisation' && (g.role === 'organisation_admin' || g.role === 'organisation_member')
		)
		.map((g) => g.scopeId);
	if (!all && ids.length === 0) return [];
	return db
		.select({ id: organisation.id, name: organisation.name, communeId: organisation.communeId })
		.from(organisation)
		.where(all ? undefined : inArray(organisation.id, ids))
		.orderBy(asc(organisation.name));
}

/** Published practices, titled in the reader's language, for the practice picker. */
export async function practiceChoices(db: Database, locale: Locale) {
	const rows = await db
		.select({ id: practice.id, title: practice.title })
		.from(practice)
		.where(eq(practice.status, 'published'))
		.orderBy(asc(practice.title));
	const translations =
		locale === 'fr'
			? []
			: await db
					.select({
						practiceId: practiceTranslation.practiceId,
						locale: practiceTranslation.locale,
						title: practiceTranslation.title
					})
					.from(practiceTranslation)
					.where(eq(practiceTranslation.locale, locale));
	return rows.map((p) => {
		const t = pickTranslation(
			locale,
			{ title: p.title },
			translations.filter((x) => x.practiceId === p.id)
		);
		return { id: p.id, title: t.title, lang: t.lang };
	});
}

/**
 * The quartiers an organisation can name: those of its commune and those it says it serves
 * (after a national QPV import there are 1,584; listing them all would help no one).
 */
export async function quartierChoices(db: Database, org: { id: string; communeId: string | null }) {
	const served = db
		.select({ id: organisationQuartier.quartierId })
		.from(organisationQuartier)
		.where(eq(organisationQuartier.organisationId, org.id));
	return db
		.select({ id: quartier.id, name: quartier.name, communeId: quartier.communeId })
		.from(quartier)
		.where(
			org.communeId
				? or(eq(quartier.communeId, org.communeId), inArray(quartier.id, served))
				: inArray(quartier.id, served)
		)
		.orderBy(asc(quartier.name));
}

/** Rooms in those quartiers' communes, to say where the initiative takes place. */
export async function roomChoices(db: Database, communeIds: readonly string[]) {
	if (communeIds.length === 0) return [];
	return db
		.select({ id: room.id, name: room.name, facilityName: facility.name })
		.from(room)
		.innerJoin(facility, eq(room.facilityId, facility.id))
		.where(inArray(facility.communeId, [...communeIds]))
		.orderBy(asc(facility.name), asc(room.name));
}

/** The quartiers, rooms and translations of one initiative. */
export async function initiativeLinks(db: Database, initiativeId: string) {
	const [quartiers, rooms, translations] = await Promise.all([
		db
			.select({ id: quartier.id, name: quartier.name, qpvCode: quartier.qpvCode })
			.from(initiativeQuartier)
			.innerJoin(quartier, eq(initiativeQuartier.quartierId, quartier.id))
			.where(eq(initiativeQuartier.initiativeId, initiativeId))
			.orderBy(asc(quartier.name)),
		db
			.select({
				id: room.id,
				name: room.name,
				facilityId: facility.id,
				facilityName: facility.name,
				address: facility.address
			})
			.from(initiativeRoom)
			.innerJoin(room, eq(initiativeRoom.roomId, room.id))
			.innerJoin(facility, eq(room.facilityId, facility.id))
			.where(eq(initiativeRoom.initiativeId, initiativeId))
			.orderBy(asc(facility.name), asc(room.name)),
		db
			.select({
				locale: initiativeTranslation.locale,
				title: initiativeTranslation.title,
				summary: initiativeTranslation.summary,
				schedule: initiativeTranslation.schedule,
				howToJoin: initiativeTranslation.howToJoin
			})
			.from(initiativeTranslation)
			.where(eq(initiativeTranslation.initiativeId, initiativeId))
	]);
	return { quartiers, rooms, translations };
}

/** True when every id names a row the form offered. */
export function allIn(ids: readonly string[], offered: readonly { id: string }[]): boolean {
	const known = new Set(offered.map((o) => o.id));
	return ids.every((id) => known.has(id));
}

/** The organisation that runs an initiative (whose staff may act on it); null if there is no such initiative. */
export async function organisationOfInitiative(db: Database, initiativeId: string): Promise<string | null> {
	const [found] = await db
		.select({ organisationId: initiative.organisationId })
		.from(initiative)
		.where(eq(initiative.id, initiativeId));
	return found?.organisationId ?? null;
}

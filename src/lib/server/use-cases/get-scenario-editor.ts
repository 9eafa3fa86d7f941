import { and, asc, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import {
	commune,
	consultation,
	consultationQuartier,
	facility,
	initiativeQuartier,
	need,
	organisation,
	organisationQuartier,
	plannerActivity,
	plannerRun,
	plannerScenario,
	plannerScenarioQuartier,
	plannerUpgrade,
	practice,
	quartier,
	room
} from '../db/schema.js';
import { roomEquipmentColumns, kitchen } from '../fit/equipment.js';
import { translationsOf } from '../catalogue/practice-rows.js';
import { findScenario, themeDemand } from '../planner/editor.js';
import { scenarioRooms } from '../planner/rooms.js';
import { genderIndicators } from '../observatory/gender-indicators.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { fit, type Fit } from '#lib/domain/fit.js';
import { isLocale } from '#lib/domain/locale.js';
import { LISTED_STATUSES } from '#lib/domain/need-vocabulary.js';
import { readRequirements } from '#lib/domain/planner/stored.js';
import { suggestPractices, themeWeight } from '#lib/domain/planner/suggestions.js';
import { isOneOf, KITCHEN_LEVELS, TIME_WINDOWS, type RoomEquipment } from '#lib/domain/vocabulary.js';
import { gridOf, UPGRADE_KINDS, type UpgradeKind } from '#lib/domain/planner/problem.js';
import { servableDemand } from '#lib/domain/planner/servable-demand.js';
import { roomAfter } from '#lib/domain/planner/upgrades.js';

/**
 * Everything the scenario editor shows: the quartiers and what residents asked there, the
 * activities (and the practices the needs suggest), the rooms with their fit for each activity
 * (as they are, and with every candidate upgrade), the upgrades, the settings and past runs.
 * Null when there is no such scenario.
 */
export async function getScenarioEditor(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { id: string; locale: string; now?: Date }
) {
	assertAllowed(actor, 'planner.use');
	const db = ctx.db;
	const s = await findScenario(db, input.id);
	if (!s) return null;
	const now = input.now ?? new Date();

	const [communeRow] = await db
		.select({ id: commune.id, name: commune.name })
		.from(commune)
		.where(eq(commune.id, s.communeId));
	const copiedFrom = s.copiedFromId
		? ((
				await db
					.select({ id: plannerScenario.id, name: plannerScenario.name })
					.from(plannerScenario)
					.where(eq(plannerScenario.id, s.copiedFromId))
			)[0] ?? null)
		: null;

	const quartierRows = await db
		.select({ id: quartier.id, name: quartier.name, qpvCode: quartier.qpvCode })
		.from(plannerScenarioQuartier)
		.innerJoin(quartier, eq(quartier.id, plannerScenarioQuartier.quartierId))
		.where(eq(plannerScenarioQuartier.scenarioId, s.id))
		.orderBy(asc(quartier.name));
	const quartierIds = quartierRows.map((q) => q.id);
	const quartiers = await Promise.all(
		quartierRows.map(async (q) => ({
			...q,
			figures: await quartierFigures(ctx, q.id),
			// Official figures, women against everyone, as the observatory imported them.
			indicators: await genderIndicators(db, q.id, isLocale(input.locale) ? input.locale : 'fr', 4)
		}))
	);

	const demand = (await themeDemand(db, quartierIds)).sort(
		(a, b) => themeWeight(b) - themeWeight(a) || a.theme.localeCompare(b.theme)
	);
	const topNeeds = quartierIds.length
		? await db
				.select({
					id: need.id,
					kind: need.kind,
					title: need.title,
					theme: need.theme,
					language: need.language,
					supports: need.supportCount,
					quartierName: quartier.name
				})
				.from(need)
				.innerJoin(quartier, eq(quartier.id, need.quartierId))
				.where(and(inArray(need.quartierId, quartierIds), inArray(need.status, [...LISTED_STATUSES])))
				.orderBy(desc(need.supportCount), desc(need.publishedAt), asc(need.id))
				.limit(8)
		: [];
	const consultations = quartierIds.length
		? await db
				.selectDistinct({
					id: consultation.id,
					title: consultation.title,
					language: consultation.language,
					closesAt: consultation.closesAt,
					responses: consultation.responseCount
				})
				.from(consultation)
				.innerJoin(consultationQuartier, eq(consultationQuartier.consultationId, consultation.id))
				.where(
					and(
						inArray(consultationQuartier.quartierId, quartierIds),
						eq(consultation.status, 'published'),
						lte(consultation.closesAt, now)
					)
				)
				.orderBy(desc(consultation.closesAt), asc(consultation.id))
				.limit(20)
		: [];

	const activityRows = await db
		.select({
			id: plannerActivity.id,
			label: plannerActivity.label,
			practiceId: plannerActivity.practiceId,
			practiceSlug: practice.slug,
			organisationId: plannerActivity.organisationId,
			organisationName: organisation.name,
			requirements: plannerActivity.requirements,
			sessionsPerWeek: plannerActivity.sessionsPerWeek,
			sessionMinutes: plannerActivity.sessionMinutes,
			windows: plannerActivity.windows,
			priority: plannerActivity.priority,
			itinerant: plannerActivity.itinerant
		})
		.from(plannerActivity)
		.leftJoin(practice, eq(practice.id, plannerActivity.practiceId))
		.leftJoin(organisation, eq(organisation.id, plannerActivity.organisationId))
		.where(eq(plannerActivity.scenarioId, s.id))
		.orderBy(asc(plannerActivity.position), asc(plannerActivity.id));
	const activities = activityRows.map((a) => {
		const windows = a.windows.filter((w) => isOneOf(TIME_WINDOWS, w));
		return {
			...a,
			requirements: readRequirements(a.requirements),
			windows,
			// What of the demand its windows can never give on this grid (edited by hand, or the grid changed).
			beyondReach: servableDemand(a, windows, gridOf(s)).adjusted
		};
	});

	const published = await db
		.select({ id: practice.id, slug: practice.slug, title: practice.title, themes: practice.themes })
		.from(practice)
		.where(eq(practice.status, 'published'))
		.orderBy(asc(practice.title));
	const titles = new Map(
		(
			await translationsOf(
				db,
				published.map((p) => p.id),
				input.locale
			)
		).map((t) => [t.practiceId, t.title])
	);
	const practices = published.map((p) => ({
		...p,
		title: titles.get(p.id) ?? p.title,
		titleLocale: titles.has(p.id) ? input.locale : 'fr'
	}));
	const added = new Set(activities.flatMap((a) => (a.practiceId ? [a.practiceId] : [])));
	const suggestions = suggestPractices(demand, practices, 8).map((x) => ({
		practice: x.practice,
		score: x.score,
		themes: x.themes,
		added: added.has(x.practice.id)
	}));

	const upgrades = (
		await db.select().from(plannerUpgrade).where(eq(plannerUpgrade.scenarioId, s.id)).orderBy(asc(plannerUpgrade.id))
	).flatMap((u) =>
		isOneOf(UPGRADE_KINDS, u.kind)
			? [
					{
						id: u.id,
						plannerRoomId: u.plannerRoomId,
						kind: u.kind as UpgradeKind,
						amountM2: u.amountM2,
						kitchenLevel: isOneOf(KITCHEN_LEVELS, u.kitchenLevel) ? u.kitchenLevel : null,
						costEuros: u.costEuros,
						label: u.label
					}
				]
			: []
	);

	const fitsOf = (equipment: RoomEquipment) =>
		activities.map((a) => ({ activityId: a.id, label: a.label, fit: fit(equipment, a.requirements) as Fit }));
	const rooms = (await scenarioRooms(db, s.id)).map((r) => {
		const mine = upgrades.filter((u) => u.plannerRoomId === r.id);
		const after = roomAfter(
			r.equipment,
			mine.map((u) => ({ ...u, roomId: r.id, cost: u.costEuros }))
		);
		return {
			...r,
			existing: r.roomId !== null,
			upgrades: mine,
			fits: fitsOf(r.equipment),
			/** With every candidate upgrade of the room bought: what the solver could at best make of it. */
			fitsAfterUpgrades: mine.length ? fitsOf(after) : null
		};
	});

	// The commune's rooms not in the scenario yet, those of the scenario's quartiers first.
	const inScenario = new Set(rooms.flatMap((r) => (r.roomId ? [r.roomId] : [])));
	const communeRooms = await db
		.select({
			id: room.id,
			name: room.name,
			facilityName: facility.name,
			quartierId: facility.quartierId,
			quartierName: quartier.name,
			...roomEquipmentColumns
		})
		.from(room)
		.innerJoin(facility, eq(facility.id, room.facilityId))
		.leftJoin(quartier, eq(quartier.id, facility.quartierId))
		.where(eq(facility.communeId, s.communeId))
		.orderBy(asc(facility.name), asc(room.name))
		.limit(500);
	const candidateRooms = communeRooms
		.filter((r) => !inScenario.has(r.id))
		.map((r) => {
			const equipment: RoomEquipment = {
				areaM2: r.areaM2,
				kitchenLevel: kitchen(r.kitchenLevel),
				toilets: r.toilets,
				childToilets: r.childToilets,
				changingTable: r.changingTable,
				storageM2: r.storageM2,
				outdoorM2: r.outdoorM2,
				stepFree: r.stepFree,
				vanAccess: r.vanAccess,
				waterPoint: r.waterPoint
			};
			return {
				id: r.id,
				name: r.name,
				facilityName: r.facilityName,
				quartierName: r.quartierName,
				inQuartiers: r.quartierId !== null && quartierIds.includes(r.quartierId),
				equipment,
				fits: fitsOf(equipment)
			};
		})
		.sort((a, b) => Number(b.inQuartiers) - Number(a.inQuartiers));

	const runs = await db
		.select({
			id: plannerRun.id,
			status: plannerRun.status,
			createdAt: plannerRun.createdAt,
			finishedAt: plannerRun.finishedAt
		})
		.from(plannerRun)
		.where(eq(plannerRun.scenarioId, s.id))
		.orderBy(desc(plannerRun.createdAt), desc(plannerRun.id))
		.limit(50);

	// Organisations that could run an activity: the commune's, and those active in its quartiers.
	const organisations = await db
		.selectDistinct({ id: organisation.id, name: organisation.name })
		.from(organisation)
		.leftJoin(organisationQuartier, eq(organisationQuartier.organisationId, organisation.id))
		.where(
			quartierIds.length
				? sql`${organisation.communeId} = ${s.communeId} OR ${inArray(organisationQuartier.quartierId, quartierIds)}`
				: eq(organisation.communeId, s.communeId)
		)
		.orderBy(asc(organisation.name))
		.limit(300);

	return {
		scenario: {
			id: s.id,
			name: s.name,
			description: s.description,
			commune: communeRow ?? { id: s.communeId, name: '' },
			copiedFrom,
			referenceWeek: s.referenceWeek,
			settings: {
				budgetEuros: s.budgetEuros,
				slotMinutes: s.slotMinutes,
				dayStart: s.dayStart,
				dayEnd: s.dayEnd,
				timeLimitSeconds: s.timeLimitSeconds,
				relativeGap: s.relativeGap
			}
		},
		quartiers,
		demand,
		topNeeds,
		consultations,
		activities,
		suggestions,
		practices,
		rooms,
		candidateRooms,
		upgrades,
		upgradesTotal: upgrades.reduce((sum, u) => sum + u.costEuros, 0),
		runs,
		organisations
	};
}

/** What the platform already knows of a quartier, in figures (official indicators come with the observatory). */
async function quartierFigures(ctx: Pick<AppContext, 'db'>, quartierId: string) {
	const [row] = await ctx.db
		.select({
			facilities: sql<number>`(SELECT count(*)::int FROM ${facility} WHERE ${facility.quartierId} = ${quartierId})`,
			rooms: sql<number>`(SELECT count(*)::int FROM ${room} JOIN ${facility} f ON f.id = ${room.facilityId} WHERE f.quartier_id = ${quartierId})`,
			organisations: sql<number>`(SELECT count(*)::int FROM ${organisationQuartier} WHERE ${organisationQuartier.quartierId} = ${quartierId})`,
			initiatives: sql<number>`(SELECT count(*)::int FROM ${initiativeQuartier} WHERE ${initiativeQuartier.quartierId} = ${quartierId})`,
			needs: sql<number>`(SELECT count(*)::int FROM ${need} WHERE ${need.quartierId} = ${quartierId} AND ${inArray(need.status, [...LISTED_STATUSES])})`
		})
		.from(sql`(SELECT 1) AS one`);
	return {
		facilities: Number(row?.facilities ?? 0),
		rooms: Number(row?.rooms ?? 0),
		organisations: Number(row?.organisations ?? 0),
		initiatives: Number(row?.initiatives ?? 0),
		needs: Number(row?.needs ?? 0)
	};
}

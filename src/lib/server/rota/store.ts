/**
 * Reading and writing the rota tables. Use cases check who may see what before they call these:
 * member constraints are personal, read here only for their member or her organisers.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, gte, inArray } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import type { Tx } from '../organisation-members.js';
import {
	organisation,
	roleGrant,
	rota,
	rotaMemberConstraints,
	rotaNeed,
	rotaShift,
	rotaSwapRequest,
	rotaUnavailability,
	user
} from '../db/schema.js';
import {
	DEFAULT_SETTINGS,
	type MemberConstraints,
	type RotaProblem,
	type Shift,
	type UnavailabilityKind,
	type Weekday,
	type WorkPattern
} from '#lib/domain/rota/problem.js';
import type { ConstraintsInput } from '#lib/domain/rota/forms.js';

type Reader = Database | Tx;

export const ROTA_TIME_ZONE = 'Europe/Paris';

export async function findOrganisation(db: Reader, organisationId: string) {
	const [o] = await db
		.select({ id: organisation.id, name: organisation.name })
		.from(organisation)
		.where(eq(organisation.id, organisationId));
	return o ?? null;
}

/** The team: the organisation's members (its admins organise; they are not on the rota). */
export async function teamOf(db: Reader, organisationId: string): Promise<{ userId: string; name: string }[]> {
	return db
		.select({ userId: user.id, name: user.name })
		.from(roleGrant)
		.innerJoin(user, eq(user.id, roleGrant.userId))
		.where(
			and(
				eq(roleGrant.scopeType, 'organisation'),
				eq(roleGrant.scopeId, organisationId),
				eq(roleGrant.role, 'organisation_member')
			)
		)
		.orderBy(asc(user.name), asc(user.id));
}

export async function needsOf(db: Reader, organisationId: string) {
	return db
		.select({
			id: rotaNeed.id,
			weekday: rotaNeed.weekday,
			start: rotaNeed.startMinute,
			end: rotaNeed.endMinute,
			people: rotaNeed.people,
			label: rotaNeed.label
		})
		.from(rotaNeed)
		.where(eq(rotaNeed.organisationId, organisationId))
		.orderBy(asc(rotaNeed.weekday), asc(rotaNeed.startMinute), asc(rotaNeed.endMinute));
}

/** The stated constraints of these members (all of the organisation's when `userIds` is omitted). */
export async function constraintsOf(
	db: Reader,
	organisationId: string,
	userIds?: readonly string[]
): Promise<Map<string, MemberConstraints>> {
	if (userIds && userIds.length === 0) return new Map();
	const scope = (column: typeof rotaMemberConstraints.userId | typeof rotaUnavailability.userId) =>
		userIds ? inArray(column, [...userIds]) : undefined;
	const rows = await db
		.select()
		.from(rotaMemberConstraints)
		.where(and(eq(rotaMemberConstraints.organisationId, organisationId), scope(rotaMemberConstraints.userId)));
	const blocked = await db
		.select()
		.from(rotaUnavailability)
		.where(and(eq(rotaUnavailability.organisationId, organisationId), scope(rotaUnavailability.userId)))
		.orderBy(asc(rotaUnavailability.weekday), asc(rotaUnavailability.startMinute));
	return new Map(
		rows.map((r) => [
			r.userId,
			{
				memberId: r.userId,
				maxMinutes: r.maxMinutes,
				wishedMinutes: r.wishedMinutes,
				partTimePercent: r.partTimePercent,
				pattern: r.pattern as WorkPattern,
				daysOff: r.daysOff as Weekday[],
				unavailable: blocked
					.filter((u) => u.userId === r.userId)
					.map((u) => ({
						weekday: u.weekday as Weekday,
						start: u.startMinute,
						end: u.endMinute,
						kind: u.kind as UnavailabilityKind
					}))
			}
		])
	);
}

export async function saveConstraints(
	tx: Reader,
	organisationId: string,
	userId: string,
	input: ConstraintsInput
): Promise<void> {
	const values = {
		maxMinutes: input.maxMinutes,
		wishedMinutes: input.wishedMinutes,
		partTimePercent: input.partTimePercent,
		pattern: input.pattern,
		daysOff: input.daysOff,
		updatedAt: new Date()
	};
	await tx
		.insert(rotaMemberConstraints)
		.values({ organisationId, userId, ...values })
		.onConflictDoUpdate({ target: [rotaMemberConstraints.organisationId, rotaMemberConstraints.userId], set: values });
	await tx
		.delete(rotaUnavailability)
		.where(and(eq(rotaUnavailability.organisationId, organisationId), eq(rotaUnavailability.userId, userId)));
	if (input.unavailable.length > 0)
		await tx.insert(rotaUnavailability).values(
			input.unavailable.map((u) => ({
				id: randomUUID(),
				organisationId,
				userId,
				weekday: u.weekday,
				startMinute: u.start,
				endMinute: u.end,
				kind: u.kind
			}))
		);
}

/**
 * The problem the solver and the validator read: the needs, and every team member who has
 * stated her constraints. A member who has not is never scheduled: her school runs are unknown.
 */
export async function rotaProblemOf(db: Reader, organisationId: string): Promise<RotaProblem> {
	const team = await teamOf(db, organisationId);
	const constraints = await constraintsOf(
		db,
		organisationId,
		team.map((t) => t.userId)
	);
	const needs = await needsOf(db, organisationId);
	return {
		settings: DEFAULT_SETTINGS,
		needs: needs.map((n) => ({ weekday: n.weekday as Weekday, start: n.start, end: n.end, people: n.people })),
		members: team.map((t) => constraints.get(t.userId)).filter((c): c is MemberConstraints => c !== undefined)
	};
}

export async function findRota(db: Reader, organisationId: string, weekStart: string) {
	const [r] = await db
		.select()
		.from(rota)
		.where(and(eq(rota.organisationId, organisationId), eq(rota.weekStart, weekStart)));
	return r ?? null;
}

export async function shiftsOf(db: Reader, rotaId: string): Promise<(Shift & { id: string })[]> {
	const rows = await db
		.select({
			id: rotaShift.id,
			memberId: rotaShift.userId,
			weekday: rotaShift.weekday,
			start: rotaShift.startMinute,
			end: rotaShift.endMinute
		})
		.from(rotaShift)
		.where(eq(rotaShift.rotaId, rotaId))
		.orderBy(asc(rotaShift.weekday), asc(rotaShift.startMinute));
	return rows.map((r) => ({ ...r, weekday: r.weekday as Weekday }));
}

export async function namesOf(db: Reader, userIds: readonly string[]): Promise<Map<string, string>> {
	if (userIds.length === 0) return new Map();
	const rows = await db
		.select({ id: user.id, name: user.name })
		.from(user)
		.where(inArray(user.id, [...new Set(userIds)]));
	return new Map(rows.map((r) => [r.id, r.name]));
}

/** One member's shifts in the organisation's published weeks from `sinceWeek` on, in order. */
export async function publishedShiftsOf(db: Reader, organisationId: string, userId: string, sinceWeek: string) {
	const rows = await db
		.select({
			id: rotaShift.id,
			rotaId: rotaShift.rotaId,
			weekStart: rota.weekStart,
			weekday: rotaShift.weekday,
			start: rotaShift.startMinute,
			end: rotaShift.endMinute,
			updatedAt: rotaShift.updatedAt
		})
		.from(rotaShift)
		.innerJoin(rota, eq(rota.id, rotaShift.rotaId))
		.where(
			and(
				eq(rota.organisationId, organisationId),
				eq(rota.status, 'published'),
				gte(rota.weekStart, sinceWeek),
				eq(rotaShift.userId, userId)
			)
		)
		.orderBy(asc(rota.weekStart), asc(rotaShift.weekday), asc(rotaShift.startMinute));
	return rows.map((r) => ({ ...r, weekday: r.weekday as Weekday }));
}

/** The swap requests about these shifts (only the pending ones when asked), newest first. */
export async function swapRequestsOf(db: Reader, shiftIds: readonly string[], onlyPending = false) {
	if (shiftIds.length === 0) return [];
	return db
		.select()
		.from(rotaSwapRequest)
		.where(
			and(
				inArray(rotaSwapRequest.shiftId, [...shiftIds]),
				onlyPending ? eq(rotaSwapRequest.status, 'pending') : undefined
			)
		)
		.orderBy(desc(rotaSwapRequest.createdAt));
}

/** Everything the rota keeps about one person, in every organisation (her data export). */
export async function rotaDataOf(db: Reader, userId: string) {
	const constraints = await db
		.select({
			organisation: organisation.name,
			maxMinutes: rotaMemberConstraints.maxMinutes,
			wishedMinutes: rotaMemberConstraints.wishedMinutes,
			partTimePercent: rotaMemberConstraints.partTimePercent,
			pattern: rotaMemberConstraints.pattern,
			daysOff: rotaMemberConstraints.daysOff,
			updatedAt: rotaMemberConstraints.updatedAt
		})
		.from(rotaMemberConstraints)
		.innerJoin(organisation, eq(organisation.id, rotaMemberConstraints.organisationId))
		.where(eq(rotaMemberConstraints.userId, userId));
	const unavailable = await db
		.select({
			organisation: organisation.name,
			weekday: rotaUnavailability.weekday,
			startMinute: rotaUnavailability.startMinute,
			endMinute: rotaUnavailability.endMinute,
			kind: rotaUnavailability.kind
		})
		.from(rotaUnavailability)
		.innerJoin(organisation, eq(organisation.id, rotaUnavailability.organisationId))
		.where(eq(rotaUnavailability.userId, userId));
	const shifts = await db
		.select({
			organisation: organisation.name,
			weekStart: rota.weekStart,
			status: rota.status,
			weekday: rotaShift.weekday,
			startMinute: rotaShift.startMinute,
			endMinute: rotaShift.endMinute
		})
		.from(rotaShift)
		.innerJoin(rota, eq(rota.id, rotaShift.rotaId))
		.innerJoin(organisation, eq(organisation.id, rota.organisationId))
		.where(eq(rotaShift.userId, userId))
		.orderBy(asc(rota.weekStart), asc(rotaShift.weekday));
	return { constraints, unavailable, shifts };
}

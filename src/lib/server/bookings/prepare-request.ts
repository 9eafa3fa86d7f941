/**
 * The part of a booking request shared by its preview and its sending: who asks (a person acting
 * for an organisation, or an organisation's API token), for which room and initiative, which dates
 * it makes, and what stands in their way. Authorisation happens here, before anything is read.
 */
import type { Database } from '../db/client.js';
import { assertAllowed } from '../authorisation.js';
import {
	examineOccurrences,
	expandSeries,
	initiativeBelongs,
	loadRoomForBooking,
	requesterKindFor,
	type Examination,
	type RoomForBooking
} from './requests.js';
import type { Actor } from '#lib/domain/authorisation.js';
import type { FieldErrors } from '#lib/domain/account-forms.js';
import type { RequesterKind } from '#lib/domain/booking-policy.js';
import type { BookingRequest } from '#lib/domain/booking-request-form.js';

/** A signed-in person, or a program holding one organisation's API token. */
export type Requester = { kind: 'person'; actor: Actor | null } | { kind: 'api'; organisationId: string };

export interface PreparedRequest {
	request: BookingRequest;
	room: RoomForBooking;
	requesterKind: RequesterKind;
	examination: Examination;
}

export async function prepareRequest(
	db: Database,
	requester: Requester,
	request: BookingRequest,
	now: Date
): Promise<{ ok: true; value: PreparedRequest } | { ok: false; fieldErrors: FieldErrors }> {
	if (requester.kind === 'person')
		assertAllowed(requester.actor, 'organisation.act', { organisationId: request.organisationId });
	else if (requester.organisationId !== request.organisationId)
		return { ok: false, fieldErrors: { form: 'AUTH.FORBIDDEN' } };

	const room = await loadRoomForBooking(db, request.roomId);
	if (!room) return { ok: false, fieldErrors: { roomId: 'REQUESTS.ROOM_UNKNOWN' } };
	if (request.initiativeId && !(await initiativeBelongs(db, request.initiativeId, request.organisationId)))
		return { ok: false, fieldErrors: { initiativeId: 'REQUESTS.INITIATIVE_INVALID' } };
	const requesterKind = requester.kind === 'person' ? requesterKindFor(requester.actor, room) : 'organisation';

	const expansion = await expandSeries(db, room, request.spec);
	if (expansion.occurrences.length === 0) return { ok: false, fieldErrors: { date: 'REQUESTS.NO_OCCURRENCES' } };
	const found = await examineOccurrences(db, room, expansion.occurrences, {
		organisationId: request.organisationId,
		requesterKind,
		now
	});
	return { ok: true, value: { request, room, requesterKind, examination: { ...expansion, ...found } } };
}

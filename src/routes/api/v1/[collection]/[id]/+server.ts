import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.js';
import {
	handleDetail,
	handleMethodNotAllowed,
	handlePatchInitiative,
	handlePreflight
} from '#lib/server/open-data/api.js';
import { apiRequest } from '#lib/server/open-data/request.js';

export const GET: RequestHandler = async (event) =>
	handleDetail(await app(), apiRequest(event), event.params.collection, event.params.id);

/** The one write of this version: an initiative's status. */
export const PATCH: RequestHandler = async (event) =>
	event.params.collection === 'initiatives'
		? handlePatchInitiative(await app(), apiRequest(event), event.params.id)
		: handleMethodNotAllowed('GET');

export const OPTIONS: RequestHandler = () => handlePreflight();

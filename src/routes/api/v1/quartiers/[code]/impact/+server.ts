import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.js';
import { handlePreflight } from '#lib/server/open-data/api.js';
import { apiRequest } from '#lib/server/open-data/request.js';
import { handleQuartierImpact } from '#lib/server/observatory/impact-api.js';

/** The impact of a quartier's initiatives, protected as on /quartiers/{code}/impact. */
export const GET: RequestHandler = async (event) =>
	handleQuartierImpact(await app(), apiRequest(event), event.params.code, new Date());

export const OPTIONS: RequestHandler = () => handlePreflight();

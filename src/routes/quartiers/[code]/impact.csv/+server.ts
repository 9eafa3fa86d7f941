import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.js';
import { apiRequest } from '#lib/server/open-data/request.js';
import { handleQuartierImpactCsv } from '#lib/server/observatory/impact-api.js';

/** The tables of /quartiers/{code}/impact as CSV, protected the same way (columns documented on the page). */
export const GET: RequestHandler = async (event) =>
	handleQuartierImpactCsv(await app(), apiRequest(event), event.params.code, new Date());

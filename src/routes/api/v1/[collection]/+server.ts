import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.js';
import { handleList, handlePreflight } from '#lib/server/open-data/api.js';
import { apiRequest } from '#lib/server/open-data/request.js';

export const GET: RequestHandler = async (event) => handleList(await app(), apiRequest(event), event.params.collection);
export const OPTIONS: RequestHandler = () => handlePreflight();

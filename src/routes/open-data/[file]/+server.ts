import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.js';
import { handleDownload, handlePreflight } from '#lib/server/open-data/api.js';
import { apiRequest } from '#lib/server/open-data/request.js';

/** /open-data/rooms.csv, /open-data/rooms.geojson…: a whole dataset as a file. */
export const GET: RequestHandler = async (event) => handleDownload(await app(), apiRequest(event), event.params.file);
export const OPTIONS: RequestHandler = () => handlePreflight();

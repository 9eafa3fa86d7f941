import type { RequestHandler } from './$types';
import { handleOpenApi, handlePreflight } from '#lib/server/open-data/api.js';

export const GET: RequestHandler = (event) => handleOpenApi(event);
export const OPTIONS: RequestHandler = () => handlePreflight();

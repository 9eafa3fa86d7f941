import type { RequestHandler } from './$types';
import { posterPdfResponse } from '#lib/server/posters/poster-http.js';

export const GET: RequestHandler = ({ params, url }) => posterPdfResponse('need', params.id, url);

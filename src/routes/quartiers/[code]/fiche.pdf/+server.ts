import type { RequestHandler } from './$types';
import { fichePdfResponse } from '#lib/server/observatory/fiche-http.js';

/** The fiche quartier as a one-page A4 PDF, in ?lang=fr|en|ar. */
export const GET: RequestHandler = ({ params, url }) => fichePdfResponse(params.code, url);

import type { RequestHandler } from './$types';
import { problemResponse } from '#lib/server/open-data/api.js';

/** Any other address under /api/v1 answers in the API's own terms (JSON), not with an HTML page. */
export const fallback: RequestHandler = ({ url }) =>
	problemResponse(
		404,
		`Nothing answers at ${url.pathname}. The OpenAPI document at /api/v1/openapi.json lists every path.`
	);

/** GET /api/v1/quartiers/{code}/impact and the CSV beside the page: the protected tables only. */
import type { AppContext } from '../context.js';
import { json, limited, problemResponse, type ApiRequest } from '../open-data/api.js';
import { getQuartierImpact } from '../use-cases/get-quartier-impact.js';
import { impactCsv, impactJson } from '#lib/domain/impact-open-data.js';

type Ctx = Pick<AppContext, 'db' | 'rateLimiter'>;

export async function handleQuartierImpact(ctx: Ctx, req: ApiRequest, code: string, now: Date): Promise<Response> {
	const tooMany = await limited(ctx, req);
	if (tooMany) return tooMany;
	const found = await getQuartierImpact(ctx, code, now);
	if (!found) return problemResponse(404, `No quartier has the code or id "${code}".`);
	return json(req.request, impactJson({ code: found.quartier.key, name: found.quartier.name }, found.impact));
}

export async function handleQuartierImpactCsv(ctx: Ctx, req: ApiRequest, code: string, now: Date): Promise<Response> {
	const tooMany = await limited(ctx, req);
	if (tooMany) return tooMany;
	const found = await getQuartierImpact(ctx, code, now);
	if (!found) return problemResponse(404, `No quartier has the code or id "${code}".`);
	return new Response(impactCsv(found.quartier.key, found.impact), {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8; header=present',
			'Content-Disposition': `attachment; filename="quartiers-vivants-impact-${found.quartier.key}.csv"`,
			'Cache-Control': 'public, max-age=60',
			'Access-Control-Allow-Origin': '*'
		}
	});
}

import type { RequestEvent } from '@sveltejs/kit';
import { requestMeta } from '../http.js';
import type { ApiRequest } from './api.js';

/** The API's view of a SvelteKit request. */
export function apiRequest(event: Pick<RequestEvent, 'url' | 'request' | 'getClientAddress' | 'locals'>): ApiRequest {
	return { url: event.url, request: event.request, ip: requestMeta(event).ip, actor: event.locals.actor };
}

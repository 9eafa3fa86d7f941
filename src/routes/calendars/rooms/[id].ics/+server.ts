import type { RequestHandler } from './$types';
import { feedResponse } from '#lib/server/calendars/feed-response.js';

export const GET: RequestHandler = (event) => feedResponse(event, 'room');

import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.js';
import { handleBookingPost } from '#lib/server/bookings/api.js';

/** POST /api/v1/bookings: an organisation's program requests a room with its API token. */
export const POST: RequestHandler = async ({ request }) => handleBookingPost(await app(), request, new Date());

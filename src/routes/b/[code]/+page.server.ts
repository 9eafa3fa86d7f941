import type { PageServerLoad } from './$types';
import { followShortCode } from '#lib/server/posters/poster-http.js';

/** The short address printed on a need's poster (« besoin »): /b/K7M2QXZ, typed in any case. */
export const load: PageServerLoad = ({ params }) => followShortCode('need', params.code);

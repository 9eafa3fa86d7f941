import type { PageServerLoad } from './$types';
import { followShortCode } from '#lib/server/posters/poster-http.js';

/** The short address printed on a consultation's poster: /c/K7M2QXZ, typed in any case. */
export const load: PageServerLoad = ({ params }) => followShortCode('consultation', params.code);

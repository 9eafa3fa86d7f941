import type { PageServerLoad } from './$types';
import { loadPosterPage } from '#lib/server/posters/poster-http.js';

export const load: PageServerLoad = ({ params, url }) => loadPosterPage('need', params.id, url);

import type { PageServerLoad } from './$types';
import { loadFichePage } from '#lib/server/observatory/fiche-http.js';

export const load: PageServerLoad = ({ params, url }) => loadFichePage(params.code, url);

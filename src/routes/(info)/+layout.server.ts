import type { LayoutServerLoad } from './$types';
import { app } from '#lib/server/app.js';

export const load: LayoutServerLoad = async () => ({ contactEmail: (await app()).config.CONTACT_EMAIL ?? null });

/**
 * Every setting of the server, read once from the environment and checked with Zod.
 * The README's configuration table lists the same variables.
 */
import { z } from 'zod';
import { tileSource } from '#lib/domain/map.js';

export const DEFAULT_MAP_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const DEFAULT_MAP_ATTRIBUTION = '© OpenStreetMap contributors';

const flag = (fallback: boolean) =>
	z
		.string()
		.optional()
		.transform((v) => (v === undefined || v === '' ? fallback : !/^(0|false|no|off)$/i.test(v)));

const schema = z.object({
	DATABASE_URL: z
		.string()
		.url()
		.optional()
		.or(z.literal('').transform(() => undefined)),
	DATA_DIR: z.string().min(1).default('./data'),
	SEED_DEMO: flag(true),
	ORIGIN: z
		.string()
		.url()
		.optional()
		.or(z.literal('').transform(() => undefined)),
	PORT: z.coerce.number().int().positive().default(3000),
	AUTH_SECRET: z
		.string()
		.min(32)
		.optional()
		.or(z.literal('').transform(() => undefined)),
	SMTP_URL: z
		.string()
		.url()
		.optional()
		.or(z.literal('').transform(() => undefined)),
	MAIL_FROM: z.string().default('Quartiers Vivants <ne-pas-repondre@quartiers-vivants.localhost>'),
	RATE_LIMITS: flag(true),
	/** Who to write to about this installation: shown on the legal, accessibility and privacy pages. */
	CONTACT_EMAIL: z
		.string()
		.email()
		.optional()
		.or(z.literal('').transform(() => undefined)),
	DB_POOL_SIZE: z.coerce.number().int().positive().default(10),
	/**
	 * Seconds a public page, as a visitor who is not signed in gets it, is served again without
	 * being rendered (src/lib/server/page-cache.ts); 0 turns the cache off. Any form sent to the
	 * server empties it at once, so this bounds only how late a change made elsewhere shows.
	 */
	PAGE_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(5),
	/** How far (metres between facilities) a childcare may be to be proposed for an activity's session. */
	CHILDCARE_RADIUS: z.coerce.number().int().min(0).max(20_000).default(1000),
	/**
	 * The map's background tiles, a {z}/{x}/{y} template. Set it empty for no background (the map
	 * then shows only outlines and markers); the page may load images from this host only.
	 */
	MAP_TILE_URL: z
		.string()
		.optional()
		.transform((v) => (v === undefined ? DEFAULT_MAP_TILE_URL : v.trim()))
		.refine((v) => v === '' || tileSource(v) !== null, {
			message: 'expected an http(s) URL template with {z}, {x} and {y}, or nothing to turn tiles off'
		})
		.transform((v) => (v === '' ? null : v)),
	/** Credit for the tiles, shown on the map (plain text). */
	MAP_ATTRIBUTION: z
		.string()
		.optional()
		.transform((v) => (v === undefined || v.trim() === '' ? DEFAULT_MAP_ATTRIBUTION : v.trim()))
});

export type Config = z.infer<typeof schema> & { origin: string };

export function readConfig(env: Record<string, string | undefined> = process.env): Config {
	const parsed = schema.safeParse(env);
	if (!parsed.success) {
		const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
		throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
	}
	const c = parsed.data;
	return { ...c, origin: (c.ORIGIN ?? `http://localhost:${c.PORT}`).replace(/\/$/, '') };
}

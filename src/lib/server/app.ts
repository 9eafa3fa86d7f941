/**
 * The process-wide application context, opened once when the server starts and closed when
 * it stops (SIGTERM/SIGINT), so that PGlite flushes and no acknowledged write is lost.
 */
import { getRequestEvent } from '$app/server';
import { readConfig } from './config.js';
import { createAppContext, type AppContext } from './context.js';
import { seedDemo } from './demo/seed-demo.js';
import { seedCatalogue } from './catalogue/seed-catalogue.js';

let current: Promise<AppContext> | undefined;

export function app(): Promise<AppContext> {
	current ??= start();
	return current;
}

async function start(): Promise<AppContext> {
	const config = readConfig();
	const ctx = await createAppContext(config, {
		getRequestEvent: () => {
			try {
				return getRequestEvent();
			} catch {
				return undefined;
			}
		}
	});
	console.info(
		`[db] ${ctx.engine === 'pglite' ? `embedded PGlite in ${config.DATA_DIR}` : 'PostgreSQL server'}, schema up to date`
	);
	await seedCatalogue(ctx.db);
	if (config.SEED_DEMO) {
		const seeded = await seedDemo(ctx.db);
		if (seeded === 'seeded') console.info('[demo] demo territory and accounts loaded (SEED_DEMO=false to turn off)');
	}
	if (ctx.mailer.transport === 'outbox')
		console.info('[mail] no SMTP_URL: mail is kept in the outbox (Administration)');
	let closing = false;
	const shutdown = async () => {
		if (closing) return;
		closing = true;
		await ctx.close();
		console.info('[db] closed');
	};
	// adapter-node emits this after it has stopped taking requests and finished the open ones.
	process.once('sveltekit:shutdown' as NodeJS.Signals, () => void shutdown());
	return ctx;
}

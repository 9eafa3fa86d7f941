/**
 * The server as `npm start` runs it: the Node options written in package.json's start script,
 * then the script. The bench, the smoke test and the end-to-end tests start it the same way, so
 * that what they measure and test is what a commune runs.
 */
import { readFileSync } from 'node:fs';

/** The arguments after `node` in package.json's start script, e.g. ['--max-old-space-size=256', 'scripts/start.js']. */
export function serverArgs() {
	const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
	const [command, ...args] = pkg.scripts.start.trim().split(/\s+/);
	if (command !== 'node' || !args.at(-1)?.endsWith('.js'))
		throw new Error(
			`package.json's start script should be "node [options] scripts/start.js", not "${pkg.scripts.start}"`
		);
	return args;
}

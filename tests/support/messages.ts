/**
 * The interface text as the app is built from it: every file the inlang project lists
 * (messages/{locale}.json plus one folder per area of the product), merged.
 */
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const settings = JSON.parse(readFileSync(new URL('project.inlang/settings.json', root), 'utf8')) as {
	'plugin.inlang.messageFormat': { pathPattern: string | string[] };
};
const patterns = ([] as string[]).concat(settings['plugin.inlang.messageFormat'].pathPattern);

/** The message files of one language, relative to the project root. */
export function messageFiles(locale: string): string[] {
	return patterns.map((p) => p.replace('{locale}', locale).replace(/^\.\//, ''));
}

/** Every message of one language; throws if a key is defined in two files (one would silently win). */
export function loadMessages(locale: string): Record<string, string> {
	const merged: Record<string, string> = {};
	for (const file of messageFiles(locale)) {
		const messages = JSON.parse(readFileSync(new URL(file, root), 'utf8')) as Record<string, string>;
		for (const [key, text] of Object.entries(messages)) {
			if (key.startsWith('$')) continue;
			if (key in merged) throw new Error(`message "${key}" is defined twice (again in ${file})`);
			merged[key] = text;
		}
	}
	return merged;
}

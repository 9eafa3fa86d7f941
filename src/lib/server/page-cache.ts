/**
 * Public pages as a visitor who is not signed in gets them, kept a few seconds and served again
 * without running their queries or rendering them. At city scale, rendering and serialising a
 * page is what a 2-core server spends its time on (issue 8: the home page answered 22 times a
 * second); most visits to these pages are anonymous and read the same thing.
 *
 * What keeps it correct:
 * - only GET of the pages listed in CACHEABLE_ROUTES, only for requests with no session, only
 *   200 answers that set no cookie and are not marked private;
 * - the key is the page's full address (query included), whether SvelteKit asked for its data
 *   only, and the language the visitor reads;
 * - any other method (a form sent, a sign-in) empties the whole cache before and after it runs,
 *   and a page being rendered during such a write is not stored (the generation moved);
 * - the Content-Security-Policy allows the page's one inline script by its hash, not by a
 *   nonce (vite.config.ts): the same bytes may then be sent again, and so may their compressed
 *   copy, made once per kept page rather than once per answer. With a nonce, every answer had
 *   to be compressed anew, and a city's home page spent most of its time in Brotli.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** Route ids of public pages that show the same thing to every anonymous visitor. */
export const CACHEABLE_ROUTES: ReadonlySet<string> = new Set([
	'/',
	'/needs',
	'/needs/[id]',
	'/consultations/[id]',
	'/quartiers',
	'/quartiers/[code]',
	'/quartiers/[code]/dashboard',
	'/quartiers/[code]/calendar',
	'/quartiers/outlines.json',
	'/initiatives',
	'/initiatives/[id]',
	'/rooms',
	'/rooms/[id]',
	'/organisations',
	'/search'
]);

type Encoding = 'br' | 'gzip';

interface Stored {
	status: number;
	headers: [string, string][];
	body: Uint8Array;
	/** Compressed copies, each made once, when the first visitor who accepts it asks. */
	encoded: Map<Encoding, Promise<Uint8Array>>;
	/** What the page and its copies weigh in memory. */
	bytes: number;
	expires: number;
}

/** Below this, compressing costs more than it saves (the threshold of scripts/start.js too). */
const MIN_COMPRESSED = 1024;

const compressors: Record<Encoding, (body: Uint8Array) => Promise<Uint8Array>> = {
	// Quality 5: made once per kept page, so a little slower and smaller than start.js's 4.
	br: (body) =>
		promisify(brotliCompress)(body, {
			params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength }
		}),
	gzip: (body) => promisify(gzip)(body, { level: 6 })
};

/** The encoding to answer in, from the visitor's Accept-Encoding: Brotli, else gzip, else none. */
export function chooseEncoding(accept: string | null): Encoding | null {
	const accepted = new Set(
		(accept ?? '')
			.split(',')
			.map((part) => part.trim().split(';'))
			.filter(([, q]) => !/^\s*q\s*=\s*0(\.0*)?\s*$/.test(q ?? ''))
			.map(([name]) => name!.trim().toLowerCase())
	);
	return accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : null;
}

export class PageCache {
	readonly #pages = new Map<string, Stored>();
	/** Pages being rendered now, by key: others asking for one wait for it rather than render it too. */
	readonly #rendering = new Map<string, Promise<void>>();
	#generation = 0;

	#bytes = 0;

	/**
	 * @param maxBytes what the kept pages and their compressed copies may weigh together: the
	 * oldest go first. A city's home page is 220 KB before compression; 32 MB holds a hundred such
	 * pages in three languages, and keeps the cache a small part of the server's memory (issue
	 * 8's RSS budget).
	 */
	constructor(
		private readonly ttlMs: number,
		private readonly maxBytes = 32 * 2 ** 20,
		private readonly now: () => number = Date.now
	) {}

	#drop(key: string): void {
		const page = this.#pages.get(key);
		if (!page) return;
		this.#bytes -= page.bytes;
		this.#pages.delete(key);
	}

	get enabled(): boolean {
		return this.ttlMs > 0;
	}

	/** A write is starting or has ended: nothing rendered before it may be served or stored. */
	invalidate(): void {
		this.#generation++;
		this.#pages.clear();
		this.#bytes = 0;
	}

	/**
	 * The page for this key: kept, or rendered once however many ask at the same moment. When a
	 * kept page expires under load, 32 visitors would otherwise all render it at once (the home
	 * page's p95 went to 2.3 s every five seconds). `accept` is the visitor's Accept-Encoding.
	 */
	async serve(key: string, render: () => Promise<Response>, accept: string | null = null): Promise<Response> {
		const kept = await this.#answer(key, accept, 'hit');
		if (kept) return kept;
		const rendering = this.#rendering.get(key);
		if (rendering) {
			await rendering;
			const rendered = await this.#answer(key, accept, 'hit');
			if (rendered) return rendered;
		}
		const since = this.#generation;
		let finished = () => {};
		const flight = new Promise<void>((resolve) => (finished = resolve));
		if (!rendering) this.#rendering.set(key, flight);
		try {
			const response = await render();
			if (!this.enabled || !shareable(response)) return response;
			const body = new Uint8Array(await response.arrayBuffer());
			const headers = [...response.headers].filter(([name]) => name !== 'content-length');
			if (since === this.#generation && this.#keep(key, { status: response.status, headers, body })) {
				const answer = await this.#answer(key, accept, 'miss');
				if (answer) return answer;
			}
			// Not kept (a write ran meanwhile, or too heavy): sent as rendered, compressed by start.js.
			return new Response(body, { status: response.status, headers: withHeader(headers, 'x-page-cache', 'miss') });
		} finally {
			if (this.#rendering.get(key) === flight) this.#rendering.delete(key);
			finished();
		}
	}

	#keep(key: string, page: Pick<Stored, 'status' | 'headers' | 'body'>): boolean {
		if (page.body.byteLength > this.maxBytes / 4) return false;
		this.#drop(key);
		for (const oldest of this.#pages.keys()) {
			if (this.#bytes + page.body.byteLength <= this.maxBytes) break;
			this.#drop(oldest);
		}
		const bytes = page.body.byteLength;
		this.#pages.set(key, { ...page, encoded: new Map(), bytes, expires: this.now() + this.ttlMs });
		this.#bytes += bytes;
		return true;
	}

	/** The kept page as this visitor accepts it; undefined when absent or expired. */
	async #answer(key: string, accept: string | null, outcome: 'hit' | 'miss'): Promise<Response | undefined> {
		const page = this.#pages.get(key);
		if (!page) return undefined;
		if (page.expires <= this.now()) {
			this.#drop(key);
			return undefined;
		}
		const headers = withHeader(page.headers, 'x-page-cache', outcome);
		const encoding = page.body.byteLength >= MIN_COMPRESSED ? chooseEncoding(accept) : null;
		const body = encoding ? await this.#encoded(key, page, encoding) : page.body;
		if (encoding) headers.set('content-encoding', encoding);
		headers.set('vary', 'Accept-Encoding');
		headers.set('content-length', String(body.byteLength));
		return new Response(body.slice(), { status: page.status, headers });
	}

	#encoded(key: string, page: Stored, encoding: Encoding): Promise<Uint8Array> {
		let copy = page.encoded.get(encoding);
		if (!copy) {
			copy = compressors[encoding](page.body);
			page.encoded.set(encoding, copy);
			void copy.then((bytes) => {
				// Counted only while its page is still kept (an invalidation may have come first).
				if (this.#pages.get(key) !== page) return;
				page.bytes += bytes.byteLength;
				this.#bytes += bytes.byteLength;
			});
		}
		return copy;
	}
}

function withHeader(headers: Iterable<[string, string]>, name: string, value: string): Headers {
	const copy = new Headers([...headers]);
	copy.set(name, value);
	return copy;
}

function shareable(response: Response): boolean {
	if (response.status !== 200 || response.headers.has('set-cookie')) return false;
	const control = response.headers.get('cache-control') ?? '';
	if (/\b(private|no-store)\b/.test(control)) return false;
	const type = response.headers.get('content-type') ?? '';
	return type.startsWith('text/html') || type.startsWith('application/json');
}

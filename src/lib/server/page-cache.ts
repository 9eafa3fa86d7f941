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
 * - a page's Content-Security-Policy nonce is drawn again for every answer, in the header and in
 *   the page alike: a nonce is never sent twice.
 */
import { randomBytes } from 'node:crypto';

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
	'/initiatives',
	'/initiatives/[id]',
	'/rooms',
	'/rooms/[id]',
	'/organisations',
	'/search'
]);

interface Stored {
	status: number;
	headers: [string, string][];
	body: Uint8Array;
	/** The page's CSP nonce and where it stands in the body, to be replaced on each answer. */
	nonce: { value: string; offsets: number[] } | null;
	expires: number;
}

const NONCE_IN_POLICY = /'nonce-([A-Za-z0-9+/=_-]+)'/;

/**
 * Where `nonce="…"` attributes carry this nonce in the page (byte offsets of the value); null for
 * a page without one, undefined for one that cannot be rotated in place (never kept).
 */
function nonceOffsets(body: Uint8Array, policy: string | null): Stored['nonce'] | undefined {
	const value = policy && NONCE_IN_POLICY.exec(policy)?.[1];
	if (!value) return null;
	if (value.length !== 24) return undefined;
	const attribute = Buffer.from(`nonce="${value}"`);
	const offsets: number[] = [];
	const buffer = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
	for (let at = buffer.indexOf(attribute); at !== -1; at = buffer.indexOf(attribute, at + attribute.length))
		offsets.push(at + 'nonce="'.length);
	return { value, offsets };
}

export class PageCache {
	readonly #pages = new Map<string, Stored>();
	/** Pages being rendered now, by key: others asking for one wait for it rather than render it too. */
	readonly #rendering = new Map<string, Promise<void>>();
	#generation = 0;

	#bytes = 0;

	/**
	 * @param maxBytes what the kept pages may weigh together: the oldest go first. A city's home
	 * page is 300 KB before compression; 32 MB holds a hundred such pages in three languages,
	 * and keeps the cache a small part of the server's memory (issue 8's RSS budget).
	 */
	constructor(
		private readonly ttlMs: number,
		private readonly maxBytes = 32 * 2 ** 20,
		private readonly now: () => number = Date.now
	) {}

	#drop(key: string): void {
		const page = this.#pages.get(key);
		if (!page) return;
		this.#bytes -= page.body.byteLength;
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

	get generation(): number {
		return this.#generation;
	}

	/**
	 * The page for this key: kept, or rendered once however many ask at the same moment. When a
	 * kept page expires under load, 32 visitors would otherwise all render it at once (the home
	 * page's p95 went to 2.3 s every five seconds).
	 */
	async serve(key: string, render: () => Promise<Response>): Promise<Response> {
		const kept = this.get(key);
		if (kept) return kept;
		const rendering = this.#rendering.get(key);
		if (rendering) {
			await rendering;
			const rendered = this.get(key);
			if (rendered) return rendered;
		}
		const since = this.#generation;
		let finished = () => {};
		const flight = new Promise<void>((resolve) => (finished = resolve));
		if (!rendering) this.#rendering.set(key, flight);
		try {
			return await this.put(key, await render(), since);
		} finally {
			if (this.#rendering.get(key) === flight) this.#rendering.delete(key);
			finished();
		}
	}

	/** The stored answer, with a fresh nonce; undefined when absent or expired. */
	get(key: string): Response | undefined {
		const page = this.#pages.get(key);
		if (!page) return undefined;
		if (page.expires <= this.now()) {
			this.#drop(key);
			return undefined;
		}
		const headers = new Headers(page.headers);
		headers.set('x-page-cache', 'hit');
		const body = page.body.slice();
		if (page.nonce) {
			// Same length (16 random bytes in base64), written over the old one where it stood:
			// no decoding and searching a page of hundreds of kilobytes on every answer.
			const nonce = randomBytes(16).toString('base64');
			const bytes = new TextEncoder().encode(nonce);
			for (const at of page.nonce.offsets) body.set(bytes, at);
			headers.set(
				'content-security-policy',
				headers.get('content-security-policy')!.replaceAll(page.nonce.value, nonce)
			);
		}
		return new Response(body, { status: page.status, headers });
	}

	/**
	 * Keeps a copy of the answer when it may be shared, and gives back an answer to send (the
	 * original's body can be read only once). `since` is the generation when rendering began.
	 */
	async put(key: string, response: Response, since: number): Promise<Response> {
		if (!this.enabled || !shareable(response)) return response;
		const body = new Uint8Array(await response.arrayBuffer());
		const headers = [...response.headers].filter(([name]) => name !== 'content-length');
		const nonce = nonceOffsets(body, response.headers.get('content-security-policy'));
		if (since === this.#generation && nonce !== undefined && body.byteLength <= this.maxBytes / 4) {
			this.#drop(key);
			for (const oldest of this.#pages.keys()) {
				if (this.#bytes + body.byteLength <= this.maxBytes) break;
				this.#drop(oldest);
			}
			this.#pages.set(key, { status: response.status, headers, body, nonce, expires: this.now() + this.ttlMs });
			this.#bytes += body.byteLength;
		}
		const sent = new Headers(headers);
		sent.set('x-page-cache', 'miss');
		return new Response(body, { status: response.status, headers: sent });
	}
}

function shareable(response: Response): boolean {
	if (response.status !== 200 || response.headers.has('set-cookie')) return false;
	const control = response.headers.get('cache-control') ?? '';
	if (/\b(private|no-store)\b/.test(control)) return false;
	const type = response.headers.get('content-type') ?? '';
	return type.startsWith('text/html') || type.startsWith('application/json');
}

import { sveltekit } from '@sveltejs/kit/vite';
import adapter from '@sveltejs/adapter-node';
import { paraglide } from './paraglide.config.js';
import { defineConfig } from 'vite';

export default defineConfig({
	plugins: [
		paraglide(),
		sveltekit({
			adapter: adapter({ out: 'build', precompress: true }),
			// The server tells the browser which page an address is, when it first goes there: the
			// table of every route (6 KB of Brotli) no longer rides on a resident's first visit.
			router: { resolution: 'server' },
			csp: {
				// Hashes, not nonces: a page's one inline script is allowed by its own digest, so the
				// same page may be sent twice, and kept compressed (src/lib/server/page-cache.ts).
				mode: 'hash',
				directives: {
					'default-src': ['self'],
					'script-src': ['self'],
					'style-src': ['self'],
					// The one inline style SvelteKit sets, on its visually hidden route announcer
					// ("position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); …"), allowed by its hash.
					'style-src-attr': ['unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
					'img-src': ['self', 'data:'],
					'font-src': ['self'],
					'connect-src': ['self'],
					'form-action': ['self'],
					'frame-ancestors': ['none'],
					'base-uri': ['self'],
					'object-src': ['none']
				}
			}
		})
	]
});

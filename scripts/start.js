// `npm start`: runs the production build (scripts/ensure-build.js has built it if needed).
//
// adapter-node 6 takes each request's origin from its headers and assumes https unless a
// protocol header says otherwise; SvelteKit then refuses form posts whose Origin differs.
// So that the app works on plain http://localhost out of the box, and so that a set ORIGIN
// (the public address behind a TLS proxy) cannot be overridden by a client's Host header,
// this wrapper writes the protocol and host into private headers before each request is handled.
process.env.PORT ??= '3000';
// adapter-node refuses request bodies over 512 kB by default. The QPV outlines weigh 4.3 MB and
// room photos up to 8 MB; each form checks its own, smaller limits first, to answer with a clear
// message. Larger bodies are refused before they are read.
process.env.BODY_SIZE_LIMIT ??= '16M';
const ownHeaders = !process.env.PROTOCOL_HEADER && !process.env.HOST_HEADER;
if (ownHeaders) {
	process.env.PROTOCOL_HEADER = 'x-qv-origin-proto';
	process.env.HOST_HEADER = 'x-qv-origin-host';
}
const origin = process.env.ORIGIN ? new URL(process.env.ORIGIN) : null;

// A URL, not a literal path, so that type-checking does not descend into the generated build.
const { server } = await import(new URL('../build/index.js', import.meta.url).href);

if (ownHeaders) {
	server.prependListener('request', (req) => {
		req.headers['x-qv-origin-proto'] = origin ? origin.protocol.replace(':', '') : 'http';
		req.headers['x-qv-origin-host'] = origin ? origin.host : (req.headers.host ?? `localhost:${process.env.PORT}`);
	});
}

// RFC 8058 one-click unsubscribe: mail providers POST `List-Unsubscribe=One-Click` to the link
// from their own servers, with no Origin header (or theirs), which SvelteKit's form-CSRF check
// refuses. That check protects actions authorised by the session cookie; an unsubscribe is
// authorised by the signed token in its URL alone, so a forged cross-site POST can do nothing a
// token holder could not. Only these POSTs are marked as same-origin.
server.prependListener('request', (req) => {
	if (req.method !== 'POST' || !/^\/unsubscribe\/[^/?#]+(\?|$)/.test(req.url ?? '')) return;
	// The origin adapter-node will derive for this request (ORIGIN wins, as above).
	const header = (name) => (name ? req.headers[name.toLowerCase()] : undefined);
	const proto = ownHeaders ? 'http' : (header(process.env.PROTOCOL_HEADER) ?? 'https');
	const host = ownHeaders ? req.headers.host : (header(process.env.HOST_HEADER) ?? req.headers.host);
	req.headers.origin = origin ? origin.origin : `${proto}://${host}`;
});

// Pages and JSON leave compressed (Brotli at quality 4, else gzip) when the browser accepts it: a
// resident on a phone with a poor connection downloads a fifth of the HTML. The built JavaScript,
// CSS and fonts are already served precompressed by adapter-node (they carry Content-Encoding,
// which compression leaves alone). Behind a proxy that compresses, COMPRESSION=false turns it off.
if (process.env.COMPRESSION !== 'false') {
	const { default: compression } = await import('compression');
	const compress = compression({ threshold: 1024 });
	// Prepended last, so it runs first: it wraps the response before anyone writes to it.
	server.prependListener('request', (req, res) => compress(req, res, () => {}));
}

// `npm start`: runs the production build, with the defaults a fresh machine needs.
// adapter-node assumes HTTPS unless told the public address: without ORIGIN, form posts
// from http://localhost would fail its cross-site check. Set ORIGIN when you deploy.
process.env.PORT ??= '3000';
process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;
// A URL, not a literal path, so that type-checking does not descend into the generated build.
await import(new URL('../build/index.js', import.meta.url).href);

/**
 * A stand-in for a map tile server, for end-to-end tests on machines without network: any
 * /{z}/{x}/{y}.png (or @2x) is answered with one small PNG. `GET /stats` says how many tiles
 * were served, so a test can tell that the map really asked for them.
 *
 *   node tests/support/tile-server.ts 4508      (Node ≥ 22.18 runs TypeScript as is)
 */
import { createServer, type Server } from 'node:http';
import { crc32, deflateSync } from 'node:zlib';

/** A 256 × 256 tile in one pale colour, with a darker border so that tiles can be told apart. */
export function tilePng(size = 256): Buffer {
	const chunk = (type: string, data: Buffer) => {
		const length = Buffer.alloc(4);
		length.writeUInt32BE(data.length);
		const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
		const crc = Buffer.alloc(4);
		crc.writeUInt32BE(crc32(body));
		return Buffer.concat([length, body, crc]);
	};
	const header = Buffer.alloc(13);
	header.writeUInt32BE(size, 0);
	header.writeUInt32BE(size, 4);
	header[8] = 8; // bit depth
	header[9] = 2; // RGB
	const rows: Buffer[] = [];
	for (let y = 0; y < size; y++) {
		const row = Buffer.alloc(1 + size * 3);
		for (let x = 0; x < size; x++) {
			const edge = x === 0 || y === 0;
			row.set(edge ? [200, 210, 200] : [236, 242, 236], 1 + x * 3);
		}
		rows.push(row);
	}
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(Buffer.concat(rows))),
		chunk('IEND', Buffer.alloc(0))
	]);
}

export function startTileServer(port: number, host = '127.0.0.1'): Promise<Server> {
	const png = tilePng();
	let served = 0;
	const server = createServer((request, response) => {
		const path = new URL(request.url ?? '/', 'http://tiles').pathname;
		if (/^\/\d+\/\d+\/\d+(@2x)?\.png$/.test(path)) {
			served += 1;
			response.writeHead(200, {
				'Content-Type': 'image/png',
				'Content-Length': png.length,
				'Cache-Control': 'no-store',
				'Access-Control-Allow-Origin': '*'
			});
			response.end(png);
		} else if (path === '/stats') {
			response.writeHead(200, { 'Content-Type': 'application/json' });
			response.end(JSON.stringify({ served }));
		} else if (path === '/healthz') {
			response.writeHead(200, { 'Content-Type': 'text/plain' });
			response.end('ok');
		} else {
			response.writeHead(404);
			response.end();
		}
	});
	return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const port = Number(process.argv[2] ?? process.env.TILE_PORT ?? 4508);
	const server = await startTileServer(port);
	console.info(`[tiles] stand-in tile server on http://127.0.0.1:${port}/{z}/{x}/{y}.png`);
	const stop = () => server.close(() => process.exit(0));
	process.once('SIGTERM', stop);
	process.once('SIGINT', stop);
}

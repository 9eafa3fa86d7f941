import { describe, expect, it } from 'vitest';
import { readConfig } from './config.js';

describe('readConfig', () => {
	it('runs on the embedded database with the demo by default', () => {
		const c = readConfig({});
		expect(c.DATABASE_URL).toBeUndefined();
		expect(c).toMatchObject({ DATA_DIR: './data', SEED_DEMO: true, RATE_LIMITS: true, PORT: 3000 });
		expect(c.origin).toBe('http://localhost:3000');
	});

	it('reads switches the way people write them', () => {
		expect(readConfig({ SEED_DEMO: 'false' }).SEED_DEMO).toBe(false);
		expect(readConfig({ SEED_DEMO: '0' }).SEED_DEMO).toBe(false);
		expect(readConfig({ SEED_DEMO: 'yes' }).SEED_DEMO).toBe(true);
		expect(readConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
	});

	it('names the variable that is wrong', () => {
		expect(() => readConfig({ DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL/);
		expect(() => readConfig({ AUTH_SECRET: 'short' })).toThrow(/AUTH_SECRET/);
	});

	it('proposes childcare within 1 km unless told otherwise, and refuses a radius that is not metres', () => {
		expect(readConfig({}).CHILDCARE_RADIUS).toBe(1000);
		expect(readConfig({ CHILDCARE_RADIUS: '400' }).CHILDCARE_RADIUS).toBe(400);
		expect(() => readConfig({ CHILDCARE_RADIUS: 'un kilomètre' })).toThrow(/CHILDCARE_RADIUS/);
	});

	it('uses ORIGIN without a trailing slash', () => {
		expect(readConfig({ ORIGIN: 'https://quartiers.exemple.fr/' }).origin).toBe('https://quartiers.exemple.fr');
	});

	it('draws the map on OpenStreetMap tiles unless told otherwise, and turns tiles off when empty', () => {
		const c = readConfig({});
		expect(c.MAP_TILE_URL).toBe('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
		expect(c.MAP_ATTRIBUTION).toBe('© OpenStreetMap contributors');
		expect(readConfig({ MAP_TILE_URL: '' }).MAP_TILE_URL).toBeNull();
		const local = readConfig({
			MAP_TILE_URL: 'http://127.0.0.1:4310/{z}/{x}/{y}.png',
			MAP_ATTRIBUTION: 'Tuiles locales'
		});
		expect(local).toMatchObject({
			MAP_TILE_URL: 'http://127.0.0.1:4310/{z}/{x}/{y}.png',
			MAP_ATTRIBUTION: 'Tuiles locales'
		});
	});

	it('refuses a tile URL that is not a {z}/{x}/{y} template on http(s)', () => {
		expect(() => readConfig({ MAP_TILE_URL: 'https://tile.example.org/tiles.png' })).toThrow(/MAP_TILE_URL/);
		expect(() => readConfig({ MAP_TILE_URL: 'javascript:alert(1)//{z}/{x}/{y}' })).toThrow(/MAP_TILE_URL/);
	});
});

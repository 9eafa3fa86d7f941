import { describe, expect, it } from 'vitest';
import { API_COLLECTIONS, openApiDocument } from './openapi.js';

type Doc = {
	openapi: string;
	paths: Record<
		string,
		Record<
			string,
			{
				parameters?: { name: string; schema: Record<string, unknown> }[];
				responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }>;
			}
		>
	>;
	components: { schemas: Record<string, unknown> };
};

describe('OpenAPI document', () => {
	const doc = openApiDocument('https://example.org/api/v1') as unknown as Doc;

	it('is OpenAPI 3.1 with a list and a detail path for every collection', () => {
		expect(doc.openapi).toBe('3.1.0');
		for (const c of API_COLLECTIONS) {
			expect(doc.paths[`/${c.name}`]?.get).toBeDefined();
			expect(doc.paths[`/${c.name}/{id}`]?.get).toBeDefined();
		}
		expect(doc.paths['/initiatives/{id}']?.patch).toBeDefined();
	});

	it('lists every query parameter the routes accept, with its type', () => {
		const rooms = doc.paths['/rooms']!.get!.parameters!;
		expect(rooms.map((p) => p.name)).toEqual(Object.keys(API_COLLECTIONS.find((c) => c.name === 'rooms')!.query.shape));
		expect(rooms.find((p) => p.name === 'per_page')!.schema).toMatchObject({ type: 'integer', maximum: 100 });
		expect(rooms.find((p) => p.name === 'kitchen_level')!.schema).toMatchObject({
			enum: ['none', 'reheating', 'full']
		});
		expect(rooms.find((p) => p.name === 'step_free')!.schema).toMatchObject({ enum: ['true', 'false'] });
	});

	it('resolves every $ref to a component', () => {
		const refs = JSON.stringify(doc).match(/"#\/components\/schemas\/[^"]+"/g) ?? [];
		expect(refs.length).toBeGreaterThan(10);
		for (const r of refs) expect(doc.components.schemas).toHaveProperty(r.slice(22, -1));
	});

	it('does not offer ideas among the statuses one may filter on', () => {
		const status = doc.paths['/initiatives']!.get!.parameters!.find((p) => p.name === 'status')!;
		expect(status.schema.enum).toEqual(['preparing', 'running', 'paused', 'ended']);
	});
});

describe('OpenAPI document: the impact of a quartier', () => {
	it('documents the protected impact tables, hidden figures as null', () => {
		const doc = openApiDocument('https://example.org/api/v1') as unknown as {
			paths: Record<string, { get?: { responses: Record<string, unknown> } }>;
			components: { schemas: Record<string, unknown> };
		};
		expect(doc.paths['/quartiers/{code}/impact']?.get?.responses).toHaveProperty('200');
		expect(JSON.stringify(doc.components.schemas.QuartierImpact)).toContain('"null"');
	});
});

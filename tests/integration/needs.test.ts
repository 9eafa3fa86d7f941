/**
 * Posting needs and ideas, and the list of a commune's needs: who may post, what is moderated,
 * what robots and floods get, and a keyset list that never repeats nor skips a need.
 */
import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { beforeAll, expect, it } from 'vitest';
import { forEachEngine } from './engines.js';
import type { AppContext } from '#lib/server/context.js';
import {
	commune,
	communeVoiceSettings,
	need,
	needComment,
	needEvent,
	needFollow,
	needPhoto,
	quartier,
	user
} from '#lib/server/db/schema.js';
import { AccessDenied } from '#lib/server/authorisation.js';
import { postNeed } from '#lib/server/use-cases/post-need.js';
import { listNeeds, listQuartierNeeds } from '#lib/server/use-cases/list-needs.js';
import { getNeedPhoto } from '#lib/server/use-cases/get-need-photo.js';
import { getNeedForm } from '#lib/server/use-cases/get-need-form.js';
import type { Upload } from '#lib/server/use-cases/add-room-photo.js';
import { LISTED_STATUSES } from '#lib/domain/need-vocabulary.js';
import { needListFilters, type NeedListFilters } from '#lib/domain/need-list.js';
import type { Actor } from '#lib/domain/authorisation.js';

interface World {
	communeId: string;
	closedCommuneId: string;
	quartierId: string;
	otherQuartierId: string;
	closedQuartierId: string;
}

const CENTRE = { lon: 4.9072, lat: 45.7836 };

async function world(db: AppContext['db']): Promise<World> {
	const w = {
		communeId: randomUUID(),
		closedCommuneId: randomUUID(),
		quartierId: randomUUID(),
		otherQuartierId: randomUUID(),
		closedQuartierId: randomUUID()
	};
	await db.insert(commune).values([
		{ id: w.communeId, inseeCode: `T${randomUUID().slice(0, 5)}`, name: 'Villeurbanne', holidayZone: 'A' },
		{ id: w.closedCommuneId, inseeCode: `U${randomUUID().slice(0, 5)}`, name: 'Fermeville', holidayZone: 'C' }
	]);
	await db.insert(communeVoiceSettings).values([
		{ communeId: w.communeId, anonymousPostingAllowed: true },
		{ communeId: w.closedCommuneId, anonymousPostingAllowed: false }
	]);
	await db.insert(quartier).values([
		{
			id: w.quartierId,
			communeId: w.communeId,
			name: 'Saint-Jean',
			centroidLon: CENTRE.lon,
			centroidLat: CENTRE.lat
		},
		{ id: w.otherQuartierId, communeId: w.communeId, name: 'Les Buers' },
		{ id: w.closedQuartierId, communeId: w.closedCommuneId, name: 'Loin' }
	]);
	return w;
}

async function resident(db: AppContext['db']): Promise<Actor> {
	const id = randomUUID();
	await db.insert(user).values({ id, name: 'Habitante', email: `${id}@exemple.fr`, emailVerified: true });
	return { userId: id, twoFactorEnabled: false, grants: [] };
}

const post = (w: World, extra: Record<string, string> = {}) => ({
	kind: 'need',
	quartierId: w.quartierId,
	theme: 'EDU',
	title: 'Une garde pendant les cours de français',
	body: 'Les cours sont le mardi matin ; sans garde je ne peux pas y aller.',
	language: 'fr',
	...extra
});

const upload = (bytes: Uint8Array): Upload => ({ size: bytes.length, bytes: async () => bytes });
let ipCounter = 0;
const someIp = () => ({ ip: `198.51.100.${(ipCounter += 1)}` });

async function needCount(db: AppContext['db']) {
	const [row] = await db.select({ n: count() }).from(need);
	return row!.n;
}

forEachEngine('posting needs and ideas', (use) => {
	let w: World;
	beforeAll(async () => {
		w = await world(use().db);
	});

	it('a first post waits for moderation; once one is published, the next are published at once', async () => {
		const db = use().db;
		const her = await resident(db);
		const first = await postNeed(use(), her, someIp(), post(w), null);
		expect(first).toMatchObject({ ok: true, status: 'submitted' });
		if (!first.ok || !first.id) return;
		const [row] = await db.select().from(need).where(eq(need.id, first.id));
		expect(row).toMatchObject({
			status: 'submitted',
			publishedAt: null,
			authorId: her.userId,
			communeId: w.communeId,
			language: 'fr',
			followerCount: 1
		});
		expect(row!.shortCode).toMatch(/^[A-Z0-9]{6,}$/);
		expect((await db.select().from(needEvent).where(eq(needEvent.needId, first.id))).map((e) => e.status)).toEqual([
			'submitted'
		]);
		expect(await db.select().from(needFollow).where(eq(needFollow.needId, first.id))).toHaveLength(1);

		// Still nothing published: the second post waits too.
		expect(await postNeed(use(), her, someIp(), post(w, { title: 'Encore une idée' }), null)).toMatchObject({
			status: 'submitted'
		});

		// A moderator publishes the first one (another part's use case; here, the row).
		await db.update(need).set({ status: 'published', publishedAt: new Date() }).where(eq(need.id, first.id));
		const later = await postNeed(
			use(),
			her,
			someIp(),
			post(w, { kind: 'idea', language: 'ar', title: 'مكان للنساء' }),
			null
		);
		expect(later).toMatchObject({ ok: true, status: 'published' });
		if (!later.ok || !later.id) return;
		const [published] = await db.select().from(need).where(eq(need.id, later.id));
		expect(published).toMatchObject({ status: 'published', kind: 'idea', language: 'ar', title: 'مكان للنساء' });
		expect(published!.publishedAt).toBeInstanceOf(Date);
		const events = await db.select().from(needEvent).where(eq(needEvent.needId, later.id)).orderBy(needEvent.createdAt);
		expect(events.map((e) => e.status)).toEqual(['submitted', 'published']);
	});

	it('a published comment counts as a first post already moderated', async () => {
		const db = use().db;
		const her = await resident(db);
		const someone = await postNeed(use(), null, someIp(), post(w), null);
		if (!someone.ok || !someone.id) throw new Error('setup');
		await db.insert(needComment).values({
			id: randomUUID(),
			needId: someone.id,
			authorId: her.userId,
			body: 'Moi aussi',
			language: 'fr',
			status: 'published'
		});
		expect(await postNeed(use(), her, someIp(), post(w), null)).toMatchObject({ status: 'published' });
	});

	it('without an account: allowed where the commune says so, always moderated, with an optional first name', async () => {
		const db = use().db;
		const result = await postNeed(
			use(),
			null,
			someIp(),
			post(w, { authorName: ' Malika ', lon: '4.91', lat: '45.785' }),
			null
		);
		expect(result).toMatchObject({ ok: true, status: 'submitted' });
		if (!result.ok || !result.id) return;
		const [row] = await db.select().from(need).where(eq(need.id, result.id));
		expect(row).toMatchObject({ authorId: null, authorName: 'Malika', status: 'submitted', lon: 4.91, lat: 45.785 });
		expect(row!.followerCount).toBe(0);

		// Elsewhere, a visitor must sign in, and nothing is stored.
		const before = await needCount(db);
		await expect(
			postNeed(use(), null, someIp(), post(w, { quartierId: w.closedQuartierId }), null)
		).rejects.toBeInstanceOf(AccessDenied);
		expect(await needCount(db)).toBe(before);
		expect((await getNeedForm(use(), null, { quartierId: w.closedQuartierId }))?.signInRequired).toBe(true);
		expect((await getNeedForm(use(), null, { quartierId: w.quartierId }))?.signInRequired).toBe(false);
	});

	it('a filled honeypot looks like success and stores nothing', async () => {
		const db = use().db;
		const before = await needCount(db);
		const her = await resident(db);
		expect(await postNeed(use(), null, someIp(), post(w, { homepage: 'http://spam.example' }), null)).toEqual({
			ok: true,
			id: null,
			status: 'submitted'
		});
		expect(await postNeed(use(), her, someIp(), post(w, { homepage: 'x' }), null)).toMatchObject({
			ok: true,
			id: null
		});
		expect(await needCount(db)).toBe(before);
	});

	it('bad input and a bad photo come back field by field, and nothing is saved', async () => {
		const db = use().db;
		const her = await resident(db);
		const before = await needCount(db);
		expect(await postNeed(use(), her, someIp(), post(w, { title: '', theme: 'ZZZ' }), null)).toEqual({
			ok: false,
			fieldErrors: { title: 'FIELD.REQUIRED', theme: 'CHOICE.INVALID' }
		});
		const text = new TextEncoder().encode('<?php echo "not an image"; ?>');
		expect(await postNeed(use(), her, someIp(), post(w), upload(text))).toEqual({
			ok: false,
			fieldErrors: { photo: 'PHOTO.TYPE' }
		});
		// A PNG signature on a broken body: it does not decode.
		const broken = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
		expect(await postNeed(use(), her, someIp(), post(w), upload(broken))).toEqual({
			ok: false,
			fieldErrors: { photo: 'PHOTO.UNREADABLE' }
		});
		expect(
			await postNeed(use(), her, someIp(), post(w), { size: 9 * 1024 * 1024, bytes: async () => new Uint8Array(1) })
		).toEqual({ ok: false, fieldErrors: { photo: 'PHOTO.TOO_BIG' } });
		expect(await postNeed(use(), her, someIp(), post(w, { lon: 'abc', lat: '45.7' }), null)).toEqual({
			ok: false,
			fieldErrors: { place: 'NEED.PLACE_INVALID' }
		});
		expect(await postNeed(use(), her, someIp(), post(w, { lon: '2.35', lat: '48.85' }), null)).toEqual({
			ok: false,
			fieldErrors: { place: 'NEED.PLACE_FAR' }
		});
		expect(await postNeed(use(), her, someIp(), post(w, { quartierId: 'nowhere' }), null)).toEqual({
			ok: false,
			fieldErrors: { quartierId: 'CHOICE.INVALID' }
		});
		expect(await needCount(db)).toBe(before);
		expect(await db.select({ n: count() }).from(needPhoto)).toEqual([{ n: 0 }]);
	});

	it('a photo is re-encoded without its metadata, and shown only to those who may read the need', async () => {
		const db = use().db;
		const her = await resident(db);
		const jpeg = await sharp({ create: { width: 2000, height: 1500, channels: 3, background: '#5aa58f' } })
			.jpeg()
			.withExif({ IFD0: { Make: 'TestPhone', Copyright: 'secret-owner' } })
			.toBuffer();
		const result = await postNeed(use(), her, someIp(), post(w, { photoAlt: 'Le passage sombre' }), upload(jpeg));
		expect(result).toMatchObject({ ok: true, status: 'submitted' });
		if (!result.ok || !result.id) return;
		const [photo] = await db.select().from(needPhoto).where(eq(needPhoto.needId, result.id));
		expect(photo).toMatchObject({ mime: 'image/jpeg', width: 1600, height: 1200, alt: 'Le passage sombre' });
		expect(Buffer.from(photo!.image).includes('secret-owner')).toBe(false);
		expect((await sharp(photo!.image).metadata()).exif).toBeUndefined();

		// Awaiting moderation: its author sees it, a visitor does not.
		expect(await getNeedPhoto(use(), her, result.id, 'thumbnail')).toMatchObject({ public: false });
		expect(await getNeedPhoto(use(), null, result.id, 'image')).toBeNull();
		await db.update(need).set({ status: 'published', publishedAt: new Date() }).where(eq(need.id, result.id));
		expect(await getNeedPhoto(use(), null, result.id, 'image')).toMatchObject({ public: true, mime: 'image/jpeg' });
	});

	it('posting without an account is limited per address, and with one per account', async () => {
		const ip = { ip: '192.0.2.99' };
		for (let i = 0; i < 10; i++) expect((await postNeed(use(), null, ip, post(w), null)).ok).toBe(true);
		const limited = await postNeed(use(), null, ip, post(w), null);
		expect(limited).toMatchObject({ ok: false, fieldErrors: { form: 'RATE.LIMITED' } });
		expect(limited.ok === false && limited.retryAfterSeconds).toBeGreaterThan(0);
		// Another address still may.
		expect((await postNeed(use(), null, someIp(), post(w), null)).ok).toBe(true);

		const her = await resident(use().db);
		for (let i = 0; i < 10; i++) expect((await postNeed(use(), her, someIp(), post(w), null)).ok).toBe(true);
		expect(await postNeed(use(), her, someIp(), post(w), null)).toMatchObject({
			ok: false,
			fieldErrors: { form: 'RATE.LIMITED' }
		});
	});
});

forEachEngine('the list of needs', (use) => {
	let w: World;
	/** Every need seeded, as the list should order them. */
	let seeded: {
		id: string;
		status: string;
		quartierId: string;
		theme: string;
		kind: string;
		publishedAt: Date | null;
		supportCount: number;
	}[];

	beforeAll(async () => {
		w = await world(use().db);
		const statuses = ['published', 'under_study', 'answered', 'linked', 'done', 'submitted', 'refused'];
		const base = Date.UTC(2026, 9, 1);
		seeded = Array.from({ length: 63 }, (_, i) => {
			const status = statuses[i % statuses.length]!;
			const listed = (LISTED_STATUSES as readonly string[]).includes(status);
			return {
				id: `n-${String(i).padStart(3, '0')}-${randomUUID().slice(0, 4)}`,
				status,
				quartierId: i % 3 === 0 ? w.otherQuartierId : w.quartierId,
				theme: ['EDU', 'EMP', 'SAN'][i % 3 === 0 ? 0 : i % 2]!,
				kind: i % 4 === 0 ? 'idea' : 'need',
				// Groups of three share their instant: only the id tells them apart.
				publishedAt: listed ? new Date(base + Math.floor(i / 3) * 60_000) : null,
				// Many equal counts, so that the id breaks ties there too.
				supportCount: (i * 7) % 5
			};
		});
		await use()
			.db.insert(need)
			.values(
				seeded.map((n) => ({
					...n,
					communeId: w.communeId,
					title: `Besoin ${n.id}`,
					language: 'fr',
					shortCode: n.id.toUpperCase().replace(/[^A-Z0-9]/g, '')
				}))
			);
	});

	const filters = (query = ''): NeedListFilters => needListFilters(new URLSearchParams(query));

	async function walk(f: NeedListFilters, limit: number) {
		const ids: string[] = [];
		let after: string | null = null;
		for (let pages = 0; pages < 100; pages++) {
			const page = await listNeeds(use(), { communeId: w.communeId, filters: f, after, limit });
			expect(page.items.length).toBeLessThanOrEqual(limit);
			ids.push(...page.items.map((i) => i.id));
			if (!page.next) break;
			after = page.next;
		}
		return ids;
	}

	const expected = (keep: (n: (typeof seeded)[number]) => boolean, sort: 'recent' | 'supported') =>
		seeded
			.filter((n) => (LISTED_STATUSES as readonly string[]).includes(n.status) && keep(n))
			.sort((a, b) =>
				sort === 'recent'
					? b.publishedAt!.getTime() - a.publishedAt!.getTime() || (a.id < b.id ? 1 : -1)
					: b.supportCount - a.supportCount || (a.id < b.id ? 1 : -1)
			)
			.map((n) => n.id);

	it('pages follow each other without overlap nor gap, most recent first, never a need awaiting moderation or refused', async () => {
		const ids = await walk(filters(), 7);
		expect(ids).toEqual(expected(() => true, 'recent'));
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids).toHaveLength(45);
	});

	it('the most supported first, with ties broken the same way on every page', async () => {
		expect(await walk(filters('sort=supported'), 4)).toEqual(expected(() => true, 'supported'));
	});

	it('filters by quartier, theme, kind and step, alone and together', async () => {
		const q = w.quartierId;
		expect(await walk(filters(`quartier=${q}`), 5)).toEqual(expected((n) => n.quartierId === q, 'recent'));
		expect(await walk(filters(`quartier=${q}&theme=SAN&sort=supported`), 3)).toEqual(
			expected((n) => n.quartierId === q && n.theme === 'SAN', 'supported')
		);
		expect(await walk(filters('kind=idea'), 50)).toEqual(expected((n) => n.kind === 'idea', 'recent'));
		expect(await walk(filters('status=done'), 50)).toEqual(expected((n) => n.status === 'done', 'recent'));
		// Asking for refused needs lists every public one, none refused.
		const all = await walk(filters('status=refused'), 100);
		const refused = seeded.filter((n) => n.status === 'refused' || n.status === 'submitted').map((n) => n.id);
		expect(all.filter((id) => refused.includes(id))).toEqual([]);
	});

	it('a damaged cursor or one of the other order starts from the first page', async () => {
		const first = await listNeeds(use(), { communeId: w.communeId, filters: filters(), limit: 5 });
		const page = await listNeeds(use(), { communeId: w.communeId, filters: filters(), after: 'garbage', limit: 5 });
		expect(page.items.map((i) => i.id)).toEqual(first.items.map((i) => i.id));
		const supported = await listNeeds(use(), {
			communeId: w.communeId,
			filters: filters('sort=supported'),
			after: first.next,
			limit: 5
		});
		expect(supported.items[0]!.id).toBe(expected(() => true, 'supported')[0]);
	});

	it('each item carries its counters, quartier and language', async () => {
		const [item] = (await listNeeds(use(), { communeId: w.communeId, filters: filters('sort=supported'), limit: 1 }))
			.items;
		const source = seeded.find((n) => n.id === item!.id)!;
		expect(item).toMatchObject({
			supportCount: source.supportCount,
			commentCount: 0,
			lang: 'fr',
			quartierName: source.quartierId === w.quartierId ? 'Saint-Jean' : 'Les Buers',
			hasPhoto: false
		});
	});

	it("a quartier's page shows its five most supported public needs", async () => {
		const top = await listQuartierNeeds(use(), w.otherQuartierId);
		expect(top.items.map((i) => i.id)).toEqual(
			expected((n) => n.quartierId === w.otherQuartierId, 'supported').slice(0, 5)
		);
	});
});

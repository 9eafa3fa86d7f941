import { expect, it } from 'vitest';
import { forEachEngine } from './engines.js';
import {
	commune,
	facility,
	initiative,
	initiativeQuartier,
	initiativeRoom,
	organisation,
	organisationQuartier,
	practice,
	practiceTranslation,
	quartier,
	room
} from '#lib/server/db/schema.js';
import { searchCatalogue, type SearchHit } from '#lib/server/use-cases/search-catalogue.js';
import { getHomeMap } from '#lib/server/use-cases/get-home-map.js';
import { parseSearchFilters } from '#lib/domain/search-filters.js';
import { pageRequest } from '#lib/domain/pagination.js';
import { MARK_START } from '#lib/domain/highlight.js';
import type { Locale } from '#lib/domain/locale.js';
import type { AppContext } from '#lib/server/context.js';

const square = (lon: number, lat: number) => ({
	type: 'Polygon',
	coordinates: [
		[
			[lon, lat],
			[lon + 0.01, lat],
			[lon + 0.01, lat + 0.01],
			[lon, lat + 0.01],
			[lon, lat]
		]
	]
});

/** A small territory of its own: the demo is not loaded in these tests. */
async function seed(ctx: AppContext) {
	await ctx.db.insert(commune).values({ id: 'c1', inseeCode: '99001', name: 'Testville', holidayZone: 'A' });
	await ctx.db.insert(quartier).values([
		{
			id: 'qa',
			communeId: 'c1',
			name: 'Les Tilleuls',
			qpvCode: 'QN99001M',
			outline: square(4.8, 45.7),
			centroidLon: 4.805,
			centroidLat: 45.705
		},
		{
			id: 'qb',
			communeId: 'c1',
			name: 'Le Plateau',
			qpvCode: 'QN99002M',
			outline: square(4.9, 45.7),
			centroidLon: 4.905,
			centroidLat: 45.705
		}
	]);
	await ctx.db.insert(organisation).values([
		{
			id: 'o1',
			name: 'Association Petits Pas',
			type: 'association',
			description: 'Crèche associative et ateliers parents.',
			communeId: 'c1'
		},
		{
			id: 'o2',
			name: 'Régie de quartier du Plateau',
			type: 'ess_enterprise',
			description: 'Entretien et petits travaux.',
			communeId: 'c1'
		}
	]);
	await ctx.db.insert(organisationQuartier).values([
		{ organisationId: 'o1', quartierId: 'qa' },
		{ organisationId: 'o2', quartierId: 'qb' }
	]);
	await ctx.db.insert(facility).values([
		{
			id: 'f1',
			name: 'Maison des Tilleuls',
			communeId: 'c1',
			quartierId: 'qa',
			address: '3 rue des Tilleuls',
			lat: 45.705,
			lon: 4.805
		},
		{
			id: 'f2',
			name: 'Centre social du Plateau',
			communeId: 'c1',
			quartierId: 'qb',
			address: '1 place du Plateau',
			lat: 45.706,
			lon: 4.906
		}
	]);
	await ctx.db.insert(room).values([
		{
			id: 'r1',
			facilityId: 'f1',
			name: 'Salle petite enfance',
			areaM2: 40,
			capacity: 15,
			kitchenLevel: 'reheating',
			childToilets: true,
			stepFree: true,
			description: 'Tapis, coin change.'
		},
		{ id: 'r2', facilityId: 'f1', name: 'Atelier', areaM2: 25, capacity: 10, kitchenLevel: 'none', stepFree: false },
		{
			id: 'r3',
			facilityId: 'f2',
			name: 'Grande salle',
			areaM2: 120,
			capacity: 80,
			kitchenLevel: 'full',
			stepFree: true,
			vanAccess: true,
			outdoorM2: 200
		}
	]);
	const common = { minAreaM2: 20 } as const;
	await ctx.db.insert(practice).values([
		{
			id: 'p1',
			slug: 'creche-itinerante',
			status: 'published',
			title: 'Crèche itinérante',
			summary:
				'Un camion équipé et une salle prêtée accueillent les tout-petits pendant que leurs parents suivent une formation.',
			themes: ['JEU', 'INS'],
			publics: ['children_0_3', 'women'],
			...common
		},
		{
			id: 'p2',
			slug: 'atelier-couture',
			status: 'published',
			title: 'Atelier couture',
			summary: 'Un atelier de couture hebdomadaire, entre voisines, avec des machines partagées.',
			themes: ['CUL', 'COH'],
			publics: ['women'],
			...common
		},
		{
			id: 'p3',
			slug: 'creche-en-projet',
			status: 'proposed',
			title: 'Crèche parentale en projet',
			summary: 'Pas encore relue : ne doit pas apparaître.',
			themes: ['JEU'],
			publics: ['children_0_3'],
			...common
		},
		{
			id: 'p4',
			slug: 'aide-aux-devoirs',
			status: 'published',
			title: 'Aide aux devoirs',
			summary: 'Des bénévoles accompagnent les enfants après la classe <b>sans</b> HTML.',
			themes: ['EDU'],
			publics: ['children_3_11'],
			...common
		}
	]);
	await ctx.db.insert(practiceTranslation).values([
		{
			practiceId: 'p1',
			locale: 'en',
			title: 'Mobile nursery',
			summary: 'An equipped van and a lent room welcome toddlers.'
		},
		{
			practiceId: 'p1',
			locale: 'ar',
			title: 'حضانة متنقلة',
			summary: 'شاحنة مجهزة وقاعة معارة تستقبل الأطفال الصغار.'
		},
		{ practiceId: 'p3', locale: 'en', title: 'Parent nursery project', summary: 'Not reviewed yet.' }
	]);
	await ctx.db.insert(initiative).values([
		{
			id: 'i1',
			practiceId: 'p1',
			organisationId: 'o1',
			title: 'Crèche itinérante des Tilleuls',
			summary: 'Deux jours par semaine à la Maison des Tilleuls.',
			status: 'running'
		},
		{
			id: 'i2',
			practiceId: 'p2',
			organisationId: 'o2',
			title: 'Couture au Plateau',
			summary: 'Le jeudi soir.',
			status: 'preparing'
		}
	]);
	await ctx.db.insert(initiativeRoom).values({ initiativeId: 'i1', roomId: 'r1' });
	await ctx.db.insert(initiativeQuartier).values([
		{ initiativeId: 'i1', quartierId: 'qa' },
		{ initiativeId: 'i2', quartierId: 'qb' }
	]);
}

const text = (hit: SearchHit) => hit.title.map((p) => p.text).join('');

forEachEngine('search and map', (use) => {
	const search = (query: string, locale: Locale = 'fr', size = 20) => {
		const { filters } = parseSearchFilters(new URLSearchParams(query));
		return searchCatalogue(use(), filters, pageRequest(new URLSearchParams(query).get('page'), size), locale);
	};

	it('ignores accents: "creche" finds the Crèche, and only published practices', async () => {
		await seed(use());
		const result = await search('q=creche&kind=practices');
		expect(result.hits.map(text)).toEqual(['Crèche itinérante']);
		// The proposed practice, though it says "Crèche" in its title, is not public.
		expect(result.hits.some((h) => h.id === 'p3')).toBe(false);
		// The match is marked for the page to highlight, with the accent as written.
		expect(result.hits[0]!.title).toContainEqual({ text: 'Crèche', match: true });
	});

	it('stems French words: "ateliers" finds "Atelier couture" and the room called Atelier', async () => {
		const result = await search('q=ateliers');
		expect(result.hits.map((h) => `${h.kind}:${text(h)}`)).toEqual(
			expect.arrayContaining(['practices:Atelier couture', 'rooms:Atelier'])
		);
		const atelier = await search('q=atelier&kind=practices');
		expect(atelier.hits.map(text)).toEqual(['Atelier couture']);
	});

	it('finds a practice by its English or Arabic title, and shows it in the visitor’s language', async () => {
		const english = await search('q=nursery', 'en');
		expect(english.hits.map((h) => h.id)).toEqual(['p1']);
		expect(english.hits[0]).toMatchObject({ lang: 'en' });
		expect(text(english.hits[0]!)).toBe('Mobile nursery');
		const arabic = await search(`q=${encodeURIComponent('حضانة')}`, 'ar');
		expect(arabic.hits.map((h) => h.id)).toEqual(['p1']);
		expect(arabic.hits[0]!.lang).toBe('ar');
		// A French visitor typing English finds it too, shown in French.
		const fromFrench = await search('q=nursery', 'fr');
		expect(fromFrench.hits.map(text)).toEqual(['Crèche itinérante']);
		expect(fromFrench.hits[0]!.lang).toBe('fr');
	});

	it('combines filters: theme and public narrow practices; equipment narrows rooms', async () => {
		expect((await search('kind=practices&theme=JEU')).hits.map((h) => h.id)).toEqual(['p1']);
		expect((await search('kind=practices&public=women')).hits.map((h) => h.id).sort()).toEqual(['p1', 'p2']);
		expect((await search('kind=practices&public=women&theme=CUL')).hits.map((h) => h.id)).toEqual(['p2']);
		expect((await search('kind=rooms&stepFree=on')).hits.map((h) => h.id).sort()).toEqual(['r1', 'r3']);
		expect((await search('kind=rooms&stepFree=on&childToilets=on')).hits.map((h) => h.id)).toEqual(['r1']);
		expect((await search('kind=rooms&kitchen=reheating')).hits.map((h) => h.id).sort()).toEqual(['r1', 'r3']);
		expect((await search('kind=rooms&kitchen=full&minArea=100&vanAccess=on&outdoor=on')).hits.map((h) => h.id)).toEqual(
			['r3']
		);
		expect((await search('kind=rooms&minArea=200')).hits).toEqual([]);
		// Words and filters together.
		expect((await search('q=salle&kind=rooms&quartier=qb')).hits.map((h) => h.id)).toEqual(['r3']);
	});

	it('filters every kind by quartier, through facilities, organisations and initiatives', async () => {
		const result = await search('quartier=qa');
		const found = result.hits.map((h) => `${h.kind}:${h.id}`).sort();
		expect(found).toEqual(['initiatives:i1', 'organisations:o1', 'practices:p1', 'rooms:r1', 'rooms:r2']);
	});

	it('with "all", a theme leaves rooms out; a theme with room equipment is set aside and said so', async () => {
		const themed = await search('theme=JEU');
		expect(new Set(themed.hits.map((h) => h.kind))).toEqual(new Set(['practices', 'initiatives', 'organisations']));
		const mixed = await search('theme=JEU&stepFree=on');
		expect(mixed.ignored).toEqual(['theme']);
		expect(mixed.hits.every((h) => h.kind === 'rooms')).toBe(true);
	});

	it('an unknown quartier finds nothing and is reported; bad values never fail', async () => {
		const unknown = await search('quartier=nope');
		expect(unknown.unknownQuartier).toBe(true);
		expect(unknown.hits).toEqual([]);
		const odd = await search(`q=${encodeURIComponent('"crèche -( or ))) & | !')}&kind=zzz&minArea=-4&page=abc`);
		expect(odd.info.page).toBe(1);
		// Only stop words: nothing to look for, no error.
		const stopwords = await search('q=le%20la%20des');
		expect(stopwords.hits).toEqual([]);
	});

	it('ranks title matches first and pages through everything with a count', async () => {
		const all = await search('', 'fr', 4);
		// 3 published practices, 3 rooms, 2 organisations, 2 initiatives.
		expect(all.info).toMatchObject({ total: 10, pages: 3, page: 1 });
		expect(all.hits).toHaveLength(4);
		const second = await search('page=2', 'fr', 4);
		const third = await search('page=3', 'fr', 4);
		const ids = [...all.hits, ...second.hits, ...third.hits].map((h) => `${h.kind}:${h.id}`);
		expect(new Set(ids).size).toBe(10);
		// Past the end: the last page, not an empty one.
		expect((await search('page=99', 'fr', 4)).info.page).toBe(3);

		const ranked = await search('q=creche');
		expect(ranked.hits[0]!.title.some((p) => p.match)).toBe(true);
	});

	it('snippets are plain text with marked matches, and markers typed by people are dropped', async () => {
		await use()
			.db.insert(organisation)
			.values({
				id: 'o3',
				name: `Marqueurs ${MARK_START}piégés`,
				type: 'association',
				description: `Un texte ${MARK_START}avec des marqueurs.`
			});
		const result = await search('q=marqueurs');
		const hit = result.hits[0]!;
		expect(hit.title).toEqual([
			{ text: 'Marqueurs', match: true },
			{ text: ' piégés', match: false }
		]);
		expect(hit.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['marqueurs']);
		expect(hit.snippet.some((p) => p.text.includes(MARK_START))).toBe(false);
		// Without words the snippet is the text's beginning, as written (the page escapes it).
		const browse = await search('kind=practices');
		const devoirs = browse.hits.find((h) => h.id === 'p4')!;
		expect(devoirs.snippet.map((p) => p.text).join('')).toContain('<b>sans</b>');
	});

	it('places the rooms and initiatives found on the map, at their facilities or quartiers', async () => {
		const result = await search('q=creche');
		const initiativeHit = result.hits.find((h) => h.kind === 'initiatives');
		expect(initiativeHit?.id).toBe('i1');
		// The initiative runs in room r1, so it stands at the Maison des Tilleuls.
		expect(result.map.places).toEqual([
			expect.objectContaining({ id: 'facility:f1', items: [expect.objectContaining({ kind: 'initiative', id: 'i1' })] })
		]);
		expect(result.map.outlines.map((o) => o.href)).toEqual(['/quartiers/QN99001M']);

		const rooms = await search('kind=rooms');
		// Two rooms of one facility share its marker.
		expect(rooms.map.places.map((p) => [p.id, p.items.length])).toEqual(
			expect.arrayContaining([
				['facility:f1', 2],
				['facility:f2', 1]
			])
		);
		// An initiative without a room stands at its quartier's centre.
		const couture = await search('q=couture&kind=initiatives');
		expect(couture.map.places.map((p) => p.id)).toEqual(['quartier:qb']);
	});

	it('the home map has every room and initiative of the commune and all its quartier outlines', async () => {
		const layers = await getHomeMap(use(), '99001');
		const items = layers.places.flatMap((p) => p.items.map((i) => `${i.kind}:${i.id}`)).sort();
		expect(items).toEqual(['initiative:i1', 'initiative:i2', 'room:r1', 'room:r2', 'room:r3']);
		expect(layers.outlines.map((o) => o.name).sort()).toEqual(['Le Plateau', 'Les Tilleuls']);
	});
});

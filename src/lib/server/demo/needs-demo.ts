/**
 * Demo needs and ideas: what residents of the three demo QPV said, in the language they wrote
 * it in, at every step of the lifecycle — so that the list, a need's history, the moderation
 * queue and an official answer can all be seen on a fresh start. Invented, like every demo
 * account; the themes are codes of the social-innovation taxonomy.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import {
	communeVoiceSettings,
	initiative,
	need,
	needEvent,
	needFollow,
	needSupport,
	organisation,
	quartier,
	user
} from '../db/schema.js';
import { shortCodeFrom } from '#lib/domain/short-code.js';

type Status = 'submitted' | 'published' | 'under_study' | 'answered' | 'linked' | 'done' | 'refused';

interface DemoNeed {
	kind: 'need' | 'idea';
	quartier: string;
	theme: string;
	title: string;
	body: string;
	language: 'fr' | 'en' | 'ar';
	/** A demo account's e-mail, or null for a post made without an account. */
	author: string | null;
	authorName?: string;
	status: Status;
	daysAgo: number;
	/** Demo accounts (by e-mail prefix) supporting it. */
	supporters: string[];
	/** The official answer, for answered / linked / done. */
	answer?: string;
	/** The demo initiative (by title) answering it, for linked / done. */
	initiative?: string;
	refusal?: string;
	lon?: number;
	lat?: number;
}

const RESIDENT = 'habitante@demo.quartiers-vivants.fr';
const MEMBER = 'membre@demo.quartiers-vivants.fr';

const DEMO_NEEDS: DemoNeed[] = [
	{
		kind: 'need',
		quartier: 'QN06920M',
		theme: 'EDU',
		title: 'Une garde pour les petits pendant les cours de français',
		body: 'Les cours de français du centre social sont le mardi matin. Avec un enfant de deux ans, je ne peux pas y aller : il n’y a pas de place en crèche.',
		language: 'fr',
		author: RESIDENT,
		status: 'linked',
		daysAgo: 60,
		supporters: ['membre', 'structure', 'traiteur', 'gestionnaire'],
		answer:
			'La crèche itinérante Petits Pas viendra à Saint-Jean le lundi et le mardi à partir de la rentrée, pendant les cours.',
		initiative: 'Crèche itinérante Petits Pas',
		lon: 4.9072,
		lat: 45.7836
	},
	{
		kind: 'idea',
		quartier: 'QN06921M',
		theme: 'EMP',
		title: 'Un restaurant tenu par des femmes du quartier',
		body: 'Beaucoup d’entre nous cuisinent très bien. Un restaurant ou un traiteur solidaire donnerait un premier emploi et un lieu pour se retrouver.',
		language: 'fr',
		author: MEMBER,
		status: 'answered',
		daysAgo: 45,
		supporters: ['habitante', 'structure', 'traiteur'],
		answer:
			'La cuisine partagée de la maison de quartier peut accueillir un traiteur d’insertion en période scolaire. Une réunion est prévue avec Traiteur La Table des Buers.'
	},
	{
		kind: 'need',
		quartier: 'QN06920M',
		theme: 'COH',
		title: 'مكان للنساء للالتقاء والحديث',
		body: 'نحتاج إلى مكان هادئ في الحي تلتقي فيه النساء مرة في الأسبوع، مع شاي وورشة خياطة.',
		language: 'ar',
		author: RESIDENT,
		status: 'under_study',
		daysAgo: 30,
		supporters: ['membre', 'traiteur']
	},
	{
		kind: 'need',
		quartier: 'QN06922M',
		theme: 'SAN',
		title: 'A changing table in the library toilets',
		body: 'Parents with babies cannot stay long at the library: there is nowhere to change a nappy.',
		language: 'en',
		author: MEMBER,
		status: 'published',
		daysAgo: 20,
		supporters: ['habitante']
	},
	{
		kind: 'idea',
		quartier: 'QN06921M',
		theme: 'JEU',
		title: 'Des ateliers vélo le mercredi après-midi',
		body: 'Réparer les vélos des enfants et apprendre à rouler en ville, le mercredi quand il n’y a pas école.',
		language: 'fr',
		author: RESIDENT,
		status: 'published',
		daysAgo: 12,
		supporters: []
	},
	{
		kind: 'need',
		quartier: 'QN06922M',
		theme: 'HAB',
		title: 'Éclairer le passage entre la rue du Tonkin et l’école',
		body: 'Le soir en hiver, le passage est noir. Les mères qui reviennent avec les enfants font un grand détour.',
		language: 'fr',
		author: MEMBER,
		status: 'done',
		daysAgo: 90,
		supporters: ['habitante', 'structure', 'traiteur', 'gestionnaire', 'programmiste'],
		answer: 'Quatre lampadaires ont été posés par la Ville en octobre.'
	},
	{
		kind: 'idea',
		quartier: 'QN06920M',
		theme: 'CUL',
		title: 'Une fête des cuisines du monde au printemps',
		body: 'Chaque famille apporte un plat de chez elle. On pourrait la faire dans la grande salle.',
		language: 'fr',
		author: null,
		authorName: 'Malika',
		status: 'submitted',
		daysAgo: 1,
		supporters: []
	},
	{
		kind: 'need',
		quartier: 'QN06921M',
		theme: 'NUM',
		title: 'Vendez vos followers ici !!!',
		body: 'Publicité sans rapport avec le quartier.',
		language: 'fr',
		author: null,
		status: 'refused',
		daysAgo: 3,
		supporters: [],
		refusal: 'Publicité sans rapport avec la vie du quartier.'
	}
];

/** The steps a need went through to reach its status, for its visible history. */
function historyOf(status: Status): Status[] {
	const path: Status[] = ['submitted', 'published', 'under_study', 'answered', 'linked', 'done'];
	if (status === 'refused') return ['submitted', 'refused'];
	const end = path.indexOf(status);
	// A need answered then done without an initiative skips "linked".
	return path.slice(0, end + 1).filter((s, i, all) => !(s === 'linked' && all.at(-1) === 'done'));
}

export async function seedDemoNeeds(tx: Database, communeId: string): Promise<void> {
	// The demo commune lets people post without an account, moderated before publication.
	await tx.insert(communeVoiceSettings).values({ communeId, anonymousPostingAllowed: true });

	const quartiers = await tx.select({ id: quartier.id, code: quartier.qpvCode }).from(quartier);
	const quartierIds = new Map(quartiers.map((q) => [q.code, q.id]));
	const people = await tx.select({ id: user.id, email: user.email }).from(user);
	const userIds = new Map(people.map((p) => [p.email, p.id]));
	const byPrefix = (prefix: string) => userIds.get(`${prefix}@demo.quartiers-vivants.fr`);
	const staff = byPrefix('moderation');
	const [city] = await tx.select({ id: organisation.id }).from(organisation).where(eq(organisation.type, 'commune'));
	const initiatives = await tx
		.select({ id: initiative.id, title: initiative.title })
		.from(initiative)
		.where(
			inArray(
				initiative.title,
				DEMO_NEEDS.flatMap((n) => (n.initiative ? [n.initiative] : []))
			)
		);

	for (const n of DEMO_NEEDS) {
		const quartierId = quartierIds.get(n.quartier);
		if (!quartierId) continue;
		const id = randomUUID();
		const created = new Date(Date.now() - n.daysAgo * 86_400_000);
		const steps = historyOf(n.status);
		const published = steps.includes('published') ? new Date(created.getTime() + 3_600_000) : null;
		const initiativeId = initiatives.find((i) => i.title === n.initiative)?.id ?? null;
		const supporters = n.supporters.flatMap((p) => byPrefix(p) ?? []);
		const authorId = n.author ? (userIds.get(n.author) ?? null) : null;
		const followers = [...new Set([...(authorId ? [authorId] : []), ...supporters.slice(0, 2)])];
		await tx.insert(need).values({
			id,
			kind: n.kind,
			quartierId,
			communeId,
			theme: n.theme,
			title: n.title,
			body: n.body,
			language: n.language,
			authorId,
			authorName: n.authorName ?? null,
			lon: n.lon ?? null,
			lat: n.lat ?? null,
			status: n.status,
			refusalReason: n.refusal ?? null,
			initiativeId: n.status === 'linked' || n.status === 'done' ? initiativeId : null,
			shortCode: shortCodeFrom(randomBytes(7)),
			supportCount: supporters.length,
			followerCount: authorId ? followers.length : 0,
			createdAt: created,
			publishedAt: published,
			updatedAt: created
		});
		for (const userId of supporters) await tx.insert(needSupport).values({ needId: id, userId });
		if (authorId) for (const userId of followers) await tx.insert(needFollow).values({ needId: id, userId });
		for (const [i, status] of steps.entries()) {
			const official = status === 'answered' || status === 'done';
			await tx.insert(needEvent).values({
				id: randomUUID(),
				needId: id,
				status,
				actorId: status === 'submitted' ? authorId : (staff ?? null),
				organisationId: official ? (city?.id ?? null) : null,
				initiativeId: status === 'linked' ? initiativeId : null,
				text: status === 'refused' ? (n.refusal ?? null) : official ? (n.answer ?? null) : null,
				language: official || status === 'refused' ? 'fr' : null,
				createdAt: new Date(created.getTime() + i * 5 * 86_400_000 * Math.min(1, n.daysAgo / 30))
			});
		}
	}
}

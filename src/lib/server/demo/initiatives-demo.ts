/**
 * Demo initiatives: what the demo's (fictional) organisations run or prepare in the three QPV,
 * each built on a practice of the reference catalogue. Seeded with the demo, after the catalogue;
 * an initiative whose practice is missing (a database seeded without the catalogue) is skipped.
 */
import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import {
	initiative,
	initiativeQuartier,
	initiativeRoom,
	initiativeTranslation,
	organisation,
	practice,
	quartier,
	room
} from '../db/schema.js';

interface DemoInitiative {
	organisation: string;
	practice: string;
	quartiers: string[];
	/** Name of a demo room, when the initiative has one. */
	room?: string;
	title: string;
	summary: string;
	status: 'idea' | 'preparing' | 'running' | 'paused' | 'ended';
	schedule: string;
	howToJoin: string;
	contactEmail?: string;
	translations: { locale: 'en' | 'ar'; title: string; summary: string; schedule?: string; howToJoin?: string }[];
}

const DEMO_INITIATIVES: DemoInitiative[] = [
	{
		organisation: 'SCOP Petits Pas Itinérants',
		practice: 'creche-itinerante',
		quartiers: ['QN06920M', 'QN06921M'],
		room: 'Salle petite enfance',
		title: 'Crèche itinérante Petits Pas',
		summary:
			'Un camion aménagé et une salle prêtée : quinze places deux jours par semaine dans chaque quartier, pour que les parents puissent suivre un cours de français ou chercher un emploi.',
		status: 'preparing',
		schedule: 'À partir de la rentrée : lundi et mardi à Saint-Jean, jeudi et vendredi aux Buers, de 8 h à 19 h.',
		howToJoin: 'Les familles sont orientées par la PMI, la CAF et les centres sociaux. Vous pouvez aussi nous écrire.',
		contactEmail: 'creche@petits-pas.example',
		translations: [
			{
				locale: 'en',
				title: 'Petits Pas itinerant crèche',
				summary: 'A fitted-out van and a borrowed room: fifteen places two days a week in each quartier.',
				schedule: 'From September: Monday and Tuesday in Saint-Jean, Thursday and Friday in Les Buers, 8 am to 7 pm.'
			},
			{
				locale: 'ar',
				title: 'الحضانة المتنقلة «بوتي با»',
				summary: 'شاحنة مجهزة وقاعة معارة: خمسة عشر مكانًا يومين في الأسبوع في كل حي.',
				schedule: 'ابتداءً من الدخول المدرسي: الاثنين والثلاثاء في سان جان، والخميس والجمعة في لي بوير، من 8 إلى 19.'
			}
		]
	},
	{
		organisation: 'Femmes en Mouvement Saint-Jean',
		practice: 'ateliers-sociolinguistiques',
		quartiers: ['QN06920M', 'QN06922M'],
		room: 'Salle de réunion',
		title: 'Ateliers de français du mardi et du jeudi',
		summary: 'Parler, lire et écrire le français de tous les jours : à la pharmacie, à l’école, à la CAF.',
		status: 'running',
		schedule: 'Mardi et jeudi de 9 h à 11 h, pendant les heures d’école, hors vacances scolaires.',
		howToJoin: 'Venez le premier mardi du mois à 9 h pour une rencontre : gratuit, sans condition de niveau.',
		contactEmail: 'ateliers@femmes-en-mouvement.example',
		translations: [
			{
				locale: 'ar',
				title: 'ورشات اللغة الفرنسية يومي الثلاثاء والخميس',
				summary:
					'التحدث والقراءة والكتابة بالفرنسية في الحياة اليومية: في الصيدلية وفي المدرسة وفي صندوق الإعانات العائلية.',
				schedule: 'الثلاثاء والخميس من 9 إلى 11، خلال ساعات المدرسة، خارج العطل المدرسية.',
				howToJoin: 'تعالي يوم الثلاثاء الأول من الشهر على الساعة 9 للقاء تعارف: مجاني، ولا يشترط أي مستوى.'
			}
		]
	},
	{
		organisation: 'Traiteur La Table des Buers',
		practice: 'cuisine-partagee',
		quartiers: ['QN06921M'],
		title: 'Cuisine partagée des Buers',
		summary: 'Cuisiner ensemble les recettes des unes et des autres, et préparer les repas des fêtes du quartier.',
		status: 'idea',
		schedule: '',
		howToJoin: 'Le projet cherche une cuisine complète à partager : dites-nous si vous voulez y participer.',
		translations: []
	}
];

/** Adds the demo initiatives; call inside the demo's transaction, after organisations and rooms. */
export async function seedDemoInitiatives(tx: Database): Promise<number> {
	const slugs = [...new Set(DEMO_INITIATIVES.map((d) => d.practice))];
	const practices = new Map(
		(await tx.select({ id: practice.id, slug: practice.slug }).from(practice).where(inArray(practice.slug, slugs))).map(
			(p) => [p.slug, p.id]
		)
	);
	const orgs = new Map(
		(await tx.select({ id: organisation.id, name: organisation.name }).from(organisation)).map((o) => [o.name, o.id])
	);
	const quartiers = new Map(
		(await tx.select({ id: quartier.id, code: quartier.qpvCode }).from(quartier)).map((q) => [q.code ?? '', q.id])
	);
	let added = 0;
	for (const d of DEMO_INITIATIVES) {
		const practiceId = practices.get(d.practice);
		const organisationId = orgs.get(d.organisation);
		if (!practiceId || !organisationId) continue;
		const id = randomUUID();
		const { translations, quartiers: codes, room: roomName, practice: _slug, organisation: _org, ...fields } = d;
		await tx.insert(initiative).values({ id, practiceId, organisationId, ...fields });
		await tx
			.insert(initiativeQuartier)
			.values(codes.map((code) => ({ initiativeId: id, quartierId: quartiers.get(code)! })));
		if (roomName) {
			const [r] = await tx.select({ id: room.id }).from(room).where(eq(room.name, roomName));
			if (r) await tx.insert(initiativeRoom).values({ initiativeId: id, roomId: r.id });
		}
		if (translations.length > 0)
			await tx
				.insert(initiativeTranslation)
				.values(translations.map((t) => ({ initiativeId: id, schedule: '', howToJoin: '', ...t })));
		added += 1;
	}
	return added;
}

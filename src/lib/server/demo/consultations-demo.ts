/**
 * Demo consultations: one closed, whose results (by gender too) can be read on a fresh start,
 * and one open, that residents can answer. The closed one has about forty invented responses,
 * three quarters with a demographic block, drawn from a fixed seed so that every fresh start
 * shows the same figures — among them a gender breakdown with groups smaller than five, so that
 * the results page shows disclosure control at work.
 */
import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import {
	consultation,
	consultationQuartier,
	consultationQuestion,
	consultationResponse,
	quartier,
	responseDemographics,
	user
} from '../db/schema.js';
import {
	AGE_BANDS,
	EMPLOYMENT_SITUATIONS,
	type DemographicBlock,
	type Gender
} from '#lib/domain/demographic-choices.js';

/** Fixed, so that documentation and tests can link to them. */
export const DEMO_CONSULTATIONS = {
	closed: { id: '0c0a5e17-0000-4000-8000-000000000001', shortCode: 'CRECHE2' },
	open: { id: '0c0a5e17-0000-4000-8000-000000000002', shortCode: 'JARDN24' }
} as const;

const DAY = 86_400_000;

/** A small seeded generator (mulberry32): the same "random" answers at every start. */
function seeded(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

const TEXTS = [
	'Le mercredi, les enfants sont à la maison : ce serait bien aussi ce jour-là.',
	'Il faudrait que la crèche soit là pendant les cours de français du centre social.',
	'Je travaille tôt au marché, le matin avant 8 h serait idéal.',
	'Merci pour cette idée, il n’y a aucune place en crèche à Saint-Jean.',
	'Un endroit au rez-de-chaussée, pour les poussettes.',
	'نحتاج إلى حضانة قريبة من المدرسة.',
	'Pouvoir laisser mon fils deux heures pour chercher du travail.',
	'Les horaires de l’après-midi m’arrangent, après la sieste.'
];

export async function seedDemoConsultations(tx: Database): Promise<void> {
	const quartiers = await tx
		.select({ id: quartier.id, code: quartier.qpvCode })
		.from(quartier)
		.where(inArray(quartier.qpvCode, ['QN06920M', 'QN06921M']));
	const [staff] = await tx
		.select({ id: user.id })
		.from(user)
		.where(inArray(user.email, ['moderation@demo.quartiers-vivants.fr']));
	const now = Date.now();

	// ── Closed: the itinerant crèche's hours ───────────────────────────────────────────────
	const closedId = DEMO_CONSULTATIONS.closed.id;
	const opensAt = new Date(now - 45 * DAY);
	await tx.insert(consultation).values({
		id: closedId,
		title: 'Quels horaires pour la crèche itinérante ?',
		description:
			'La crèche itinérante Petits Pas vient à Saint-Jean et aux Buers. Dites-nous quand elle vous serait le plus utile : les horaires seront choisis avec vos réponses.',
		language: 'fr',
		opensAt,
		closesAt: new Date(now - 10 * DAY),
		answerMode: 'anonymous',
		asksDemographics: true,
		status: 'published',
		shortCode: DEMO_CONSULTATIONS.closed.shortCode,
		createdBy: staff?.id ?? null,
		createdAt: opensAt,
		updatedAt: opensAt
	});
	for (const q of quartiers)
		await tx.insert(consultationQuartier).values({ consultationId: closedId, quartierId: q.id });
	const ids = [randomUUID(), randomUUID(), randomUUID(), randomUUID()] as const;
	await tx.insert(consultationQuestion).values([
		{
			id: ids[0],
			consultationId: closedId,
			position: 1,
			kind: 'single',
			prompt: 'Quel moment de la journée vous conviendrait le mieux ?',
			required: true,
			options: ['Le matin (8 h 30 – 12 h)', 'Le midi (11 h 30 – 14 h)', 'L’après-midi (14 h – 17 h 30)']
		},
		{
			id: ids[1],
			consultationId: closedId,
			position: 2,
			kind: 'multiple',
			prompt: 'Quels jours pourriez-vous venir ?',
			options: ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi']
		},
		{
			id: ids[2],
			consultationId: closedId,
			position: 3,
			kind: 'scale',
			prompt: 'Une garde de quelques heures près de chez vous, est-ce important pour vous ?',
			scaleMin: 1,
			scaleMax: 5,
			scaleMinLabel: 'Pas du tout',
			scaleMaxLabel: 'Essentiel'
		},
		{
			id: ids[3],
			consultationId: closedId,
			position: 4,
			kind: 'text',
			prompt: 'Autre chose à nous dire ?'
		}
	]);

	const random = seeded(20_260_914);
	const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
	// 22 women, 6 men, 2 "other" gave a block; 10 gave none. The men's and the two "other"
	// answers to the first question are fixed, so that its gender breakdown has small groups.
	const genders: (Gender | null)[] = [
		...Array<Gender>(22).fill('woman'),
		...Array<Gender>(6).fill('man'),
		'other',
		'other'
	];
	const fixedFirstAnswer: Record<number, number> = { 22: 0, 23: 0, 24: 0, 25: 2, 26: 2, 27: 1, 28: 0, 29: 2 };
	for (let i = 0; i < 40; i += 1) {
		const responseId = randomUUID();
		const hasBlock = i < genders.length;
		const days = [...new Set([pick([0, 1, 1, 2, 3]), pick([1, 2, 4, 5])])];
		const answers: Record<string, unknown> = {
			[ids[0]]: fixedFirstAnswer[i] ?? pick([0, 0, 0, 1, 2, 2]),
			[ids[1]]: days.sort((a, b) => a - b),
			[ids[2]]: pick([3, 4, 4, 5, 5, 5])
		};
		if (i % 3 === 0) answers[ids[3]] = TEXTS[(i / 3) % TEXTS.length];
		const counter = i % 8 === 3;
		await tx.insert(consultationResponse).values({
			id: responseId,
			consultationId: closedId,
			userId: null,
			channel: counter ? 'counter' : 'online',
			recordedBy: counter ? (staff?.id ?? null) : null,
			answeredOn: new Date(opensAt.getTime() + (i % 30) * DAY).toISOString().slice(0, 10),
			answers
		});
		if (!hasBlock) continue;
		const gender = genders[i]!;
		const block: DemographicBlock = {
			gender,
			// Some leave an answer empty ("prefer not to say").
			ageBand: i % 7 === 6 ? null : pick(gender === 'woman' ? ['25-34', '25-34', '35-49', '15-24'] : AGE_BANDS),
			singleParent: i % 5 === 4 ? null : gender === 'woman' && random() < 0.35,
			employment: i % 6 === 5 ? null : pick(EMPLOYMENT_SITUATIONS),
			childrenUnder3: random() < 0.6,
			childrenUnder12: random() < 0.8
		};
		await tx.insert(responseDemographics).values({ responseId, ...block });
	}
	await tx
		.update(consultation)
		.set({ responseCount: 40 })
		.where(inArray(consultation.id, [closedId]));

	// ── Open: the shared garden of Les Buers, for residents to answer ─────────────────────────
	const openId = DEMO_CONSULTATIONS.open.id;
	const opened = new Date(now - 3 * DAY);
	await tx.insert(consultation).values({
		id: openId,
		title: 'Que voulez-vous dans le futur jardin partagé des Buers ?',
		description: 'Un jardin partagé va être aménagé près de la Maison du quartier. Aidez-nous à le dessiner.',
		language: 'fr',
		opensAt: opened,
		closesAt: new Date(now + 30 * DAY),
		answerMode: 'anonymous',
		asksDemographics: true,
		status: 'published',
		shortCode: DEMO_CONSULTATIONS.open.shortCode,
		createdBy: staff?.id ?? null,
		createdAt: opened,
		updatedAt: opened
	});
	const buers = quartiers.find((q) => q.code === 'QN06921M');
	if (buers) await tx.insert(consultationQuartier).values({ consultationId: openId, quartierId: buers.id });
	await tx.insert(consultationQuestion).values([
		{
			id: randomUUID(),
			consultationId: openId,
			position: 1,
			kind: 'multiple',
			prompt: 'Que voudriez-vous y trouver ?',
			options: ['Des bacs à légumes', 'Un coin pour les enfants', 'Des bancs à l’ombre', 'Un composteur']
		},
		{
			id: randomUUID(),
			consultationId: openId,
			position: 2,
			kind: 'single',
			prompt: 'Quand pourriez-vous participer aux ateliers ?',
			options: ['En semaine, le matin', 'En semaine, après l’école', 'Le samedi']
		}
	]);
}

/**
 * Describes the demo rooms as a facility manager would: a few words on each, the weekly opening
 * hours and the booking policy, so that the room pages have something true-to-life to show.
 * Fictional, like the rooms themselves (seed-demo.ts ROOMS); matched by room name.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { room } from '../db/schema.js';
import type { OpeningPeriod } from '#lib/domain/vocabulary.js';
import { checkOpeningHours } from '#lib/domain/opening-hours.js';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

const weekdays = (days: number[], start: string, end: string): OpeningPeriod[] =>
	days.map((weekday) => ({ weekday, start, end }));

const DESCRIPTIONS: Record<string, Partial<typeof room.$inferInsert>> = {
	'Grande salle': {
		description:
			'Grande salle polyvalente au rez-de-chaussée, avec un office de réchauffage, des tables pliantes et 80 chaises. Elle donne sur une cour fermée.',
		openingHours: [
			...weekdays([1, 2, 4, 5], '09:00', '12:30'),
			...weekdays([1, 2, 4, 5], '14:00', '22:00'),
			...weekdays([3], '09:00', '18:00'),
			...weekdays([6], '10:00', '23:00')
		],
		approvalRequired: true,
		minNoticeHours: 168,
		maxBookingMinutes: 720,
		bookableBy: 'organisations'
	},
	'Atelier textile': {
		description:
			'Atelier lumineux avec six machines à coudre, une grande table de coupe et des placards fermés pour le tissu des ateliers.',
		openingHours: [...weekdays([1, 2, 3, 4, 5], '09:00', '12:00'), ...weekdays([1, 2, 4, 5], '13:30', '18:00')],
		approvalRequired: true,
		minNoticeHours: 72,
		maxBookingMinutes: 240,
		bookableBy: 'organisations'
	},
	'Salle de réunion': {
		description: 'Salle de réunion avec une grande table, un écran et un tableau blanc.',
		openingHours: weekdays([1, 2, 3, 4, 5], '08:30', '19:00'),
		approvalRequired: false,
		minNoticeHours: 24,
		maxBookingMinutes: 180,
		bookableBy: 'residents'
	},
	'Espace cuisine partagée': {
		description:
			'Cuisine professionnelle partagée : piano de cuisson, four mixte, chambre froide et plonge. Les structures y préparent des repas aux horaires de l’école.',
		openingHours: [...weekdays([1, 2, 4, 5], '08:00', '16:30'), ...weekdays([3], '08:00', '12:00')],
		approvalRequired: true,
		minNoticeHours: 48,
		maxBookingMinutes: 480,
		bookableBy: 'organisations'
	},
	'Salle petite enfance': {
		description:
			'Salle adaptée aux tout-petits : toilettes enfants, table à langer, coin sieste et jardin clos. Un camion peut se garer devant la porte pour décharger.',
		openingHours: weekdays([1, 2, 3, 4, 5], '08:00', '18:30'),
		approvalRequired: true,
		minNoticeHours: 72,
		maxBookingMinutes: 600,
		bookableBy: 'organisations'
	}
};

/** Runs inside the demo seed's transaction, after the rooms are created. */
export async function describeDemoRooms(tx: Tx): Promise<void> {
	for (const [name, details] of Object.entries(DESCRIPTIONS)) {
		if (checkOpeningHours((details.openingHours ?? []) as OpeningPeriod[]))
			throw new Error(`demo opening hours of "${name}" are not a valid week`);
		await tx.update(room).set(details).where(eq(room.name, name));
	}
}

/**
 * The women's insertion restaurant's team (Traiteur La Table des Buers, organised by Nadia,
 * traiteur@demo): eight women members with the constraints such a team states — school
 * drop-offs and pick-ups at 16:15–17:00, Wednesdays off, part-time 50–80 %, one "mornings only"
 * — and the restaurant's weekly needs: prep and lunch service Monday to Friday, and a catering
 * preparation on Thursday afternoon that runs into school pick-up time (so that the organiser
 * sees uncovered need with its reason). No rota is stored: the organiser proposes one.
 * Fictional, like every demo account; all share the demo password.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { account, organisation, roleGrant, rotaNeed, user } from '../db/schema.js';
import { saveConstraints } from '../rota/store.js';
import type { ConstraintsInput } from '#lib/domain/rota/forms.js';
import { DEFAULT_SETTINGS, type RotaProblem, type Unavailability, type Weekday } from '#lib/domain/rota/problem.js';

export const ROTA_RESTAURANT = 'Traiteur La Table des Buers';

const h = (hours: number, minutes = 0) => hours * 60 + minutes;
const SCHOOL_DAYS: Weekday[] = [1, 2, 4, 5];
const pickUp = (start = h(16, 15), end = h(17)): Unavailability[] =>
	SCHOOL_DAYS.map((weekday) => ({ weekday, start, end, kind: 'school_pickup' }));
const dropOff = (start = h(8, 15), end = h(8, 50)): Unavailability[] =>
	SCHOOL_DAYS.map((weekday) => ({ weekday, start, end, kind: 'school_dropoff' }));
const team = (input: Partial<ConstraintsInput> & Pick<ConstraintsInput, 'maxMinutes' | 'wishedMinutes'>) => ({
	partTimePercent: null,
	pattern: 'any' as const,
	daysOff: [] as Weekday[],
	unavailable: [] as Unavailability[],
	...input
});

export const DEMO_ROTA_TEAM: { email: string; name: string; constraints: ConstraintsInput }[] = [
	{
		email: 'equipe.aicha@demo.quartiers-vivants.fr',
		name: 'Aïcha (équipe du restaurant)',
		constraints: team({
			maxMinutes: h(24),
			wishedMinutes: h(20),
			daysOff: [3],
			unavailable: [...dropOff(), ...pickUp()]
		})
	},
	{
		email: 'equipe.binta@demo.quartiers-vivants.fr',
		name: 'Binta (équipe du restaurant)',
		constraints: team({
			maxMinutes: h(21),
			wishedMinutes: h(21),
			partTimePercent: 60,
			daysOff: [3],
			unavailable: pickUp(h(16), h(17))
		})
	},
	{
		email: 'equipe.chadia@demo.quartiers-vivants.fr',
		name: 'Chadia (équipe du restaurant)',
		constraints: team({ maxMinutes: h(35), wishedMinutes: h(30) })
	},
	{
		email: 'equipe.djamila@demo.quartiers-vivants.fr',
		name: 'Djamila (équipe du restaurant)',
		constraints: team({
			maxMinutes: h(20),
			wishedMinutes: h(18),
			pattern: 'mornings',
			unavailable: dropOff(h(8), h(9))
		})
	},
	{
		email: 'equipe.fanta@demo.quartiers-vivants.fr',
		name: 'Fanta (équipe du restaurant)',
		constraints: team({ maxMinutes: h(26), wishedMinutes: h(24), daysOff: [3], unavailable: pickUp() })
	},
	{
		email: 'equipe.hawa@demo.quartiers-vivants.fr',
		name: 'Hawa (équipe du restaurant)',
		constraints: team({
			maxMinutes: h(17, 30),
			wishedMinutes: h(17, 30),
			partTimePercent: 50,
			unavailable: [
				{ weekday: 2, start: h(14), end: h(16), kind: 'other' },
				{ weekday: 4, start: h(14), end: h(16), kind: 'other' }
			]
		})
	},
	{
		email: 'equipe.leila@demo.quartiers-vivants.fr',
		name: 'Leïla (équipe du restaurant)',
		constraints: team({
			maxMinutes: h(30),
			wishedMinutes: h(25),
			daysOff: [1],
			unavailable: pickUp().filter((u) => u.weekday === 2 || u.weekday === 4)
		})
	},
	{
		email: 'equipe.meriem@demo.quartiers-vivants.fr',
		name: 'Mériem (équipe du restaurant)',
		constraints: team({
			maxMinutes: h(28),
			wishedMinutes: h(25),
			partTimePercent: 80,
			unavailable: [...dropOff(h(8, 20), h(8, 50)), ...pickUp()]
		})
	}
];

const NEEDS: { weekdays: Weekday[]; start: number; end: number; people: number; label: string }[] = [
	{ weekdays: [1, 2, 3, 4, 5], start: h(9), end: h(11, 30), people: 2, label: 'Préparation' },
	{ weekdays: [1, 2, 4, 5], start: h(11, 30), end: h(14, 30), people: 4, label: 'Service du midi' },
	{ weekdays: [3], start: h(11, 30), end: h(14), people: 3, label: 'Service du midi' },
	{ weekdays: [1, 2, 4, 5], start: h(14, 30), end: h(15, 30), people: 2, label: 'Plonge et rangement' },
	{ weekdays: [4], start: h(15, 30), end: h(17, 30), people: 3, label: 'Préparation traiteur' }
];

/** The same team and needs as a solver problem (the benchmark's first row), members named by e-mail. */
export function demoRotaProblem(timeLimitSeconds = DEFAULT_SETTINGS.timeLimitSeconds): RotaProblem {
	return {
		settings: { ...DEFAULT_SETTINGS, timeLimitSeconds },
		needs: NEEDS.flatMap((n) =>
			n.weekdays.map((weekday) => ({ weekday, start: n.start, end: n.end, people: n.people }))
		),
		members: DEMO_ROTA_TEAM.map((t) => ({ memberId: t.email, ...t.constraints }))
	};
}

export async function seedDemoRota(tx: Database, passwordHash: string): Promise<void> {
	const [restaurant] = await tx
		.select({ id: organisation.id })
		.from(organisation)
		.where(eq(organisation.name, ROTA_RESTAURANT));
	if (!restaurant) return;
	for (const member of DEMO_ROTA_TEAM) {
		const userId = randomUUID();
		await tx
			.insert(user)
			.values({ id: userId, name: member.name, email: member.email, emailVerified: true, locale: 'fr' });
		await tx
			.insert(account)
			.values({ id: randomUUID(), accountId: userId, providerId: 'credential', userId, password: passwordHash });
		await tx.insert(roleGrant).values({
			id: randomUUID(),
			userId,
			role: 'organisation_member',
			scopeType: 'organisation',
			scopeId: restaurant.id
		});
		await saveConstraints(tx, restaurant.id, userId, member.constraints);
	}
	for (const need of NEEDS)
		for (const weekday of need.weekdays)
			await tx.insert(rotaNeed).values({
				id: randomUUID(),
				organisationId: restaurant.id,
				weekday,
				startMinute: need.start,
				endMinute: need.end,
				people: need.people,
				label: need.label
			});
}

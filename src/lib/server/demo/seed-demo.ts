import { randomUUID } from 'node:crypto';
import { count, sql } from 'drizzle-orm';
import { hashPassword } from 'better-auth/crypto';
import type { Database } from '../db/client.js';
import {
	account,
	appMeta,
	commune,
	facility,
	organisation,
	organisationQuartier,
	quartier,
	quartierCommune,
	roleGrant,
	room,
	user
} from '../db/schema.js';
import territory from './territory.json' with { type: 'json' };
import type { Role, ScopeType } from '#lib/domain/authorisation.js';
import { nearest } from '#lib/domain/geo.js';
import { seedOrganisationContacts } from './organisation-contacts.js';
import { describeDemoRooms } from './rooms-demo.js';
import { seedDemoInitiatives } from './initiatives-demo.js';
import { seedDemoImpactReports } from './impact-demo.js';
import { seedDemoSchoolHolidays } from './school-holidays-demo.js';
import { seedDemoCalendarBookings } from './calendar-demo.js';
import { seedDemoBookings } from './bookings-demo.js';
import { seedDemoNeeds } from './needs-demo.js';
import { seedDemoConsultations } from './consultations-demo.js';
import { seedDemoBookingRequests } from './booking-requests-demo.js';
import { seedDemoPlanner } from './planner-demo.js';
import { seedDemoSessions } from './sessions-demo.js';
import { seedDemoRota } from './rota-demo.js';
import { seedDemoChildcare } from './childcare-demo.js';

/** Shared by every demo account; the README lists them. */
export const DEMO_PASSWORD = 'demo-quartiers-vivants';

interface DemoAccount {
	email: string;
	name: string;
	role: Role;
	scope?: { type: ScopeType; ref: string };
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
	{ email: 'habitante@demo.quartiers-vivants.fr', name: 'Samira (habitante)', role: 'resident' },
	{
		email: 'membre@demo.quartiers-vivants.fr',
		name: 'Fatou (membre d’association)',
		role: 'organisation_member',
		scope: { type: 'organisation', ref: 'association' }
	},
	{
		email: 'structure@demo.quartiers-vivants.fr',
		name: 'Claire (responsable de structure)',
		role: 'organisation_admin',
		scope: { type: 'organisation', ref: 'ess_enterprise' }
	},
	{
		email: 'traiteur@demo.quartiers-vivants.fr',
		name: 'Nadia (Traiteur La Table des Buers)',
		role: 'organisation_admin',
		scope: { type: 'organisation', ref: 'company' }
	},
	{
		email: 'gestionnaire@demo.quartiers-vivants.fr',
		name: 'Karim (gestionnaire des salles)',
		role: 'facility_manager',
		scope: { type: 'commune', ref: 'commune' }
	},
	{ email: 'programmiste@demo.quartiers-vivants.fr', name: 'Hélène (programmiste)', role: 'planner' },
	{ email: 'moderation@demo.quartiers-vivants.fr', name: 'Yasmine (modératrice)', role: 'moderator' },
	{ email: 'admin@demo.quartiers-vivants.fr', name: 'Admin démo', role: 'administrator' }
];

/** Fictional organisations, one of each type, so that every screen has something to show. */
const ORGANISATIONS = [
	{
		key: 'association',
		type: 'association',
		name: 'Femmes en Mouvement Saint-Jean',
		description: "Association d'habitantes : ateliers de couture, cours de français, sorties familles.",
		quartiers: ['QN06920M']
	},
	{
		key: 'ess_enterprise',
		type: 'ess_enterprise',
		name: 'SCOP Petits Pas Itinérants',
		description: 'Crèche itinérante : un camion équipé et une salle prêtée, deux jours par quartier.',
		quartiers: ['QN06920M', 'QN06921M']
	},
	{
		key: 'foundation',
		type: 'foundation',
		name: 'Fondation Cités Solidaires',
		description: 'Soutient les initiatives d’insertion portées par des femmes.',
		quartiers: ['QN06920M', 'QN06921M', 'QN06922M']
	},
	{
		key: 'company',
		type: 'company',
		name: 'Traiteur La Table des Buers',
		description: 'Restaurant et traiteur d’insertion aux horaires de l’école.',
		quartiers: ['QN06921M']
	},
	{
		key: 'commune',
		type: 'commune',
		name: 'Ville de Villeurbanne',
		description: 'Politique de la ville et gestion des équipements municipaux.',
		quartiers: ['QN06920M', 'QN06921M', 'QN06922M']
	},
	{
		key: 'social_landlord',
		type: 'social_landlord',
		name: 'Rhône Habitat Solidaire',
		description: 'Bailleur social : locaux en pied d’immeuble prêtés aux associations.',
		quartiers: ['QN06921M', 'QN06922M']
	},
	{
		key: 'maitre_ouvrage',
		type: 'maitre_ouvrage',
		name: 'Renouvellement urbain Saint-Jean',
		description: 'Maîtrise d’ouvrage du projet de renouvellement urbain du quartier.',
		quartiers: ['QN06920M']
	}
] as const;

/** Fictional rooms for each real facility (by its tiers-lieux census id). */
const ROOMS: Record<string, Omit<typeof room.$inferInsert, 'id' | 'facilityId'>[]> = {
	'307': [
		{
			name: 'Grande salle',
			areaM2: 120,
			capacity: 80,
			kitchenLevel: 'reheating',
			toilets: true,
			stepFree: true,
			storageM2: 8,
			outdoorM2: 200,
			waterPoint: true
		},
		{
			name: 'Atelier textile',
			areaM2: 45,
			capacity: 16,
			kitchenLevel: 'none',
			toilets: true,
			stepFree: true,
			storageM2: 6,
			waterPoint: true
		}
	],
	'315': [
		{ name: 'Salle de réunion', areaM2: 30, capacity: 14, kitchenLevel: 'none', toilets: true, stepFree: true },
		{
			name: 'Espace cuisine partagée',
			areaM2: 55,
			capacity: 20,
			kitchenLevel: 'full',
			toilets: true,
			stepFree: true,
			storageM2: 4,
			waterPoint: true
		}
	],
	'353': [
		{
			name: 'Salle petite enfance',
			areaM2: 42,
			capacity: 15,
			kitchenLevel: 'reheating',
			toilets: true,
			childToilets: true,
			changingTable: true,
			stepFree: true,
			vanAccess: true,
			storageM2: 5,
			outdoorM2: 60,
			waterPoint: true
		}
	]
};

/**
 * Loads the demo territory and one account per role, once, into an empty database.
 * All of it in one transaction: a crash half-way leaves nothing, and the next start tries again.
 */
export async function seedDemo(db: Database): Promise<'seeded' | 'skipped'> {
	const passwordHash = await hashPassword(DEMO_PASSWORD);
	return db.transaction(async (tx) => {
		// Two instances starting together on one PostgreSQL: the second waits, then skips.
		await tx.execute(sql`SELECT pg_advisory_xact_lock(7355609)`);
		const [existing] = await tx.select({ n: count() }).from(commune);
		if ((existing?.n ?? 0) > 0) return 'skipped' as const;

		const communeId = randomUUID();
		await tx
			.insert(commune)
			.values({ id: communeId, ...territory.commune, departement: territory.commune.inseeCode.slice(0, 2) });
		const quartierIds = new Map<string, string>();
		for (const q of territory.quartiers) {
			const id = randomUUID();
			quartierIds.set(q.qpvCode, id);
			await tx.insert(quartier).values({ id, communeId, ...q });
			await tx.insert(quartierCommune).values({ quartierId: id, communeId });
		}

		const orgIds = new Map<string, string>();
		for (const o of ORGANISATIONS) {
			const id = randomUUID();
			orgIds.set(o.key, id);
			await tx.insert(organisation).values({ id, name: o.name, type: o.type, description: o.description, communeId });
			for (const code of o.quartiers)
				await tx.insert(organisationQuartier).values({ organisationId: id, quartierId: quartierIds.get(code)! });
		}

		await seedOrganisationContacts(tx);

		for (const f of territory.facilities) {
			const id = randomUUID();
			const closest = nearest(territory.quartiers, { lon: f.lon, lat: f.lat }, (q) => ({
				lon: q.centroidLon,
				lat: q.centroidLat
			}));
			await tx.insert(facility).values({
				id,
				name: f.name,
				communeId,
				quartierId: closest ? quartierIds.get(closest.qpvCode) : null,
				ownerOrganisationId: orgIds.get('commune'),
				address: f.address,
				lon: f.lon,
				lat: f.lat
			});
			for (const r of ROOMS[f.sourceId] ?? []) await tx.insert(room).values({ id: randomUUID(), facilityId: id, ...r });
		}

		const scopeIds: Record<string, string | undefined> = { ...Object.fromEntries(orgIds) };
		for (const a of DEMO_ACCOUNTS) {
			const userId = randomUUID();
			await tx.insert(user).values({ id: userId, name: a.name, email: a.email, emailVerified: true, locale: 'fr' });
			await tx
				.insert(account)
				.values({ id: randomUUID(), accountId: userId, providerId: 'credential', userId, password: passwordHash });
			if (a.role === 'resident') continue;
			const scopeId = !a.scope ? '' : a.scope.type === 'commune' ? communeId : (scopeIds[a.scope.ref] ?? '');
			await tx
				.insert(roleGrant)
				.values({ id: randomUUID(), userId, role: a.role, scopeType: a.scope?.type ?? 'global', scopeId });
		}
		await describeDemoRooms(tx);
		await seedDemoInitiatives(tx);
		await seedDemoImpactReports(tx);
		await seedDemoSchoolHolidays(tx);
		await seedDemoCalendarBookings(tx);
		await seedDemoBookings(tx);
		await seedDemoSessions(tx);
		await seedDemoChildcare(tx);
		await seedDemoBookingRequests(tx);
		await seedDemoNeeds(tx, communeId);
		await seedDemoConsultations(tx);
		await seedDemoPlanner(tx);
		await seedDemoRota(tx, passwordHash);
		await tx.insert(appMeta).values({ key: 'demo_seeded_at', value: new Date().toISOString() }).onConflictDoNothing();
		return 'seeded' as const;
	});
}

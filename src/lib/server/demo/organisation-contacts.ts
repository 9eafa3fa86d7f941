/**
 * Contact details of the demo organisations, so that their public pages show what a real one
 * would. Fictional throughout: addresses on the reserved .example domain, and phone numbers from
 * the range ARCEP sets aside for fiction (04 65 71 xx xx), so that nobody real is ever called.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { organisation } from '../db/schema.js';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

const CONTACTS: Record<string, { contactEmail: string; contactPhone: string; website: string }> = {
	'Femmes en Mouvement Saint-Jean': {
		contactEmail: 'bonjour@femmes-en-mouvement.example',
		contactPhone: '04 65 71 10 01',
		website: 'https://femmes-en-mouvement.example/'
	},
	'SCOP Petits Pas Itinérants': {
		contactEmail: 'contact@petits-pas.example',
		contactPhone: '04 65 71 10 02',
		website: 'https://petits-pas.example/'
	},
	'Fondation Cités Solidaires': {
		contactEmail: 'projets@cites-solidaires.example',
		contactPhone: '04 65 71 10 03',
		website: 'https://cites-solidaires.example/'
	},
	'Traiteur La Table des Buers': {
		contactEmail: 'commandes@table-des-buers.example',
		contactPhone: '04 65 71 10 04',
		website: 'https://table-des-buers.example/'
	},
	'Ville de Villeurbanne': {
		contactEmail: 'politique-de-la-ville@villeurbanne.example',
		contactPhone: '04 65 71 10 05',
		website: 'https://villeurbanne.example/'
	},
	'Rhône Habitat Solidaire': {
		contactEmail: 'locaux-associatifs@rhone-habitat.example',
		contactPhone: '04 65 71 10 06',
		website: 'https://rhone-habitat.example/'
	},
	'Renouvellement urbain Saint-Jean': {
		contactEmail: 'projet@renouveau-saint-jean.example',
		contactPhone: '04 65 71 10 07',
		website: 'https://renouveau-saint-jean.example/'
	}
};

/** Adds contact details to the demo organisations (by name), inside the demo's seeding transaction. */
export async function seedOrganisationContacts(tx: Tx): Promise<void> {
	for (const [name, contact] of Object.entries(CONTACTS))
		await tx.update(organisation).set(contact).where(eq(organisation.name, name));
}

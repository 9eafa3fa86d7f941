/**
 * Demo impact reports of last year for the running French workshops (Femmes en Mouvement
 * Saint-Jean): groups large enough to be shown, and one small group (two men aged 65 and over)
 * that the quartier's impact page shows as hidden.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { impactParticipants, impactReport, initiative } from '../db/schema.js';
import type { ImpactAgeBand, ImpactSex } from '#lib/domain/impact-report.js';

const WORKSHOPS = 'Ateliers de français du mardi et du jeudi';

const MONTHS: { month: number; participants: [ImpactSex, ImpactAgeBand, number][]; trained: number; work: number }[] = [
	{
		month: 9,
		participants: [
			['woman', '25-34', 9],
			['woman', '35-49', 11],
			['woman', '50-64', 5],
			['man', '25-34', 6],
			['man', '65+', 2]
		],
		trained: 0,
		work: 0
	},
	{
		month: 10,
		participants: [
			['woman', '25-34', 10],
			['woman', '35-49', 12],
			['woman', '50-64', 6],
			['man', '25-34', 7]
		],
		trained: 8,
		work: 1
	},
	{
		month: 11,
		participants: [
			['woman', '25-34', 11],
			['woman', '35-49', 12],
			['woman', '50-64', 6],
			['man', '25-34', 7]
		],
		trained: 9,
		work: 2
	}
];

export async function seedDemoImpactReports(tx: Database, now = new Date()): Promise<number> {
	const [workshops] = await tx.select({ id: initiative.id }).from(initiative).where(eq(initiative.title, WORKSHOPS));
	if (!workshops) return 0;
	const year = now.getUTCFullYear() - 1;
	for (const m of MONTHS) {
		const id = randomUUID();
		await tx.insert(impactReport).values({
			id,
			initiativeId: workshops.id,
			month: `${year}-${String(m.month).padStart(2, '0')}-01`,
			// The workshops run during school hours: a volunteer looks after the youngest meanwhile.
			childcareHours: 24,
			peopleTrained: m.trained,
			peopleBackToWork: m.work,
			note: 'Séances le **mardi** et le **jeudi**, hors vacances scolaires.'
		});
		await tx
			.insert(impactParticipants)
			.values(m.participants.map(([sex, ageBand, count]) => ({ reportId: id, sex, ageBand, count })));
	}
	return MONTHS.length;
}

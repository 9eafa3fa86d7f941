import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { lockConsultation, refusable, Refusal, writeConsultation } from '../consultations/write.js';
import { zoneOfQuartiers } from '../consultations/queries.js';
import { consultationForm } from '#lib/domain/consultation-form.js';
import { parseForm } from '#lib/domain/account-forms.js';
import type { Actor } from '#lib/domain/authorisation.js';
import type { SaveConsultationResult } from './create-consultation.js';

/**
 * Staff change a consultation's text, quartiers, dates or options. Once someone has answered,
 * the answer mode stays: people answered trusting it was anonymous (or knowing it was signed).
 */
export async function updateConsultation(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	id: string,
	values: Record<string, unknown>
): Promise<SaveConsultationResult | null> {
	assertAllowed(actor, 'consultation.manage');
	const form = parseForm(consultationForm, values);
	if (!form.ok) return form;
	const zone = await zoneOfQuartiers(ctx.db, form.data.quartierIds);
	if (!zone.ok) return zone;
	const result = await refusable(() =>
		ctx.db.transaction(async (tx) => {
			const current = await lockConsultation(tx, id);
			if (!current) return false;
			if (current.responseCount > 0 && current.answerMode !== form.data.answerMode)
				throw new Refusal('answerMode', 'CONSULTATION.MODE_LOCKED');
			await writeConsultation(tx, id, form.data, zone.timeZone, null);
			return true;
		})
	);
	if (!result.ok) return result;
	return result.value ? { ok: true, id } : null;
}

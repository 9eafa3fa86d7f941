import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { forEachEngine } from './engines.js';
import {
	commune,
	consultation,
	consultationParticipation,
	consultationResponse,
	demographicProfile,
	quartier,
	responseDemographics,
	user
} from '#lib/server/db/schema.js';
import { AccessDenied } from '#lib/server/authorisation.js';
import { createConsultation } from '#lib/server/use-cases/create-consultation.js';
import { updateConsultation } from '#lib/server/use-cases/update-consultation.js';
import { publishConsultation } from '#lib/server/use-cases/publish-consultation.js';
import { addConsultationQuestion } from '#lib/server/use-cases/add-consultation-question.js';
import { updateConsultationQuestion } from '#lib/server/use-cases/update-consultation-question.js';
import { removeConsultationQuestion } from '#lib/server/use-cases/remove-consultation-question.js';
import { moveConsultationQuestion } from '#lib/server/use-cases/move-consultation-question.js';
import { answerConsultation } from '#lib/server/use-cases/answer-consultation.js';
import { recordCounterAnswer } from '#lib/server/use-cases/record-counter-answer.js';
import { getConsultation } from '#lib/server/use-cases/get-consultation.js';
import { getConsultationEditor } from '#lib/server/use-cases/get-consultation-editor.js';
import { listConsultations } from '#lib/server/use-cases/list-consultations.js';
import { listManagedConsultations } from '#lib/server/use-cases/list-managed-consultations.js';
import type { Actor } from '#lib/domain/authorisation.js';

const NOW = new Date('2026-03-15T10:00:00Z');

forEachEngine('consultations', (use) => {
	let planner: Actor;
	let moderator: Actor;
	let quartierId: string;
	let otherQuartierId: string;

	const person = async (grants: Actor['grants'] = []): Promise<Actor> => {
		const id = randomUUID();
		await use()
			.db.insert(user)
			.values({ id, name: 'Test', email: `${id}@exemple.fr`, emailVerified: true });
		return { userId: id, twoFactorEnabled: false, grants };
	};

	beforeAll(async () => {
		const { db } = use();
		const communeId = randomUUID();
		await db
			.insert(commune)
			.values({ id: communeId, inseeCode: `T${randomUUID().slice(0, 5)}`, name: 'Testville', holidayZone: 'A' });
		quartierId = randomUUID();
		otherQuartierId = randomUUID();
		await db.insert(quartier).values([
			{ id: quartierId, communeId, name: 'Saint-Jean' },
			{ id: otherQuartierId, communeId, name: 'Les Buers' }
		]);
		planner = await person([{ role: 'planner', scopeType: 'global', scopeId: '' }]);
		moderator = await person([{ role: 'moderator', scopeType: 'global', scopeId: '' }]);
	});

	const form = (extra: Record<string, unknown> = {}) => ({
		title: 'La place Mendès-France',
		description: '**Donnez** votre avis <script>alert(1)</script>',
		language: 'fr',
		quartierIds: [quartierId],
		opensOn: '2026-03-01',
		closesOn: '2026-03-31',
		answerMode: 'anonymous',
		asksDemographics: 'yes',
		...extra
	});

	const QUESTIONS = [
		{ kind: 'single', prompt: 'Quel aménagement ?', required: 'on', options: 'Bancs\nArbres\nJeux' },
		{ kind: 'multiple', prompt: 'Quand passez-vous ?', options: 'Matin\nMidi\nSoir' },
		{ kind: 'scale', prompt: 'Vous sentez-vous en sécurité ?', scaleMin: '1', scaleMax: '5' },
		{ kind: 'ranking', prompt: 'Classez', options: 'Propreté\nLumière' },
		{ kind: 'text', prompt: 'Autre chose ?' }
	];
	const ANSWERS = { 'q-0': '1', 'q-1': ['0', '2'], 'q-2': '4', 'q-3-1': '1', 'q-3-2': '0', 'q-4': 'Merci' };

	/** A published consultation with the five kinds of question; answers keyed q-0…q-4 are mapped to ids. */
	async function published(extra: Record<string, unknown> = {}) {
		const ctx = use();
		const created = await createConsultation(ctx, planner, form(extra));
		if (!created.ok) throw new Error(JSON.stringify(created));
		const ids: string[] = [];
		for (const q of QUESTIONS) {
			const added = await addConsultationQuestion(ctx, planner, created.id, q);
			if (!added.ok) throw new Error(JSON.stringify(added));
			ids.push(added.value);
		}
		expect((await publishConsultation(ctx, planner, created.id, NOW)).ok).toBe(true);
		const values = (answers: Record<string, unknown>) =>
			Object.fromEntries(
				Object.entries(answers).map(([k, v]) => [k.replace(/^q-(\d)/, (_, i) => `q-${ids[Number(i)]}`), v])
			);
		return { id: created.id, questionIds: ids, values };
	}

	describe('preparing', () => {
		it('staff create a draft with a short code and dates read in the commune’s zone', async () => {
			const created = await createConsultation(use(), moderator, form());
			expect(created.ok).toBe(true);
			if (!created.ok) return;
			const [row] = await use().db.select().from(consultation).where(eq(consultation.id, created.id));
			expect(row).toMatchObject({ status: 'draft', answerMode: 'anonymous', asksDemographics: true, responseCount: 0 });
			expect(row!.shortCode).toMatch(/^[2-9A-Z]{7}$/);
			expect(row!.opensAt.toISOString()).toBe('2026-02-28T23:00:00.000Z');
			expect(row!.closesAt.toISOString()).toBe('2026-03-31T22:00:00.000Z');
			const editor = await getConsultationEditor(use(), planner, { id: created.id, now: NOW });
			expect(editor?.consultation?.values).toMatchObject({ opensOn: '2026-03-01', closesOn: '2026-03-31' });
		});

		it('refuses unknown quartiers and field errors without saving anything', async () => {
			expect(await createConsultation(use(), planner, form({ quartierIds: [randomUUID()] }))).toEqual({
				ok: false,
				fieldErrors: { quartierIds: 'CONSULTATION.QUARTIER_UNKNOWN' }
			});
			expect(await createConsultation(use(), planner, form({ closesOn: '2026-02-01' }))).toEqual({
				ok: false,
				fieldErrors: { closesOn: 'CONSULTATION.CLOSES_BEFORE_OPENS' }
			});
		});

		it('a resident can neither create, edit, publish nor list consultations for staff', async () => {
			const resident = await person();
			await expect(createConsultation(use(), resident, form())).rejects.toBeInstanceOf(AccessDenied);
			await expect(createConsultation(use(), null, form())).rejects.toBeInstanceOf(AccessDenied);
			const { id } = await published();
			await expect(updateConsultation(use(), resident, id, form())).rejects.toBeInstanceOf(AccessDenied);
			await expect(publishConsultation(use(), resident, id)).rejects.toBeInstanceOf(AccessDenied);
			await expect(addConsultationQuestion(use(), resident, id, QUESTIONS[0]!)).rejects.toBeInstanceOf(AccessDenied);
			await expect(listManagedConsultations(use(), resident)).rejects.toBeInstanceOf(AccessDenied);
		});

		it('refuses a question on religion, and publishing without questions', async () => {
			const created = await createConsultation(use(), planner, form());
			if (!created.ok) throw new Error('not created');
			expect(
				await addConsultationQuestion(use(), planner, created.id, {
					kind: 'text',
					prompt: 'Quelle est votre religion ?'
				})
			).toEqual({ ok: false, fieldErrors: { prompt: 'CONSULTATION.FORBIDDEN_TOPIC' } });
			expect(await publishConsultation(use(), planner, created.id, NOW)).toEqual({
				ok: false,
				fieldErrors: { form: 'CONSULTATION.NO_QUESTIONS' }
			});
			const draft = await getConsultation(use(), await person(), { id: created.id, now: NOW });
			expect(draft).toBeNull();
			// A consultation whose closing day is past cannot be published: nobody could answer it.
			expect(
				(await addConsultationQuestion(use(), planner, created.id, { kind: 'text', prompt: 'Une idée ?' })).ok
			).toBe(true);
			expect(await publishConsultation(use(), planner, created.id, new Date('2026-04-02T00:00:00Z'))).toEqual({
				ok: false,
				fieldErrors: { form: 'CONSULTATION.ALREADY_OVER' }
			});
		});

		it('edits, reorders and removes questions until the first response, then locks them', async () => {
			const { id, questionIds, values } = await published();
			expect(
				(
					await moveConsultationQuestion(use(), planner, {
						consultationId: id,
						questionId: questionIds[1]!,
						direction: 'up'
					})
				).ok
			).toBe(true);
			let editor = await getConsultationEditor(use(), planner, { id, now: NOW });
			expect(editor?.consultation?.questions.map((q) => q.id).slice(0, 2)).toEqual([questionIds[1], questionIds[0]]);
			expect(
				(
					await updateConsultationQuestion(use(), planner, {
						consultationId: id,
						questionId: questionIds[4]!,
						values: { kind: 'text', prompt: 'Une dernière idée ?' }
					})
				).ok
			).toBe(true);
			const extra = await addConsultationQuestion(use(), planner, id, { kind: 'text', prompt: 'À supprimer' });
			expect(extra.ok).toBe(true);
			if (!extra.ok) return;
			expect(
				(await removeConsultationQuestion(use(), planner, { consultationId: id, questionId: extra.value })).ok
			).toBe(true);
			editor = await getConsultationEditor(use(), planner, { id, now: NOW });
			expect(editor?.consultation?.questions).toHaveLength(5);

			expect(await answerConsultation(use(), await person(), { id, values: values(ANSWERS), now: NOW })).toEqual({
				ok: true
			});
			const locked = { ok: false, fieldErrors: { form: 'CONSULTATION.QUESTIONS_LOCKED' } };
			expect(await addConsultationQuestion(use(), planner, id, { kind: 'text', prompt: 'Trop tard' })).toEqual(locked);
			expect(
				await removeConsultationQuestion(use(), planner, { consultationId: id, questionId: questionIds[4]! })
			).toEqual(locked);
			expect(
				await moveConsultationQuestion(use(), planner, {
					consultationId: id,
					questionId: questionIds[2]!,
					direction: 'down'
				})
			).toEqual(locked);
			// The answer mode stays as people answered it; the rest of the consultation can still change.
			expect(await updateConsultation(use(), planner, id, form({ answerMode: 'signed' }))).toEqual({
				ok: false,
				fieldErrors: { answerMode: 'CONSULTATION.MODE_LOCKED' }
			});
			expect(
				await updateConsultation(use(), planner, id, form({ title: 'Nouveau titre', closesOn: '2026-04-15' }))
			).toEqual({ ok: true, id });
		});
	});

	describe('answering', () => {
		it('one response per account, even with ten submissions at once', async () => {
			const { id, values } = await published();
			const resident = await person();
			const results = await Promise.all(
				Array.from({ length: 10 }, () => answerConsultation(use(), resident, { id, values: values(ANSWERS), now: NOW }))
			);
			expect(results.filter((r) => r?.ok)).toHaveLength(1);
			for (const r of results.filter((r) => !r?.ok))
				expect(r).toEqual({ ok: false, fieldErrors: { form: 'CONSULTATION.ALREADY_ANSWERED' } });
			const rows = await use()
				.db.select()
				.from(consultationResponse)
				.where(eq(consultationResponse.consultationId, id));
			expect(rows).toHaveLength(1);
			const [c] = await use().db.select().from(consultation).where(eq(consultation.id, id));
			expect(c!.responseCount).toBe(1);
			expect((await getConsultation(use(), resident, { id, now: NOW }))?.alreadyAnswered).toBe(true);
		});

		it('an anonymous response carries no account and only the day; a signed one carries it', async () => {
			const anonymous = await published();
			const resident = await person();
			expect(
				await answerConsultation(use(), resident, { id: anonymous.id, values: anonymous.values(ANSWERS), now: NOW })
			).toEqual({ ok: true });
			const [row] = await use()
				.db.select()
				.from(consultationResponse)
				.where(eq(consultationResponse.consultationId, anonymous.id));
			expect(row).toMatchObject({ userId: null, channel: 'online', recordedBy: null, answeredOn: '2026-03-15' });
			expect(row!.answers).toEqual({
				[anonymous.questionIds[0]!]: 1,
				[anonymous.questionIds[1]!]: [0, 2],
				[anonymous.questionIds[2]!]: 4,
				[anonymous.questionIds[3]!]: [1, 0],
				[anonymous.questionIds[4]!]: 'Merci'
			});
			const participation = await use()
				.db.select()
				.from(consultationParticipation)
				.where(eq(consultationParticipation.consultationId, anonymous.id));
			expect(participation).toEqual([{ consultationId: anonymous.id, userId: resident.userId }]);

			const signed = await published({ answerMode: 'signed' });
			await answerConsultation(use(), resident, { id: signed.id, values: signed.values(ANSWERS), now: NOW });
			const [signedRow] = await use()
				.db.select()
				.from(consultationResponse)
				.where(eq(consultationResponse.consultationId, signed.id));
			expect(signedRow!.userId).toBe(resident.userId);
		});

		it('stores the demographic block only with consent, and never an empty one', async () => {
			const { id, values } = await published();
			const block = {
				gender: 'woman',
				ageBand: '25-34',
				singleParent: 'yes',
				employment: 'part_time',
				childrenUnder3: 'no',
				childrenUnder12: ''
			};
			const blocks = async () =>
				use()
					.db.select({
						gender: responseDemographics.gender,
						singleParent: responseDemographics.singleParent,
						childrenUnder12: responseDemographics.childrenUnder12
					})
					.from(responseDemographics)
					.innerJoin(consultationResponse, eq(consultationResponse.id, responseDemographics.responseId))
					.where(eq(consultationResponse.consultationId, id));

			// Answers about oneself without the consent box: asked to tick it, nothing recorded.
			expect(
				await answerConsultation(use(), await person(), { id, values: { ...values(ANSWERS), ...block }, now: NOW })
			).toMatchObject({ ok: false, fieldErrors: { demographicsConsent: 'CONSULTATION.DEMOGRAPHICS_CONSENT' } });
			expect(await blocks()).toEqual([]);
			await answerConsultation(use(), await person(), {
				id,
				values: { ...values(ANSWERS), demographicsConsent: 'yes', gender: '', ageBand: '' },
				now: NOW
			});
			expect(await blocks()).toEqual([]);
			expect(
				await answerConsultation(use(), await person(), {
					id,
					values: { ...values(ANSWERS), demographicsConsent: 'yes', ...block },
					now: NOW
				})
			).toEqual({ ok: true });
			expect(await blocks()).toEqual([{ gender: 'woman', singleParent: true, childrenUnder12: null }]);
			expect(
				await answerConsultation(use(), await person(), {
					id,
					values: { ...values(ANSWERS), demographicsConsent: 'yes', gender: 'nationalité' },
					now: NOW
				})
			).toEqual({ ok: false, fieldErrors: { gender: 'CHOICE.INVALID' } });
			const [c] = await use().db.select().from(consultation).where(eq(consultation.id, id));
			expect(c!.responseCount).toBe(2);
		});

		it('prefills the block from the resident’s own profile', async () => {
			const { id } = await published();
			const resident = await person();
			await use()
				.db.insert(demographicProfile)
				.values({ userId: resident.userId, consentedAt: NOW, gender: 'woman', singleParent: true });
			const page = await getConsultation(use(), resident, { id, now: NOW });
			expect(page?.profile).toMatchObject({ gender: 'woman', singleParent: true, ageBand: null });
			expect((await getConsultation(use(), await person(), { id, now: NOW }))?.profile).toBeNull();
		});

		it('refuses answers before opening and after closing, and field by field', async () => {
			const { id, values, questionIds } = await published();
			const resident = await person();
			expect(
				await answerConsultation(use(), resident, {
					id,
					values: values(ANSWERS),
					now: new Date('2026-04-01T00:00:00Z')
				})
			).toEqual({
				ok: false,
				fieldErrors: { form: 'CONSULTATION.CLOSED' }
			});
			expect(
				await answerConsultation(use(), resident, {
					id,
					values: values(ANSWERS),
					now: new Date('2026-02-28T22:00:00Z')
				})
			).toEqual({
				ok: false,
				fieldErrors: { form: 'CONSULTATION.NOT_OPEN' }
			});
			expect(
				await answerConsultation(use(), resident, {
					id,
					values: values({ ...ANSWERS, 'q-0': '', 'q-3-2': '1' }),
					now: NOW
				})
			).toEqual({
				ok: false,
				fieldErrors: {
					[`q-${questionIds[0]}`]: 'FIELD.REQUIRED',
					[`q-${questionIds[3]}`]: 'CONSULTATION.RANKING_DUPLICATE'
				}
			});
			const rows = await use()
				.db.select()
				.from(consultationResponse)
				.where(eq(consultationResponse.consultationId, id));
			expect(rows).toHaveLength(0);
			await expect(answerConsultation(use(), null, { id, values: values(ANSWERS), now: NOW })).rejects.toBeInstanceOf(
				AccessDenied
			);
		});
	});

	describe('counter mode', () => {
		it('records answers given in person, marked as such, several in a row, without participation rows', async () => {
			const { id, values } = await published({ answerMode: 'signed' });
			for (let i = 0; i < 2; i++)
				expect(
					await recordCounterAnswer(use(), planner, {
						id,
						values: { ...values(ANSWERS), ...(i === 0 ? { demographicsConsent: 'yes', gender: 'man' } : {}) },
						now: NOW
					})
				).toEqual({ ok: true });
			const rows = await use()
				.db.select()
				.from(consultationResponse)
				.where(eq(consultationResponse.consultationId, id));
			expect(rows.map((r) => [r.channel, r.userId, r.recordedBy])).toEqual([
				['counter', null, planner.userId],
				['counter', null, planner.userId]
			]);
			const withBlock = await use()
				.db.select({ responseId: responseDemographics.responseId })
				.from(responseDemographics)
				.innerJoin(consultationResponse, eq(consultationResponse.id, responseDemographics.responseId))
				.where(eq(consultationResponse.consultationId, id));
			expect(withBlock).toHaveLength(1);
			expect(
				await use().db.select().from(consultationParticipation).where(eq(consultationParticipation.consultationId, id))
			).toEqual([]);
			const [c] = await use().db.select().from(consultation).where(eq(consultation.id, id));
			expect(c!.responseCount).toBe(2);
		});

		it('is refused to residents and on a closed consultation', async () => {
			const { id, values } = await published();
			await expect(
				recordCounterAnswer(use(), await person(), { id, values: values(ANSWERS), now: NOW })
			).rejects.toBeInstanceOf(AccessDenied);
			expect(
				await recordCounterAnswer(use(), planner, {
					id,
					values: values(ANSWERS),
					now: new Date('2026-05-01T00:00:00Z')
				})
			).toEqual({
				ok: false,
				fieldErrors: { form: 'CONSULTATION.CLOSED' }
			});
		});
	});

	describe('lists', () => {
		it('residents see published consultations, open first, filtered by quartier; staff see drafts too', async () => {
			const elsewhere = await published({ quartierIds: [otherQuartierId], title: 'Aux Buers' });
			const later = await published({ opensOn: '2026-06-01', closesOn: '2026-06-30', title: 'Plus tard' });
			const draft = await createConsultation(use(), planner, form({ title: 'Brouillon' }));
			const { consultations, quartiers } = await listConsultations(use(), { quartierId: otherQuartierId, now: NOW });
			expect(consultations.map((c) => c.id)).toEqual([elsewhere.id]);
			expect(quartiers.map((q) => q.name)).toEqual(['Les Buers', 'Saint-Jean']);
			const all = await listConsultations(use(), { now: NOW });
			expect(all.consultations.map((c) => c.phase).indexOf('upcoming')).toBeGreaterThan(
				all.consultations.map((c) => c.phase).lastIndexOf('open')
			);
			expect(all.consultations.find((c) => c.id === later.id)?.phase).toBe('upcoming');
			expect(all.consultations.some((c) => draft.ok && c.id === draft.id)).toBe(false);
			const managed = await listManagedConsultations(use(), moderator, NOW);
			expect(managed[0]!.phase).toBe('draft');
		});

		it('shows the description sanitised', async () => {
			const { id } = await published();
			const page = await getConsultation(use(), null, { id, now: NOW });
			expect(page?.descriptionHtml).toContain('<strong>Donnez</strong>');
			expect(page?.descriptionHtml).not.toContain('<script');
		});
	});
});

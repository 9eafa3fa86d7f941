import { randomBytes, randomUUID } from 'node:crypto';
import sharp from 'sharp';
import jsQR from 'jsqr';
import { beforeAll, describe, expect, it } from 'vitest';
import { forEachEngine } from './engines.js';
import type { AppContext } from '#lib/server/context.js';
import { commune, consultation, consultationQuartier, need, quartier } from '#lib/server/db/schema.js';
import { shortCodeFrom } from '#lib/domain/short-code.js';
import { resolveShortCode } from '#lib/server/posters/resolve-short-code.js';
import { getPoster } from '#lib/server/posters/get-poster.js';
import { posterTexts } from '#lib/server/posters/texts.js';
import { renderPosterPdf } from '#lib/server/posters/pdf.js';
import { qrModules, qrSvg, QR_QUIET_ZONE } from '#lib/server/posters/qr.js';

interface World {
	needId: string;
	needCode: string;
	arabicNeedId: string;
	submittedNeedId: string;
	submittedNeedCode: string;
	refusedNeedCode: string;
	consultationId: string;
	consultationCode: string;
	draftConsultationId: string;
	draftConsultationCode: string;
}

const code = () => shortCodeFrom(randomBytes(7));

async function world(db: AppContext['db']): Promise<World> {
	const communeId = randomUUID();
	await db.insert(commune).values({
		id: communeId,
		inseeCode: `P${randomUUID().slice(0, 5)}`,
		name: 'Posterville',
		timeZone: 'Europe/Paris'
	});
	const q1 = randomUUID();
	const q2 = randomUUID();
	await db.insert(quartier).values([
		{ id: q1, communeId, name: 'Saint-Jean' },
		{ id: q2, communeId, name: 'Les Buers' }
	]);
	const base = { quartierId: q1, communeId, theme: 'childcare', authorName: 'Awa' };
	const w: World = {
		needId: randomUUID(),
		needCode: code(),
		arabicNeedId: randomUUID(),
		submittedNeedId: randomUUID(),
		submittedNeedCode: code(),
		refusedNeedCode: code(),
		consultationId: randomUUID(),
		consultationCode: code(),
		draftConsultationId: randomUUID(),
		draftConsultationCode: code()
	};
	await db.insert(need).values([
		{
			...base,
			id: w.needId,
			kind: 'need',
			title: 'Une garde pour les petits pendant les cours de français',
			body: 'Le **mardi** et le jeudi matin, les mamans vont en cours. '.repeat(12),
			language: 'fr',
			status: 'answered',
			shortCode: w.needCode,
			publishedAt: new Date()
		},
		{
			...base,
			id: w.arabicNeedId,
			kind: 'idea',
			title: 'مكان للنساء للالتقاء والحديث',
			body: 'نريد غرفة في الحي مفتوحة يوم الأربعاء بعد الظهر.',
			language: 'ar',
			status: 'published',
			shortCode: code(),
			publishedAt: new Date()
		},
		{
			...base,
			id: w.submittedNeedId,
			kind: 'need',
			title: 'En attente',
			language: 'fr',
			status: 'submitted',
			shortCode: w.submittedNeedCode
		},
		{
			...base,
			id: randomUUID(),
			kind: 'need',
			title: 'Refusé',
			language: 'fr',
			status: 'refused',
			shortCode: w.refusedNeedCode
		}
	]);
	await db.insert(consultation).values([
		{
			id: w.consultationId,
			title: 'What should the new community room be used for?',
			description: '## The room\n\nTell us [what you need](https://example.org).',
			language: 'en',
			opensAt: new Date('2026-11-01T08:00:00Z'),
			// 22:59 UTC on 14 December is 23:59 in Paris (winter time).
			closesAt: new Date('2026-12-14T22:59:00Z'),
			answerMode: 'anonymous',
			status: 'published',
			shortCode: w.consultationCode
		},
		{
			id: w.draftConsultationId,
			title: 'Brouillon',
			language: 'fr',
			opensAt: new Date('2026-11-01T08:00:00Z'),
			closesAt: new Date('2026-12-14T22:59:00Z'),
			answerMode: 'anonymous',
			status: 'draft',
			shortCode: w.draftConsultationCode
		}
	]);
	await db.insert(consultationQuartier).values([
		{ consultationId: w.consultationId, quartierId: q1 },
		{ consultationId: w.consultationId, quartierId: q2 }
	]);
	return w;
}

/** Reads a QR code back from an RGBA image, as a phone's camera would. */
function decode(rgba: Uint8ClampedArray, width: number, height: number): string | null {
	return jsQR(rgba, width, height)?.data ?? null;
}

/** The text a PDF draws in its built-in fonts: the hex strings of its TJ operators, in order. */
function builtInFontText(pdf: Buffer): string {
	const ops = pdf.toString('latin1').match(/\[[^\]]*\] TJ/g) ?? [];
	return ops
		.map((op) =>
			(op.match(/<([0-9a-f]+)>/gi) ?? []).map((h) => Buffer.from(h.slice(1, -1), 'hex').toString('latin1')).join('')
		)
		.join('');
}

describe('poster QR codes', () => {
	it('the SVG on the page decodes back to the short URL', async () => {
		const url = 'https://quartiers-vivants.fr/b/K7M2QXZ';
		const svg = await qrSvg(url);
		expect(svg).toContain('<svg');
		const { data, info } = await sharp(Buffer.from(svg), { density: 300 })
			.resize(400)
			.ensureAlpha()
			.raw()
			.toBuffer({ resolveWithObject: true });
		expect(decode(new Uint8ClampedArray(data), info.width, info.height)).toBe(url);
	});

	it('the squares drawn in the PDF decode back to the short URL, quiet zone included', () => {
		const url = 'http://localhost:4999/c/ABCDEFG';
		const qr = qrModules(url);
		const scale = 6;
		const side = (qr.size + 2 * QR_QUIET_ZONE) * scale;
		const rgba = new Uint8ClampedArray(side * side * 4).fill(255);
		for (let y = 0; y < side; y++)
			for (let x = 0; x < side; x++) {
				const r = Math.floor(y / scale) - QR_QUIET_ZONE;
				const c = Math.floor(x / scale) - QR_QUIET_ZONE;
				if (r >= 0 && c >= 0 && r < qr.size && c < qr.size && qr.dark(r, c))
					rgba.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
			}
		expect(decode(rgba, side, side)).toBe(url);
	});
});

forEachEngine('posters', (use) => {
	let w: World;
	beforeAll(async () => {
		w = await world(use().db);
	});

	describe('short URLs', () => {
		it('lead to a public need or consultation, typed in lower case or with spaces', async () => {
			const ctx = use();
			expect(await resolveShortCode(ctx, { kind: 'need', typed: w.needCode })).toBe(w.needId);
			expect(await resolveShortCode(ctx, { kind: 'need', typed: w.needCode.toLowerCase() })).toBe(w.needId);
			expect(
				await resolveShortCode(ctx, { kind: 'need', typed: `${w.needCode.slice(0, 3)} ${w.needCode.slice(3)}` })
			).toBe(w.needId);
			expect(await resolveShortCode(ctx, { kind: 'consultation', typed: w.consultationCode.toLowerCase() })).toBe(
				w.consultationId
			);
		});

		it('lead nowhere for content that is not public, a mistyped code or the wrong kind', async () => {
			const ctx = use();
			expect(await resolveShortCode(ctx, { kind: 'need', typed: w.submittedNeedCode })).toBeNull();
			expect(await resolveShortCode(ctx, { kind: 'need', typed: w.refusedNeedCode })).toBeNull();
			expect(await resolveShortCode(ctx, { kind: 'consultation', typed: w.draftConsultationCode })).toBeNull();
			expect(await resolveShortCode(ctx, { kind: 'consultation', typed: w.needCode })).toBeNull();
			expect(await resolveShortCode(ctx, { kind: 'need', typed: 'not-a-code' })).toBeNull();
			expect(await resolveShortCode(ctx, { kind: 'need', typed: "'; DROP TABLE need; --" })).toBeNull();
		});
	});

	describe('poster data', () => {
		it('a need: its title, a short extract, its quartier and the short URL, in the poster’s language', async () => {
			const poster = await getPoster(use(), { kind: 'need', id: w.needId });
			expect(poster).not.toBeNull();
			expect(poster!.title).toBe('Une garde pour les petits pendant les cours de français');
			expect(poster!.contentLanguage).toBe('fr');
			expect([...poster!.extract].length).toBeLessThanOrEqual(280);
			expect(poster!.extract).not.toContain('**');
			expect(poster!.shortUrl).toEqual({
				absolute: `http://localhost:4999/b/${w.needCode}`,
				printed: `localhost:4999/b/${w.needCode}`
			});
			expect(posterTexts(poster!, 'fr')).toMatchObject({
				callToAction: 'Soutenez ce besoin !',
				where: 'Quartier : Saint-Jean',
				closes: null
			});
			expect(posterTexts(poster!, 'en').callToAction).toBe('Support this need!');
			expect(posterTexts(poster!, 'ar').callToAction).toBe('ادعموا هذه الحاجة!');
		});

		it('a consultation: its quartiers and its closing date in the commune’s time zone', async () => {
			const poster = await getPoster(use(), { kind: 'consultation', id: w.consultationId });
			expect(poster!.quartiers).toEqual(['Les Buers', 'Saint-Jean']);
			expect(poster!.extract).toBe('The room Tell us what you need.');
			const fr = posterTexts(poster!, 'fr');
			expect(fr.callToAction).toBe('Donnez votre avis !');
			expect(fr.where).toBe('Quartiers : Les Buers, Saint-Jean');
			expect(fr.closes).toMatch(/^Répondez avant le 14 décembre 2026 à 23:59$/);
			expect(posterTexts(poster!, 'en').closes).toMatch(/December 14, 2026.*11:59/);
			expect(posterTexts(poster!, 'ar').closes).toMatch(/^أجيبوا قبل /);
		});

		it('no poster for what is not public', async () => {
			expect(await getPoster(use(), { kind: 'need', id: w.submittedNeedId })).toBeNull();
			expect(await getPoster(use(), { kind: 'consultation', id: w.draftConsultationId })).toBeNull();
			expect(await getPoster(use(), { kind: 'need', id: randomUUID() })).toBeNull();
		});
	});

	describe('PDF', () => {
		it('is an A4 PDF that prints the short URL and links to it', async () => {
			const poster = (await getPoster(use(), { kind: 'need', id: w.needId }))!;
			const pdf = await renderPosterPdf(poster, posterTexts(poster, 'fr'), 'fr', { compress: false });
			expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
			expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
			expect(pdf.toString('latin1')).toContain(`/URI (http://localhost:4999/b/${w.needCode})`);
			const text = builtInFontText(pdf);
			expect(text).toContain(`localhost:4999/b/${w.needCode}`);
			expect(text).toContain('Soutenez');
		});

		it('in Arabic embeds an Arabic font and still prints the address left to right', async () => {
			const poster = (await getPoster(use(), { kind: 'need', id: w.arabicNeedId }))!;
			const pdf = await renderPosterPdf(poster, posterTexts(poster, 'ar'), 'ar', { compress: false });
			const raw = pdf.toString('latin1');
			expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansArabic-Bold/);
			expect(raw).toContain('/ToUnicode');
			expect(builtInFontText(pdf)).toContain(poster.shortUrl.printed);
		});
	});
});

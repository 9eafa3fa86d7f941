import { describe, expect, it } from 'vitest';
import { fit } from '#lib/domain/fit.js';
import { fitSummary } from './fit-labels.js';
import type { PracticeRequirements, RoomEquipment } from '#lib/domain/vocabulary.js';
import { overwriteGetLocale } from '#lib/paraglide/runtime.js';

const room: RoomEquipment = {
	areaM2: 32,
	kitchenLevel: 'reheating',
	toilets: true,
	childToilets: false,
	changingTable: false,
	storageM2: 0,
	outdoorM2: 0,
	stepFree: true,
	vanAccess: true,
	waterPoint: true
};
const creche: PracticeRequirements = { ...room, minAreaM2: 40, childToilets: true };

describe('fitSummary', () => {
	it('reads as the issue says, in French and in English', () => {
		overwriteGetLocale(() => 'fr');
		expect(fitSummary(fit(room, creche))).toBe('Convient avec des travaux : +8 m², toilettes pour enfants');
		overwriteGetLocale(() => 'en');
		expect(fitSummary(fit(room, creche))).toBe('Fits with upgrades: +8 m², child toilets');
		expect(fitSummary(fit(room, { ...creche, minAreaM2: 0, childToilets: false, kitchenLevel: 'full' }))).toBe(
			'Fits with upgrades: kitchen: reheating only → full'
		);
	});
});

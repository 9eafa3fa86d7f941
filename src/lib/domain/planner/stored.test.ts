import { describe, expect, it } from 'vitest';
import { readEquipment, readRequirements } from './stored.js';

describe('stored planner JSON', () => {
	it('reads equipment as written', () => {
		const e = {
			areaM2: 42,
			kitchenLevel: 'reheating',
			toilets: true,
			childToilets: false,
			changingTable: true,
			storageM2: 4,
			outdoorM2: 0,
			stepFree: true,
			vanAccess: false,
			waterPoint: true
		};
		expect(readEquipment(e)).toEqual(e);
	});
	it('reads anything odd as "nothing" rather than trusting it', () => {
		expect(readEquipment({ areaM2: -3, kitchenLevel: 'palace', toilets: 'yes' })).toMatchObject({
			areaM2: 0,
			kitchenLevel: 'none',
			toilets: false
		});
		expect(readRequirements(null)).toMatchObject({ minAreaM2: 0, kitchenLevel: 'none', childToilets: false });
	});
	it('reads requirements with their minimum area', () => {
		expect(readRequirements({ minAreaM2: 50, kitchenLevel: 'full' })).toMatchObject({
			minAreaM2: 50,
			kitchenLevel: 'full'
		});
		expect(readRequirements({ minAreaM2: 50 })).not.toHaveProperty('areaM2');
	});
});

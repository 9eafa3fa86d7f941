import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitsAfter } from './upgrades.js';
import {
	areaCost,
	defaultUpgradeCost,
	DEFAULT_UNIT_PRICES,
	FITTING_PRICES,
	kitchenUpgradeCost,
	suggestUpgrades
} from './upgrade-costs.js';
import type { CandidateUpgrade } from './problem.js';
import type { PracticeRequirements, RoomEquipment } from '../vocabulary.js';

const room = (e: Partial<RoomEquipment> = {}): RoomEquipment => ({
	areaM2: 40,
	kitchenLevel: 'none',
	toilets: false,
	childToilets: false,
	changingTable: false,
	storageM2: 0,
	outdoorM2: 0,
	stepFree: false,
	vanAccess: false,
	waterPoint: false,
	...e
});
const needs = (r: Partial<PracticeRequirements> = {}): PracticeRequirements => ({
	minAreaM2: 0,
	kitchenLevel: 'none',
	toilets: false,
	childToilets: false,
	changingTable: false,
	storageM2: 0,
	outdoorM2: 0,
	stepFree: false,
	vanAccess: false,
	waterPoint: false,
	...r
});

describe('default costs', () => {
	it('prices m² by the unit price of their kind, a kitchen by the step up, a fitting as a whole', () => {
		expect(defaultUpgradeCost({ kind: 'area', amountM2: 8, kitchenLevel: null }, room())).toBe(
			8 * DEFAULT_UNIT_PRICES.area
		);
		expect(
			defaultUpgradeCost({ kind: 'kitchen', amountM2: 0, kitchenLevel: 'full' }, room({ kitchenLevel: 'reheating' }))
		).toBe(kitchenUpgradeCost('reheating', 'full'));
		expect(kitchenUpgradeCost('reheating', 'full')).toBeLessThan(kitchenUpgradeCost('none', 'full'));
		expect(kitchenUpgradeCost('full', 'reheating')).toBe(0);
		expect(defaultUpgradeCost({ kind: 'childToilets', amountM2: 0, kitchenLevel: null }, room())).toBe(
			FITTING_PRICES.childToilets
		);
	});

	it('works out "+N m² at P €/m²" in whole euros', () => {
		expect(areaCost(8, 2000)).toBe(16000);
		expect(areaCost(3, 1250.5)).toBe(3752);
		expect(areaCost(-2, 2000)).toBe(0);
	});
});

describe('suggestUpgrades', () => {
	const restaurant = { id: 'restaurant', requirements: needs({ minAreaM2: 60, kitchenLevel: 'full', storageM2: 8 }) };
	const creche = {
		id: 'creche',
		requirements: needs({ minAreaM2: 40, kitchenLevel: 'reheating', childToilets: true })
	};
	const textile = { id: 'textile', requirements: needs({ minAreaM2: 50, outdoorM2: 50 }) };

	it('proposes what closes the gaps: "+8 m² and a full kitchen" for a 52 m² room with a reheating kitchen', () => {
		const planned = { id: 'p', equipment: room({ areaM2: 52, kitchenLevel: 'reheating', storageM2: 8 }) };
		const s = suggestUpgrades([planned], [restaurant]);
		expect(s.map((u) => [u.kind, u.amountM2, u.kitchenLevel])).toEqual([
			['area', 8, null],
			['kitchen', 0, 'full']
		]);
		expect(s[0]!.cost).toBe(8 * DEFAULT_UNIT_PRICES.area);
		expect(s[1]!.cost).toBe(kitchenUpgradeCost('reheating', 'full'));
		expect(s.every((u) => u.activityIds.includes('restaurant'))).toBe(true);
	});

	it('proposes m² as steps that add up, so that the smaller need can be met alone', () => {
		const hall = { id: 'h', equipment: room({ areaM2: 42, kitchenLevel: 'full', storageM2: 8, childToilets: true }) };
		const s = suggestUpgrades([hall], [restaurant, creche, { id: 'asl', requirements: needs({ minAreaM2: 50 }) }]);
		const area = s.filter((u) => u.kind === 'area');
		expect(area.map((u) => u.amountM2)).toEqual([8, 10]);
		expect(area[0]!.activityIds.sort()).toEqual(['asl', 'restaurant']);
		expect(area[1]!.activityIds).toEqual(['restaurant']);
	});

	it('proposes nothing for a room no works can make fit (outdoor space, van access), nor what is already listed', () => {
		const indoor = { id: 'i', equipment: room({ areaM2: 45 }) };
		expect(suggestUpgrades([indoor], [textile])).toEqual([]);
		const small = { id: 's', equipment: room({ areaM2: 32, kitchenLevel: 'reheating' }) };
		const listed = [{ roomId: 's', kind: 'area' as const, amountM2: 8, kitchenLevel: null }];
		expect(suggestUpgrades([small], [creche], listed).map((u) => u.kind)).toEqual(['childToilets']);
		const fullListed = [{ roomId: 'h', kind: 'kitchen' as const, amountM2: 0, kitchenLevel: 'full' as const }];
		const hall = { id: 'h', equipment: room({ areaM2: 80 }) };
		expect(suggestUpgrades([hall], [creche], fullListed).map((u) => u.kind)).toEqual(['childToilets']);
	});

	it('always proposes enough: once every suggestion is bought, each activity that could fit does', () => {
		const level = fc.constantFrom('none' as const, 'reheating' as const, 'full' as const);
		const equipment = fc.record({
			areaM2: fc.integer({ min: 10, max: 120 }),
			kitchenLevel: level,
			toilets: fc.boolean(),
			childToilets: fc.boolean(),
			changingTable: fc.boolean(),
			storageM2: fc.integer({ min: 0, max: 12 }),
			outdoorM2: fc.integer({ min: 0, max: 60 }),
			stepFree: fc.boolean(),
			vanAccess: fc.boolean(),
			waterPoint: fc.boolean()
		});
		const requirements = fc.record({
			minAreaM2: fc.integer({ min: 0, max: 100 }),
			kitchenLevel: level,
			toilets: fc.boolean(),
			childToilets: fc.boolean(),
			changingTable: fc.boolean(),
			storageM2: fc.integer({ min: 0, max: 15 }),
			outdoorM2: fc.constant(0),
			stepFree: fc.boolean(),
			vanAccess: fc.constant(false),
			waterPoint: fc.boolean()
		});
		fc.assert(
			fc.property(equipment, fc.array(requirements, { minLength: 1, maxLength: 4 }), (e, rs) => {
				const activities = rs.map((r, i) => ({ id: `a${i}`, requirements: r }));
				const bought: CandidateUpgrade[] = suggestUpgrades([{ id: 'r', equipment: e }], activities).map((u, i) => ({
					id: `u${i}`,
					roomId: u.roomId,
					kind: u.kind,
					amountM2: u.amountM2,
					kitchenLevel: u.kitchenLevel,
					cost: u.cost,
					label: ''
				}));
				for (const a of activities) {
					const helped = bought.filter((_, i) =>
						suggestUpgrades([{ id: 'r', equipment: e }], activities)[i]!.activityIds.includes(a.id)
					);
					const couldFit = helped.length > 0 || fitsAfter(e, [], a.requirements);
					if (couldFit) expect(fitsAfter(e, bought, a.requirements)).toBe(true);
				}
			})
		);
	});
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareVerdicts, fit, rankByFit, upgradeEffort, withUpgrades, type Upgrades } from './fit.js';
import { KITCHEN_LEVELS, type PracticeRequirements, type RoomEquipment } from './vocabulary.js';

const bareRoom: RoomEquipment = {
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

/** The itinerant crèche: ~40 m², child toilets; the van brings the changing table and toys. */
const itinerantCreche: PracticeRequirements = {
	minAreaM2: 40,
	kitchenLevel: 'reheating',
	toilets: true,
	childToilets: true,
	changingTable: false,
	storageM2: 0,
	outdoorM2: 0,
	stepFree: true,
	vanAccess: true,
	waterPoint: true
};

describe('fit', () => {
	it('says a 32 m² room with a reheating kitchen fits the itinerant crèche with +8 m² and child toilets', () => {
		expect(fit(bareRoom, itinerantCreche)).toEqual({
			verdict: 'fits_with_upgrades',
			gaps: [
				{ kind: 'area', missingM2: 8 },
				{ kind: 'sanitary', item: 'childToilets' }
			],
			blocking: []
		});
	});

	it('says it fits once those upgrades are planned', () => {
		const upgrades: Upgrades = { extraAreaM2: 8, childToilets: true };
		expect(fit(bareRoom, itinerantCreche, { upgrades })).toEqual({ verdict: 'fits', gaps: [], blocking: [] });
	});

	it('names the kitchen step a shared kitchen needs', () => {
		const kitchenNeeds = { ...itinerantCreche, minAreaM2: 30, childToilets: false, kitchenLevel: 'full' as const };
		expect(fit(bareRoom, kitchenNeeds).gaps).toEqual([{ kind: 'kitchen', from: 'reheating', to: 'full' }]);
	});

	it('does not fit when the extension would be more than a few m², and says why', () => {
		const large = { ...itinerantCreche, minAreaM2: 80 };
		const result = fit(bareRoom, large);
		expect(result.verdict).toBe('does_not_fit');
		expect(result.blocking).toEqual([{ kind: 'area', missingM2: 48 }]);
	});

	it('does not fit when outdoor space or van access is missing: works on a room cannot make them', () => {
		const garden = { ...itinerantCreche, minAreaM2: 0, childToilets: false, outdoorM2: 50 };
		expect(fit(bareRoom, garden).blocking).toEqual([{ kind: 'outdoor', missingM2: 50 }]);
		const noStreet = { ...bareRoom, vanAccess: false, areaM2: 40, childToilets: true };
		expect(fit(noStreet, itinerantCreche)).toMatchObject({
			verdict: 'does_not_fit',
			blocking: [{ kind: 'vanAccess' }]
		});
	});

	it('lets storage grow by up to 10 m²', () => {
		const needs = { ...itinerantCreche, minAreaM2: 0, childToilets: false };
		expect(fit(bareRoom, { ...needs, storageM2: 2 }).verdict).toBe('fits_with_upgrades');
		expect(fit(bareRoom, { ...needs, storageM2: 11 }).verdict).toBe('does_not_fit');
	});

	it('orders the gaps by effort: m² count one each, a fitting a few', () => {
		expect(upgradeEffort(fit(bareRoom, itinerantCreche).gaps)).toBe(8 + 4);
	});
});

// ── Properties ────────────────────────────────────────────────────────────────────────────────

const kitchen = fc.constantFrom(...KITCHEN_LEVELS);
const m2 = fc.integer({ min: 0, max: 300 });
const room: fc.Arbitrary<RoomEquipment> = fc.record({
	areaM2: fc.integer({ min: 1, max: 300 }),
	kitchenLevel: kitchen,
	toilets: fc.boolean(),
	childToilets: fc.boolean(),
	changingTable: fc.boolean(),
	storageM2: m2,
	outdoorM2: m2,
	stepFree: fc.boolean(),
	vanAccess: fc.boolean(),
	waterPoint: fc.boolean()
});
const needs: fc.Arbitrary<PracticeRequirements> = fc.record({
	minAreaM2: m2,
	kitchenLevel: kitchen,
	toilets: fc.boolean(),
	childToilets: fc.boolean(),
	changingTable: fc.boolean(),
	storageM2: fc.integer({ min: 0, max: 30 }),
	outdoorM2: fc.integer({ min: 0, max: 100 }),
	stepFree: fc.boolean(),
	vanAccess: fc.boolean(),
	waterPoint: fc.boolean()
});
const upgrades: fc.Arbitrary<Upgrades> = fc.record(
	{
		extraAreaM2: fc.integer({ min: 0, max: 50 }),
		extraStorageM2: fc.integer({ min: 0, max: 20 }),
		kitchenLevel: kitchen,
		childToilets: fc.boolean(),
		changingTable: fc.boolean(),
		toilets: fc.boolean(),
		waterPoint: fc.boolean(),
		stepFree: fc.boolean()
	},
	{ requiredKeys: [] }
);

/** A room at least as large and as well equipped as another in every respect. */
const betterRoom = (r: RoomEquipment) =>
	fc
		.record({
			more: fc.integer({ min: 0, max: 100 }),
			storage: fc.integer({ min: 0, max: 20 }),
			outdoor: fc.integer({ min: 0, max: 50 }),
			kitchenLevel: kitchen,
			flags: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 })
		})
		.map(({ more, storage, outdoor, kitchenLevel, flags }) => ({
			areaM2: r.areaM2 + more,
			storageM2: r.storageM2 + storage,
			outdoorM2: r.outdoorM2 + outdoor,
			kitchenLevel:
				KITCHEN_LEVELS.indexOf(kitchenLevel) > KITCHEN_LEVELS.indexOf(r.kitchenLevel) ? kitchenLevel : r.kitchenLevel,
			toilets: r.toilets || flags[0]!,
			childToilets: r.childToilets || flags[1]!,
			changingTable: r.changingTable || flags[2]!,
			stepFree: r.stepFree || flags[3]!,
			vanAccess: r.vanAccess || flags[4]!,
			waterPoint: r.waterPoint || flags[5]!
		}));

describe('fit, for every room and practice', () => {
	it('never fits worse in a larger or better-equipped room', () => {
		fc.assert(
			fc.property(
				room.chain((r) => fc.tuple(fc.constant(r), betterRoom(r))),
				needs,
				([worse, better], n) => {
					const a = fit(worse, n);
					const b = fit(better, n);
					expect(compareVerdicts(b.verdict, a.verdict)).toBeLessThanOrEqual(0);
					expect(b.gaps.length).toBeLessThanOrEqual(a.gaps.length);
				}
			)
		);
	});

	it('never fits worse once upgrades are planned', () => {
		fc.assert(
			fc.property(room, needs, upgrades, (r, n, u) => {
				expect(compareVerdicts(fit(r, n, { upgrades: u }).verdict, fit(r, n).verdict)).toBeLessThanOrEqual(0);
			})
		);
	});

	it('fits exactly when nothing is missing, and closing every closable gap makes it fit', () => {
		fc.assert(
			fc.property(room, needs, (r, n) => {
				const result = fit(r, n);
				expect(result.verdict === 'fits').toBe(result.gaps.length === 0);
				expect(result.verdict === 'does_not_fit').toBe(result.blocking.length > 0);
				if (result.verdict !== 'fits_with_upgrades') return;
				const plan: Upgrades = {};
				for (const gap of result.gaps) {
					if (gap.kind === 'area') plan.extraAreaM2 = gap.missingM2;
					if (gap.kind === 'storage') plan.extraStorageM2 = gap.missingM2;
					if (gap.kind === 'kitchen') plan.kitchenLevel = gap.to;
					if (gap.kind === 'sanitary') plan[gap.item] = true;
					if (gap.kind === 'stepFree') plan.stepFree = true;
				}
				expect(fit(r, n, { upgrades: plan }).verdict).toBe('fits');
			})
		);
	});

	it('an upgrade never makes a room smaller or its kitchen poorer', () => {
		fc.assert(
			fc.property(room, upgrades, (r, u) => {
				const after = withUpgrades(r, u);
				expect(after.areaM2).toBeGreaterThanOrEqual(r.areaM2);
				expect(KITCHEN_LEVELS.indexOf(after.kitchenLevel)).toBeGreaterThanOrEqual(
					KITCHEN_LEVELS.indexOf(r.kitchenLevel)
				);
			})
		);
	});
});

describe('rankByFit', () => {
	it('lists what fits first, then the nearest, then the least work', () => {
		const fits = fit({ ...bareRoom, areaM2: 45, childToilets: true }, itinerantCreche);
		const upgrades = fit(bareRoom, itinerantCreche);
		const none = fit({ ...bareRoom, vanAccess: false }, itinerantCreche);
		const ranked = rankByFit([
			{ item: 'far, no', fit: none, distanceKm: 0.1 },
			{ item: 'far, upgrades', fit: upgrades, distanceKm: 5 },
			{ item: 'near, upgrades', fit: upgrades, distanceKm: 1 },
			{ item: 'unknown place, fits', fit: fits, distanceKm: null }
		]);
		expect(ranked.map((c) => c.item)).toEqual(['unknown place, fits', 'near, upgrades', 'far, upgrades', 'far, no']);
	});
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { communeSettingsForm, departementOf, holidayZoneOf, isInseeCode, isTimeZone, timeZoneOf } from './commune.js';

const METROPOLITAN = [
	...Array.from({ length: 95 }, (_, i) => String(i + 1).padStart(2, '0')).filter((d) => d !== '20'),
	'2A',
	'2B'
];

describe('INSEE codes', () => {
	it('accepts metropolitan, Corsican and overseas codes', () => {
		for (const code of ['69266', '01053', '2A004', '2B033', '75056', '97101', '97611', '98735', '95127'])
			expect(isInseeCode(code), code).toBe(true);
	});
	it('refuses what is not a commune code', () => {
		for (const code of ['6926', '692660', '20004', '96001', '97901', '2C004', '69000', 'ABCDE', '', '69 266'])
			expect(isInseeCode(code), code).toBe(false);
	});
	it('finds the département of a code', () => {
		expect(departementOf('69266')).toBe('69');
		expect(departementOf('2A004')).toBe('2A');
		expect(departementOf('97411')).toBe('974');
		expect(departementOf('98735')).toBe('987');
	});
});

describe('school-holiday zones', () => {
	it('follows the académies', () => {
		expect(holidayZoneOf('69')).toBe('A'); // Lyon
		expect(holidayZoneOf('33')).toBe('A'); // Bordeaux
		expect(holidayZoneOf('13')).toBe('B'); // Aix-Marseille
		expect(holidayZoneOf('59')).toBe('B'); // Lille
		expect(holidayZoneOf('76')).toBe('B'); // Normandie (Rouen)
		expect(holidayZoneOf('83')).toBe('B'); // Nice
		expect(holidayZoneOf('93')).toBe('C'); // Créteil
		expect(holidayZoneOf('75')).toBe('C'); // Paris
		expect(holidayZoneOf('31')).toBe('C'); // Toulouse
		expect(holidayZoneOf('34')).toBe('C'); // Montpellier
	});

	it('gives every metropolitan département but Corsica exactly one zone: 32 in A, 41 in B, 21 in C', () => {
		const zones = METROPOLITAN.map(holidayZoneOf);
		expect(zones.filter((z) => z === 'A')).toHaveLength(32);
		expect(zones.filter((z) => z === 'B')).toHaveLength(41);
		expect(zones.filter((z) => z === 'C')).toHaveLength(21);
		expect(holidayZoneOf('2A')).toBeNull();
		expect(holidayZoneOf('2B')).toBeNull();
	});

	it('has no A/B/C zone overseas', () => {
		for (const d of ['971', '972', '973', '974', '976', '978', '987']) expect(holidayZoneOf(d), d).toBeNull();
	});
});

describe('time zones', () => {
	it('is Paris in metropolitan France and Corsica, and local overseas', () => {
		expect(METROPOLITAN.every((d) => timeZoneOf(d) === 'Europe/Paris')).toBe(true);
		expect(timeZoneOf('971')).toBe('America/Guadeloupe');
		expect(timeZoneOf('972')).toBe('America/Martinique');
		expect(timeZoneOf('973')).toBe('America/Cayenne');
		expect(timeZoneOf('974')).toBe('Indian/Reunion');
		expect(timeZoneOf('976')).toBe('Indian/Mayotte');
		expect(timeZoneOf('987')).toBe('Pacific/Tahiti');
	});

	it('only names zones the runtime knows', () => {
		for (const d of [
			...METROPOLITAN,
			'971',
			'972',
			'973',
			'974',
			'975',
			'976',
			'977',
			'978',
			'984',
			'986',
			'987',
			'988'
		])
			expect(isTimeZone(timeZoneOf(d)), d).toBe(true);
		expect(isTimeZone('Europe/Villeurbanne')).toBe(false);
		expect(isTimeZone('UTC')).toBe(false);
		expect(isTimeZone('../etc/passwd')).toBe(false);
	});

	it('never throws on what a person may type (property)', () => {
		fc.assert(fc.property(fc.string(), (s) => typeof isTimeZone(s) === 'boolean'));
	});
});

describe('communeSettingsForm', () => {
	it('reads a zone, or none, and a known time zone', () => {
		expect(communeSettingsForm.safeParse({ holidayZone: 'B', timeZone: ' Europe/Paris ' }).data).toEqual({
			holidayZone: 'B',
			timeZone: 'Europe/Paris'
		});
		expect(communeSettingsForm.safeParse({ holidayZone: '', timeZone: 'Pacific/Marquesas' }).data).toEqual({
			holidayZone: null,
			timeZone: 'Pacific/Marquesas'
		});
		const bad = communeSettingsForm.safeParse({ holidayZone: 'D', timeZone: 'Mars/Olympus' });
		expect(bad.error?.issues.map((i) => i.message)).toEqual(['COMMUNE.ZONE_INVALID', 'COMMUNE.TIME_ZONE_INVALID']);
	});
});

/**
 * Facts about a commune that follow from its INSEE code: its département, its school-holiday
 * zone and its time zone. An administrator may still correct them (a commune of French
 * Polynesia may lie on the Marquesas' clock), so they are defaults, not truths.
 */
import { z } from 'zod';
import { HOLIDAY_ZONES, type HolidayZone } from './vocabulary.js';

/**
 * An INSEE commune code: two digits of a metropolitan département (01–95, without 20) or 2A/2B
 * for Corsica, then three digits; overseas, three digits of the département or collectivity
 * (971–978, 984–988) then two.
 */
const INSEE_CODE = /^(?:(?:0[1-9]|1\d|2[1-9]|[3-8]\d|9[0-5]|2[AB])\d{3}|97[1-8]\d{2}|98[46-8]\d{2})$/;

export function isInseeCode(code: string): boolean {
	return INSEE_CODE.test(code) && !/^(?:\d\d|2[AB])000$/.test(code);
}

/** The département (or overseas collectivity) of a valid INSEE code: '69', '2A', '974'. */
export function departementOf(inseeCode: string): string {
	return /^9[78]/.test(inseeCode) ? inseeCode.slice(0, 3) : inseeCode.slice(0, 2);
}

/**
 * Metropolitan académies and their zone, as fixed by the arrêté of 16 November 2015 (in force
 * since the 2016 school year; Caen and Rouen merged into Normandie in 2020, still zone B).
 */
const ZONE_BY_ACADEMIE: Record<HolidayZone, Record<string, readonly string[]>> = {
	A: {
		Besançon: ['25', '39', '70', '90'],
		Bordeaux: ['24', '33', '40', '47', '64'],
		'Clermont-Ferrand': ['03', '15', '43', '63'],
		Dijon: ['21', '58', '71', '89'],
		Grenoble: ['07', '26', '38', '73', '74'],
		Limoges: ['19', '23', '87'],
		Lyon: ['01', '42', '69'],
		Poitiers: ['16', '17', '79', '86']
	},
	B: {
		'Aix-Marseille': ['04', '05', '13', '84'],
		Amiens: ['02', '60', '80'],
		Lille: ['59', '62'],
		'Nancy-Metz': ['54', '55', '57', '88'],
		Nantes: ['44', '49', '53', '72', '85'],
		Nice: ['06', '83'],
		Normandie: ['14', '27', '50', '61', '76'],
		'Orléans-Tours': ['18', '28', '36', '37', '41', '45'],
		Reims: ['08', '10', '51', '52'],
		Rennes: ['22', '29', '35', '56'],
		Strasbourg: ['67', '68']
	},
	C: {
		Créteil: ['77', '93', '94'],
		Montpellier: ['11', '30', '34', '48', '66'],
		Paris: ['75'],
		Toulouse: ['09', '12', '31', '32', '46', '65', '81', '82'],
		Versailles: ['78', '91', '92', '95']
	}
};

const ZONE_BY_DEPARTEMENT: ReadonlyMap<string, HolidayZone> = new Map(
	HOLIDAY_ZONES.flatMap((zone) => Object.values(ZONE_BY_ACADEMIE[zone]).flatMap((deps) => deps.map((d) => [d, zone])))
);

/**
 * The school-holiday zone of a département. Corsica (académie de Corse) and the overseas
 * académies are in none of A, B, C: their rectors set their own calendars (the ministry's
 * dataset lists them as "Corse", "Guadeloupe"…), so the answer there is null.
 */
export function holidayZoneOf(departement: string): HolidayZone | null {
	return ZONE_BY_DEPARTEMENT.get(departement) ?? null;
}

const OVERSEAS_TIME_ZONES: Record<string, string> = {
	'971': 'America/Guadeloupe',
	'972': 'America/Martinique',
	'973': 'America/Cayenne',
	'974': 'Indian/Reunion',
	'975': 'America/Miquelon',
	'976': 'Indian/Mayotte',
	'977': 'America/St_Barthelemy',
	'978': 'America/Marigot',
	'984': 'Indian/Kerguelen',
	'986': 'Pacific/Wallis',
	// Most of French Polynesia, Tahiti included; the Marquesas and Gambier are corrected by hand.
	'987': 'Pacific/Tahiti',
	'988': 'Pacific/Noumea'
};

/** The IANA time zone of a département: Europe/Paris in metropolitan France and Corsica. */
export function timeZoneOf(departement: string): string {
	return OVERSEAS_TIME_ZONES[departement] ?? 'Europe/Paris';
}

/** Whether the runtime knows this IANA time zone (Intl refuses the unknown ones). */
export function isTimeZone(name: string): boolean {
	if (!/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+$/.test(name)) return false;
	try {
		new Intl.DateTimeFormat('en', { timeZone: name });
		return true;
	} catch {
		return false;
	}
}

/** What an administrator may correct on a commune. '' means "no A/B/C zone". */
export const communeSettingsForm = z.object({
	holidayZone: z
		.enum(['', ...HOLIDAY_ZONES], { error: 'COMMUNE.ZONE_INVALID' })
		.transform((z) => (z === '' ? null : z)),
	timeZone: z
		.string({ error: 'FIELD.REQUIRED' })
		.trim()
		.min(1, 'FIELD.REQUIRED')
		.refine(isTimeZone, 'COMMUNE.TIME_ZONE_INVALID')
});

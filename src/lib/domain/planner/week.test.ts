import { describe, expect, it } from 'vitest';
import { localInterval, toInstant } from '../zoned-time.js';
import { weeklyBusy, weeklyOpening } from './week.js';

describe('weeklyOpening', () => {
	it('reads opening periods as minutes and merges touching ones', () => {
		expect(
			weeklyOpening([
				{ weekday: 2, start: '14:00', end: '18:00' },
				{ weekday: 2, start: '09:00', end: '14:00' },
				{ weekday: 9, start: '09:00', end: '10:00' }
			])
		).toEqual([{ weekday: 2, start: 540, end: 1080 }]);
	});
});

describe('weeklyBusy', () => {
	const monday = '2026-10-19'; // the week before the change to winter time in Paris
	it('places a booking on its local weekday and wall-clock minutes', () => {
		const tuesday = localInterval('2026-10-20', '09:00', '11:30', 'Europe/Paris');
		expect(weeklyBusy([tuesday], monday, 'Europe/Paris')).toEqual([{ weekday: 2, start: 540, end: 690 }]);
	});
	it('reads the same wall-clock times in a week with a daylight-saving change', () => {
		const sunday = localInterval('2026-10-25', '09:00', '11:00', 'Europe/Paris');
		expect(weeklyBusy([sunday], monday, 'Europe/Paris')).toEqual([{ weekday: 7, start: 540, end: 660 }]);
	});
	it('cuts a booking over midnight and leaves out what falls outside the week', () => {
		const night = {
			start: toInstant('2026-10-21', '22:00', 'Europe/Paris'),
			end: toInstant('2026-10-22', '02:00', 'Europe/Paris')
		};
		const before = localInterval('2026-10-18', '09:00', '10:00', 'Europe/Paris');
		expect(weeklyBusy([night, before], monday, 'Europe/Paris')).toEqual([
			{ weekday: 3, start: 1320, end: 1440 },
			{ weekday: 4, start: 0, end: 120 }
		]);
	});
	it('ends a booking that stops at midnight on its own day', () => {
		const evening = {
			start: toInstant('2026-10-23', '20:00', 'Europe/Paris'),
			end: toInstant('2026-10-24', '00:00', 'Europe/Paris')
		};
		expect(weeklyBusy([evening], monday, 'Europe/Paris')).toEqual([{ weekday: 5, start: 1200, end: 1440 }]);
	});
});

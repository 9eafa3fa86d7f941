import { describe, expect, it } from 'vitest';
import { bookingPolicySentences, durationText, noticeText } from './room-text.js';

describe('room text (French)', () => {
	it('says durations the way people say them', () => {
		expect(durationText(45)).toBe('45 minutes');
		expect(durationText(60)).toBe('1 heure');
		expect(durationText(240)).toBe('4 heures');
		expect(durationText(90)).toBe('1 h 30');
	});

	it('says a notice in days when it is whole days', () => {
		expect(noticeText(24)).toBe('1 jour');
		expect(noticeText(48)).toBe('2 jours');
		expect(noticeText(36)).toBe('36 heures');
		expect(noticeText(2)).toBe('2 heures');
	});

	it('puts the booking policy in sentences', () => {
		expect(
			bookingPolicySentences({
				approvalRequired: true,
				minNoticeHours: 48,
				maxBookingMinutes: 240,
				bookableBy: 'organisations'
			})
		).toEqual([
			'Qui peut la demander : Les structures (associations, entreprises…).',
			"Chaque demande est validée par le gestionnaire de l'équipement.",
			"Demandez-la au moins 2 jours à l'avance.",
			'Une réservation dure au plus 4 heures.'
		]);
		expect(
			bookingPolicySentences({
				approvalRequired: false,
				minNoticeHours: 0,
				maxBookingMinutes: 90,
				bookableBy: 'residents'
			})
		).toContain("Elle peut être demandée jusqu'au dernier moment.");
	});
});

import { describe, expect, it } from 'vitest';
import { notificationMail, notificationText, whenText } from './render.js';
import { NOTIFICATION_KINDS, type NotificationPayload } from './events.js';

const payload: NotificationPayload = {
	title: 'Atelier couture',
	roomName: 'Salle polyvalente',
	facilityName: 'Maison Berty Albrecht',
	firstStart: '2027-10-26T13:00:00.000Z',
	timeZone: 'Europe/Paris',
	count: 3,
	confirmed: 2,
	refused: 1,
	reason: 'Salle en travaux'
};

describe('notifications in the reader’s language', () => {
	it('shows instants in the room’s time zone, across the October change', () => {
		expect(whenText('2027-11-02T13:00:00.000Z', 'Europe/Paris', 'fr')).toBe('mardi 2 novembre 2027 à 14:00');
		expect(whenText('2027-10-26T12:00:00.000Z', 'Europe/Paris', 'en')).toBe('Tuesday, 26 October 2027 at 14:00');
		expect(whenText(undefined, 'Europe/Paris', 'fr')).toBe('');
	});

	it.each(['fr', 'en', 'ar'] as const)('writes every kind in %s, with the reason apart', (locale) => {
		for (const kind of NOTIFICATION_KINDS) {
			const { text, reason } = notificationText(kind, payload, locale);
			expect(text).toContain('Atelier couture');
			expect(text).not.toMatch(/\{\w+\}/);
			expect(reason).toContain('Salle en travaux');
		}
	});

	it('says how many dates were confirmed and refused', () => {
		expect(notificationText('booking.decided', payload, 'fr').text).toContain('2 confirmé(s), 1 refusé(s)');
		expect(notificationText('booking.decided', payload, 'en').text).toContain('2 confirmed, 1 refused');
	});

	it('writes the mail with a greeting, the reason and the links', () => {
		const mail = notificationMail('booking.decided', payload, 'ar', {
			name: 'Fatou',
			link: 'https://qv.example/rooms/1',
			inbox: 'https://qv.example/notifications'
		});
		expect(mail.subject).toBe('قرار بشأن طلبك: Atelier couture');
		expect(mail.text).toContain('مرحبًا Fatou،');
		expect(mail.text).toContain('السبب: Salle en travaux');
		expect(mail.text).toContain('https://qv.example/rooms/1');
		expect(mail.text).toContain('https://qv.example/notifications');
	});
});

import { describe, expect, it } from 'vitest';
import { digestMail, needStatusText, notificationMail, notificationText, whenText } from './render.js';
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
		expect(mail.subject).toBe('قرار بشأن طلبكم: Atelier couture');
		expect(mail.text).toContain('مرحبًا Fatou،');
		expect(mail.text).toContain('السبب: Salle en travaux');
		expect(mail.text).toContain('https://qv.example/rooms/1');
		expect(mail.text).toContain('https://qv.example/notifications');
	});
});

describe('residents’ voice notifications', () => {
	const answered: NotificationPayload = {
		title: 'Un banc près de l’arrêt de tram',
		titleLanguage: 'fr',
		timeZone: 'Europe/Paris',
		count: 1,
		needStatus: 'answered',
		answer: 'سنضع مقعدين في الربيع.',
		answerLanguage: 'ar',
		organisationName: 'Ville de Villeurbanne'
	};
	const optOut = {
		preferences: 'https://qv.example/account/notifications',
		unsubscribe: 'https://qv.example/unsubscribe/abc.def'
	};

	it.each([
		['fr', 'Du nouveau sur « Un banc près de l’arrêt de tram » : une réponse a été apportée (Ville de Villeurbanne).'],
		['en', 'News on “Un banc près de l’arrêt de tram”: answered (Ville de Villeurbanne).'],
		['ar', 'جديد بشأن «Un banc près de l’arrêt de tram»: تمّ الرد عليه (Ville de Villeurbanne).']
	] as const)('says the new status and who answered, in %s, the answer kept in its language', (locale, text) => {
		const rendered = notificationText('need.status_changed', answered, locale);
		expect(rendered.text).toBe(text);
		expect(rendered.quote).toEqual({ text: 'سنضع مقعدين في الربيع.', lang: 'ar' });
		expect(rendered.reason).toBeNull();
	});

	it('writes an Arabic mail with the answer, the links to opt out and the one-click headers', () => {
		const mail = notificationMail('need.status_changed', answered, 'ar', {
			name: 'Samira',
			link: 'https://qv.example/needs/n1',
			inbox: 'https://qv.example/notifications',
			optOut
		});
		expect(mail.subject).toBe('جديد: Un banc près de l’arrêt de tram');
		expect(mail.text).toContain('مرحبًا Samira،');
		expect(mail.text).toContain('الرد: سنضع مقعدين في الربيع.');
		expect(mail.text).toContain('https://qv.example/needs/n1');
		expect(mail.text).toContain(
			'إيقاف هذه الرسائل (بنقرة واحدة ودون تسجيل الدخول): https://qv.example/unsubscribe/abc.def'
		);
		expect(mail.text).toContain('https://qv.example/account/notifications');
		expect(mail.headers).toEqual({
			'Content-Language': 'ar',
			'List-Unsubscribe': '<https://qv.example/unsubscribe/abc.def>',
			'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click'
		});
	});

	it.each(['fr', 'en', 'ar'] as const)('names every status of a need in %s', (locale) => {
		const statuses = ['submitted', 'published', 'refused', 'under_study', 'answered', 'linked', 'done'];
		const texts = statuses.map((status) => needStatusText(status, locale));
		expect(new Set(texts).size).toBe(statuses.length);
		for (const text of texts) expect(text).not.toMatch(/_|^$/);
		expect(needStatusText('under_study', locale)).not.toBe('under_study');
	});

	it('gives a refused comment’s reason apart, in French', () => {
		const rendered = notificationText(
			'comment.refused',
			{ ...answered, needStatus: undefined, answer: undefined, reason: 'Propos injurieux' },
			'fr'
		);
		expect(rendered.text).toBe(
			'Votre commentaire sur « Un banc près de l’arrêt de tram » n’a pas été retenu par la modération.'
		);
		expect(rendered.reason).toBe('Motif : Propos injurieux');
		expect(rendered.quote).toBeUndefined();
	});

	it.each([
		['fr', 'Votre semaine sur Quartiers Vivants : 2 nouveauté(s)', 'Nouveau commentaire sur'],
		['en', 'Your week on Quartiers Vivants: 2 new notification(s)', 'New comment on'],
		['ar', 'أسبوعكم على Quartiers Vivants: 2 إشعار(ات) جديدة', 'تعليق جديد على']
	] as const)('writes the weekly digest in %s, one entry per notification', (locale, subject, commented) => {
		const mail = digestMail(
			[
				{ kind: 'need.status_changed', payload: answered, link: 'https://qv.example/needs/n1' },
				{ kind: 'need.commented', payload: { ...answered, answer: undefined }, link: 'https://qv.example/needs/n2' }
			],
			locale,
			{ name: 'Samira', inbox: 'https://qv.example/notifications', optOut }
		);
		expect(mail.subject).toBe(subject);
		expect(mail.text).toContain(commented);
		expect(mail.text).toContain('https://qv.example/needs/n1');
		expect(mail.text).toContain('https://qv.example/needs/n2');
		expect(mail.text).toContain('https://qv.example/unsubscribe/abc.def');
		expect(mail.text).not.toMatch(/\{\w+\}/);
		expect(mail.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
		expect(mail.headers?.['Content-Language']).toBe(locale);
	});
});

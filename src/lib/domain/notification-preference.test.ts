import { describe, expect, it } from 'vitest';
import { parseForm } from './account-forms.js';
import { emailChoiceOf, mailsEachNotification, notificationPreferenceForm } from './notification-preference.js';

describe('e-mail preference', () => {
	it('reads a missing or unknown stored value as one e-mail per notification', () => {
		expect(emailChoiceOf(undefined)).toBe('each');
		expect(emailChoiceOf(null)).toBe('each');
		expect(emailChoiceOf('daily')).toBe('each');
		expect(emailChoiceOf('weekly')).toBe('weekly');
		expect(emailChoiceOf('none')).toBe('none');
	});

	it('sends a mail per notification only to those who chose it', () => {
		expect(mailsEachNotification('each')).toBe(true);
		expect(mailsEachNotification('weekly')).toBe(false);
		expect(mailsEachNotification('none')).toBe(false);
	});

	it('accepts the three choices and refuses anything else with a stable code', () => {
		expect(parseForm(notificationPreferenceForm, { email: 'weekly' })).toEqual({ ok: true, data: { email: 'weekly' } });
		expect(parseForm(notificationPreferenceForm, { email: 'daily' })).toEqual({
			ok: false,
			fieldErrors: { email: 'NOTIFICATION_PREFERENCE.INVALID' }
		});
		expect(parseForm(notificationPreferenceForm, {})).toEqual({
			ok: false,
			fieldErrors: { email: 'NOTIFICATION_PREFERENCE.INVALID' }
		});
	});
});

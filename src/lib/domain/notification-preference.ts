/**
 * How a person wants to hear of her notifications by e-mail. In the app she always does.
 * - each: one e-mail per notification (the default: no row means each);
 * - weekly: one digest on Monday morning, only when something is new;
 * - none: no e-mail at all (what a one-click unsubscribe sets).
 */
import { z } from 'zod';

export const EMAIL_CHOICES = ['each', 'weekly', 'none'] as const;
export type EmailChoice = (typeof EMAIL_CHOICES)[number];

export const DEFAULT_EMAIL_CHOICE: EmailChoice = 'each';

export function emailChoiceOf(stored: string | null | undefined): EmailChoice {
	return (EMAIL_CHOICES as readonly string[]).includes(stored ?? '') ? (stored as EmailChoice) : DEFAULT_EMAIL_CHOICE;
}

/** Whether a notification also goes out as its own e-mail, the moment it is written. */
export function mailsEachNotification(choice: EmailChoice): boolean {
	return choice === 'each';
}

export const notificationPreferenceForm = z.object({
	email: z.enum(EMAIL_CHOICES, { error: 'NOTIFICATION_PREFERENCE.INVALID' })
});

/**
 * The shapes of the account forms. Messages are stable codes, never sentences:
 * the interface turns them into the reader's language.
 */
import { z } from 'zod';
import { LOCALES } from './locale.js';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

const required = (s: z.ZodString) => s.trim().min(1, 'FIELD.REQUIRED');

export const email = z
	.string({ error: 'FIELD.REQUIRED' })
	.trim()
	.min(1, 'FIELD.REQUIRED')
	.max(254, 'EMAIL.INVALID')
	.pipe(z.email('EMAIL.INVALID'))
	.transform((v) => v.toLowerCase());

export const newPassword = z
	.string({ error: 'FIELD.REQUIRED' })
	.min(1, 'FIELD.REQUIRED')
	.min(PASSWORD_MIN, 'PASSWORD.TOO_SHORT')
	.max(PASSWORD_MAX, 'PASSWORD.TOO_LONG');

const anyPassword = z
	.string({ error: 'FIELD.REQUIRED' })
	.min(1, 'FIELD.REQUIRED')
	.max(PASSWORD_MAX, 'PASSWORD.TOO_LONG');

export const signUpForm = z.object({
	name: required(z.string({ error: 'FIELD.REQUIRED' })).max(80, 'NAME.LENGTH'),
	email,
	password: newPassword
});

export const signInForm = z.object({ email, password: anyPassword });

export const emailForm = z.object({ email });

export const resetPasswordForm = z.object({
	token: required(z.string({ error: 'TOKEN.INVALID' })),
	password: newPassword
});

export const changePasswordForm = z.object({
	currentPassword: anyPassword,
	newPassword
});

export const localeForm = z.object({
	locale: z.enum(LOCALES, { error: 'LOCALE.INVALID' })
});

/** A 6-digit TOTP code, or one of the backup codes Better Auth issues (letters, digits, dash). */
export const codeForm = z.object({
	code: z
		.string({ error: 'FIELD.REQUIRED' })
		.trim()
		.min(1, 'FIELD.REQUIRED')
		.transform((v) => v.replace(/\s+/g, ''))
		.pipe(z.string().regex(/^(\d{6}|[A-Za-z0-9-]{8,32})$/, 'CODE.INVALID'))
});

/** Confirms a sensitive change with the current password. */
export const passwordForm = z.object({ password: anyPassword });

export const deleteAccountForm = z.object({
	password: anyPassword,
	confirm: z.literal('on', { error: 'CONFIRM.REQUIRED' })
});

export type FieldErrors = Record<string, string>;

/** Parses form fields; on failure returns the first problem of each field. */
export function parseForm<S extends z.ZodType>(
	schema: S,
	values: Record<string, unknown>
): { ok: true; data: z.infer<S> } | { ok: false; fieldErrors: FieldErrors } {
	const parsed = schema.safeParse(values);
	if (parsed.success) return { ok: true, data: parsed.data };
	const fieldErrors: FieldErrors = {};
	for (const issue of parsed.error.issues) {
		const field = String(issue.path[0] ?? 'form');
		fieldErrors[field] ??= issue.message;
	}
	return { ok: false, fieldErrors };
}

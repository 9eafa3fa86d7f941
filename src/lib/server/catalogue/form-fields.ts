/** The practice forms' glue with SvelteKit: repeated checkbox names, failures sent back filled. */
import { fail } from '@sveltejs/kit';
import { errorText } from '#lib/i18n/error-text.js';
import type { FieldErrors } from '#lib/domain/account-forms.js';
import type { RawForm } from '#lib/domain/practice-form.js';

/** Form fields that may be repeated (checkbox groups) and are kept as lists. */
const LIST_FIELDS = new Set(['themes', 'publics', 'preferredWindows']);

/** Every text field of a posted form; checkbox groups as lists, other fields by their first value. */
export async function formFields(request: Request): Promise<RawForm> {
	const data = await request.formData();
	const values: Record<string, string | string[]> = {};
	for (const [key, value] of data) {
		if (typeof value !== 'string') continue;
		if (LIST_FIELDS.has(key)) values[key] = [...((values[key] as string[] | undefined) ?? []), value];
		else if (!(key in values)) values[key] = value;
	}
	return values;
}

/** A failed practice form: the translated message beside each field, everything typed sent back. */
export function practiceFormFailure(values: RawForm, fieldErrors: FieldErrors, retryAfterSeconds?: number) {
	const errors = Object.fromEntries(
		Object.entries(fieldErrors).map(([field, code]) => [field, errorText(code, retryAfterSeconds)])
	);
	return fail(retryAfterSeconds ? 429 : 400, { values, errors });
}

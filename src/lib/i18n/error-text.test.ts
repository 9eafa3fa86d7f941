import { describe, expect, it } from 'vitest';
import * as m from '#lib/paraglide/messages.js';
import { errorText } from './error-text.js';

describe('errorText', () => {
	it('finds a message by the code’s name when the switch has no case for it', () => {
		// RATE.LIMITED has a case; FIELD.REQUIRED too; an unknown code falls back to a general sentence.
		expect(errorText('FIELD.REQUIRED')).toBe(m.err_required());
		expect(errorText('NO.SUCH_CODE')).toBe(m.err_unexpected());
		// 'NOT_FOUND' → err_not_found, the same message the convention would pick.
		expect(errorText('NOT_FOUND')).toBe(m.err_not_found());
	});
});

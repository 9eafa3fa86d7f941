import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { render, sourceKeys } from '../../../scripts/message-groups.mjs';
import { errorText } from './error-text.js';
import { themeLabel } from './catalogue-labels.js';

describe('the messages looked up by name', () => {
	it('are listed in messages-by-name/ as the message files stand (run `npm run messages` when this fails)', () => {
		for (const { file, text } of render(sourceKeys())) expect(readFileSync(file, 'utf8'), file).toBe(text);
	});

	it('include a message added in any area, so that its error code gets its sentence', () => {
		// The childcare area was the last to be added; its codes are read by convention.
		expect(sourceKeys()).toContain('err_childcare_age_not_covered');
		expect(errorText('CHILDCARE.AGE_NOT_COVERED')).not.toBe(errorText('SOMETHING.UNKNOWN'));
		expect(themeLabel('AGR')).not.toBe('AGR');
	});
});

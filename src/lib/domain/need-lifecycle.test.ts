import { describe, expect, it } from 'vitest';
import { parseForm } from './account-forms.js';
import { NEED_STATUSES } from './need-vocabulary.js';
import {
	RESPONSE_STATUSES,
	canMove,
	canSeeNeed,
	isPublicStatus,
	needResponseForm,
	nextStatuses
} from './need-lifecycle.js';

describe('nextStatuses', () => {
	it('follows published → under study → answered → linked → done', () => {
		expect(nextStatuses('published')).toEqual(['under_study', 'answered']);
		expect(nextStatuses('under_study')).toEqual(['answered', 'linked']);
		expect(nextStatuses('answered')).toEqual(['linked', 'done']);
		expect(nextStatuses('linked')).toEqual(['done']);
		expect(nextStatuses('done')).toEqual([]);
	});

	it('leaves moderation to the moderation queue: nothing moves a submitted or refused need', () => {
		expect(nextStatuses('submitted')).toEqual([]);
		expect(nextStatuses('refused')).toEqual([]);
		expect(nextStatuses('nonsense')).toEqual([]);
	});

	it('never goes back nor to a moderation status', () => {
		for (const from of NEED_STATUSES) {
			for (const to of nextStatuses(from)) {
				expect(RESPONSE_STATUSES).toContain(to);
				expect(NEED_STATUSES.indexOf(to)).toBeGreaterThan(NEED_STATUSES.indexOf(from));
			}
		}
		expect(canMove('answered', 'under_study')).toBe(false);
		expect(canMove('published', 'published')).toBe(false);
		expect(canMove('published', 'refused')).toBe(false);
		expect(canMove('published', 'linked')).toBe(false);
		expect(canMove('answered', 'done')).toBe(true);
	});
});

describe('visibility', () => {
	const author = 'u-author';
	it('is public from publication on', () => {
		expect(NEED_STATUSES.filter(isPublicStatus)).toEqual(['published', 'under_study', 'answered', 'linked', 'done']);
		expect(canSeeNeed({ status: 'answered', authorId: author }, { userId: null, moderator: false })).toBe(true);
	});

	it('shows a submitted or refused need to its author and moderators only', () => {
		for (const status of ['submitted', 'refused']) {
			const need = { status, authorId: author };
			expect(canSeeNeed(need, { userId: author, moderator: false })).toBe(true);
			expect(canSeeNeed(need, { userId: 'someone', moderator: true })).toBe(true);
			expect(canSeeNeed(need, { userId: 'someone', moderator: false })).toBe(false);
			expect(canSeeNeed(need, { userId: null, moderator: false })).toBe(false);
		}
	});

	it('does not take a signed-out visitor for the author of a need posted without an account', () => {
		expect(canSeeNeed({ status: 'submitted', authorId: null }, { userId: null, moderator: false })).toBe(false);
	});
});

describe('needResponseForm', () => {
	it('requires the official answer to answer', () => {
		const r = parseForm(needResponseForm, { status: 'answered', text: '  ' });
		expect(r).toEqual({ ok: false, fieldErrors: { text: 'CONVERSATION.ANSWER_REQUIRED' } });
	});

	it('requires an initiative to link', () => {
		const r = parseForm(needResponseForm, { status: 'linked', text: '' });
		expect(r).toEqual({ ok: false, fieldErrors: { initiativeId: 'CONVERSATION.INITIATIVE_REQUIRED' } });
	});

	it('refuses a status outside the response statuses', () => {
		const r = parseForm(needResponseForm, { status: 'published' });
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.fieldErrors.status).toBe('CHOICE.INVALID');
	});

	it('reads empty optional fields as none, and the answer language as French by default', () => {
		const r = parseForm(needResponseForm, { status: 'under_study', text: '', organisationId: '', initiativeId: '' });
		expect(r).toEqual({
			ok: true,
			data: { status: 'under_study', text: '', language: 'fr', organisationId: null, initiativeId: null }
		});
	});

	it('refuses an answer too long', () => {
		const r = parseForm(needResponseForm, { status: 'answered', text: 'x'.repeat(5001) });
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.fieldErrors.text).toBe('TEXT.TOO_LONG');
	});
});

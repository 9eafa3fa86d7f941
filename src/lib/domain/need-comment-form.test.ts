import { describe, expect, it } from 'vitest';
import { parseForm } from './account-forms.js';
import { commentStatusFor, isRobot, needCommentForm, threadParent } from './need-comment-form.js';

describe('needCommentForm', () => {
	it('keeps the language the comment was written in', () => {
		const r = parseForm(needCommentForm, { body: ' نعم، أنا أيضاً ', language: 'ar' });
		expect(r).toEqual({ ok: true, data: { body: 'نعم، أنا أيضاً', language: 'ar', parentId: null, website: '' } });
	});

	it('requires a text, not only spaces', () => {
		expect(parseForm(needCommentForm, { body: '   ' })).toEqual({ ok: false, fieldErrors: { body: 'FIELD.REQUIRED' } });
	});

	it('refuses a comment over 2,000 characters and a language it does not know', () => {
		const r = parseForm(needCommentForm, { body: 'a'.repeat(2001), language: 'de' });
		expect(r).toEqual({ ok: false, fieldErrors: { body: 'TEXT.TOO_LONG', language: 'CHOICE.INVALID' } });
	});

	it('tells a robot by its filled honeypot', () => {
		const person = parseForm(needCommentForm, { body: 'Bonne idée', website: '' });
		const robot = parseForm(needCommentForm, { body: 'Bonne idée', website: 'http://spam.example' });
		expect(person.ok && isRobot(person.data)).toBe(false);
		expect(robot.ok && isRobot(robot.data)).toBe(true);
	});
});

describe('threadParent', () => {
	it('attaches a reply to a reply to the comment that opened the thread', () => {
		expect(threadParent(null)).toBeNull();
		expect(threadParent({ id: 'top', parentId: null })).toBe('top');
		expect(threadParent({ id: 'reply', parentId: 'top' })).toBe('top');
	});
});

describe('commentStatusFor', () => {
	it('holds a first post for moderation and publishes the next ones', () => {
		expect(commentStatusFor({ publishedNeeds: 0, publishedComments: 0 })).toBe('pending');
		expect(commentStatusFor({ publishedNeeds: 1, publishedComments: 0 })).toBe('published');
		expect(commentStatusFor({ publishedNeeds: 0, publishedComments: 3 })).toBe('published');
	});
});

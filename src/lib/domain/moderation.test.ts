import { describe, expect, it } from 'vitest';
import { parseForm } from './account-forms.js';
import {
	COMMENT_DECISIONS,
	NEED_DECISIONS,
	REFUSAL_FOR_REPORT,
	REFUSAL_REASONS,
	REPORT_REASONS,
	commentAllows,
	commentStatusesAllowing,
	needStatusesAllowing,
	VISIBLE_NEED_STATUSES,
	firstNameOf,
	groupReports,
	isHoneypotFilled,
	isReportable,
	needAllows,
	postDecisionForm,
	refusalText,
	reportDecisionForm,
	reportForm
} from './moderation.js';

describe('reasons', () => {
	it('match the values the database accepts for a report', () => {
		expect(REPORT_REASONS).toEqual(['spam', 'insult', 'personal_data', 'off_topic', 'other']);
	});
	it('give every report reason a refusal reason to offer first', () => {
		for (const r of REPORT_REASONS) expect(REFUSAL_REASONS).toContain(REFUSAL_FOR_REPORT[r]);
	});
});

describe('decisions allowed from each state', () => {
	it('publish or refuse only what awaits moderation', () => {
		expect(needAllows('submitted', 'publish')).toBe(true);
		expect(needAllows('submitted', 'refuse')).toBe(true);
		expect(needAllows('published', 'publish')).toBe(false);
		expect(needAllows('refused', 'publish')).toBe(false);
		expect(commentAllows('pending', 'refuse')).toBe(true);
		expect(commentAllows('published', 'refuse')).toBe(false);
		expect(commentAllows('hidden', 'publish')).toBe(false);
	});
	it('hide only what the public sees', () => {
		for (const s of ['published', 'under_study', 'answered', 'linked', 'done'])
			expect(needAllows(s, 'hide')).toBe(true);
		expect(needAllows('submitted', 'hide')).toBe(false);
		expect(commentAllows('published', 'hide')).toBe(true);
		expect(commentAllows('pending', 'hide')).toBe(false);
	});
	it('say from which states a use case may update', () => {
		expect(needStatusesAllowing('publish')).toEqual(['submitted']);
		expect(needStatusesAllowing('hide')).toEqual([...VISIBLE_NEED_STATUSES]);
		expect(commentStatusesAllowing('publish')).toEqual(['pending']);
		expect(commentStatusesAllowing('hide')).toEqual(['published']);
	});
	it('make refused and hidden posts final, and know no other state', () => {
		expect(NEED_DECISIONS.refused).toEqual([]);
		expect(COMMENT_DECISIONS.refused).toEqual([]);
		expect(COMMENT_DECISIONS.hidden).toEqual([]);
		expect(needAllows('deleted', 'publish')).toBe(false);
	});
});

describe('what can be reported', () => {
	it('is a public need, or a published comment on a public need', () => {
		expect(isReportable({ type: 'need', status: 'answered' })).toBe(true);
		expect(isReportable({ type: 'need', status: 'submitted' })).toBe(false);
		expect(isReportable({ type: 'need', status: 'refused' })).toBe(false);
		expect(isReportable({ type: 'comment', status: 'published', needStatus: 'published' })).toBe(true);
		expect(isReportable({ type: 'comment', status: 'pending', needStatus: 'published' })).toBe(false);
		expect(isReportable({ type: 'comment', status: 'published', needStatus: 'refused' })).toBe(false);
	});
});

describe('the decision form', () => {
	it('publishes without a reason', () => {
		expect(parseForm(postDecisionForm, { decision: 'publish' })).toEqual({
			ok: true,
			data: { decision: 'publish', reason: undefined, note: '' }
		});
	});
	it('needs a reason to refuse, beside the reason field', () => {
		expect(parseForm(postDecisionForm, { decision: 'refuse', reason: '', note: 'Merci' })).toEqual({
			ok: false,
			fieldErrors: { reason: 'MODERATION.REASON_REQUIRED' }
		});
		expect(parseForm(postDecisionForm, { decision: 'refuse', reason: 'racism' })).toMatchObject({
			ok: false,
			fieldErrors: { reason: 'MODERATION.REASON_REQUIRED' }
		});
	});
	it('keeps a trimmed note and refuses a long one', () => {
		expect(parseForm(postDecisionForm, { decision: 'refuse', reason: 'duplicate', note: '  voir l’autre  ' })).toEqual({
			ok: true,
			data: { decision: 'refuse', reason: 'duplicate', note: 'voir l’autre' }
		});
		expect(parseForm(postDecisionForm, { decision: 'refuse', reason: 'other', note: 'x'.repeat(1001) })).toEqual({
			ok: false,
			fieldErrors: { note: 'MODERATION.NOTE_TOO_LONG' }
		});
	});
	it('asks for a decision', () => {
		expect(parseForm(postDecisionForm, {})).toMatchObject({
			ok: false,
			fieldErrors: { decision: 'MODERATION.DECISION_REQUIRED' }
		});
	});
	it('upholds a report only with a reason, dismisses without', () => {
		expect(parseForm(reportDecisionForm, { decision: 'dismiss' }).ok).toBe(true);
		expect(parseForm(reportDecisionForm, { decision: 'uphold' })).toEqual({
			ok: false,
			fieldErrors: { reason: 'MODERATION.REASON_REQUIRED' }
		});
		expect(parseForm(reportDecisionForm, { decision: 'uphold', reason: 'insult' }).ok).toBe(true);
	});
});

describe('the report form', () => {
	it('needs one of the listed reasons', () => {
		expect(parseForm(reportForm, { details: 'hello' })).toEqual({
			ok: false,
			fieldErrors: { reason: 'MODERATION.REPORT_REASON_REQUIRED' }
		});
		expect(parseForm(reportForm, { reason: 'spam', details: ' lien vers un site ' })).toEqual({
			ok: true,
			data: { reason: 'spam', details: 'lien vers un site', website: '' }
		});
		expect(parseForm(reportForm, { reason: 'spam', details: 'x'.repeat(1001) })).toMatchObject({
			fieldErrors: { details: 'MODERATION.DETAILS_TOO_LONG' }
		});
	});
	it('spots a filled honeypot', () => {
		expect(isHoneypotFilled({ website: 'http://spam.example' })).toBe(true);
		expect(isHoneypotFilled({ website: '  ' })).toBe(false);
		expect(isHoneypotFilled({})).toBe(false);
	});
});

describe('refusalText', () => {
	it('puts the note after the reason, or the reason alone', () => {
		expect(refusalText('Insulte.', '  Reformulez sans viser personne. ')).toBe(
			'Insulte.\n\nReformulez sans viser personne.'
		);
		expect(refusalText('Insulte.', '  ')).toBe('Insulte.');
	});
});

describe('groupReports', () => {
	const at = (min: number) => new Date(Date.UTC(2030, 0, 1, 10, min));
	it('groups by post, counts reasons, keeps details, longest waiting first', () => {
		const groups = groupReports([
			{ targetType: 'comment', targetId: 'c1', reason: 'insult', details: '', createdAt: at(5) },
			{ targetType: 'need', targetId: 'n1', reason: 'spam', details: ' pub ', createdAt: at(1) },
			{ targetType: 'need', targetId: 'n1', reason: 'other', details: '', createdAt: at(7) },
			{ targetType: 'need', targetId: 'n1', reason: 'spam', details: 'encore', createdAt: at(3) },
			// Same id, other type: another post.
			{ targetType: 'comment', targetId: 'n1', reason: 'spam', details: '', createdAt: at(9) }
		]);
		expect(groups).toEqual([
			{
				targetType: 'need',
				targetId: 'n1',
				count: 3,
				reasons: [
					{ reason: 'spam', count: 2 },
					{ reason: 'other', count: 1 }
				],
				details: ['pub', 'encore'],
				firstReportedAt: at(1)
			},
			{
				targetType: 'comment',
				targetId: 'c1',
				count: 1,
				reasons: [{ reason: 'insult', count: 1 }],
				details: [],
				firstReportedAt: at(5)
			},
			{
				targetType: 'comment',
				targetId: 'n1',
				count: 1,
				reasons: [{ reason: 'spam', count: 1 }],
				details: [],
				firstReportedAt: at(9)
			}
		]);
	});
	it('is empty without reports', () => {
		expect(groupReports([])).toEqual([]);
	});
});

describe('firstNameOf', () => {
	it('shows the first word only', () => {
		expect(firstNameOf('Samira (habitante)')).toBe('Samira');
		expect(firstNameOf('  Nadia   B. ')).toBe('Nadia');
		expect(firstNameOf('')).toBeNull();
		expect(firstNameOf(null)).toBeNull();
	});
});

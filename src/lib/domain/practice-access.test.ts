import { describe, expect, it } from 'vitest';
import { mayViewPractice } from './practice-access.js';
import type { Actor } from './authorisation.js';

const resident: Actor = { userId: 'u1', grants: [], twoFactorEnabled: false };
const member: Actor = {
	userId: 'u2',
	grants: [{ role: 'organisation_member', scopeType: 'organisation', scopeId: 'org-a' }],
	twoFactorEnabled: false
};
const moderator: Actor = {
	userId: 'u3',
	grants: [{ role: 'moderator', scopeType: 'global', scopeId: '' }],
	twoFactorEnabled: false
};

describe('mayViewPractice', () => {
	const proposed = { status: 'proposed', createdBy: 'u9', proposedByOrganisationId: 'org-a' };

	it('shows published practices to everyone, signed in or not', () => {
		expect(mayViewPractice(null, { ...proposed, status: 'published' })).toBe(true);
	});

	it('shows a proposal or a rejected practice only to moderators, its author and its organisation', () => {
		for (const status of ['proposed', 'rejected']) {
			const p = { ...proposed, status };
			expect(mayViewPractice(null, p)).toBe(false);
			expect(mayViewPractice(resident, p)).toBe(false);
			expect(mayViewPractice(member, p)).toBe(true);
			expect(mayViewPractice(moderator, p)).toBe(true);
			expect(mayViewPractice({ ...resident, userId: 'u9' }, p)).toBe(true);
			expect(mayViewPractice(member, { ...p, proposedByOrganisationId: 'org-b' })).toBe(false);
		}
	});
});

import { describe, expect, it } from 'vitest';
import { authorise, checkGrant, type Actor, type RoleGrant } from './authorisation.js';

const actor = (grants: RoleGrant[], twoFactorEnabled = false): Actor => ({ userId: 'u1', grants, twoFactorEnabled });
const g = (role: RoleGrant['role'], scopeType: RoleGrant['scopeType'] = 'global', scopeId = ''): RoleGrant => ({
	role,
	scopeType,
	scopeId
});

describe('authorise', () => {
	it('asks anonymous visitors to sign in', () => {
		expect(authorise(null, 'account.manage_own')).toEqual({ allowed: false, reason: 'AUTH.SIGN_IN_REQUIRED' });
	});

	it('lets every signed-in resident manage their own account and nothing more', () => {
		const resident = actor([]);
		expect(authorise(resident, 'account.manage_own').allowed).toBe(true);
		for (const p of ['users.read', 'roles.manage', 'outbox.read', 'content.moderate', 'planner.use'] as const)
			expect(authorise(resident, p)).toEqual({ allowed: false, reason: 'AUTH.FORBIDDEN' });
	});

	it('gives administrators their powers only once two-factor authentication is on', () => {
		expect(authorise(actor([g('administrator')], false), 'roles.manage')).toEqual({
			allowed: false,
			reason: 'AUTH.TWO_FACTOR_REQUIRED'
		});
		expect(authorise(actor([g('administrator')], true), 'roles.manage').allowed).toBe(true);
		expect(authorise(actor([g('administrator')], true), 'facility.manage', { facilityId: 'any' }).allowed).toBe(true);
	});

	it('keeps organisation roles within their organisation', () => {
		const member = actor([g('organisation_member', 'organisation', 'org-a')]);
		expect(authorise(member, 'organisation.act', { organisationId: 'org-a' }).allowed).toBe(true);
		expect(authorise(member, 'organisation.act', { organisationId: 'org-b' }).allowed).toBe(false);
		expect(authorise(member, 'organisation.manage', { organisationId: 'org-a' }).allowed).toBe(false);
		const admin = actor([g('organisation_admin', 'organisation', 'org-a')]);
		expect(authorise(admin, 'organisation.manage', { organisationId: 'org-a' }).allowed).toBe(true);
		expect(authorise(admin, 'organisation.act', { organisationId: 'org-a' }).allowed).toBe(true);
		expect(authorise(admin, 'organisation.manage', {}).allowed).toBe(false);
	});

	it('lets moderators and administrators list a new organisation, and no one else', () => {
		expect(authorise(actor([g('moderator')]), 'organisation.create').allowed).toBe(true);
		expect(authorise(actor([g('administrator')], true), 'organisation.create').allowed).toBe(true);
		expect(authorise(actor([g('administrator')], false), 'organisation.create')).toEqual({
			allowed: false,
			reason: 'AUTH.TWO_FACTOR_REQUIRED'
		});
		for (const role of ['organisation_admin', 'organisation_member', 'planner', 'facility_manager'] as const)
			expect(
				authorise(actor([g(role, role === 'planner' ? 'global' : 'organisation', 'o1')]), 'organisation.create')
			).toEqual({
				allowed: false,
				reason: 'AUTH.FORBIDDEN'
			});
		expect(authorise(null, 'organisation.create').allowed).toBe(false);
	});

	it('lets a facility manager manage one facility, or every facility of a commune', () => {
		const one = actor([g('facility_manager', 'facility', 'f1')]);
		expect(authorise(one, 'facility.manage', { facilityId: 'f1', communeId: 'c1' }).allowed).toBe(true);
		expect(authorise(one, 'facility.manage', { facilityId: 'f2', communeId: 'c1' }).allowed).toBe(false);
		const commune = actor([g('facility_manager', 'commune', 'c1')]);
		expect(authorise(commune, 'facility.manage', { facilityId: 'f2', communeId: 'c1' }).allowed).toBe(true);
		expect(authorise(commune, 'facility.manage', { facilityId: 'f3', communeId: 'c2' }).allowed).toBe(false);
	});

	it('gives planners and moderators their own tools only', () => {
		expect(authorise(actor([g('planner')]), 'planner.use').allowed).toBe(true);
		expect(authorise(actor([g('planner')]), 'content.moderate').allowed).toBe(false);
		expect(authorise(actor([g('moderator')]), 'content.moderate').allowed).toBe(true);
		expect(authorise(actor([g('moderator')]), 'users.read').allowed).toBe(false);
	});

	it('lets the commune staff open consultations, and not a resident or an organisation', () => {
		expect(authorise(actor([g('moderator')]), 'consultation.manage').allowed).toBe(true);
		expect(authorise(actor([g('planner')]), 'consultation.manage').allowed).toBe(true);
		expect(authorise(actor([]), 'consultation.manage').allowed).toBe(false);
		expect(authorise(actor([g('organisation_admin', 'organisation', 'o1')]), 'consultation.manage').allowed).toBe(
			false
		);
	});

	it('lets a need be answered by the commune staff, or by a member for her own organisation only', () => {
		expect(authorise(actor([g('planner')]), 'need.respond').allowed).toBe(true);
		const member = actor([g('organisation_member', 'organisation', 'o1')]);
		expect(authorise(member, 'need.respond', { organisationId: 'o1' }).allowed).toBe(true);
		expect(authorise(member, 'need.respond', { organisationId: 'o2' }).allowed).toBe(false);
		expect(authorise(member, 'need.respond').allowed).toBe(false);
		expect(authorise(actor([]), 'need.respond').allowed).toBe(false);
	});
});

describe('checkGrant', () => {
	it('accepts well-scoped grants', () => {
		expect(checkGrant({ role: 'planner', scopeType: 'global', scopeId: '' })).toBeNull();
		expect(checkGrant({ role: 'organisation_admin', scopeType: 'organisation', scopeId: 'o1' })).toBeNull();
		expect(checkGrant({ role: 'facility_manager', scopeType: 'commune', scopeId: 'c1' })).toBeNull();
	});
	it('refuses unknown roles, the implicit resident role and mismatched scopes', () => {
		expect(checkGrant({ role: 'king', scopeType: 'global', scopeId: '' })).toBe('ROLE.UNKNOWN');
		expect(checkGrant({ role: 'resident', scopeType: 'global', scopeId: '' })).toBe('ROLE.UNKNOWN');
		expect(checkGrant({ role: 'planner', scopeType: 'organisation', scopeId: 'o1' })).toBe('ROLE.SCOPE_INVALID');
		expect(checkGrant({ role: 'organisation_member', scopeType: 'organisation', scopeId: '' })).toBe(
			'ROLE.SCOPE_ID_REQUIRED'
		);
		expect(checkGrant({ role: 'moderator', scopeType: 'global', scopeId: 'x' })).toBe('ROLE.SCOPE_INVALID');
	});
});

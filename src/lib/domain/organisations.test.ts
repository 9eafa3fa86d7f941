import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseForm } from './account-forms.js';
import {
	apiTokenPrefix,
	bearerToken,
	directoryFilters,
	invitationExpiry,
	invitationForm,
	invitationStatus,
	isApiTokenShape,
	keepsAnAdmin,
	membershipsOf,
	newOrganisationForm,
	normaliseWebsite,
	organisationProfileForm,
	sameEmail,
	type Membership,
	type OrganisationRole
} from './organisations.js';

const TOKEN = `qv_${'A'.repeat(40)}b-_`;

describe('organisation profile form', () => {
	it('accepts a profile as people type it and stores blanks as nothing', () => {
		const parsed = parseForm(organisationProfileForm, {
			name: '  SCOP Petits Pas ',
			type: 'ess_enterprise',
			description: 'Crèche itinérante',
			contactEmail: ' Contact@PetitsPas.example ',
			contactPhone: '04 65 71 00 12',
			websiteUrl: 'petitspas.example/qui-sommes-nous',
			quartierIds: ['q1', 'q2', 'q1']
		});
		expect(parsed).toEqual({
			ok: true,
			data: {
				name: 'SCOP Petits Pas',
				type: 'ess_enterprise',
				description: 'Crèche itinérante',
				contactEmail: 'contact@petitspas.example',
				contactPhone: '04 65 71 00 12',
				websiteUrl: 'https://petitspas.example/qui-sommes-nous',
				quartierIds: ['q1', 'q2']
			}
		});
		const blank = parseForm(organisationProfileForm, {
			name: 'A',
			type: 'association',
			contactEmail: '',
			websiteUrl: ''
		});
		expect(blank.ok && blank.data).toMatchObject({
			contactEmail: null,
			contactPhone: null,
			websiteUrl: null,
			quartierIds: []
		});
	});

	it('says which field is wrong', () => {
		expect(
			parseForm(organisationProfileForm, {
				name: '',
				type: 'guild',
				contactEmail: 'pas une adresse',
				contactPhone: 'appelez-nous',
				websiteUrl: 'javascript:alert(1)'
			})
		).toEqual({
			ok: false,
			fieldErrors: {
				name: 'FIELD.REQUIRED',
				type: 'ORGANISATION.TYPE_INVALID',
				contactEmail: 'EMAIL.INVALID',
				contactPhone: 'ORGANISATION.PHONE_INVALID',
				websiteUrl: 'ORGANISATION.WEBSITE_INVALID'
			}
		});
	});

	it('never keeps a web address that is not http or https', () => {
		fc.assert(
			fc.property(fc.string(), (raw) => {
				const url = normaliseWebsite(raw);
				return url === null || url.startsWith('https://') || url.startsWith('http://');
			})
		);
		expect(normaliseWebsite('data:text/html,hi')).toBeNull();
		expect(normaliseWebsite('localhost')).toBeNull();
		expect(normaliseWebsite('http://asso.example')).toBe('http://asso.example/');
	});
});

describe('new organisation and invitation forms', () => {
	it('needs a name, a type, a commune and the first admin’s address', () => {
		expect(parseForm(newOrganisationForm, {})).toEqual({
			ok: false,
			fieldErrors: {
				name: 'FIELD.REQUIRED',
				type: 'ORGANISATION.TYPE_INVALID',
				communeId: 'FIELD.REQUIRED',
				adminEmail: 'FIELD.REQUIRED'
			}
		});
	});
	it('invites as member or admin only', () => {
		expect(parseForm(invitationForm, { email: 'a@b.fr', role: 'administrator' })).toEqual({
			ok: false,
			fieldErrors: { role: 'ORGANISATION.ROLE_INVALID' }
		});
		expect(parseForm(invitationForm, { email: 'A@B.fr', role: 'organisation_admin' })).toEqual({
			ok: true,
			data: { email: 'a@b.fr', role: 'organisation_admin' }
		});
	});
});

describe('who stays in charge', () => {
	const roles = fc.constantFrom<OrganisationRole>('organisation_member', 'organisation_admin');
	const members = fc.uniqueArray(fc.record({ userId: fc.constantFrom('a', 'b', 'c', 'd'), role: roles }), {
		selector: (m) => m.userId
	});

	it('refuses to remove or demote the last admin, and allows it when another admin remains', () => {
		const team: Membership[] = [
			{ userId: 'a', role: 'organisation_admin' },
			{ userId: 'b', role: 'organisation_member' }
		];
		expect(keepsAnAdmin(team, { userId: 'a', role: null })).toBe(false);
		expect(keepsAnAdmin(team, { userId: 'a', role: 'organisation_member' })).toBe(false);
		expect(keepsAnAdmin(team, { userId: 'b', role: null })).toBe(true);
		expect(keepsAnAdmin(team, { userId: 'b', role: 'organisation_admin' })).toBe(true);
		expect(keepsAnAdmin([...team, { userId: 'c', role: 'organisation_admin' }], { userId: 'a', role: null })).toBe(
			true
		);
	});

	it('keeps an admin after any change exactly when some admin is left', () => {
		fc.assert(
			fc.property(members, fc.constantFrom('a', 'b', 'c', 'd'), fc.option(roles), (team, userId, role) => {
				const after = team.filter((m) => m.userId !== userId).concat(role ? [{ userId, role }] : []);
				return keepsAnAdmin(team, { userId, role }) === after.some((m) => m.role === 'organisation_admin');
			})
		);
	});

	it('counts the higher of two grants held by one person', () => {
		expect(
			membershipsOf([
				{ userId: 'a', role: 'organisation_member' },
				{ userId: 'a', role: 'organisation_admin' },
				{ userId: 'b', role: 'organisation_member' },
				{ userId: 'c', role: 'planner' }
			])
		).toEqual([
			{ userId: 'a', role: 'organisation_admin' },
			{ userId: 'b', role: 'organisation_member' }
		]);
	});
});

describe('invitations', () => {
	const now = new Date('2025-03-01T10:00:00Z');
	it('lives fourteen days, and says why a link no longer works', () => {
		const expiresAt = invitationExpiry(now);
		expect(expiresAt.toISOString()).toBe('2025-03-15T10:00:00.000Z');
		const base = { expiresAt, acceptedAt: null, revokedAt: null };
		expect(invitationStatus(base, now)).toBe('pending');
		expect(invitationStatus(base, expiresAt)).toBe('expired');
		expect(invitationStatus({ ...base, revokedAt: now }, now)).toBe('revoked');
		expect(invitationStatus({ ...base, acceptedAt: now }, new Date('2030-01-01'))).toBe('accepted');
	});
	it('matches addresses whatever their case', () => {
		expect(sameEmail(' Nadia@Exemple.FR', 'nadia@exemple.fr')).toBe(true);
		expect(sameEmail('nadia@exemple.fr', 'nadia@exemple.com')).toBe(false);
	});
});

describe('API tokens', () => {
	it('reads a bearer token of the right shape only', () => {
		expect(bearerToken(`Bearer ${TOKEN}`)).toBe(TOKEN);
		expect(bearerToken(`bearer  ${TOKEN} `)).toBe(TOKEN);
		expect(bearerToken(`Basic ${TOKEN}`)).toBeNull();
		expect(bearerToken(`Bearer ${TOKEN.slice(0, -1)}`)).toBeNull();
		expect(bearerToken(`Bearer ${TOKEN}x`)).toBeNull();
		expect(bearerToken(`Bearer xx_${TOKEN.slice(3)}`)).toBeNull();
		expect(bearerToken(null)).toBeNull();
		expect(bearerToken('')).toBeNull();
	});
	it('shows only a short prefix', () => {
		expect(isApiTokenShape(TOKEN)).toBe(true);
		expect(apiTokenPrefix(TOKEN)).toBe('qv_AAAAAAA');
	});
});

describe('directory filters', () => {
	it('keeps known values and ignores the rest of a hand-typed query string', () => {
		expect(directoryFilters(new URLSearchParams('type=association&quartier=q1&commune=c1&q=%20Petits%20'))).toEqual({
			type: 'association',
			quartierId: 'q1',
			communeId: 'c1',
			q: 'Petits'
		});
		expect(directoryFilters(new URLSearchParams('type=guild&q=' + 'x'.repeat(500)))).toEqual({
			type: '',
			quartierId: '',
			communeId: '',
			q: 'x'.repeat(100)
		});
	});
});

/**
 * The rules of the organisations directory: the shape of its forms, who stays in charge of an
 * organisation, how long an invitation lives, and what an API token looks like.
 * Messages are stable codes; the interface turns them into the reader's language.
 */
import { z } from 'zod';
import { email } from './account-forms.js';
import { isOneOf, ORGANISATION_TYPES } from './vocabulary.js';

/** The roles a person can hold within one organisation. */
export const ORGANISATION_ROLES = ['organisation_member', 'organisation_admin'] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];

export const NAME_MAX = 120;
export const DESCRIPTION_MAX = 4000;
export const TOKEN_NAME_MAX = 80;

/** An invitation link stays valid this long: long enough for a volunteer who reads mail weekly. */
export const INVITATION_DAYS = 14;

const text = (max: number, code: string) =>
	z.string({ error: 'FIELD.REQUIRED' }).trim().min(1, 'FIELD.REQUIRED').max(max, code);

const optionalText = (max: number, code: string) =>
	z
		.string()
		.trim()
		.max(max, code)
		.optional()
		.transform((v) => v ?? '');

/**
 * A web address as people type it: "petitspas.fr" is taken to mean https://petitspas.fr.
 * Only http and https are kept, so that the link on the public page can never run a script.
 */
export function normaliseWebsite(raw: string): string | null {
	const trimmed = raw.trim();
	if (trimmed === '') return null;
	const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
	let url: URL;
	try {
		url = new URL(withScheme);
	} catch {
		return null;
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
	if (!url.hostname.includes('.') || /\s/.test(trimmed)) return null;
	return url.toString();
}

/** A French or international phone number, as people write it: digits, spaces, dots, dashes, + and (). */
const PHONE = /^\+?[0-9 .()-]{6,30}$/;

const website = z
	.string()
	.optional()
	.transform((v, ctx) => {
		if (!v || v.trim() === '') return null;
		const url = normaliseWebsite(v);
		if (url === null || url.length > 300) {
			ctx.addIssue({ code: 'custom', message: 'ORGANISATION.WEBSITE_INVALID' });
			return z.NEVER;
		}
		return url;
	});

const phone = z
	.string()
	.trim()
	.optional()
	.transform((v, ctx) => {
		if (!v) return null;
		if (!PHONE.test(v) || (v.match(/[0-9]/g) ?? []).length < 6) {
			ctx.addIssue({ code: 'custom', message: 'ORGANISATION.PHONE_INVALID' });
			return z.NEVER;
		}
		return v;
	});

const contactEmail = z
	.string()
	.optional()
	.transform((v, ctx) => {
		if (!v || v.trim() === '') return null;
		const parsed = email.safeParse(v);
		if (!parsed.success) {
			ctx.addIssue({ code: 'custom', message: parsed.error.issues[0]?.message ?? 'EMAIL.INVALID' });
			return z.NEVER;
		}
		return parsed.data;
	});

const organisationType = z.enum(ORGANISATION_TYPES, { error: 'ORGANISATION.TYPE_INVALID' });

/** A moderator or administrator lists a new organisation and invites its first admin. */
export const newOrganisationForm = z.object({
	name: text(NAME_MAX, 'ORGANISATION.NAME_LENGTH'),
	type: organisationType,
	communeId: z.string({ error: 'FIELD.REQUIRED' }).min(1, 'FIELD.REQUIRED'),
	description: optionalText(DESCRIPTION_MAX, 'ORGANISATION.DESCRIPTION_LENGTH'),
	adminEmail: email
});

/** What an organisation's admin says about it on its public page. */
export const organisationProfileForm = z.object({
	name: text(NAME_MAX, 'ORGANISATION.NAME_LENGTH'),
	type: organisationType,
	description: optionalText(DESCRIPTION_MAX, 'ORGANISATION.DESCRIPTION_LENGTH'),
	contactEmail,
	contactPhone: phone,
	websiteUrl: website,
	/** Checkboxes: every ticked quartier sends its id. */
	quartierIds: z
		.array(z.string())
		.optional()
		.transform((ids) => [...new Set(ids ?? [])])
});

const organisationRole = z.enum(ORGANISATION_ROLES, { error: 'ORGANISATION.ROLE_INVALID' });

export const invitationForm = z.object({ email, role: organisationRole });

export const memberRoleForm = z.object({
	userId: z.string({ error: 'NOT_FOUND' }).min(1, 'NOT_FOUND'),
	role: organisationRole
});

export const apiTokenForm = z.object({ name: text(TOKEN_NAME_MAX, 'ORGANISATION.TOKEN_NAME_LENGTH') });

// ── Members ───────────────────────────────────────────────────────────────────

export interface Membership {
	userId: string;
	role: OrganisationRole;
}

/**
 * Whether an organisation still has an admin after a change to one person's role (null: the
 * person leaves). An organisation without an admin could no longer invite anyone or fix its page.
 */
export function keepsAnAdmin(
	members: readonly Membership[],
	change: { userId: string; role: OrganisationRole | null }
) {
	if (change.role === 'organisation_admin') return true;
	return members.some((m) => m.userId !== change.userId && m.role === 'organisation_admin');
}

/** A person may hold both grants (an administrator can add one by hand): the higher one counts. */
export function membershipsOf(grants: readonly { userId: string; role: string }[]): Membership[] {
	const byUser = new Map<string, OrganisationRole>();
	for (const g of grants) {
		if (g.role !== 'organisation_admin' && g.role !== 'organisation_member') continue;
		if (byUser.get(g.userId) !== 'organisation_admin') byUser.set(g.userId, g.role);
	}
	return [...byUser].map(([userId, role]) => ({ userId, role }));
}

// ── Invitations ───────────────────────────────────────────────────────────────

export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

export function invitationStatus(
	invitation: { expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null },
	now: Date
): InvitationStatus {
	if (invitation.acceptedAt) return 'accepted';
	if (invitation.revokedAt) return 'revoked';
	return invitation.expiresAt.getTime() <= now.getTime() ? 'expired' : 'pending';
}

export function invitationExpiry(now: Date): Date {
	return new Date(now.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
}

/** Addresses are compared as the sign-up form stores them: trimmed and lower-case. */
export function sameEmail(a: string, b: string): boolean {
	return a.trim().toLowerCase() === b.trim().toLowerCase();
}

// ── API tokens ────────────────────────────────────────────────────────────────

export const API_TOKEN_PREFIX = 'qv_';
/** "qv_" and 32 random bytes in base64url (43 characters). */
const API_TOKEN_SHAPE = /^qv_[A-Za-z0-9_-]{43}$/;
/** How much of a token is kept in clear to tell tokens apart: too little to guess the rest. */
export const API_TOKEN_VISIBLE = 10;

export function isApiTokenShape(token: string): boolean {
	return API_TOKEN_SHAPE.test(token);
}

export function apiTokenPrefix(token: string): string {
	return token.slice(0, API_TOKEN_VISIBLE);
}

/**
 * The token of an `Authorization: Bearer qv_…` header, or null when the header is missing,
 * of another scheme, or not shaped like one of our tokens (then no database lookup is needed).
 */
export function bearerToken(header: string | null | undefined): string | null {
	if (!header) return null;
	const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header.trim());
	if (!match) return null;
	const token = match[1]!;
	return isApiTokenShape(token) ? token : null;
}

/** last_used_at is written at most this often, so that a busy client does not write on every call. */
export const TOKEN_USE_RESOLUTION_SECONDS = 60;

// ── Directory ─────────────────────────────────────────────────────────────────

export interface DirectoryFilters {
	type: string;
	quartierId: string;
	communeId: string;
	/** Part of the name, as typed. */
	q: string;
}

/** Reads the filters from a query string people may have typed by hand: unknown values are ignored. */
export function directoryFilters(params: URLSearchParams): DirectoryFilters {
	const type = params.get('type') ?? '';
	return {
		type: isOneOf(ORGANISATION_TYPES, type) ? type : '',
		quartierId: (params.get('quartier') ?? '').slice(0, 100),
		communeId: (params.get('commune') ?? '').slice(0, 100),
		q: (params.get('q') ?? '').trim().slice(0, 100)
	};
}

/**
 * Who may do what. Pure rules: use cases load the actor, then ask `authorise` before they act.
 * Everyone signed in is a resident; other roles are granted, some within a scope.
 */

export const ROLES = [
	'resident',
	'organisation_member',
	'organisation_admin',
	'facility_manager',
	'planner',
	'moderator',
	'administrator'
] as const;
export type Role = (typeof ROLES)[number];

/** Roles an administrator can grant (resident is implicit for every account). */
export const GRANTABLE_ROLES = ROLES.filter((r) => r !== 'resident');

export const SCOPE_TYPES = ['global', 'organisation', 'facility', 'commune'] as const;
export type ScopeType = (typeof SCOPE_TYPES)[number];

export interface RoleGrant {
	role: Role;
	scopeType: ScopeType;
	/** '' for global grants. */
	scopeId: string;
}

export interface Actor {
	userId: string;
	grants: readonly RoleGrant[];
	twoFactorEnabled: boolean;
}

/** Which scopes each role may be granted in. */
export const ROLE_SCOPES: Record<Role, readonly ScopeType[]> = {
	resident: ['global'],
	organisation_member: ['organisation'],
	organisation_admin: ['organisation'],
	facility_manager: ['facility', 'commune'],
	planner: ['global'],
	moderator: ['global'],
	administrator: ['global']
};

export type Permission =
	| 'account.manage_own'
	| 'users.read'
	| 'roles.manage'
	| 'outbox.read'
	| 'territory.import'
	| 'content.moderate'
	| 'consultation.manage'
	| 'need.respond'
	| 'planner.use'
	| 'organisation.create'
	| 'organisation.act'
	| 'organisation.manage'
	| 'facility.manage';

/** What a permission is checked against, when it is scoped. */
export interface Target {
	organisationId?: string;
	facilityId?: string;
	/** The commune a facility belongs to: a commune-wide facility manager covers it. */
	communeId?: string;
}

export type Denial = 'AUTH.SIGN_IN_REQUIRED' | 'AUTH.FORBIDDEN' | 'AUTH.TWO_FACTOR_REQUIRED';
export type Decision = { allowed: true } | { allowed: false; reason: Denial };

const ALLOW: Decision = { allowed: true };
const deny = (reason: Denial): Decision => ({ allowed: false, reason });

const ADMIN_ONLY: ReadonlySet<Permission> = new Set(['users.read', 'roles.manage', 'outbox.read', 'territory.import']);

export function hasRole(actor: Actor, role: Role, scopeType?: ScopeType, scopeId?: string): boolean {
	if (role === 'resident') return true;
	return actor.grants.some(
		(g) =>
			g.role === role &&
			(scopeType === undefined || g.scopeType === scopeType) &&
			(scopeId === undefined || g.scopeId === scopeId)
	);
}

/**
 * The single place where access is decided. An administrator's powers only count once
 * their account has two-factor authentication: a stolen password alone must not open them.
 */
export function authorise(actor: Actor | null, permission: Permission, target: Target = {}): Decision {
	if (!actor) return deny('AUTH.SIGN_IN_REQUIRED');
	if (permission === 'account.manage_own') return ALLOW;

	const isAdmin = hasRole(actor, 'administrator');
	if (isAdmin && actor.twoFactorEnabled) return ALLOW;

	const allowedByRole = ((): boolean => {
		if (ADMIN_ONLY.has(permission)) return false;
		switch (permission) {
			case 'content.moderate':
				return hasRole(actor, 'moderator');
			case 'planner.use':
				return hasRole(actor, 'planner');
			// Consultations are opened by the commune's staff: its moderators and its planners
			// (chefs de projet politique de la ville hold the planner role).
			case 'consultation.manage':
				return hasRole(actor, 'moderator') || hasRole(actor, 'planner');
			// Moving a need along (under study, answered, linked, done) and answering it officially:
			// the commune's staff, or a member speaking for the organisation named in the target.
			case 'need.respond':
				return (
					hasRole(actor, 'moderator') ||
					hasRole(actor, 'planner') ||
					(target.organisationId !== undefined &&
						(hasRole(actor, 'organisation_admin', 'organisation', target.organisationId) ||
							hasRole(actor, 'organisation_member', 'organisation', target.organisationId)))
				);
			// Moderators as well as administrators: listing a structure gives no power over anything
			// that exists, moderators already vet what organisations publish, and the directory
			// should not wait on the few administrators. Its first admin still has to accept by e-mail.
			case 'organisation.create':
				return hasRole(actor, 'moderator');
			case 'organisation.manage':
				return (
					target.organisationId !== undefined &&
					hasRole(actor, 'organisation_admin', 'organisation', target.organisationId)
				);
			case 'organisation.act':
				return (
					target.organisationId !== undefined &&
					(hasRole(actor, 'organisation_admin', 'organisation', target.organisationId) ||
						hasRole(actor, 'organisation_member', 'organisation', target.organisationId))
				);
			case 'facility.manage':
				return (
					(target.facilityId !== undefined && hasRole(actor, 'facility_manager', 'facility', target.facilityId)) ||
					(target.communeId !== undefined && hasRole(actor, 'facility_manager', 'commune', target.communeId))
				);
			default:
				return false;
		}
	})();
	if (allowedByRole) return ALLOW;
	// Say "set up two-factor" rather than "forbidden" when that is all that is missing.
	return deny(isAdmin ? 'AUTH.TWO_FACTOR_REQUIRED' : 'AUTH.FORBIDDEN');
}

export type GrantProblem = 'ROLE.UNKNOWN' | 'ROLE.SCOPE_INVALID' | 'ROLE.SCOPE_ID_REQUIRED';

/** Checks that a grant is well formed before it is stored. */
export function checkGrant(grant: { role: string; scopeType: string; scopeId: string }): GrantProblem | null {
	if (!(ROLES as readonly string[]).includes(grant.role) || grant.role === 'resident') return 'ROLE.UNKNOWN';
	const scopes = ROLE_SCOPES[grant.role as Role] as readonly string[];
	if (!scopes.includes(grant.scopeType)) return 'ROLE.SCOPE_INVALID';
	if (grant.scopeType === 'global' ? grant.scopeId !== '' : grant.scopeId === '')
		return grant.scopeType === 'global' ? 'ROLE.SCOPE_INVALID' : 'ROLE.SCOPE_ID_REQUIRED';
	return null;
}

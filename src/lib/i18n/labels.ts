import * as m from '#lib/paraglide/messages.js';
import type { Role, ScopeType } from '#lib/domain/authorisation.js';

export function kitchenLabel(level: string): string {
	return level === 'full' ? m.kitchen_full() : level === 'reheating' ? m.kitchen_reheating() : m.kitchen_none();
}

const ORG_TYPES: Record<string, () => string> = {
	association: m.org_type_association,
	ess_enterprise: m.org_type_ess_enterprise,
	foundation: m.org_type_foundation,
	company: m.org_type_company,
	commune: m.org_type_commune,
	social_landlord: m.org_type_social_landlord,
	maitre_ouvrage: m.org_type_maitre_ouvrage
};
export function organisationTypeLabel(type: string): string {
	return (ORG_TYPES[type] ?? m.org_type_association)();
}

const ROLE_LABELS: Record<Role, () => string> = {
	resident: m.role_resident,
	organisation_member: m.role_organisation_member,
	organisation_admin: m.role_organisation_admin,
	facility_manager: m.role_facility_manager,
	planner: m.role_planner,
	moderator: m.role_moderator,
	administrator: m.role_administrator
};
export function roleLabel(role: string): string {
	return (ROLE_LABELS[role as Role] ?? (() => role))();
}

const SCOPE_LABELS: Record<ScopeType, () => string> = {
	global: m.scope_global,
	organisation: m.scope_organisation,
	facility: m.scope_facility,
	commune: m.scope_commune
};
export function scopeLabel(scope: string): string {
	return (SCOPE_LABELS[scope as ScopeType] ?? (() => scope))();
}

/**
 * Wraps text written by people (names, addresses) in Unicode isolates, so that an Arabic name
 * in a French sentence, or a Latin one in an Arabic sentence, does not reorder what surrounds it.
 */
export function isolate(text: string): string {
	return `\u2068${text}\u2069`;
}

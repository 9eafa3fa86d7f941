import * as m from '#lib/paraglide/messages.js';

/** The two roles within an organisation, in the short words its pages use ("member", "manager"). */
export function organisationRoleLabel(role: string): string {
	return role === 'organisation_admin' ? m.organisations_role_admin() : m.organisations_role_member();
}

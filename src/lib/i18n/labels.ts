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

/** Label lookups for the closed lists of src/lib/domain/vocabulary.ts. */
function lookup(labels: Record<string, () => string>): (value: string) => string {
	return (value) => (labels[value] ?? (() => value))();
}

export const publicLabel = lookup({
	women: m.public_women,
	children_0_3: m.public_children_0_3,
	children_3_11: m.public_children_3_11,
	young_people: m.public_young_people,
	seniors: m.public_seniors,
	adults_learning_french: m.public_adults_learning_french,
	families: m.public_families,
	everyone: m.public_everyone
});

export const timeWindowLabel = lookup({
	school_hours: m.window_school_hours,
	wednesday: m.window_wednesday,
	evening: m.window_evening,
	weekend: m.window_weekend,
	morning: m.window_morning,
	afternoon: m.window_afternoon,
	school_holidays: m.window_school_holidays
});

export const practiceStatusLabel = lookup({
	proposed: m.practice_status_proposed,
	published: m.practice_status_published,
	rejected: m.practice_status_rejected,
	archived: m.practice_status_archived
});

export const initiativeStatusLabel = lookup({
	idea: m.initiative_status_idea,
	preparing: m.initiative_status_preparing,
	running: m.initiative_status_running,
	paused: m.initiative_status_paused,
	ended: m.initiative_status_ended
});

export const bookableByLabel = lookup({
	organisations: m.bookable_by_organisations,
	residents: m.bookable_by_residents,
	managers: m.bookable_by_managers
});

export const weekdayLabel = lookup({
	'1': m.weekday_1,
	'2': m.weekday_2,
	'3': m.weekday_3,
	'4': m.weekday_4,
	'5': m.weekday_5,
	'6': m.weekday_6,
	'7': m.weekday_7
});

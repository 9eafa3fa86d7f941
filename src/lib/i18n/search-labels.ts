import * as m from '#lib/paraglide/messages.js';
import type { SearchField, SearchKind } from '#lib/domain/search-filters.js';

// One label per theme, the catalogue's.
export { themeLabel } from './catalogue-labels.js';

const KIND_LABELS: Record<SearchKind | 'all', () => string> = {
	all: m.discover_kind_all,
	practices: m.discover_kind_practices,
	rooms: m.discover_kind_rooms,
	organisations: m.discover_kind_organisations,
	initiatives: m.discover_kind_initiatives
};
export const kindLabel = (kind: SearchKind | 'all'): string => KIND_LABELS[kind]();

const TAGS: Record<SearchKind, () => string> = {
	practices: m.discover_tag_practices,
	rooms: m.discover_tag_rooms,
	organisations: m.discover_tag_organisations,
	initiatives: m.discover_tag_initiatives
};
/** What one result is ("Salle", "Pratique"…), shown as a tag before its title. */
export const kindTag = (kind: SearchKind): string => TAGS[kind]();

const FILTER_LABELS: Record<SearchField, () => string> = {
	q: m.discover_q_label,
	kind: m.discover_kind_label,
	theme: m.discover_theme_label,
	public: m.discover_public_label,
	quartier: m.discover_quartier_label,
	minArea: m.discover_min_area_label,
	kitchen: m.discover_kitchen_label,
	childToilets: m.discover_child_toilets,
	stepFree: m.discover_step_free,
	vanAccess: m.discover_van_access,
	outdoor: m.discover_outdoor
};
export const filterLabel = (field: string): string => (FILTER_LABELS[field as SearchField] ?? (() => field))();

import * as m from '#lib/paraglide/messages.js';

/** Labels of a need's kind and status in the reader's language. */
const KINDS: Record<string, () => string> = { need: m.needs_kind_need, idea: m.needs_kind_idea };
const STATUSES: Record<string, () => string> = {
	submitted: m.needs_status_submitted,
	published: m.needs_status_published,
	refused: m.needs_status_refused,
	under_study: m.needs_status_under_study,
	answered: m.needs_status_answered,
	linked: m.needs_status_linked,
	done: m.needs_status_done
};

export const needKindLabel = (kind: string): string => KINDS[kind]?.() ?? kind;
export const needStatusLabel = (status: string): string => STATUSES[status]?.() ?? status;

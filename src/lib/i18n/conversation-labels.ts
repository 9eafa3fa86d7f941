import * as m from '#lib/paraglide/messages.js';

/** Where a need stands, as a tag on its page. */
const STATUS: Record<string, () => string> = {
	submitted: m.conversation_status_submitted,
	published: m.conversation_status_published,
	refused: m.conversation_status_refused,
	under_study: m.conversation_status_under_study,
	answered: m.conversation_status_answered,
	linked: m.conversation_status_linked,
	done: m.conversation_status_done
};

/** What happened at one step of a need's history (and the step a response form offers). */
const EVENT: Record<string, () => string> = {
	submitted: m.conversation_event_submitted,
	published: m.conversation_event_published,
	refused: m.conversation_event_refused,
	under_study: m.conversation_event_under_study,
	answered: m.conversation_event_answered,
	linked: m.conversation_event_linked,
	done: m.conversation_event_done
};

export const needStatusLabel = (status: string): string => (STATUS[status] ?? (() => status))();
export const needEventLabel = (status: string): string => (EVENT[status] ?? (() => status))();
export const needKindLabel = (kind: string): string =>
	kind === 'idea' ? m.conversation_kind_idea() : m.conversation_kind_need();

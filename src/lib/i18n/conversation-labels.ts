import * as m from '#lib/paraglide/messages.js';

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

export const needEventLabel = (status: string): string => (EVENT[status] ?? (() => status))();

// A need's kind and status read the same on its page as in the lists.
export { needKindLabel, needStatusLabel } from './need-labels.js';

/**
 * The words of moderation: reason codes (src/lib/domain/moderation.ts) as labels for moderators
 * and reporters, and as the sentence an author reads, in a given language.
 */
import * as m from '#lib/paraglide/messages.js';
import type { Locale } from '#lib/paraglide/runtime.js';
import type { RefusalReason, ReportReason } from '#lib/domain/moderation.js';

type Message = (inputs?: Record<string, never>, options?: { locale?: Locale }) => string;

const REFUSAL_LABELS: Record<RefusalReason, Message> = {
	personal_data: m.moderation_refusal_label_personal_data,
	insult: m.moderation_refusal_label_insult,
	advertising: m.moderation_refusal_label_advertising,
	off_topic: m.moderation_refusal_label_off_topic,
	duplicate: m.moderation_refusal_label_duplicate,
	other: m.moderation_refusal_label_other
};

const REFUSAL_TEXTS: Record<RefusalReason, Message> = {
	personal_data: m.moderation_refusal_text_personal_data,
	insult: m.moderation_refusal_text_insult,
	advertising: m.moderation_refusal_text_advertising,
	off_topic: m.moderation_refusal_text_off_topic,
	duplicate: m.moderation_refusal_text_duplicate,
	other: m.moderation_refusal_text_other
};

const REPORT_LABELS: Record<ReportReason, Message> = {
	spam: m.moderation_report_reason_spam,
	insult: m.moderation_report_reason_insult,
	personal_data: m.moderation_report_reason_personal_data,
	off_topic: m.moderation_report_reason_off_topic,
	other: m.moderation_report_reason_other
};

/** A refusal reason as a moderator picks it (short). */
export function refusalReasonLabel(reason: RefusalReason): string {
	return REFUSAL_LABELS[reason]();
}

/** The sentence the author reads, in the language of the post (not the moderator's). */
export function refusalReasonText(reason: RefusalReason, locale: Locale): string {
	return REFUSAL_TEXTS[reason]({}, { locale });
}

/** A report reason as the reporter and the moderators see it; an unknown code is shown as is. */
export function reportReasonLabel(reason: string): string {
	const label = REPORT_LABELS[reason as ReportReason];
	return label ? label() : reason;
}

/**
 * The names of a consultation's answer fields and the longest written answer: shared by the
 * answer form a resident fills and by the parser of what she sent (consultation-answers.ts),
 * kept apart from that parser so that the form does not bring zod to her phone (issue 8).
 */

export const TEXT_ANSWER_MAX_LENGTH = 2000;

export const answerField = (questionId: string) => `q-${questionId}`;
export const rankField = (questionId: string, rank: number) => `q-${questionId}-${rank}`;

/**
 * What supports, follows and comments share: the need must be public, and a counter on the need
 * row moves in the same transaction as the row it counts, by exactly what was inserted or deleted
 * (so a double click, or twenty at once, never counts twice).
 */
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { need } from '../db/schema.js';
import { acceptsConversation } from '#lib/domain/need-lifecycle.js';

export type ConversationRefusal = { ok: false; code: 'NOT_FOUND' | 'CONVERSATION.NOT_PUBLIC' };

/** Loads the need inside the transaction; refuses one that does not exist or is not public. */
export async function publicNeed(tx: Database, needId: string): Promise<ConversationRefusal | { ok: true }> {
	const [row] = await tx.select({ status: need.status }).from(need).where(eq(need.id, needId));
	if (!row) return { ok: false, code: 'NOT_FOUND' };
	if (!acceptsConversation(row.status)) return { ok: false, code: 'CONVERSATION.NOT_PUBLIC' };
	return { ok: true };
}

type Counter = 'supportCount' | 'followerCount' | 'commentCount';
const COLUMNS = { supportCount: need.supportCount, followerCount: need.followerCount, commentCount: need.commentCount };

/** Adds `delta` to a counter of the need and answers its new value. */
export async function moveCounter(tx: Database, needId: string, counter: Counter, delta: number): Promise<number> {
	const column = COLUMNS[counter];
	const [row] = await tx
		.update(need)
		.set({ [counter]: sql`${column} + ${delta}` })
		.where(eq(need.id, needId))
		.returning({ value: column });
	return row?.value ?? 0;
}

/** The current value of a counter, when nothing changed. */
export async function readCounter(tx: Database, needId: string, counter: Counter): Promise<number> {
	const [row] = await tx.select({ value: COLUMNS[counter] }).from(need).where(eq(need.id, needId));
	return row?.value ?? 0;
}

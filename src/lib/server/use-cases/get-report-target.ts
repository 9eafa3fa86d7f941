import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import type { Database } from '../db/client.js';
import { need, needComment } from '../db/schema.js';
import { isReportable } from '#lib/domain/moderation.js';

export interface ReportTarget {
	type: 'need' | 'comment';
	id: string;
	/** The need the post is, or belongs to: where the reporter goes back to. */
	needId: string;
	needTitle: string;
	needLanguage: string;
	/** What is reported: the need's text, or the comment's. */
	body: string;
	language: string;
}

/** The post someone wants to report, if it exists and the public can see it; null otherwise. */
export async function findReportTarget(db: Database, type: string, id: string): Promise<ReportTarget | null> {
	if (type === 'need') {
		const [n] = await db
			.select({ id: need.id, title: need.title, body: need.body, language: need.language, status: need.status })
			.from(need)
			.where(eq(need.id, id));
		if (!n || !isReportable({ type: 'need', status: n.status })) return null;
		return { type, id, needId: n.id, needTitle: n.title, needLanguage: n.language, body: n.body, language: n.language };
	}
	if (type === 'comment') {
		const [c] = await db
			.select({
				needId: needComment.needId,
				body: needComment.body,
				language: needComment.language,
				status: needComment.status,
				needTitle: need.title,
				needLanguage: need.language,
				needStatus: need.status
			})
			.from(needComment)
			.innerJoin(need, eq(need.id, needComment.needId))
			.where(eq(needComment.id, id));
		if (!c || !isReportable({ type: 'comment', status: c.status, needStatus: c.needStatus })) return null;
		return {
			type,
			id,
			needId: c.needId,
			needTitle: c.needTitle,
			needLanguage: c.needLanguage,
			body: c.body,
			language: c.language
		};
	}
	return null;
}

/** The report form's page: anyone may report what is public, signed in or not. */
export async function getReportTarget(ctx: Pick<AppContext, 'db'>, type: string, id: string) {
	return findReportTarget(ctx.db, type, id);
}

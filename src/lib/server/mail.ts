import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { Database } from './db/client.js';
import { mailOutbox } from './db/schema.js';

export interface Mail {
	to: string;
	subject: string;
	text: string;
	/**
	 * Extra headers (List-Unsubscribe, Content-Language) given to the SMTP server; the outbox,
	 * which administrators read as text, does not keep them.
	 */
	headers?: Record<string, string>;
}

export interface Mailer {
	readonly transport: 'smtp' | 'outbox';
	send(mail: Mail): Promise<void>;
}

/**
 * Mail goes to the SMTP server when SMTP_URL is set. Without one (a laptop, a demo, an
 * offline machine) it is kept in the database outbox, which administrators read in the app,
 * and a line in the log says so: no message is ever silently dropped.
 */
export function createMailer(options: { db: Database; smtpUrl?: string; from: string }): Mailer {
	if (options.smtpUrl) {
		const transporter = nodemailer.createTransport(options.smtpUrl);
		return {
			transport: 'smtp',
			async send(mail) {
				await transporter.sendMail({
					from: options.from,
					to: mail.to,
					subject: mail.subject,
					text: mail.text,
					...(mail.headers ? { headers: mail.headers } : {})
				});
			}
		};
	}
	return {
		transport: 'outbox',
		async send(mail) {
			await options.db.insert(mailOutbox).values({
				id: randomUUID(),
				recipient: mail.to,
				subject: mail.subject,
				body: mail.text
			});
			console.info(`[mail] stored in the outbox (no SMTP_URL): "${mail.subject}" to ${mail.to}`);
		}
	};
}

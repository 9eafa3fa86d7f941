import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '#lib/server/mail.js';
import { openDatabase, type DatabaseHandle } from '#lib/server/db/client.js';
import { mailOutbox } from '#lib/server/db/schema.js';

/** A local SMTP stand-in: the machine has no Internet, and tests must not depend on it anyway. */
describe('mail', () => {
	const received: { from: string; to: string[]; data: string }[] = [];
	let server: SMTPServer;
	let port = 0;
	let handle: DatabaseHandle;

	beforeAll(async () => {
		server = new SMTPServer({
			authOptional: true,
			disabledCommands: ['STARTTLS'],
			onData(stream, session, callback) {
				let data = '';
				stream.on('data', (c: Buffer) => (data += c.toString('utf8')));
				stream.on('end', () => {
					received.push({
						from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
						to: session.envelope.rcptTo.map((r) => r.address),
						data
					});
					callback();
				});
			}
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
		port = (server.server.address() as { port: number }).port;
		handle = await openDatabase({ dataDir: 'memory' });
	});
	afterAll(async () => {
		await new Promise<void>((resolve) => server.close(() => resolve()));
		await handle.close();
	});

	it('sends through SMTP when SMTP_URL is set, and keeps nothing in the outbox', async () => {
		const mailer = createMailer({
			db: handle.db,
			smtpUrl: `smtp://127.0.0.1:${port}`,
			from: 'Quartiers Vivants <qv@exemple.fr>'
		});
		expect(mailer.transport).toBe('smtp');
		await mailer.send({ to: 'samira@exemple.fr', subject: 'Bonjour', text: 'Un lien : http://localhost/x' });
		expect(received).toHaveLength(1);
		expect(received[0]!.to).toEqual(['samira@exemple.fr']);
		expect(received[0]!.from).toBe('qv@exemple.fr');
		expect(received[0]!.data).toContain('Subject: Bonjour');
		expect(await handle.db.select().from(mailOutbox)).toEqual([]);
	});

	it('keeps mail in the outbox without SMTP_URL', async () => {
		const mailer = createMailer({ db: handle.db, from: 'qv@exemple.fr' });
		expect(mailer.transport).toBe('outbox');
		await mailer.send({ to: 'fatou@exemple.fr', subject: 'Réinitialisation', text: 'corps' });
		const rows = await handle.db.select().from(mailOutbox);
		expect(rows.map((r) => [r.recipient, r.subject, r.body])).toEqual([
			['fatou@exemple.fr', 'Réinitialisation', 'corps']
		]);
	});

	it('fails loudly when the SMTP server cannot be reached, so that the caller knows', async () => {
		const mailer = createMailer({ db: handle.db, smtpUrl: 'smtp://127.0.0.1:1', from: 'qv@exemple.fr' });
		await expect(mailer.send({ to: 'x@exemple.fr', subject: 's', text: 't' })).rejects.toThrow();
	});
});

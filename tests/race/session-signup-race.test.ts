/**
 * Issue 9's capacity proof across processes (not timed): 40 residents, each signed in, press
 * "sign up" for the same session of 3 places at the same instant, half of them on each of two app
 * processes sharing one PostgreSQL. Every form post succeeds (a place or the waiting list, never
 * a 500), exactly 3 places are given, and the 37 others wait at positions 1 to 37, each once.
 * Needs TEST_DATABASE_URL and a build (`npm run test:race` builds it).
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { hashPassword } from 'better-auth/crypto';
import { raceFixture } from '../integration/race-fixture.js';
import { serverUrl, twoAppsOnOnePostgres } from './two-apps.js';
import type { Database } from '#lib/server/db/client.js';
import { account, booking, initiative, practice, user } from '#lib/server/db/schema.js';

const PLACES = 3;
const RESIDENTS = 40;
const PASSWORD = 'course-aux-places-2029';

async function sessionFixture(db: Database) {
	const { roomId, organisationId } = await raceFixture(db);
	const practiceId = randomUUID();
	await db
		.insert(practice)
		.values({ id: practiceId, slug: `fle-${practiceId}`, status: 'published', title: 'FLE', summary: '…' });
	const initiativeId = randomUUID();
	await db.insert(initiative).values({
		id: initiativeId,
		practiceId,
		organisationId,
		title: 'Atelier de français',
		status: 'running',
		sessionCapacity: PLACES
	});
	const bookingId = randomUUID();
	await db.insert(booking).values({
		id: bookingId,
		roomId,
		organisationId,
		initiativeId,
		title: 'Français',
		during: '[2029-03-06 09:00:00+00,2029-03-06 11:00:00+00)',
		status: 'confirmed'
	});
	const hash = await hashPassword(PASSWORD);
	const emails = Array.from({ length: RESIDENTS }, (_, i) => `habitante-${i}@course.example`);
	for (const email of emails) {
		const id = randomUUID();
		await db.insert(user).values({ id, name: email.split('@')[0]!, email, emailVerified: true });
		await db
			.insert(account)
			.values({ id: randomUUID(), accountId: id, providerId: 'credential', userId: id, password: hash });
	}
	return { initiativeId, bookingId, emails };
}

describe.skipIf(!serverUrl)('two app processes, 40 residents at once for the last 3 places of a session', () => {
	const use = twoAppsOnOnePostgres(sessionFixture);

	it('gives 3 places and a waiting list in order, with no error', async () => {
		const { fixture, apps, url, logs } = use();
		// Each resident signs in on the process she will post to, with the sign-in form as a browser would.
		// (one after the other: signing in is not what races here). Accept: text/html, as a browser
		// without JavaScript sends it; SvelteKit answers other clients' form posts with JSON.
		const cookies: string[] = [];
		for (const [i, email] of fixture.emails.entries()) {
			const origin = apps[i % 2]!.origin;
			const r = await fetch(`${origin}/sign-in`, {
				method: 'POST',
				redirect: 'manual',
				headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin },
				body: new URLSearchParams({ email, password: PASSWORD })
			});
			expect(r.status, `${email} could not sign in\n${logs()}`).toBe(303);
			cookies.push(
				r.headers
					.getSetCookie()
					.map((c) => c.split(';')[0])
					.join('; ')
			);
		}
		const responses = await Promise.all(
			cookies.map((cookie, i) => {
				const origin = apps[i % 2]!.origin;
				return fetch(`${origin}/initiatives/${fixture.initiativeId}/sessions?/signUp`, {
					method: 'POST',
					redirect: 'manual',
					headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin, cookie },
					body: new URLSearchParams({ bookingId: fixture.bookingId })
				}).then((r) => ({ status: r.status, location: r.headers.get('location') ?? '' }));
			})
		);
		const unexpected = responses.filter((r) => r.status !== 303);
		expect(unexpected.slice(0, 3), logs()).toEqual([]);
		const told = responses.map((r) => new URL(r.location, 'http://x').searchParams.get('done'));
		expect(told.filter((d) => d === 'signed_up')).toHaveLength(PLACES);
		expect(told.filter((d) => d === 'waiting')).toHaveLength(RESIDENTS - PLACES);

		const db = new pg.Client({ connectionString: url });
		await db.connect();
		const { rows } = await db.query<{ status: string; position: number | null }>(
			`SELECT su.status, su.position FROM session_signup su JOIN initiative_session s ON s.id = su.session_id
			 WHERE s.booking_id = $1`,
			[fixture.bookingId]
		);
		await db.end();
		expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(PLACES);
		const positions = rows.filter((r) => r.status === 'waiting').map((r) => Number(r.position));
		expect(positions.sort((a, b) => a - b)).toEqual(Array.from({ length: RESIDENTS - PLACES }, (_, i) => i + 1));
		console.log(
			`[race] ${RESIDENTS} sign-ups over 2 processes for ${PLACES} places: ${rows.length} rows, ${PLACES} confirmed`
		);
	}, 120_000);
});

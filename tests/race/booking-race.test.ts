/**
 * The concurrency proof (not timed): two app processes — the production build, as
 * `npm start` runs it — share one fresh PostgreSQL database; 200 overlapping requests for one slot
 * are fired at them at once through POST /api/v1/bookings with an organisation's API token.
 * Exactly one gets 201, every other 409, none 500, and the database holds exactly one pending or
 * confirmed booking there. Needs TEST_DATABASE_URL and a build (`npm run test:race` builds it).
 */
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { raceFixture, racerBody, RACERS } from '../integration/race-fixture.js';
import { serverUrl, twoAppsOnOnePostgres } from './two-apps.js';

describe.skipIf(!serverUrl)('two app processes, one PostgreSQL, 200 simultaneous overlapping requests', () => {
	const use = twoAppsOnOnePostgres(raceFixture);

	it('exactly one 201, every other 409, no 500, one booking held', async () => {
		const { fixture, apps, url, logs } = use();
		const responses = await Promise.all(
			Array.from({ length: RACERS }, (_, i) =>
				fetch(`${apps[i % 2]!.origin}/api/v1/bookings`, {
					method: 'POST',
					headers: { authorization: `Bearer ${fixture.token}`, 'content-type': 'application/json' },
					body: JSON.stringify(racerBody(fixture.roomId, i))
				}).then(async (r) => ({ status: r.status, body: await r.text(), app: i % 2 }))
			)
		);
		const statuses: Record<number, number> = {};
		for (const r of responses) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
		const unexpected = responses.filter((r) => r.status !== 201 && r.status !== 409).slice(0, 3);
		expect(unexpected, `${JSON.stringify(unexpected)}\n${logs()}`).toEqual([]);
		expect(statuses).toEqual({ 201: 1, 409: RACERS - 1 });
		// Both processes answered 409s: the race really ran across the two.
		expect(new Set(responses.filter((r) => r.status === 409).map((r) => r.app)).size).toBe(2);
		const conflict = JSON.parse(responses.find((r) => r.status === 409)!.body);
		expect(conflict.conflicts).toHaveLength(1);

		const db = new pg.Client({ connectionString: url });
		await db.connect();
		const { rows } = await db.query(
			`SELECT count(*)::int AS n FROM booking WHERE room_id = $1 AND status IN ('pending', 'confirmed')`,
			[fixture.roomId]
		);
		await db.end();
		expect(rows[0].n).toBe(1);
		console.log(
			`[race] ${RACERS} requests over 2 processes: ${JSON.stringify(statuses)}; held in the database: ${rows[0].n}`
		);
	}, 120_000);
});

import { expect, it } from 'vitest';
import { forEachEngine, meta, uniqueEmail } from './engines.js';
import { signIn } from '#lib/server/use-cases/sign-in.js';
import { signUp } from '#lib/server/use-cases/sign-up.js';
import { changeLanguage } from '#lib/server/use-cases/change-language.js';
import { RATE_POLICIES } from '#lib/domain/rate-limit.js';

forEachEngine(
	'rate limits',
	(use, engine) => {
		it('stops password guessing on one account after the allowed attempts', async () => {
			const email = uniqueEmail();
			const m = meta(undefined, '198.51.100.20');
			for (let i = 0; i < RATE_POLICIES.signInAccount.max; i++) {
				const r = await signIn(use(), { email, password: 'devinette' }, m);
				expect(r).toMatchObject({ ok: false, fieldErrors: { form: 'AUTH.CREDENTIALS' } });
			}
			const blocked = await signIn(use(), { email, password: 'devinette' }, m);
			expect(blocked).toMatchObject({ ok: false, fieldErrors: { form: 'RATE.LIMITED' } });
			expect(blocked.ok === false && blocked.retryAfterSeconds).toBeGreaterThan(0);
			// Another address is not blocked by someone else's attempts.
			const other = await signIn(use(), { email: uniqueEmail(), password: 'devinette' }, m);
			expect(other).toMatchObject({ fieldErrors: { form: 'AUTH.CREDENTIALS' } });
		});

		it('limits how often one person can post, whatever the form', async () => {
			const r = await signUp(
				use(),
				{ name: 'Poste', email: uniqueEmail(), password: 'une phrase facile' },
				{ ...meta(), locale: 'fr' }
			);
			if (!r.ok) throw new Error('sign-up');
			for (let i = 0; i < RATE_POLICIES.postUser.max; i++)
				expect(await changeLanguage(use(), r.userId, { locale: i % 2 ? 'fr' : 'ar' })).toMatchObject({ ok: true });
			expect(await changeLanguage(use(), r.userId, { locale: 'en' })).toMatchObject({
				ok: false,
				fieldErrors: { locale: 'RATE.LIMITED' }
			});
		});

		it.runIf(engine.name === 'postgres')('counts every attempt when they arrive at the same time', async () => {
			const limiter = use().rateLimiter;
			const n = 25;
			const results = await Promise.all(
				Array.from({ length: n }, () => limiter.hit('signInAccount', 'concurrent-subject'))
			);
			const allowed = results.filter((r) => !r.limited).length;
			expect(allowed).toBe(RATE_POLICIES.signInAccount.max);
		});
	},
	{ RATE_LIMITS: 'true' }
);

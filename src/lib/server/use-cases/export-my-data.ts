import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import {
	account,
	childcareReservation,
	initiative,
	initiativeSession,
	mailOutbox,
	roleGrant,
	session,
	sessionSignup,
	user
} from '../db/schema.js';
import { readDemographicProfile } from './get-demographic-profile.js';
import { rotaDataOf } from '../rota/store.js';

/**
 * Everything the platform keeps about one person, as a JSON-ready object (GDPR art. 15 and 20).
 * Password hashes and two-factor secrets are left out: they protect the account, they describe no one.
 */
export async function exportMyData(ctx: Pick<AppContext, 'db'>, userId: string) {
	const [profile] = await ctx.db
		.select({
			id: user.id,
			name: user.name,
			email: user.email,
			emailVerified: user.emailVerified,
			locale: user.locale,
			twoFactorEnabled: user.twoFactorEnabled,
			createdAt: user.createdAt,
			updatedAt: user.updatedAt
		})
		.from(user)
		.where(eq(user.id, userId));
	if (!profile) return null;
	const [sessions, accounts, roles, mails, signUps, childcareReservations] = await Promise.all([
		ctx.db
			.select({
				createdAt: session.createdAt,
				expiresAt: session.expiresAt,
				ipAddress: session.ipAddress,
				userAgent: session.userAgent
			})
			.from(session)
			.where(eq(session.userId, userId)),
		ctx.db
			.select({ providerId: account.providerId, createdAt: account.createdAt })
			.from(account)
			.where(eq(account.userId, userId)),
		ctx.db
			.select({
				role: roleGrant.role,
				scopeType: roleGrant.scopeType,
				scopeId: roleGrant.scopeId,
				grantedAt: roleGrant.createdAt
			})
			.from(roleGrant)
			.where(eq(roleGrant.userId, userId)),
		ctx.db
			.select({ subject: mailOutbox.subject, createdAt: mailOutbox.createdAt })
			.from(mailOutbox)
			.where(eq(mailOutbox.recipient, profile.email)),
		// Her places in initiatives' sessions (`sessions` above are her sign-in sessions).
		ctx.db
			.select({
				initiative: initiative.title,
				startsAt: initiativeSession.startsAt,
				status: sessionSignup.status,
				signedUpAt: sessionSignup.createdAt
			})
			.from(sessionSignup)
			.innerJoin(initiativeSession, eq(initiativeSession.id, sessionSignup.sessionId))
			.innerJoin(initiative, eq(initiative.id, initiativeSession.initiativeId))
			.where(eq(sessionSignup.userId, userId)),
		// The childcare places reserved with those sign-ups: a child's age only, never a name.
		ctx.db
			.select({
				initiative: initiative.title,
				startsAt: initiativeSession.startsAt,
				childAgeMonths: childcareReservation.ageMonths,
				status: childcareReservation.status,
				reservedAt: childcareReservation.createdAt
			})
			.from(childcareReservation)
			.innerJoin(sessionSignup, eq(sessionSignup.id, childcareReservation.signupId))
			.innerJoin(initiativeSession, eq(initiativeSession.id, childcareReservation.childcareSessionId))
			.innerJoin(initiative, eq(initiative.id, initiativeSession.initiativeId))
			.where(eq(sessionSignup.userId, userId))
	]);
	return {
		exportedAt: new Date().toISOString(),
		format: 'quartiers-vivants.personal-data.v1',
		profile,
		sessions,
		signInMethods: accounts,
		roles,
		mailsInOutbox: mails,
		sessionSignUps: signUps,
		childcareReservations,
		demographicProfile: await readDemographicProfile(ctx.db, userId),
		// Team rotas: her stated constraints (school runs…) and her shifts.
		rota: await rotaDataOf(ctx.db, userId)
	};
}

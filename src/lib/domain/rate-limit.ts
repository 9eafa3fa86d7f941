/**
 * Rate-limit policies. Fixed windows are enough here: they stop password guessing and
 * posting floods without a third-party captcha, and their state is one row per key.
 */

export interface RatePolicy {
	/** Largest number of attempts allowed in one window. */
	max: number;
	windowSeconds: number;
}

export const RATE_POLICIES = {
	/** Per IP and e-mail address: slows down guessing one account's password. */
	signInAccount: { max: 10, windowSeconds: 15 * 60 },
	/** Per IP: a community centre's shared computer still lets many residents sign in. */
	signInIp: { max: 100, windowSeconds: 15 * 60 },
	signUpIp: { max: 20, windowSeconds: 60 * 60 },
	passwordResetAccount: { max: 5, windowSeconds: 60 * 60 },
	passwordResetIp: { max: 20, windowSeconds: 60 * 60 },
	twoFactorAccount: { max: 10, windowSeconds: 15 * 60 },
	/** Reading the open data API and downloading its files, per IP: about one request a second. */
	apiIp: { max: 300, windowSeconds: 5 * 60 },
	/** Invitations mailed on behalf of one organisation: each one sends mail to an address someone typed. */
	organisationInvitation: { max: 20, windowSeconds: 60 * 60 },
	/** Every posting action of a signed-in person. */
	postUser: { max: 30, windowSeconds: 10 * 60 },
	/** Booking requests sent through the API for one organisation: a program may send a season at once, not a flood. */
	bookingRequestOrganisation: { max: 600, windowSeconds: 10 * 60 },
	/** Needs and ideas posted by one account: a resident says a few things a day, not dozens. */
	postNeedAccount: { max: 10, windowSeconds: 24 * 60 * 60 },
	/** Needs posted without an account, per IP: a social centre's shared computer still serves a queue. */
	postNeedIp: { max: 10, windowSeconds: 60 * 60 },
	/** New practices proposed to the catalogue by one person: each one costs a moderator's review. */
	proposePractice: { max: 10, windowSeconds: 24 * 60 * 60 },
	/** Reports of abuse, per account and per IP: each one costs a moderator's look, and reporting must not become harassment. */
	reportContent: { max: 10, windowSeconds: 60 * 60 },
	/** Moderation decisions of one moderator: a backlog cleared at a steady pace passes, a hijacked account's script does not. */
	moderateUser: { max: 300, windowSeconds: 10 * 60 }
} as const satisfies Record<string, RatePolicy>;

export type RatePolicyName = keyof typeof RATE_POLICIES;

export interface WindowState {
	windowStart: Date;
	hits: number;
}

export function isOverLimit(state: WindowState, policy: RatePolicy): boolean {
	return state.hits > policy.max;
}

/** Seconds until the window of `state` ends, for a "try again in N minutes" message. */
export function retryAfterSeconds(state: WindowState, policy: RatePolicy, now: Date): number {
	const end = state.windowStart.getTime() + policy.windowSeconds * 1000;
	return Math.max(1, Math.ceil((end - now.getTime()) / 1000));
}

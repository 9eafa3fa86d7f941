/**
 * The one Drizzle schema, shared by PGlite and PostgreSQL.
 * Better Auth's tables (user, session, account, verification, two_factor) keep the
 * field names its Drizzle adapter expects; everything else uses the vocabulary of DESIGN.md.
 */
import {
	pgTable,
	text,
	timestamp,
	boolean,
	integer,
	jsonb,
	doublePrecision,
	index,
	unique,
	primaryKey
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

// ── Accounts (Better Auth) ─────────────────────────────────────────────────────

export const user = pgTable('user', {
	id: text('id').primaryKey(),
	name: text('name').notNull(),
	email: text('email').notNull().unique(),
	emailVerified: boolean('email_verified').notNull().default(false),
	image: text('image'),
	/** Preferred interface language: fr, en or ar. */
	locale: text('locale').notNull().default('fr'),
	twoFactorEnabled: boolean('two_factor_enabled').notNull().default(false),
	createdAt: createdAt(),
	updatedAt: updatedAt()
});

export const session = pgTable(
	'session',
	{
		id: text('id').primaryKey(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		token: text('token').notNull().unique(),
		ipAddress: text('ip_address'),
		userAgent: text('user_agent'),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [index('session_user_idx').on(t.userId)]
);

export const account = pgTable(
	'account',
	{
		id: text('id').primaryKey(),
		accountId: text('account_id').notNull(),
		providerId: text('provider_id').notNull(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		accessToken: text('access_token'),
		refreshToken: text('refresh_token'),
		idToken: text('id_token'),
		accessTokenExpiresAt: timestamp('access_token_expires_at', { withTimezone: true }),
		refreshTokenExpiresAt: timestamp('refresh_token_expires_at', { withTimezone: true }),
		scope: text('scope'),
		password: text('password'),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [index('account_user_idx').on(t.userId)]
);

export const verification = pgTable(
	'verification',
	{
		id: text('id').primaryKey(),
		identifier: text('identifier').notNull(),
		value: text('value').notNull(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [index('verification_identifier_idx').on(t.identifier)]
);

export const twoFactor = pgTable(
	'two_factor',
	{
		id: text('id').primaryKey(),
		secret: text('secret').notNull(),
		backupCodes: text('backup_codes').notNull(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		verified: boolean('verified').notNull().default(true),
		failedVerificationCount: integer('failed_verification_count').notNull().default(0),
		lockedUntil: timestamp('locked_until', { withTimezone: true })
	},
	(t) => [index('two_factor_user_idx').on(t.userId), index('two_factor_secret_idx').on(t.secret)]
);

// ── Roles ──────────────────────────────────────────────────────────────────────

/**
 * A role held by a user, optionally within a scope (an organisation, a facility or a commune).
 * Everyone signed in is a resident; only the other roles are stored.
 * scope_id is '' for roles without a scope so that the unique key also covers them.
 */
export const roleGrant = pgTable(
	'role_grant',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		role: text('role').notNull(),
		scopeType: text('scope_type').notNull().default('global'),
		scopeId: text('scope_id').notNull().default(''),
		grantedBy: text('granted_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [
		unique('role_grant_unique').on(t.userId, t.role, t.scopeType, t.scopeId),
		index('role_grant_user_idx').on(t.userId)
	]
);

// ── Territory ──────────────────────────────────────────────────────────────────

export const commune = pgTable('commune', {
	id: text('id').primaryKey(),
	/** INSEE code, e.g. 69266 for Villeurbanne. */
	inseeCode: text('insee_code').notNull().unique(),
	name: text('name').notNull(),
	/** School-holiday zone: A, B or C. */
	holidayZone: text('holiday_zone').notNull(),
	timeZone: text('time_zone').notNull().default('Europe/Paris'),
	createdAt: createdAt()
});

export const quartier = pgTable(
	'quartier',
	{
		id: text('id').primaryKey(),
		communeId: text('commune_id')
			.notNull()
			.references(() => commune.id, { onDelete: 'restrict' }),
		name: text('name').notNull(),
		/** Official 2024 QPV code (QN…), when the quartier is a QPV. */
		qpvCode: text('qpv_code').unique(),
		/** GeoJSON Polygon or MultiPolygon geometry in WGS84. */
		outline: jsonb('outline'),
		centroidLon: doublePrecision('centroid_lon'),
		centroidLat: doublePrecision('centroid_lat'),
		createdAt: createdAt()
	},
	(t) => [index('quartier_commune_idx').on(t.communeId)]
);

export const organisation = pgTable('organisation', {
	id: text('id').primaryKey(),
	name: text('name').notNull(),
	/** association | ess_enterprise | foundation | company | commune | social_landlord | maitre_ouvrage */
	type: text('type').notNull(),
	description: text('description').notNull().default(''),
	communeId: text('commune_id').references(() => commune.id, { onDelete: 'set null' }),
	website: text('website'),
	createdAt: createdAt()
});

export const organisationQuartier = pgTable(
	'organisation_quartier',
	{
		organisationId: text('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		quartierId: text('quartier_id')
			.notNull()
			.references(() => quartier.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.organisationId, t.quartierId] })]
);

export const facility = pgTable(
	'facility',
	{
		id: text('id').primaryKey(),
		name: text('name').notNull(),
		communeId: text('commune_id')
			.notNull()
			.references(() => commune.id, { onDelete: 'restrict' }),
		quartierId: text('quartier_id').references(() => quartier.id, { onDelete: 'set null' }),
		ownerOrganisationId: text('owner_organisation_id').references(() => organisation.id, {
			onDelete: 'set null'
		}),
		address: text('address').notNull(),
		lon: doublePrecision('lon'),
		lat: doublePrecision('lat'),
		createdAt: createdAt()
	},
	(t) => [index('facility_commune_idx').on(t.communeId)]
);

export const room = pgTable(
	'room',
	{
		id: text('id').primaryKey(),
		facilityId: text('facility_id')
			.notNull()
			.references(() => facility.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		areaM2: integer('area_m2').notNull(),
		capacity: integer('capacity').notNull(),
		/** none | reheating | full */
		kitchenLevel: text('kitchen_level').notNull().default('none'),
		toilets: boolean('toilets').notNull().default(false),
		childToilets: boolean('child_toilets').notNull().default(false),
		changingTable: boolean('changing_table').notNull().default(false),
		storageM2: integer('storage_m2').notNull().default(0),
		outdoorM2: integer('outdoor_m2').notNull().default(0),
		stepFree: boolean('step_free').notNull().default(false),
		vanAccess: boolean('van_access').notNull().default(false),
		waterPoint: boolean('water_point').notNull().default(false),
		createdAt: createdAt()
	},
	(t) => [index('room_facility_idx').on(t.facilityId)]
);

// ── Platform services ─────────────────────────────────────────────────────────

/** Mail kept in the database when no SMTP server is configured; administrators read it in the app. */
export const mailOutbox = pgTable(
	'mail_outbox',
	{
		id: text('id').primaryKey(),
		recipient: text('recipient').notNull(),
		subject: text('subject').notNull(),
		body: text('body').notNull(),
		createdAt: createdAt()
	},
	(t) => [index('mail_outbox_created_idx').on(t.createdAt)]
);

/**
 * Fixed-window counters for rate limits. Kept in the database so that the limit holds
 * across several app instances behind a load balancer.
 */
export const rateLimit = pgTable('rate_limit', {
	key: text('key').primaryKey(),
	windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
	hits: integer('hits').notNull()
});

/** Key/value facts about this installation (e.g. when the demo was seeded). */
export const appMeta = pgTable('app_meta', {
	key: text('key').primaryKey(),
	value: text('value').notNull(),
	updatedAt: updatedAt()
});

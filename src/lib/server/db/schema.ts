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
	primaryKey,
	customType,
	date
} from 'drizzle-orm/pg-core';

/** Binary data (photos): Buffer on both drivers. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
	dataType: () => 'bytea',
	fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value))
});

/**
 * A PostgreSQL range of instants, read and written as its text form '[2026-09-01 07:00:00+00,2026-09-01 09:00:00+00)'.
 * Bookings use half-open ranges so that back-to-back bookings do not overlap.
 */
export const tstzrange = customType<{ data: string; driverData: string }>({
	dataType: () => 'tstzrange'
});

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
	/** School-holiday zone: A, B or C; null overseas, where each académie has its own calendar. */
	holidayZone: text('holiday_zone'),
	timeZone: text('time_zone').notNull().default('Europe/Paris'),
	/** Département code (01…95, 2A, 2B, 971…976), from the INSEE code. */
	departement: text('departement'),
	createdAt: createdAt(),
	updatedAt: updatedAt()
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
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [index('quartier_commune_idx').on(t.communeId)]
);

/**
 * Every commune a quartier lies in. A few QPV straddle two communes (e.g. QN00201M, Omissy and
 * Saint-Quentin): quartier.commune_id is the first listed, this table holds them all.
 */
export const quartierCommune = pgTable(
	'quartier_commune',
	{
		quartierId: text('quartier_id')
			.notNull()
			.references(() => quartier.id, { onDelete: 'cascade' }),
		communeId: text('commune_id')
			.notNull()
			.references(() => commune.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.quartierId, t.communeId] }), index('quartier_commune_commune_idx').on(t.communeId)]
);

/**
 * The report of each import of the official QPV files, kept so that the administrator can
 * read it after the upload (and later: who imported what, when). Only finished imports are
 * kept: a refused file changes nothing, this table included.
 */
export const qpvImport = pgTable('qpv_import', {
	id: text('id').primaryKey(),
	importedBy: text('imported_by').references(() => user.id, { onDelete: 'set null' }),
	listFileName: text('list_file_name').notNull(),
	outlinesFileName: text('outlines_file_name'),
	createdCount: integer('created_count').notNull(),
	updatedCount: integer('updated_count').notNull(),
	unchangedCount: integer('unchanged_count').notNull(),
	rejectedCount: integer('rejected_count').notNull(),
	communesCreatedCount: integer('communes_created_count').notNull(),
	/** [{ qpvCode, name }] of the quartiers created. */
	created: jsonb('created').notNull(),
	/** [{ qpvCode, name, changes: ['name' | 'centroid' | 'outline' | 'communes'] }]. */
	updated: jsonb('updated').notNull(),
	/** [{ file: 'list' | 'outlines', line, code, qpvCode? }], at most a few thousand. */
	rejected: jsonb('rejected').notNull(),
	durationMs: integer('duration_ms').notNull(),
	createdAt: createdAt()
});

export const organisation = pgTable('organisation', {
	id: text('id').primaryKey(),
	name: text('name').notNull(),
	/** association | ess_enterprise | foundation | company | commune | social_landlord | maitre_ouvrage */
	type: text('type').notNull(),
	description: text('description').notNull().default(''),
	communeId: text('commune_id').references(() => commune.id, { onDelete: 'set null' }),
	website: text('website'),
	contactEmail: text('contact_email'),
	contactPhone: text('contact_phone'),
	createdAt: createdAt(),
	updatedAt: updatedAt()
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
		description: text('description').notNull().default(''),
		createdAt: createdAt(),
		updatedAt: updatedAt()
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
		/** A place to park a van or a car at the door (itinerant services unload there). */
		parking: boolean('parking').notNull().default(false),
		description: text('description').notNull().default(''),
		/**
		 * Weekly opening hours in the commune's local time: [{ weekday: 1 (Monday)…7, start: 'HH:MM', end: 'HH:MM' }].
		 * Empty means "on request".
		 */
		openingHours: jsonb('opening_hours').notNull().default([]),
		// Booking policy (used by the shared-rooms booking).
		approvalRequired: boolean('approval_required').notNull().default(true),
		minNoticeHours: integer('min_notice_hours').notNull().default(48),
		maxBookingMinutes: integer('max_booking_minutes').notNull().default(240),
		/** organisations | residents (anyone signed in) | managers (the facility's managers only) */
		bookableBy: text('bookable_by').notNull().default('organisations'),
		/** Most minutes one organisation may hold in this room in one week (Monday to Sunday); null: no quota. */
		weeklyQuotaMinutes: integer('weekly_quota_minutes'),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [index('room_facility_idx').on(t.facilityId)]
);

/**
 * A photo of a room, re-encoded on upload (which drops EXIF and GPS metadata) and kept in the
 * database, so that several app instances serve the same files without shared storage.
 */
export const roomPhoto = pgTable(
	'room_photo',
	{
		id: text('id').primaryKey(),
		roomId: text('room_id')
			.notNull()
			.references(() => room.id, { onDelete: 'cascade' }),
		/** Describes the photo for people who cannot see it. */
		alt: text('alt').notNull().default(''),
		position: integer('position').notNull().default(0),
		mime: text('mime').notNull(),
		width: integer('width').notNull(),
		height: integer('height').notNull(),
		/** The re-encoded image, at most 1600 px wide. */
		image: bytea('image').notNull(),
		/** A small version for lists, at most 400 px wide. */
		thumbnail: bytea('thumbnail').notNull(),
		uploadedBy: text('uploaded_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [index('room_photo_room_idx').on(t.roomId)]
);

// ── Organisations: members and machine access ─────────────────────────────────

/** An e-mailed invitation to join an organisation; only a hash of its token is kept. */
export const organisationInvitation = pgTable(
	'organisation_invitation',
	{
		id: text('id').primaryKey(),
		organisationId: text('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		email: text('email').notNull(),
		/** organisation_member | organisation_admin */
		role: text('role').notNull().default('organisation_member'),
		tokenHash: text('token_hash').notNull().unique(),
		invitedBy: text('invited_by').references(() => user.id, { onDelete: 'set null' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		acceptedAt: timestamp('accepted_at', { withTimezone: true }),
		acceptedBy: text('accepted_by').references(() => user.id, { onDelete: 'set null' }),
		revokedAt: timestamp('revoked_at', { withTimezone: true }),
		createdAt: createdAt()
	},
	(t) => [index('organisation_invitation_org_idx').on(t.organisationId)]
);

/** A token an organisation admin creates so that a program may write through /api/v1. */
export const apiToken = pgTable(
	'api_token',
	{
		id: text('id').primaryKey(),
		organisationId: text('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		/** SHA-256 of the token; the token itself is shown once, at creation. */
		tokenHash: text('token_hash').notNull().unique(),
		/** The first characters of the token, so that people can tell their tokens apart. */
		prefix: text('prefix').notNull(),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
		revokedAt: timestamp('revoked_at', { withTimezone: true }),
		createdAt: createdAt()
	},
	(t) => [index('api_token_org_idx').on(t.organisationId)]
);

// ── Catalogue of practices and initiatives ─────────────────────────────────────

/**
 * A catalogue entry (fiche innovation). French is the source text; other languages live in
 * practice_translation. Requirements use the same scale as a room so that fit can compare them.
 */
export const practice = pgTable(
	'practice',
	{
		id: text('id').primaryKey(),
		slug: text('slug').notNull().unique(),
		/** proposed (awaiting review) | published | rejected | archived */
		status: text('status').notNull().default('proposed'),
		title: text('title').notNull(),
		summary: text('summary').notNull(),
		/** Markdown, rendered sanitised. */
		description: text('description').notNull().default(''),
		/** Codes of the Carrefour des innovations sociales taxonomy (INS, JEU, …). */
		themes: text('themes').array().notNull().default([]),
		/** women | children_0_3 | children_3_11 | young_people | seniors | adults_learning_french | families | everyone */
		publics: text('publics').array().notNull().default([]),
		/** The needs it answers, one short phrase each. */
		needsAnswered: text('needs_answered').array().notNull().default([]),
		// Requirements
		minAreaM2: integer('min_area_m2').notNull().default(0),
		kitchenLevel: text('kitchen_level').notNull().default('none'),
		toilets: boolean('toilets').notNull().default(false),
		childToilets: boolean('child_toilets').notNull().default(false),
		changingTable: boolean('changing_table').notNull().default(false),
		storageM2: integer('storage_m2').notNull().default(0),
		outdoorM2: integer('outdoor_m2').notNull().default(0),
		stepFree: boolean('step_free').notNull().default(false),
		vanAccess: boolean('van_access').notNull().default(false),
		waterPoint: boolean('water_point').notNull().default(false),
		// Time pattern
		sessionsPerWeek: integer('sessions_per_week').notNull().default(1),
		sessionMinutes: integer('session_minutes').notNull().default(120),
		/** school_hours | wednesday | evening | weekend | morning | afternoon | school_holidays */
		preferredWindows: text('preferred_windows').array().notNull().default([]),
		// People and money
		staff: integer('staff').notNull().default(0),
		volunteers: integer('volunteers').notNull().default(0),
		setupCostMin: integer('setup_cost_min'),
		setupCostMax: integer('setup_cost_max'),
		yearlyCostMin: integer('yearly_cost_min'),
		yearlyCostMax: integer('yearly_cost_max'),
		impactIndicators: text('impact_indicators').array().notNull().default([]),
		/** Real places where it runs: [{ name, place, url?, note? }]. */
		references: jsonb('references').notNull().default([]),
		proposedByOrganisationId: text('proposed_by_organisation_id').references(() => organisation.id, {
			onDelete: 'set null'
		}),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		reviewedBy: text('reviewed_by').references(() => user.id, { onDelete: 'set null' }),
		reviewNote: text('review_note'),
		publishedAt: timestamp('published_at', { withTimezone: true }),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [index('practice_status_idx').on(t.status)]
);

/** A practice's title, summary and description in another language than French. */
export const practiceTranslation = pgTable(
	'practice_translation',
	{
		practiceId: text('practice_id')
			.notNull()
			.references(() => practice.id, { onDelete: 'cascade' }),
		locale: text('locale').notNull(),
		title: text('title').notNull(),
		summary: text('summary').notNull(),
		description: text('description')
	},
	(t) => [primaryKey({ columns: [t.practiceId, t.locale] })]
);

/** A practice run by an organisation in one or more quartiers. */
export const initiative = pgTable(
	'initiative',
	{
		id: text('id').primaryKey(),
		practiceId: text('practice_id')
			.notNull()
			.references(() => practice.id, { onDelete: 'restrict' }),
		organisationId: text('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		summary: text('summary').notNull().default(''),
		/** idea | preparing | running | paused | ended */
		status: text('status').notNull().default('idea'),
		/** When it happens, in words ("Mondays and Tuesdays, 8:00–19:00, school weeks"). */
		schedule: text('schedule').notNull().default(''),
		/** How to join: who may come, whether to register, what to bring. */
		howToJoin: text('how_to_join').notNull().default(''),
		contactEmail: text('contact_email'),
		contactPhone: text('contact_phone'),
		website: text('website'),
		startedOn: date('started_on'),
		/** Places per session residents can sign up for; null: sessions take no sign-ups. Overridable per session. */
		sessionCapacity: integer('session_capacity'),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [index('initiative_practice_idx').on(t.practiceId), index('initiative_organisation_idx').on(t.organisationId)]
);

export const initiativeTranslation = pgTable(
	'initiative_translation',
	{
		initiativeId: text('initiative_id')
			.notNull()
			.references(() => initiative.id, { onDelete: 'cascade' }),
		locale: text('locale').notNull(),
		title: text('title').notNull(),
		summary: text('summary').notNull().default(''),
		schedule: text('schedule').notNull().default(''),
		howToJoin: text('how_to_join').notNull().default('')
	},
	(t) => [primaryKey({ columns: [t.initiativeId, t.locale] })]
);

export const initiativeQuartier = pgTable(
	'initiative_quartier',
	{
		initiativeId: text('initiative_id')
			.notNull()
			.references(() => initiative.id, { onDelete: 'cascade' }),
		quartierId: text('quartier_id')
			.notNull()
			.references(() => quartier.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.initiativeId, t.quartierId] }), index('initiative_quartier_q_idx').on(t.quartierId)]
);

/** The rooms where an initiative takes place (where it is known). */
export const initiativeRoom = pgTable(
	'initiative_room',
	{
		initiativeId: text('initiative_id')
			.notNull()
			.references(() => initiative.id, { onDelete: 'cascade' }),
		roomId: text('room_id')
			.notNull()
			.references(() => room.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.initiativeId, t.roomId] }), index('initiative_room_room_idx').on(t.roomId)]
);

// ── Shared rooms: bookings, series, circuits, closures, holidays ─────────────

/**
 * An itinerant circuit (tournée): one organisation's service visiting several rooms on given
 * weekdays, requested and decided as one unit. Its legs are booking_series rows.
 */
export const bookingCircuit = pgTable(
	'booking_circuit',
	{
		id: text('id').primaryKey(),
		organisationId: text('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		initiativeId: text('initiative_id').references(() => initiative.id, { onDelete: 'set null' }),
		title: text('title').notNull(),
		/** pending | confirmed | partly_confirmed | refused | cancelled (derived from its legs, kept for lists) */
		status: text('status').notNull().default('pending'),
		requestedBy: text('requested_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [index('booking_circuit_organisation_idx').on(t.organisationId)]
);

/**
 * A recurring request: an RFC 5545 rule expanded in the wall-clock time of the commune's IANA
 * zone. Each occurrence is a booking row (series_id, occurrence_date), so that the exclusion
 * constraint checks every occurrence and managers can decide on one of them.
 */
export const bookingSeries = pgTable(
	'booking_series',
	{
		id: text('id').primaryKey(),
		roomId: text('room_id')
			.notNull()
			.references(() => room.id, { onDelete: 'cascade' }),
		organisationId: text('organisation_id').references(() => organisation.id, { onDelete: 'cascade' }),
		initiativeId: text('initiative_id').references(() => initiative.id, { onDelete: 'set null' }),
		circuitId: text('circuit_id').references(() => bookingCircuit.id, { onDelete: 'cascade' }),
		requestedBy: text('requested_by').references(() => user.id, { onDelete: 'set null' }),
		title: text('title').notNull(),
		/** The RRULE value without its name, e.g. 'FREQ=WEEKLY;BYDAY=MO,TU;UNTIL=20270630'. */
		rule: text('rule').notNull(),
		/** DTSTART's local date. */
		startsOn: date('starts_on').notNull(),
		/** Local wall-clock times 'HH:MM' in time_zone; end after start, same day. */
		startTime: text('start_time').notNull(),
		endTime: text('end_time').notNull(),
		timeZone: text('time_zone').notNull(),
		/** EXDATE: local dates left out of the series. */
		excludedDates: date('excluded_dates').array().notNull().default([]),
		/** all | school_periods | holidays: which weeks of the school calendar the series runs in. */
		calendarFilter: text('calendar_filter').notNull().default('all'),
		/** active | ended (split by "this and following") | cancelled */
		status: text('status').notNull().default('active'),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [
		index('booking_series_room_idx').on(t.roomId),
		index('booking_series_organisation_idx').on(t.organisationId),
		index('booking_series_circuit_idx').on(t.circuitId)
	]
);

/**
 * One occupation of a room: a half-open [start, end) range of instants. Pending and confirmed
 * bookings may not overlap in a room: an EXCLUDE constraint (migration 0005) enforces it on
 * both engines, so no race between two requests can double-book a room.
 */
export const booking = pgTable(
	'booking',
	{
		id: text('id').primaryKey(),
		roomId: text('room_id')
			.notNull()
			.references(() => room.id, { onDelete: 'cascade' }),
		seriesId: text('series_id').references(() => bookingSeries.id, { onDelete: 'cascade' }),
		/** The occurrence's local date in its series (the RECURRENCE-ID); null for a one-off booking. */
		occurrenceDate: date('occurrence_date'),
		organisationId: text('organisation_id').references(() => organisation.id, { onDelete: 'cascade' }),
		initiativeId: text('initiative_id').references(() => initiative.id, { onDelete: 'set null' }),
		requestedBy: text('requested_by').references(() => user.id, { onDelete: 'set null' }),
		title: text('title').notNull(),
		during: tstzrange('during').notNull(),
		/** pending | confirmed | refused | cancelled */
		status: text('status').notNull().default('pending'),
		/** Changed on its own (time moved, decided apart): a whole-series edit keeps it as it is. */
		isException: boolean('is_exception').notNull().default(false),
		/** Shown on public calendars (title and organisation); otherwise only "booked". */
		isPublic: boolean('is_public').notNull().default(true),
		decidedBy: text('decided_by').references(() => user.id, { onDelete: 'set null' }),
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		/** Why a manager refused, or why it was cancelled; shown to the requester. */
		reason: text('reason'),
		reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [
		unique('booking_series_occurrence_unique').on(t.seriesId, t.occurrenceDate),
		index('booking_room_idx').on(t.roomId),
		index('booking_organisation_idx').on(t.organisationId),
		index('booking_initiative_idx').on(t.initiativeId),
		index('booking_status_idx').on(t.status)
	]
);

/** A room closed for works or another reason: no booking may be requested over it. */
export const roomClosure = pgTable(
	'room_closure',
	{
		id: text('id').primaryKey(),
		roomId: text('room_id')
			.notNull()
			.references(() => room.id, { onDelete: 'cascade' }),
		during: tstzrange('during').notNull(),
		reason: text('reason').notNull(),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [index('room_closure_room_idx').on(t.roomId)]
);

/**
 * School holidays of one zone (A, B or C), from the official dataset fr-en-calendrier-scolaire:
 * [starts_on, resumes_on) — resumes_on is the day classes start again.
 */
export const schoolHoliday = pgTable(
	'school_holiday',
	{
		id: text('id').primaryKey(),
		zone: text('zone').notNull(),
		/** e.g. 2025-2026 */
		schoolYear: text('school_year').notNull(),
		name: text('name').notNull(),
		startsOn: date('starts_on').notNull(),
		resumesOn: date('resumes_on').notNull(),
		createdAt: createdAt()
	},
	(t) => [
		unique('school_holiday_unique').on(t.zone, t.startsOn),
		index('school_holiday_zone_idx').on(t.zone, t.startsOn)
	]
);

/**
 * Which school years are loaded for which zone, and whether completely: a date in a year not
 * listed (or partial) has an unknown school calendar, and series filtered on it say so.
 */
export const schoolCalendarYear = pgTable(
	'school_calendar_year',
	{
		zone: text('zone').notNull(),
		schoolYear: text('school_year').notNull(),
		complete: boolean('complete').notNull(),
		source: text('source').notNull(),
		importedBy: text('imported_by').references(() => user.id, { onDelete: 'set null' }),
		importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.zone, t.schoolYear] })]
);

/**
 * A secret address for an iCalendar feed that shows non-public details (titles of private
 * bookings, requesters). Only a hash of the token is stored.
 */
export const calendarFeed = pgTable(
	'calendar_feed',
	{
		id: text('id').primaryKey(),
		/** room | organisation | initiative */
		scopeType: text('scope_type').notNull(),
		scopeId: text('scope_id').notNull(),
		tokenHash: text('token_hash').notNull().unique(),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'cascade' }),
		createdAt: createdAt(),
		revokedAt: timestamp('revoked_at', { withTimezone: true })
	},
	(t) => [index('calendar_feed_scope_idx').on(t.scopeType, t.scopeId)]
);

/** In-app notifications: what changed in something the user asked, manages or follows. */
export const notification = pgTable(
	'notification',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		/** e.g. booking.requested, booking.decided, booking.reminder */
		kind: text('kind').notNull(),
		/** What the message needs, language-neutral: the page renders it in the reader's language. */
		payload: jsonb('payload').notNull().default({}),
		/** Path inside the app the notification leads to. */
		link: text('link'),
		readAt: timestamp('read_at', { withTimezone: true }),
		createdAt: createdAt()
	},
	(t) => [index('notification_user_idx').on(t.userId, t.createdAt)]
);

// ── Residents' voice: needs and ideas, conversation, moderation ───────────────

/**
 * Whether a commune lets people post a need without an account (then always moderated before
 * it is published). Kept apart from `commune` so that the territory import never touches it.
 */
export const communeVoiceSettings = pgTable('commune_voice_settings', {
	communeId: text('commune_id')
		.primaryKey()
		.references(() => commune.id, { onDelete: 'cascade' }),
	anonymousPostingAllowed: boolean('anonymous_posting_allowed').notNull().default(false),
	updatedAt: updatedAt()
});

/**
 * A need (besoin) or an idea (idée) a resident posts for her quartier. The text keeps the
 * language it was written in. Counters are kept in the same transaction as the supports and
 * comments they count, so that a commune's list of 20,000 needs never counts a million rows.
 */
export const need = pgTable(
	'need',
	{
		id: text('id').primaryKey(),
		/** need | idea */
		kind: text('kind').notNull(),
		quartierId: text('quartier_id')
			.notNull()
			.references(() => quartier.id, { onDelete: 'restrict' }),
		/** The quartier's commune, copied so that a commune's list reads one index. */
		communeId: text('commune_id')
			.notNull()
			.references(() => commune.id, { onDelete: 'restrict' }),
		/** A theme code of the social-innovation taxonomy (src/lib/domain/themes.ts). */
		theme: text('theme').notNull(),
		title: text('title').notNull(),
		body: text('body').notNull().default(''),
		/** fr | en | ar: the language the author wrote in. */
		language: text('language').notNull(),
		/** Null when posted without an account (only where the commune allows it). */
		authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
		/** The first name an author without an account chose to show, if any. */
		authorName: text('author_name'),
		/** online | counter (recorded by staff for someone in person) */
		channel: text('channel').notNull().default('online'),
		recordedBy: text('recorded_by').references(() => user.id, { onDelete: 'set null' }),
		/** An optional place on the map, in WGS84. */
		lon: doublePrecision('lon'),
		lat: doublePrecision('lat'),
		/** submitted | published | refused | under_study | answered | linked | done */
		status: text('status').notNull(),
		/** Why a moderator refused it, shown to its author. */
		refusalReason: text('refusal_reason'),
		/** The initiative that answers it, once linked. */
		initiativeId: text('initiative_id').references(() => initiative.id, { onDelete: 'set null' }),
		/** A short code for posters and QR codes (/b/{code}). */
		shortCode: text('short_code').notNull().unique(),
		supportCount: integer('support_count').notNull().default(0),
		commentCount: integer('comment_count').notNull().default(0),
		followerCount: integer('follower_count').notNull().default(0),
		createdAt: createdAt(),
		/** When it became public; null while submitted or refused. Lists sort on it. */
		publishedAt: timestamp('published_at', { withTimezone: true }),
		updatedAt: updatedAt()
	},
	(t) => [
		index('need_commune_recent_idx').on(t.communeId, t.publishedAt.desc(), t.id.desc()),
		index('need_quartier_recent_idx').on(t.quartierId, t.publishedAt.desc(), t.id.desc()),
		// A quartier's needs in one theme, the list's most common filter: without it, a page reads
		// every need of the quartier (measured by npm run bench:needs).
		index('need_quartier_theme_recent_idx').on(t.quartierId, t.theme, t.publishedAt.desc(), t.id.desc()),
		index('need_commune_supported_idx').on(t.communeId, t.supportCount.desc(), t.id.desc()),
		// A quartier's most supported needs (its page, its dashboard, its fiche): 62 ms at city scale
		// without it, the sort reading every need of the commune (issue 8).
		index('need_quartier_supported_idx').on(t.quartierId, t.supportCount.desc(), t.id.desc()),
		index('need_status_idx').on(t.status, t.createdAt),
		index('need_author_idx').on(t.authorId)
	]
);

/** The optional photo of a need, re-encoded without metadata, like room photos. */
export const needPhoto = pgTable('need_photo', {
	needId: text('need_id')
		.primaryKey()
		.references(() => need.id, { onDelete: 'cascade' }),
	alt: text('alt').notNull().default(''),
	mime: text('mime').notNull(),
	width: integer('width').notNull(),
	height: integer('height').notNull(),
	image: bytea('image').notNull(),
	thumbnail: bytea('thumbnail').notNull(),
	createdAt: createdAt()
});

/**
 * The visible history of a need: every change of status, with who made it and, for an official
 * answer or a refusal, the text. The need row holds the current state; this table the story.
 */
export const needEvent = pgTable(
	'need_event',
	{
		id: text('id').primaryKey(),
		needId: text('need_id')
			.notNull()
			.references(() => need.id, { onDelete: 'cascade' }),
		/** The status the need moved to. */
		status: text('status').notNull(),
		actorId: text('actor_id').references(() => user.id, { onDelete: 'set null' }),
		/** The organisation (a commune is one too) an official answer speaks for. */
		organisationId: text('organisation_id').references(() => organisation.id, { onDelete: 'set null' }),
		initiativeId: text('initiative_id').references(() => initiative.id, { onDelete: 'set null' }),
		/** The official answer, or the reason of a refusal. */
		text: text('text'),
		language: text('language'),
		createdAt: createdAt()
	},
	(t) => [index('need_event_need_idx').on(t.needId, t.createdAt)]
);

/**
 * A person's mark on a need, one per account and need (the primary key): a support or a follow.
 * The two tables have the same shape and rules; their counters live on `need`.
 */
const needPersonTable = (name: 'need_support' | 'need_follow') =>
	pgTable(
		name,
		{
			needId: text('need_id')
				.notNull()
				.references(() => need.id, { onDelete: 'cascade' }),
			userId: text('user_id')
				.notNull()
				.references(() => user.id, { onDelete: 'cascade' }),
			createdAt: createdAt()
		},
		(t) => [primaryKey({ columns: [t.needId, t.userId] }), index(`${name}_user_idx`).on(t.userId)]
	);

/** One support per account and need; withdrawing deletes the row (and decrements the counter). */
export const needSupport = needPersonTable('need_support');

/** Who follows a need, to be told when it changes or gets an answer. */
export const needFollow = needPersonTable('need_follow');

/** A comment on a need; a reply points to a top-level comment (one level only). */
export const needComment = pgTable(
	'need_comment',
	{
		id: text('id').primaryKey(),
		needId: text('need_id')
			.notNull()
			.references(() => need.id, { onDelete: 'cascade' }),
		parentId: text('parent_id'),
		authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
		body: text('body').notNull(),
		language: text('language').notNull(),
		/** pending (a first post, held for moderation) | published | refused | hidden (after a report) */
		status: text('status').notNull(),
		refusalReason: text('refusal_reason'),
		createdAt: createdAt()
	},
	(t) => [index('need_comment_need_idx').on(t.needId, t.createdAt), index('need_comment_status_idx').on(t.status)]
);

/** Someone reports a need or a comment as abusive; moderators close it with a decision. */
export const contentReport = pgTable(
	'content_report',
	{
		id: text('id').primaryKey(),
		/** need | comment */
		targetType: text('target_type').notNull(),
		targetId: text('target_id').notNull(),
		reporterId: text('reporter_id').references(() => user.id, { onDelete: 'set null' }),
		/** spam | insult | personal_data | off_topic | other */
		reason: text('reason').notNull(),
		details: text('details').notNull().default(''),
		/** open | dismissed | upheld */
		status: text('status').notNull().default('open'),
		resolvedBy: text('resolved_by').references(() => user.id, { onDelete: 'set null' }),
		resolvedAt: timestamp('resolved_at', { withTimezone: true }),
		createdAt: createdAt()
	},
	(t) => [
		index('content_report_status_idx').on(t.status, t.createdAt),
		index('content_report_target_idx').on(t.targetType, t.targetId)
	]
);

// ── Residents' voice: consultations and the opt-in demographic block ──────────

/** A consultation staff open for one or more quartiers. Its text keeps its language. */
export const consultation = pgTable(
	'consultation',
	{
		id: text('id').primaryKey(),
		title: text('title').notNull(),
		/** Markdown, sanitised when shown. */
		description: text('description').notNull().default(''),
		language: text('language').notNull(),
		opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
		closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
		/** anonymous (answers carry no account) | signed (answers carry the account) */
		answerMode: text('answer_mode').notNull(),
		/** Whether the optional demographic block is offered with the answers. */
		asksDemographics: boolean('asks_demographics').notNull().default(true),
		/** draft | published */
		status: text('status').notNull().default('draft'),
		shortCode: text('short_code').notNull().unique(),
		/** Maintained with each response, for lists and participation figures. */
		responseCount: integer('response_count').notNull().default(0),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [index('consultation_dates_idx').on(t.status, t.closesAt)]
);

export const consultationQuartier = pgTable(
	'consultation_quartier',
	{
		consultationId: text('consultation_id')
			.notNull()
			.references(() => consultation.id, { onDelete: 'cascade' }),
		quartierId: text('quartier_id')
			.notNull()
			.references(() => quartier.id, { onDelete: 'cascade' })
	},
	(t) => [
		primaryKey({ columns: [t.consultationId, t.quartierId] }),
		index('consultation_quartier_quartier_idx').on(t.quartierId)
	]
);

export const consultationQuestion = pgTable(
	'consultation_question',
	{
		id: text('id').primaryKey(),
		consultationId: text('consultation_id')
			.notNull()
			.references(() => consultation.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		/** single | multiple | scale | ranking | text */
		kind: text('kind').notNull(),
		prompt: text('prompt').notNull(),
		help: text('help').notNull().default(''),
		required: boolean('required').notNull().default(false),
		/** The choices of single, multiple and ranking questions, in order. */
		options: jsonb('options').$type<string[]>().notNull().default([]),
		/** The bounds and end labels of a scale question. */
		scaleMin: integer('scale_min'),
		scaleMax: integer('scale_max'),
		scaleMinLabel: text('scale_min_label'),
		scaleMaxLabel: text('scale_max_label')
	},
	(t) => [unique('consultation_question_position').on(t.consultationId, t.position)]
);

/**
 * One person's answers to a consultation. In an anonymous consultation `userId` stays null:
 * `consultationParticipation` alone says that an account took part, and nothing joins the two.
 */
export const consultationResponse = pgTable(
	'consultation_response',
	{
		id: text('id').primaryKey(),
		consultationId: text('consultation_id')
			.notNull()
			.references(() => consultation.id, { onDelete: 'cascade' }),
		userId: text('user_id').references(() => user.id, { onDelete: 'set null' }),
		/** online | counter (given in person, recorded by staff) */
		channel: text('channel').notNull().default('online'),
		recordedBy: text('recorded_by').references(() => user.id, { onDelete: 'set null' }),
		/** The day only: a precise time could tie an anonymous answer to a participation row. */
		answeredOn: date('answered_on').notNull(),
		/**
		 * Answers by question id: single → option index, multiple → option indexes, scale → number,
		 * ranking → option indexes in the order given, text → string.
		 */
		answers: jsonb('answers').$type<Record<string, unknown>>().notNull()
	},
	(t) => [
		index('consultation_response_consultation_idx').on(t.consultationId),
		unique('consultation_response_user').on(t.consultationId, t.userId)
	]
);

/** That an account has answered (one response per account), kept apart from the answers. */
export const consultationParticipation = pgTable(
	'consultation_participation',
	{
		consultationId: text('consultation_id')
			.notNull()
			.references(() => consultation.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.consultationId, t.userId] })]
);

/**
 * The columns of the demographic block (src/lib/domain/demographics.ts), the same on a response
 * and on a profile; migration 0006 checks their values. Each may be null: "prefer not to say".
 */
const demographicBlockColumns = () => ({
	/** woman | man | other */
	gender: text('gender'),
	/** 15-24 | 25-34 | 35-49 | 50-64 | 65+ */
	ageBand: text('age_band'),
	singleParent: boolean('single_parent'),
	/** full_time | part_time | job_seeker | in_training | at_home | retired | student */
	employment: text('employment'),
	childrenUnder3: boolean('children_under_3'),
	childrenUnder12: boolean('children_under_12')
});

/**
 * The opt-in demographic block given with a response. It hangs on the response, never on an
 * account, and is only ever read aggregated through disclosure control. Every field may be null
 * ("prefer not to say"). There is no column for ethnicity, nationality, religion or origin and
 * there must never be one (French law).
 */
export const responseDemographics = pgTable('response_demographics', {
	responseId: text('response_id')
		.primaryKey()
		.references(() => consultationResponse.id, { onDelete: 'cascade' }),
	...demographicBlockColumns()
});

/**
 * A resident's own demographic block, given once in her profile with consent, to prefill the
 * block of each consultation (she can still change or leave it there). Separate from `user`;
 * deleting it withdraws the consent. Only its owner reads it as such; the attendance of sessions
 * counts it by gender and age band, shown only through disclosure control (never per person).
 */
export const demographicProfile = pgTable('demographic_profile', {
	userId: text('user_id')
		.primaryKey()
		.references(() => user.id, { onDelete: 'cascade' }),
	consentedAt: timestamp('consented_at', { withTimezone: true }).notNull(),
	...demographicBlockColumns(),
	updatedAt: updatedAt()
});

/** How a person wants to hear about what she follows by e-mail. In-app notifications always exist. */
export const notificationPreference = pgTable('notification_preference', {
	userId: text('user_id')
		.primaryKey()
		.references(() => user.id, { onDelete: 'cascade' }),
	/** each (a mail per change) | weekly (one digest) | none */
	email: text('email').notNull().default('each'),
	/** The last weekly digest sent, so that a restart never sends one twice. */
	lastDigestAt: timestamp('last_digest_at', { withTimezone: true }),
	updatedAt: updatedAt()
});

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

// ---------------------------------------------------------------------------------------------
// Renovation planner: scenarios of activities, rooms and candidate upgrades; solver runs.
// ---------------------------------------------------------------------------------------------

/** A planner's scenario: which quartiers, what demand, which rooms and upgrades, what budget. */
export const plannerScenario = pgTable(
	'planner_scenario',
	{
		id: text('id').primaryKey(),
		name: text('name').notNull(),
		description: text('description').notNull().default(''),
		/** Whose time zone the timetable is in, and whose rooms a plan may be applied to. */
		communeId: text('commune_id')
			.notNull()
			.references(() => commune.id, { onDelete: 'cascade' }),
		/** 30 or 60. */
		slotMinutes: integer('slot_minutes').notNull().default(60),
		/** Minutes since midnight, local time. */
		dayStart: integer('day_start').notNull().default(480),
		dayEnd: integer('day_end').notNull().default(1320),
		budgetEuros: integer('budget_euros').notNull().default(0),
		timeLimitSeconds: integer('time_limit_seconds').notNull().default(20),
		/** 0 asks for a proven optimum. */
		relativeGap: doublePrecision('relative_gap').notNull().default(0),
		/** The Monday of the week whose bookings are the existing rooms' fixed occupancy. */
		referenceWeek: date('reference_week').notNull(),
		/** The scenario this one was copied from (what-if variants). */
		copiedFromId: text('copied_from_id'),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [index('planner_scenario_commune_idx').on(t.communeId)]
);

export const plannerScenarioQuartier = pgTable(
	'planner_scenario_quartier',
	{
		scenarioId: text('scenario_id')
			.notNull()
			.references(() => plannerScenario.id, { onDelete: 'cascade' }),
		quartierId: text('quartier_id')
			.notNull()
			.references(() => quartier.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.scenarioId, t.quartierId] })]
);

/** An activity to place: a practice (or a free label) with its weekly demand. */
export const plannerActivity = pgTable(
	'planner_activity',
	{
		id: text('id').primaryKey(),
		scenarioId: text('scenario_id')
			.notNull()
			.references(() => plannerScenario.id, { onDelete: 'cascade' }),
		position: integer('position').notNull().default(0),
		practiceId: text('practice_id').references(() => practice.id, { onDelete: 'set null' }),
		organisationId: text('organisation_id').references(() => organisation.id, { onDelete: 'set null' }),
		label: text('label').notNull(),
		/** PracticeRequirements: copied from the practice, then editable in the scenario. */
		requirements: jsonb('requirements').notNull(),
		sessionsPerWeek: integer('sessions_per_week').notNull(),
		sessionMinutes: integer('session_minutes').notNull(),
		/** TimeWindow names; empty means any time the room is open. */
		windows: text('windows').array().notNull().default([]),
		/** 1–10. */
		priority: integer('priority').notNull().default(5),
		itinerant: boolean('itinerant').notNull().default(false)
	},
	(t) => [index('planner_activity_scenario_idx').on(t.scenarioId)]
);

/** A room of the scenario: an existing room (read live) or a planned one (described here). */
export const plannerRoom = pgTable(
	'planner_room',
	{
		id: text('id').primaryKey(),
		scenarioId: text('scenario_id')
			.notNull()
			.references(() => plannerScenario.id, { onDelete: 'cascade' }),
		position: integer('position').notNull().default(0),
		/** Set for an existing room; null for a planned one. */
		roomId: text('room_id').references(() => room.id, { onDelete: 'cascade' }),
		label: text('label').notNull(),
		quartierId: text('quartier_id').references(() => quartier.id, { onDelete: 'set null' }),
		/** RoomEquipment of a planned room; null for an existing room (its own columns are read). */
		equipment: jsonb('equipment'),
		/** OpeningPeriod[] of a planned room; null for an existing room. */
		openingHours: jsonb('opening_hours')
	},
	(t) => [index('planner_room_scenario_idx').on(t.scenarioId), unique('planner_room_once').on(t.scenarioId, t.roomId)]
);

/** A candidate upgrade of one scenario room, with its cost. */
export const plannerUpgrade = pgTable(
	'planner_upgrade',
	{
		id: text('id').primaryKey(),
		scenarioId: text('scenario_id')
			.notNull()
			.references(() => plannerScenario.id, { onDelete: 'cascade' }),
		plannerRoomId: text('planner_room_id')
			.notNull()
			.references(() => plannerRoom.id, { onDelete: 'cascade' }),
		/** One of UPGRADE_KINDS. */
		kind: text('kind').notNull(),
		amountM2: integer('amount_m2').notNull().default(0),
		kitchenLevel: text('kitchen_level'),
		costEuros: integer('cost_euros').notNull(),
		label: text('label').notNull().default('')
	},
	(t) => [index('planner_upgrade_scenario_idx').on(t.scenarioId)]
);

/**
 * One solve of a scenario: the problem exactly as it was sent to the solver (so a result can
 * always be explained and re-checked even after the scenario changed), its progress and its plan.
 */
export const plannerRun = pgTable(
	'planner_run',
	{
		id: text('id').primaryKey(),
		scenarioId: text('scenario_id')
			.notNull()
			.references(() => plannerScenario.id, { onDelete: 'cascade' }),
		/** queued | running | done | failed */
		status: text('status').notNull().default('queued'),
		/** PlanProblem */
		problem: jsonb('problem').notNull(),
		/** Plan, once done. */
		plan: jsonb('plan'),
		/** { elapsedMs, bestObjective, bound, gap } while running. */
		progress: jsonb('progress'),
		error: text('error'),
		requestedBy: text('requested_by').references(() => user.id, { onDelete: 'set null' }),
		startedAt: timestamp('started_at', { withTimezone: true }),
		finishedAt: timestamp('finished_at', { withTimezone: true }),
		createdAt: createdAt()
	},
	(t) => [index('planner_run_scenario_idx').on(t.scenarioId, t.createdAt)]
);

/** The booking requests a run's timetable was turned into ("apply"), one series per session. */
export const plannerAppliedSeries = pgTable(
	'planner_applied_series',
	{
		runId: text('run_id')
			.notNull()
			.references(() => plannerRun.id, { onDelete: 'cascade' }),
		seriesId: text('series_id')
			.notNull()
			.references(() => bookingSeries.id, { onDelete: 'cascade' }),
		activityId: text('activity_id').notNull(),
		appliedBy: text('applied_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [primaryKey({ columns: [t.runId, t.seriesId] })]
);

// ---------------------------------------------------------------------------------------------
// Observatory: official indicator series per territory and year, and initiatives' impact reports.
// ---------------------------------------------------------------------------------------------

/**
 * One published figure's definition: what it measures, for which population, from which source
 * under which licence. Series that share a `measure` are the same figure for different
 * populations (women, men, everyone), so pages can say "36 % of women, against 40 % of everyone".
 */
export const indicatorSeries = pgTable(
	'indicator_series',
	{
		id: text('id').primaryKey(),
		/** Stable code, e.g. the source's column name 'tx_f_empl'. */
		code: text('code').notNull().unique(),
		/** e.g. 'employment_rate_15_64': groups the series of one figure across populations. */
		measure: text('measure').notNull(),
		/** all | women | men */
		sex: text('sex').notNull().default('all'),
		/** { fr, en, ar }: the label in each language (imported series carry their own words). */
		label: jsonb('label').$type<Record<string, string>>().notNull(),
		description: jsonb('description').$type<Record<string, string>>().notNull().default({}),
		/** percent | count | euros | ratio */
		unit: text('unit').notNull(),
		/** population | employment | income | education | services | platform | other */
		theme: text('theme').notNull().default('other'),
		source: text('source').notNull(),
		sourceUrl: text('source_url'),
		licence: text('licence').notNull().default('Licence Ouverte 2.0'),
		/** Counts below this are not published (disclosure control); unused for rates. */
		minCount: integer('min_count').notNull().default(5),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [index('indicator_series_measure_idx').on(t.measure)]
);

/** One value of a series for one territory and year. */
export const indicatorValue = pgTable(
	'indicator_value',
	{
		seriesId: text('series_id')
			.notNull()
			.references(() => indicatorSeries.id, { onDelete: 'cascade' }),
		/** quartier | commune | reference (a comparison population, e.g. all QPV of a region) */
		territoryType: text('territory_type').notNull(),
		/** A quartier id, a commune id, or a reference's code. */
		territoryId: text('territory_id').notNull(),
		year: integer('year').notNull(),
		value: doublePrecision('value').notNull(),
		importId: text('import_id').references(() => indicatorImport.id, { onDelete: 'set null' })
	},
	(t) => [
		primaryKey({ columns: [t.seriesId, t.territoryType, t.territoryId, t.year] }),
		index('indicator_value_territory_idx').on(t.territoryType, t.territoryId)
	]
);

/** An indicator file imported, with the column mapping used and what could not be matched. */
export const indicatorImport = pgTable('indicator_import', {
	id: text('id').primaryKey(),
	fileName: text('file_name').notNull(),
	/** The mapping step's choices: code column, year, each column's series. */
	mapping: jsonb('mapping').notNull(),
	rowCount: integer('row_count').notNull(),
	valueCount: integer('value_count').notNull(),
	/** Rows whose territory could not be matched: [{ line, code, name }]. */
	unmatched: jsonb('unmatched').notNull().default([]),
	importedBy: text('imported_by').references(() => user.id, { onDelete: 'set null' }),
	createdAt: createdAt()
});

/**
 * Other codes a quartier is known by in older files (e.g. the 2015 'QP…' codes, before the 2024
 * 'QN…' ones), so that older indicator tables can be matched to today's quartiers.
 */
export const quartierAlias = pgTable(
	'quartier_alias',
	{
		code: text('code').primaryKey(),
		quartierId: text('quartier_id')
			.notNull()
			.references(() => quartier.id, { onDelete: 'cascade' }),
		/** Where the correspondence comes from (e.g. 'name and commune match, confirmed by …'). */
		note: text('note').notNull().default('')
	},
	(t) => [index('quartier_alias_quartier_idx').on(t.quartierId)]
);

/** What an initiative achieved in one month, filed by its lead. */
export const impactReport = pgTable(
	'impact_report',
	{
		id: text('id').primaryKey(),
		initiativeId: text('initiative_id')
			.notNull()
			.references(() => initiative.id, { onDelete: 'cascade' }),
		/** The first day of the month reported on. */
		month: date('month').notNull(),
		childcareHours: integer('childcare_hours').notNull().default(0),
		peopleTrained: integer('people_trained').notNull().default(0),
		peopleBackToWork: integer('people_back_to_work').notNull().default(0),
		/** Free text, Markdown rendered sanitised. */
		note: text('note').notNull().default(''),
		filedBy: text('filed_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [unique('impact_report_month_unique').on(t.initiativeId, t.month)]
);

/** Participants of one month, counted by sex and age band (never people, only counts). */
export const impactParticipants = pgTable(
	'impact_participants',
	{
		reportId: text('report_id')
			.notNull()
			.references(() => impactReport.id, { onDelete: 'cascade' }),
		/** woman | man | other | unknown */
		sex: text('sex').notNull(),
		/** 0-2 | 3-5 | 6-14 | 15-24 | 25-34 | 35-49 | 50-64 | 65+ | unknown */
		ageBand: text('age_band').notNull(),
		count: integer('count').notNull()
	},
	(t) => [primaryKey({ columns: [t.reportId, t.sex, t.ageBand] })]
);

// ── Sessions and sign-ups ─────────────────────────────────────────────────────

/**
 * One occurrence of an initiative that residents sign up for: a confirmed booking of the
 * initiative, at the start it had when the first person signed up. Created on the first sign-up
 * (or when the organiser sets its capacity); its row is the lock every sign-up takes, so two
 * residents can never both take the last place.
 */
export const initiativeSession = pgTable(
	'initiative_session',
	{
		id: text('id').primaryKey(),
		initiativeId: text('initiative_id')
			.notNull()
			.references(() => initiative.id, { onDelete: 'cascade' }),
		bookingId: text('booking_id')
			.notNull()
			.references(() => booking.id, { onDelete: 'cascade' }),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		/** Overrides the initiative's `session_capacity` for this session; null: the initiative's. */
		capacity: integer('capacity'),
		/** When the organiser's attendance was last recorded. */
		attendanceTakenAt: timestamp('attendance_taken_at', { withTimezone: true }),
		createdAt: createdAt()
	},
	(t) => [
		unique('initiative_session_occurrence_unique').on(t.bookingId, t.startsAt),
		index('initiative_session_initiative_idx').on(t.initiativeId, t.startsAt)
	]
);

/**
 * One person's place in a session, or in its waiting list. A resident with an account, or someone
 * who signed up at the counter (a name, maybe a phone number, and who recorded it): nobody needs
 * an e-mail address. Rows are kept after cancellation (history), and other rows (a childcare place)
 * can reference a sign-up so both are taken in one step.
 */
export const sessionSignup = pgTable(
	'session_signup',
	{
		id: text('id').primaryKey(),
		sessionId: text('session_id')
			.notNull()
			.references(() => initiativeSession.id, { onDelete: 'cascade' }),
		userId: text('user_id').references(() => user.id, { onDelete: 'cascade' }),
		/** Counter sign-ups only: the name the person gave, and a phone number if she gave one. */
		displayName: text('display_name'),
		phone: text('phone'),
		recordedBy: text('recorded_by').references(() => user.id, { onDelete: 'set null' }),
		/** confirmed | waiting | cancelled | attended | absent */
		status: text('status').notNull(),
		/** Order in the waiting list (smaller first); null unless waiting. */
		position: integer('position'),
		reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [index('session_signup_session_idx').on(t.sessionId, t.status), index('session_signup_user_idx').on(t.userId)]
);

// ── Team rotas ────────────────────────────────────────────────────────────────
// Times are minutes since local midnight (Europe/Paris), weekdays ISO (1 = Monday). Checks on
// ranges are in the migration (-- custom: rota checks).

/** What the organiser needs each week: so many people on a weekday between two times. */
export const rotaNeed = pgTable(
	'rota_need',
	{
		id: text('id').primaryKey(),
		organisationId: text('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		weekday: integer('weekday').notNull(),
		startMinute: integer('start_minute').notNull(),
		endMinute: integer('end_minute').notNull(),
		people: integer('people').notNull(),
		/** What the block is for ("Service du midi"), as the organiser wrote it. */
		label: text('label').notNull().default(''),
		createdAt: createdAt()
	},
	(t) => [index('rota_need_organisation_idx').on(t.organisationId, t.weekday)]
);

/**
 * One member's constraints in one organisation's team. Personal (school runs say she has
 * children): kept apart from the rota, read only by her and her organisation's organisers.
 */
export const rotaMemberConstraints = pgTable(
	'rota_member_constraints',
	{
		organisationId: text('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		maxMinutes: integer('max_minutes').notNull(),
		wishedMinutes: integer('wished_minutes').notNull(),
		partTimePercent: integer('part_time_percent'),
		/** any | mornings | afternoons */
		pattern: text('pattern').notNull().default('any'),
		daysOff: integer('days_off').array().notNull().default([]),
		updatedAt: updatedAt()
	},
	(t) => [primaryKey({ columns: [t.organisationId, t.userId] })]
);

/** A weekly time a member cannot work: a school drop-off, a pick-up, anything else. */
export const rotaUnavailability = pgTable(
	'rota_unavailability',
	{
		id: text('id').primaryKey(),
		organisationId: text('organisation_id').notNull(),
		userId: text('user_id').notNull(),
		weekday: integer('weekday').notNull(),
		startMinute: integer('start_minute').notNull(),
		endMinute: integer('end_minute').notNull(),
		/** school_dropoff | school_pickup | other */
		kind: text('kind').notNull()
	},
	(t) => [index('rota_unavailability_member_idx').on(t.organisationId, t.userId)]
);

/** One week's rota of an organisation: a draft the organiser proposes and edits, then publishes. */
export const rota = pgTable(
	'rota',
	{
		id: text('id').primaryKey(),
		organisationId: text('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		/** The Monday of the week. */
		weekStart: date('week_start', { mode: 'string' }).notNull(),
		/** draft | published */
		status: text('status').notNull().default('draft'),
		/** How the last proposal was made: optimal | time_limit | greedy; null before any. */
		solveStatus: text('solve_status'),
		solveMs: integer('solve_ms'),
		publishedAt: timestamp('published_at', { withTimezone: true }),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [unique('rota_week_unique').on(t.organisationId, t.weekStart)]
);

export const rotaShift = pgTable(
	'rota_shift',
	{
		id: text('id').primaryKey(),
		rotaId: text('rota_id')
			.notNull()
			.references(() => rota.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		weekday: integer('weekday').notNull(),
		startMinute: integer('start_minute').notNull(),
		endMinute: integer('end_minute').notNull(),
		updatedAt: updatedAt()
	},
	(t) => [index('rota_shift_rota_idx').on(t.rotaId), index('rota_shift_user_idx').on(t.userId)]
);

/** A member asks to give one of her shifts to a colleague, or to exchange it for one of hers; the organiser decides. */
export const rotaSwapRequest = pgTable(
	'rota_swap_request',
	{
		id: text('id').primaryKey(),
		shiftId: text('shift_id')
			.notNull()
			.references(() => rotaShift.id, { onDelete: 'cascade' }),
		requestedBy: text('requested_by')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		colleagueId: text('colleague_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		/** For an exchange: the colleague's shift she would take in return; null to give the shift away. */
		colleagueShiftId: text('colleague_shift_id').references(() => rotaShift.id, { onDelete: 'cascade' }),
		note: text('note').notNull().default(''),
		/** pending | accepted | refused */
		status: text('status').notNull().default('pending'),
		decidedBy: text('decided_by').references(() => user.id, { onDelete: 'set null' }),
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		createdAt: createdAt()
	},
	(t) => [index('rota_swap_request_shift_idx').on(t.shiftId)]
);

// ── Childcare coupled to sessions ─────────────────────────────────────────────

/**
 * The places a childcare initiative (the itinerant crèche, occasional childcare) offers in each of
 * its sessions, per age band in months [min_months, max_months). Parents of a coupled activity
 * reserve these places; the database refuses more reservations than places (migration 0011).
 */
export const childcareOffer = pgTable(
	'childcare_offer',
	{
		initiativeId: text('initiative_id')
			.notNull()
			.references(() => initiative.id, { onDelete: 'cascade' }),
		minMonths: integer('min_months').notNull(),
		maxMonths: integer('max_months').notNull(),
		places: integer('places').notNull()
	},
	(t) => [primaryKey({ columns: [t.initiativeId, t.minMonths] })]
);

/** An activity's session that needs childcare: how many children of each age band. */
export const childcareNeed = pgTable(
	'childcare_need',
	{
		sessionId: text('session_id')
			.notNull()
			.references(() => initiativeSession.id, { onDelete: 'cascade' }),
		minMonths: integer('min_months').notNull(),
		maxMonths: integer('max_months').notNull(),
		children: integer('children').notNull()
	},
	(t) => [primaryKey({ columns: [t.sessionId, t.minMonths] })]
);

/** An activity's session coupled with one session of a childcare initiative that covers its time. */
export const childcareLink = pgTable(
	'childcare_link',
	{
		sessionId: text('session_id')
			.primaryKey()
			.references(() => initiativeSession.id, { onDelete: 'cascade' }),
		childcareSessionId: text('childcare_session_id')
			.notNull()
			.references(() => initiativeSession.id, { onDelete: 'cascade' }),
		linkedBy: text('linked_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [index('childcare_link_childcare_idx').on(t.childcareSessionId)]
);

/**
 * One child's place with the coupled childcare, taken with a parent's sign-up in the same step.
 * Only the child's age is kept (no name). `held` takes a place; `requested` (the parent waits for
 * the activity) takes none until she moves up.
 */
export const childcareReservation = pgTable(
	'childcare_reservation',
	{
		id: text('id').primaryKey(),
		signupId: text('signup_id')
			.notNull()
			.references(() => sessionSignup.id, { onDelete: 'cascade' }),
		childcareSessionId: text('childcare_session_id')
			.notNull()
			.references(() => initiativeSession.id, { onDelete: 'cascade' }),
		ageMonths: integer('age_months').notNull(),
		bandMinMonths: integer('band_min_months').notNull(),
		bandMaxMonths: integer('band_max_months').notNull(),
		/** held | requested */
		status: text('status').notNull(),
		createdAt: createdAt()
	},
	(t) => [
		index('childcare_reservation_signup_idx').on(t.signupId),
		index('childcare_reservation_session_idx').on(t.childcareSessionId, t.bandMinMonths)
	]
);

CREATE TABLE "booking" (
	"id" text PRIMARY KEY NOT NULL,
	"room_id" text NOT NULL,
	"series_id" text,
	"occurrence_date" date,
	"organisation_id" text,
	"initiative_id" text,
	"requested_by" text,
	"title" text NOT NULL,
	"during" "tstzrange" NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"is_exception" boolean DEFAULT false NOT NULL,
	"is_public" boolean DEFAULT true NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"reason" text,
	"reminder_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_series_occurrence_unique" UNIQUE("series_id","occurrence_date")
);
--> statement-breakpoint
CREATE TABLE "booking_circuit" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"initiative_id" text,
	"title" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"requested_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "booking_series" (
	"id" text PRIMARY KEY NOT NULL,
	"room_id" text NOT NULL,
	"organisation_id" text,
	"initiative_id" text,
	"circuit_id" text,
	"requested_by" text,
	"title" text NOT NULL,
	"rule" text NOT NULL,
	"starts_on" date NOT NULL,
	"start_time" text NOT NULL,
	"end_time" text NOT NULL,
	"time_zone" text NOT NULL,
	"excluded_dates" date[] DEFAULT '{}' NOT NULL,
	"calendar_filter" text DEFAULT 'all' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_feed" (
	"id" text PRIMARY KEY NOT NULL,
	"scope_type" text NOT NULL,
	"scope_id" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "calendar_feed_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "notification" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"link" text,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "room_closure" (
	"id" text PRIMARY KEY NOT NULL,
	"room_id" text NOT NULL,
	"during" "tstzrange" NOT NULL,
	"reason" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "school_calendar_year" (
	"zone" text NOT NULL,
	"school_year" text NOT NULL,
	"complete" boolean NOT NULL,
	"source" text NOT NULL,
	"imported_by" text,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "school_calendar_year_zone_school_year_pk" PRIMARY KEY("zone","school_year")
);
--> statement-breakpoint
CREATE TABLE "school_holiday" (
	"id" text PRIMARY KEY NOT NULL,
	"zone" text NOT NULL,
	"school_year" text NOT NULL,
	"name" text NOT NULL,
	"starts_on" date NOT NULL,
	"resumes_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "school_holiday_unique" UNIQUE("zone","starts_on")
);
--> statement-breakpoint
ALTER TABLE "room" ADD COLUMN "weekly_quota_minutes" integer;--> statement-breakpoint
ALTER TABLE "booking" ADD CONSTRAINT "booking_room_id_room_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."room"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking" ADD CONSTRAINT "booking_series_id_booking_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."booking_series"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking" ADD CONSTRAINT "booking_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking" ADD CONSTRAINT "booking_initiative_id_initiative_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiative"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking" ADD CONSTRAINT "booking_requested_by_user_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking" ADD CONSTRAINT "booking_decided_by_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_circuit" ADD CONSTRAINT "booking_circuit_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_circuit" ADD CONSTRAINT "booking_circuit_initiative_id_initiative_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiative"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_circuit" ADD CONSTRAINT "booking_circuit_requested_by_user_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_series" ADD CONSTRAINT "booking_series_room_id_room_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."room"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_series" ADD CONSTRAINT "booking_series_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_series" ADD CONSTRAINT "booking_series_initiative_id_initiative_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiative"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_series" ADD CONSTRAINT "booking_series_circuit_id_booking_circuit_id_fk" FOREIGN KEY ("circuit_id") REFERENCES "public"."booking_circuit"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_series" ADD CONSTRAINT "booking_series_requested_by_user_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feed" ADD CONSTRAINT "calendar_feed_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_closure" ADD CONSTRAINT "room_closure_room_id_room_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."room"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_closure" ADD CONSTRAINT "room_closure_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_calendar_year" ADD CONSTRAINT "school_calendar_year_imported_by_user_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "booking_room_idx" ON "booking" USING btree ("room_id");--> statement-breakpoint
CREATE INDEX "booking_organisation_idx" ON "booking" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "booking_initiative_idx" ON "booking" USING btree ("initiative_id");--> statement-breakpoint
CREATE INDEX "booking_status_idx" ON "booking" USING btree ("status");--> statement-breakpoint
CREATE INDEX "booking_circuit_organisation_idx" ON "booking_circuit" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "booking_series_room_idx" ON "booking_series" USING btree ("room_id");--> statement-breakpoint
CREATE INDEX "booking_series_organisation_idx" ON "booking_series" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "booking_series_circuit_idx" ON "booking_series" USING btree ("circuit_id");--> statement-breakpoint
CREATE INDEX "calendar_feed_scope_idx" ON "calendar_feed" USING btree ("scope_type","scope_id");--> statement-breakpoint
CREATE INDEX "notification_user_idx" ON "notification" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "room_closure_room_idx" ON "room_closure" USING btree ("room_id");--> statement-breakpoint
CREATE INDEX "school_holiday_zone_idx" ON "school_holiday" USING btree ("zone","starts_on");--> statement-breakpoint
-- No double booking, by construction: two pending or confirmed bookings of one room never
-- overlap. Half-open ranges '[)' let one booking end when the next begins. Refused and
-- cancelled bookings keep their rows (history) and free the slot. SQLSTATE 23P01 on conflict.
ALTER TABLE "booking" ADD CONSTRAINT "booking_no_overlap" EXCLUDE USING gist ("room_id" WITH =, "during" WITH &&) WHERE ("status" IN ('pending', 'confirmed'));--> statement-breakpoint
ALTER TABLE "booking" ADD CONSTRAINT "booking_status_check" CHECK ("status" IN ('pending', 'confirmed', 'refused', 'cancelled'));--> statement-breakpoint
ALTER TABLE "booking" ADD CONSTRAINT "booking_during_check" CHECK (NOT isempty("during") AND lower_inc("during") AND NOT upper_inc("during") AND NOT lower_inf("during") AND NOT upper_inf("during"));--> statement-breakpoint
CREATE INDEX "booking_during_idx" ON "booking" USING gist ("during");--> statement-breakpoint
ALTER TABLE "room_closure" ADD CONSTRAINT "room_closure_during_check" CHECK (NOT isempty("during") AND NOT lower_inf("during") AND NOT upper_inf("during"));--> statement-breakpoint
CREATE INDEX "room_closure_during_idx" ON "room_closure" USING gist ("room_id", "during");--> statement-breakpoint
ALTER TABLE "school_holiday" ADD CONSTRAINT "school_holiday_dates_check" CHECK ("resumes_on" > "starts_on");

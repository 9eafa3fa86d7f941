CREATE TABLE "initiative_session" (
	"id" text PRIMARY KEY NOT NULL,
	"initiative_id" text NOT NULL,
	"booking_id" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"capacity" integer,
	"attendance_taken_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiative_session_occurrence_unique" UNIQUE("booking_id","starts_at")
);
--> statement-breakpoint
CREATE TABLE "session_signup" (
	"id" text PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"user_id" text,
	"display_name" text,
	"phone" text,
	"recorded_by" text,
	"status" text NOT NULL,
	"position" integer,
	"reminder_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "initiative" ADD COLUMN "session_capacity" integer;--> statement-breakpoint
ALTER TABLE "initiative_session" ADD CONSTRAINT "initiative_session_initiative_id_initiative_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiative"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_session" ADD CONSTRAINT "initiative_session_booking_id_booking_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."booking"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_signup" ADD CONSTRAINT "session_signup_session_id_initiative_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."initiative_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_signup" ADD CONSTRAINT "session_signup_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_signup" ADD CONSTRAINT "session_signup_recorded_by_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "initiative_session_initiative_idx" ON "initiative_session" USING btree ("initiative_id","starts_at");--> statement-breakpoint
CREATE INDEX "session_signup_session_idx" ON "session_signup" USING btree ("session_id","status");--> statement-breakpoint
CREATE INDEX "session_signup_user_idx" ON "session_signup" USING btree ("user_id");--> statement-breakpoint
-- Capacities are places, never zero or negative: a session without places takes no sign-ups at all.
ALTER TABLE "initiative" ADD CONSTRAINT "initiative_session_capacity_check" CHECK ("session_capacity" IS NULL OR "session_capacity" > 0);--> statement-breakpoint
ALTER TABLE "initiative_session" ADD CONSTRAINT "initiative_session_capacity_check" CHECK ("capacity" IS NULL OR "capacity" > 0);--> statement-breakpoint
ALTER TABLE "session_signup" ADD CONSTRAINT "session_signup_status_check" CHECK ("status" IN ('confirmed', 'waiting', 'cancelled', 'attended', 'absent'));--> statement-breakpoint
-- A position exactly when waiting: nobody is both confirmed and in the waiting list.
ALTER TABLE "session_signup" ADD CONSTRAINT "session_signup_position_check" CHECK (("status" = 'waiting') = ("position" IS NOT NULL));--> statement-breakpoint
-- Someone is always named: an account, or the name given at the counter.
ALTER TABLE "session_signup" ADD CONSTRAINT "session_signup_who_check" CHECK ("user_id" IS NOT NULL OR btrim(coalesce("display_name", '')) <> '');--> statement-breakpoint
-- One live sign-up per account and session (a cancelled one may be followed by a new one).
CREATE UNIQUE INDEX "session_signup_user_live_unique" ON "session_signup" ("session_id", "user_id") WHERE "user_id" IS NOT NULL AND "status" <> 'cancelled';--> statement-breakpoint
CREATE UNIQUE INDEX "session_signup_waiting_position_unique" ON "session_signup" ("session_id", "position") WHERE "status" = 'waiting';

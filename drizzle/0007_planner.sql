CREATE TABLE "planner_activity" (
	"id" text PRIMARY KEY NOT NULL,
	"scenario_id" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"practice_id" text,
	"organisation_id" text,
	"label" text NOT NULL,
	"requirements" jsonb NOT NULL,
	"sessions_per_week" integer NOT NULL,
	"session_minutes" integer NOT NULL,
	"windows" text[] DEFAULT '{}' NOT NULL,
	"priority" integer DEFAULT 5 NOT NULL,
	"itinerant" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "planner_applied_series" (
	"run_id" text NOT NULL,
	"series_id" text NOT NULL,
	"activity_id" text NOT NULL,
	"applied_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "planner_applied_series_run_id_series_id_pk" PRIMARY KEY("run_id","series_id")
);
--> statement-breakpoint
CREATE TABLE "planner_room" (
	"id" text PRIMARY KEY NOT NULL,
	"scenario_id" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"room_id" text,
	"label" text NOT NULL,
	"quartier_id" text,
	"equipment" jsonb,
	"opening_hours" jsonb,
	CONSTRAINT "planner_room_once" UNIQUE("scenario_id","room_id")
);
--> statement-breakpoint
CREATE TABLE "planner_run" (
	"id" text PRIMARY KEY NOT NULL,
	"scenario_id" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"problem" jsonb NOT NULL,
	"plan" jsonb,
	"progress" jsonb,
	"error" text,
	"requested_by" text,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "planner_scenario" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"commune_id" text NOT NULL,
	"slot_minutes" integer DEFAULT 60 NOT NULL,
	"day_start" integer DEFAULT 480 NOT NULL,
	"day_end" integer DEFAULT 1320 NOT NULL,
	"budget_euros" integer DEFAULT 0 NOT NULL,
	"time_limit_seconds" integer DEFAULT 20 NOT NULL,
	"relative_gap" double precision DEFAULT 0 NOT NULL,
	"reference_week" date NOT NULL,
	"copied_from_id" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "planner_scenario_quartier" (
	"scenario_id" text NOT NULL,
	"quartier_id" text NOT NULL,
	CONSTRAINT "planner_scenario_quartier_scenario_id_quartier_id_pk" PRIMARY KEY("scenario_id","quartier_id")
);
--> statement-breakpoint
CREATE TABLE "planner_upgrade" (
	"id" text PRIMARY KEY NOT NULL,
	"scenario_id" text NOT NULL,
	"planner_room_id" text NOT NULL,
	"kind" text NOT NULL,
	"amount_m2" integer DEFAULT 0 NOT NULL,
	"kitchen_level" text,
	"cost_euros" integer NOT NULL,
	"label" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
ALTER TABLE "planner_activity" ADD CONSTRAINT "planner_activity_scenario_id_planner_scenario_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."planner_scenario"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planner_activity" ADD CONSTRAINT "planner_activity_practice_id_practice_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practice"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planner_activity" ADD CONSTRAINT "planner_activity_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planner_applied_series" ADD CONSTRAINT "planner_applied_series_run_id_planner_run_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."planner_run"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planner_applied_series" ADD CONSTRAINT "planner_applied_series_series_id_booking_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."booking_series"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planner_applied_series" ADD CONSTRAINT "planner_applied_series_applied_by_user_id_fk" FOREIGN KEY ("applied_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planner_room" ADD CONSTRAINT "planner_room_scenario_id_planner_scenario_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."planner_scenario"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planner_room" ADD CONSTRAINT "planner_room_room_id_room_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."room"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planner_room" ADD CONSTRAINT "planner_room_quartier_id_quartier_id_fk" FOREIGN KEY ("quartier_id") REFERENCES "public"."quartier"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planner_run" ADD CONSTRAINT "planner_run_scenario_id_planner_scenario_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."planner_scenario"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planner_run" ADD CONSTRAINT "planner_run_requested_by_user_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planner_scenario" ADD CONSTRAINT "planner_scenario_commune_id_commune_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."commune"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planner_scenario" ADD CONSTRAINT "planner_scenario_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planner_scenario_quartier" ADD CONSTRAINT "planner_scenario_quartier_scenario_id_planner_scenario_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."planner_scenario"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planner_scenario_quartier" ADD CONSTRAINT "planner_scenario_quartier_quartier_id_quartier_id_fk" FOREIGN KEY ("quartier_id") REFERENCES "public"."quartier"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planner_upgrade" ADD CONSTRAINT "planner_upgrade_scenario_id_planner_scenario_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."planner_scenario"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planner_upgrade" ADD CONSTRAINT "planner_upgrade_planner_room_id_planner_room_id_fk" FOREIGN KEY ("planner_room_id") REFERENCES "public"."planner_room"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "planner_activity_scenario_idx" ON "planner_activity" USING btree ("scenario_id");--> statement-breakpoint
CREATE INDEX "planner_room_scenario_idx" ON "planner_room" USING btree ("scenario_id");--> statement-breakpoint
CREATE INDEX "planner_run_scenario_idx" ON "planner_run" USING btree ("scenario_id","created_at");--> statement-breakpoint
CREATE INDEX "planner_scenario_commune_idx" ON "planner_scenario" USING btree ("commune_id");--> statement-breakpoint
CREATE INDEX "planner_upgrade_scenario_idx" ON "planner_upgrade" USING btree ("scenario_id");--> statement-breakpoint
ALTER TABLE "planner_scenario" ADD CONSTRAINT "planner_scenario_grid_check" CHECK ("slot_minutes" IN (30, 60) AND "day_start" >= 0 AND "day_end" <= 1440 AND "day_start" < "day_end");--> statement-breakpoint
ALTER TABLE "planner_scenario" ADD CONSTRAINT "planner_scenario_limits_check" CHECK ("budget_euros" >= 0 AND "time_limit_seconds" BETWEEN 1 AND 600 AND "relative_gap" >= 0 AND "relative_gap" < 1);--> statement-breakpoint
ALTER TABLE "planner_activity" ADD CONSTRAINT "planner_activity_demand_check" CHECK ("sessions_per_week" BETWEEN 1 AND 7 AND "session_minutes" BETWEEN 15 AND 720 AND "priority" BETWEEN 1 AND 10);--> statement-breakpoint
ALTER TABLE "planner_activity" ADD CONSTRAINT "planner_activity_windows_check" CHECK ("windows" <@ ARRAY['school_hours', 'wednesday', 'evening', 'weekend', 'morning', 'afternoon', 'school_holidays']::text[]);--> statement-breakpoint
ALTER TABLE "planner_room" ADD CONSTRAINT "planner_room_kind_check" CHECK (("room_id" IS NULL) = ("equipment" IS NOT NULL));--> statement-breakpoint
ALTER TABLE "planner_upgrade" ADD CONSTRAINT "planner_upgrade_kind_check" CHECK ("kind" IN ('area', 'storage', 'outdoor', 'kitchen', 'toilets', 'childToilets', 'changingTable', 'waterPoint', 'stepFree') AND "cost_euros" >= 0 AND "amount_m2" >= 0 AND ("kind" <> 'kitchen' OR "kitchen_level" IN ('reheating', 'full')));--> statement-breakpoint
ALTER TABLE "planner_run" ADD CONSTRAINT "planner_run_status_check" CHECK ("status" IN ('queued', 'running', 'done', 'failed'));

CREATE TABLE "rota" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"week_start" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"solve_status" text,
	"solve_ms" integer,
	"published_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rota_week_unique" UNIQUE("organisation_id","week_start")
);
--> statement-breakpoint
CREATE TABLE "rota_member_constraints" (
	"organisation_id" text NOT NULL,
	"user_id" text NOT NULL,
	"max_minutes" integer NOT NULL,
	"wished_minutes" integer NOT NULL,
	"part_time_percent" integer,
	"pattern" text DEFAULT 'any' NOT NULL,
	"days_off" integer[] DEFAULT '{}' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rota_member_constraints_organisation_id_user_id_pk" PRIMARY KEY("organisation_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "rota_need" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"weekday" integer NOT NULL,
	"start_minute" integer NOT NULL,
	"end_minute" integer NOT NULL,
	"people" integer NOT NULL,
	"label" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rota_shift" (
	"id" text PRIMARY KEY NOT NULL,
	"rota_id" text NOT NULL,
	"user_id" text NOT NULL,
	"weekday" integer NOT NULL,
	"start_minute" integer NOT NULL,
	"end_minute" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rota_swap_request" (
	"id" text PRIMARY KEY NOT NULL,
	"shift_id" text NOT NULL,
	"requested_by" text NOT NULL,
	"colleague_id" text NOT NULL,
	"colleague_shift_id" text,
	"note" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rota_unavailability" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"user_id" text NOT NULL,
	"weekday" integer NOT NULL,
	"start_minute" integer NOT NULL,
	"end_minute" integer NOT NULL,
	"kind" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "rota" ADD CONSTRAINT "rota_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rota" ADD CONSTRAINT "rota_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rota_member_constraints" ADD CONSTRAINT "rota_member_constraints_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rota_member_constraints" ADD CONSTRAINT "rota_member_constraints_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rota_need" ADD CONSTRAINT "rota_need_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rota_shift" ADD CONSTRAINT "rota_shift_rota_id_rota_id_fk" FOREIGN KEY ("rota_id") REFERENCES "public"."rota"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rota_shift" ADD CONSTRAINT "rota_shift_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rota_swap_request" ADD CONSTRAINT "rota_swap_request_shift_id_rota_shift_id_fk" FOREIGN KEY ("shift_id") REFERENCES "public"."rota_shift"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rota_swap_request" ADD CONSTRAINT "rota_swap_request_requested_by_user_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rota_swap_request" ADD CONSTRAINT "rota_swap_request_colleague_id_user_id_fk" FOREIGN KEY ("colleague_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rota_swap_request" ADD CONSTRAINT "rota_swap_request_colleague_shift_id_rota_shift_id_fk" FOREIGN KEY ("colleague_shift_id") REFERENCES "public"."rota_shift"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rota_swap_request" ADD CONSTRAINT "rota_swap_request_decided_by_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rota_need_organisation_idx" ON "rota_need" USING btree ("organisation_id","weekday");--> statement-breakpoint
CREATE INDEX "rota_shift_rota_idx" ON "rota_shift" USING btree ("rota_id");--> statement-breakpoint
CREATE INDEX "rota_shift_user_idx" ON "rota_shift" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "rota_swap_request_shift_idx" ON "rota_swap_request" USING btree ("shift_id");--> statement-breakpoint
CREATE INDEX "rota_unavailability_member_idx" ON "rota_unavailability" USING btree ("organisation_id","user_id");--> statement-breakpoint
-- custom: rota checks
ALTER TABLE "rota_unavailability" ADD CONSTRAINT "rota_unavailability_member_fk" FOREIGN KEY ("organisation_id","user_id") REFERENCES "public"."rota_member_constraints"("organisation_id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rota_need" ADD CONSTRAINT "rota_need_ranges" CHECK ("weekday" BETWEEN 1 AND 7 AND "start_minute" >= 0 AND "start_minute" < "end_minute" AND "end_minute" <= 1440 AND "people" BETWEEN 1 AND 100);--> statement-breakpoint
ALTER TABLE "rota_unavailability" ADD CONSTRAINT "rota_unavailability_ranges" CHECK ("weekday" BETWEEN 1 AND 7 AND "start_minute" >= 0 AND "start_minute" < "end_minute" AND "end_minute" <= 1440 AND "kind" IN ('school_dropoff', 'school_pickup', 'other'));--> statement-breakpoint
ALTER TABLE "rota_member_constraints" ADD CONSTRAINT "rota_member_constraints_ranges" CHECK ("max_minutes" BETWEEN 0 AND 4200 AND "wished_minutes" BETWEEN 0 AND 4200 AND ("part_time_percent" IS NULL OR "part_time_percent" BETWEEN 1 AND 100) AND "pattern" IN ('any', 'mornings', 'afternoons') AND "days_off" <@ ARRAY[1,2,3,4,5,6,7]);--> statement-breakpoint
ALTER TABLE "rota" ADD CONSTRAINT "rota_status_known" CHECK ("status" IN ('draft', 'published') AND ("solve_status" IS NULL OR "solve_status" IN ('optimal', 'time_limit', 'greedy')) AND extract(isodow FROM "week_start") = 1);--> statement-breakpoint
ALTER TABLE "rota_shift" ADD CONSTRAINT "rota_shift_ranges" CHECK ("weekday" BETWEEN 1 AND 7 AND "start_minute" >= 0 AND "start_minute" < "end_minute" AND "end_minute" <= 1440);--> statement-breakpoint
ALTER TABLE "rota_swap_request" ADD CONSTRAINT "rota_swap_request_status_known" CHECK ("status" IN ('pending', 'accepted', 'refused') AND "colleague_id" <> "requested_by");--> statement-breakpoint
CREATE UNIQUE INDEX "rota_swap_request_one_pending" ON "rota_swap_request" ("shift_id") WHERE "status" = 'pending';

CREATE TABLE "commune_voice_settings" (
	"commune_id" text PRIMARY KEY NOT NULL,
	"anonymous_posting_allowed" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"language" text NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"answer_mode" text NOT NULL,
	"asks_demographics" boolean DEFAULT true NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"short_code" text NOT NULL,
	"response_count" integer DEFAULT 0 NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultation_short_code_unique" UNIQUE("short_code")
);
--> statement-breakpoint
CREATE TABLE "consultation_participation" (
	"consultation_id" text NOT NULL,
	"user_id" text NOT NULL,
	CONSTRAINT "consultation_participation_consultation_id_user_id_pk" PRIMARY KEY("consultation_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "consultation_quartier" (
	"consultation_id" text NOT NULL,
	"quartier_id" text NOT NULL,
	CONSTRAINT "consultation_quartier_consultation_id_quartier_id_pk" PRIMARY KEY("consultation_id","quartier_id")
);
--> statement-breakpoint
CREATE TABLE "consultation_question" (
	"id" text PRIMARY KEY NOT NULL,
	"consultation_id" text NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"prompt" text NOT NULL,
	"help" text DEFAULT '' NOT NULL,
	"required" boolean DEFAULT false NOT NULL,
	"options" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"scale_min" integer,
	"scale_max" integer,
	"scale_min_label" text,
	"scale_max_label" text,
	CONSTRAINT "consultation_question_position" UNIQUE("consultation_id","position")
);
--> statement-breakpoint
CREATE TABLE "consultation_response" (
	"id" text PRIMARY KEY NOT NULL,
	"consultation_id" text NOT NULL,
	"user_id" text,
	"channel" text DEFAULT 'online' NOT NULL,
	"recorded_by" text,
	"answered_on" date NOT NULL,
	"answers" jsonb NOT NULL,
	CONSTRAINT "consultation_response_user" UNIQUE("consultation_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "content_report" (
	"id" text PRIMARY KEY NOT NULL,
	"target_type" text NOT NULL,
	"target_id" text NOT NULL,
	"reporter_id" text,
	"reason" text NOT NULL,
	"details" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"resolved_by" text,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "demographic_profile" (
	"user_id" text PRIMARY KEY NOT NULL,
	"consented_at" timestamp with time zone NOT NULL,
	"gender" text,
	"age_band" text,
	"single_parent" boolean,
	"employment" text,
	"children_under_3" boolean,
	"children_under_12" boolean,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "need" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"quartier_id" text NOT NULL,
	"commune_id" text NOT NULL,
	"theme" text NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"language" text NOT NULL,
	"author_id" text,
	"author_name" text,
	"channel" text DEFAULT 'online' NOT NULL,
	"recorded_by" text,
	"lon" double precision,
	"lat" double precision,
	"status" text NOT NULL,
	"refusal_reason" text,
	"initiative_id" text,
	"short_code" text NOT NULL,
	"support_count" integer DEFAULT 0 NOT NULL,
	"comment_count" integer DEFAULT 0 NOT NULL,
	"follower_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "need_short_code_unique" UNIQUE("short_code")
);
--> statement-breakpoint
CREATE TABLE "need_comment" (
	"id" text PRIMARY KEY NOT NULL,
	"need_id" text NOT NULL,
	"parent_id" text,
	"author_id" text,
	"body" text NOT NULL,
	"language" text NOT NULL,
	"status" text NOT NULL,
	"refusal_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "need_event" (
	"id" text PRIMARY KEY NOT NULL,
	"need_id" text NOT NULL,
	"status" text NOT NULL,
	"actor_id" text,
	"organisation_id" text,
	"initiative_id" text,
	"text" text,
	"language" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "need_follow" (
	"need_id" text NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "need_follow_need_id_user_id_pk" PRIMARY KEY("need_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "need_photo" (
	"need_id" text PRIMARY KEY NOT NULL,
	"alt" text DEFAULT '' NOT NULL,
	"mime" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"image" "bytea" NOT NULL,
	"thumbnail" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "need_support" (
	"need_id" text NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "need_support_need_id_user_id_pk" PRIMARY KEY("need_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "notification_preference" (
	"user_id" text PRIMARY KEY NOT NULL,
	"email" text DEFAULT 'each' NOT NULL,
	"last_digest_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "response_demographics" (
	"response_id" text PRIMARY KEY NOT NULL,
	"gender" text,
	"age_band" text,
	"single_parent" boolean,
	"employment" text,
	"children_under_3" boolean,
	"children_under_12" boolean
);
--> statement-breakpoint
ALTER TABLE "commune_voice_settings" ADD CONSTRAINT "commune_voice_settings_commune_id_commune_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."commune"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_participation" ADD CONSTRAINT "consultation_participation_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_participation" ADD CONSTRAINT "consultation_participation_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_quartier" ADD CONSTRAINT "consultation_quartier_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_quartier" ADD CONSTRAINT "consultation_quartier_quartier_id_quartier_id_fk" FOREIGN KEY ("quartier_id") REFERENCES "public"."quartier"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_question" ADD CONSTRAINT "consultation_question_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_response" ADD CONSTRAINT "consultation_response_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_response" ADD CONSTRAINT "consultation_response_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_response" ADD CONSTRAINT "consultation_response_recorded_by_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_report" ADD CONSTRAINT "content_report_reporter_id_user_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_report" ADD CONSTRAINT "content_report_resolved_by_user_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demographic_profile" ADD CONSTRAINT "demographic_profile_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need" ADD CONSTRAINT "need_quartier_id_quartier_id_fk" FOREIGN KEY ("quartier_id") REFERENCES "public"."quartier"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need" ADD CONSTRAINT "need_commune_id_commune_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."commune"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need" ADD CONSTRAINT "need_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need" ADD CONSTRAINT "need_recorded_by_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need" ADD CONSTRAINT "need_initiative_id_initiative_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiative"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_comment" ADD CONSTRAINT "need_comment_need_id_need_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."need"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_comment" ADD CONSTRAINT "need_comment_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_event" ADD CONSTRAINT "need_event_need_id_need_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."need"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_event" ADD CONSTRAINT "need_event_actor_id_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_event" ADD CONSTRAINT "need_event_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_event" ADD CONSTRAINT "need_event_initiative_id_initiative_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiative"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_follow" ADD CONSTRAINT "need_follow_need_id_need_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."need"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_follow" ADD CONSTRAINT "need_follow_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_photo" ADD CONSTRAINT "need_photo_need_id_need_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."need"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_support" ADD CONSTRAINT "need_support_need_id_need_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."need"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_support" ADD CONSTRAINT "need_support_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preference" ADD CONSTRAINT "notification_preference_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_demographics" ADD CONSTRAINT "response_demographics_response_id_consultation_response_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."consultation_response"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultation_dates_idx" ON "consultation" USING btree ("status","closes_at");--> statement-breakpoint
CREATE INDEX "consultation_quartier_quartier_idx" ON "consultation_quartier" USING btree ("quartier_id");--> statement-breakpoint
CREATE INDEX "consultation_response_consultation_idx" ON "consultation_response" USING btree ("consultation_id");--> statement-breakpoint
CREATE INDEX "content_report_status_idx" ON "content_report" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "content_report_target_idx" ON "content_report" USING btree ("target_type","target_id");--> statement-breakpoint
CREATE INDEX "need_commune_recent_idx" ON "need" USING btree ("commune_id","published_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "need_quartier_recent_idx" ON "need" USING btree ("quartier_id","published_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "need_commune_supported_idx" ON "need" USING btree ("commune_id","support_count" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "need_status_idx" ON "need" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "need_author_idx" ON "need" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "need_comment_need_idx" ON "need_comment" USING btree ("need_id","created_at");--> statement-breakpoint
CREATE INDEX "need_comment_status_idx" ON "need_comment" USING btree ("status");--> statement-breakpoint
CREATE INDEX "need_event_need_idx" ON "need_event" USING btree ("need_id","created_at");--> statement-breakpoint
CREATE INDEX "need_follow_user_idx" ON "need_follow" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "need_support_user_idx" ON "need_support" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "need_quartier_theme_recent_idx" ON "need" USING btree ("quartier_id","theme","published_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
-- Written by hand (drizzle-kit has no word for these): a reply points to a comment of the same
-- table, and the database itself refuses values the application should never write.
ALTER TABLE "need_comment" ADD CONSTRAINT "need_comment_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "need_comment"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "need" ADD CONSTRAINT "need_kind_check" CHECK ("kind" IN ('need', 'idea'));--> statement-breakpoint
ALTER TABLE "need" ADD CONSTRAINT "need_status_check" CHECK ("status" IN ('submitted', 'published', 'refused', 'under_study', 'answered', 'linked', 'done'));--> statement-breakpoint
ALTER TABLE "need" ADD CONSTRAINT "need_language_check" CHECK ("language" IN ('fr', 'en', 'ar'));--> statement-breakpoint
ALTER TABLE "need" ADD CONSTRAINT "need_counters_check" CHECK ("support_count" >= 0 AND "comment_count" >= 0 AND "follower_count" >= 0);--> statement-breakpoint
ALTER TABLE "need_comment" ADD CONSTRAINT "need_comment_status_check" CHECK ("status" IN ('pending', 'published', 'refused', 'hidden'));--> statement-breakpoint
ALTER TABLE "content_report" ADD CONSTRAINT "content_report_target_check" CHECK ("target_type" IN ('need', 'comment'));--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_mode_check" CHECK ("answer_mode" IN ('anonymous', 'signed'));--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_dates_check" CHECK ("closes_at" > "opens_at");--> statement-breakpoint
ALTER TABLE "consultation_question" ADD CONSTRAINT "consultation_question_kind_check" CHECK ("kind" IN ('single', 'multiple', 'scale', 'ranking', 'text'));--> statement-breakpoint
ALTER TABLE "response_demographics" ADD CONSTRAINT "response_demographics_values_check" CHECK (("gender" IS NULL OR "gender" IN ('woman', 'man', 'other')) AND ("age_band" IS NULL OR "age_band" IN ('15-24', '25-34', '35-49', '50-64', '65+')) AND ("employment" IS NULL OR "employment" IN ('full_time', 'part_time', 'job_seeker', 'in_training', 'at_home', 'retired', 'student')));--> statement-breakpoint
ALTER TABLE "demographic_profile" ADD CONSTRAINT "demographic_profile_values_check" CHECK (("gender" IS NULL OR "gender" IN ('woman', 'man', 'other')) AND ("age_band" IS NULL OR "age_band" IN ('15-24', '25-34', '35-49', '50-64', '65+')) AND ("employment" IS NULL OR "employment" IN ('full_time', 'part_time', 'job_seeker', 'in_training', 'at_home', 'retired', 'student')));--> statement-breakpoint
ALTER TABLE "notification_preference" ADD CONSTRAINT "notification_preference_email_check" CHECK ("email" IN ('each', 'weekly', 'none'));

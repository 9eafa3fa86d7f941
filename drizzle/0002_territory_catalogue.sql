CREATE TABLE "api_token" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"created_by" text,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "api_token_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "initiative" (
	"id" text PRIMARY KEY NOT NULL,
	"practice_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'idea' NOT NULL,
	"schedule" text DEFAULT '' NOT NULL,
	"how_to_join" text DEFAULT '' NOT NULL,
	"contact_email" text,
	"contact_phone" text,
	"website" text,
	"started_on" date,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiative_quartier" (
	"initiative_id" text NOT NULL,
	"quartier_id" text NOT NULL,
	CONSTRAINT "initiative_quartier_initiative_id_quartier_id_pk" PRIMARY KEY("initiative_id","quartier_id")
);
--> statement-breakpoint
CREATE TABLE "initiative_room" (
	"initiative_id" text NOT NULL,
	"room_id" text NOT NULL,
	CONSTRAINT "initiative_room_initiative_id_room_id_pk" PRIMARY KEY("initiative_id","room_id")
);
--> statement-breakpoint
CREATE TABLE "initiative_translation" (
	"initiative_id" text NOT NULL,
	"locale" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"schedule" text DEFAULT '' NOT NULL,
	"how_to_join" text DEFAULT '' NOT NULL,
	CONSTRAINT "initiative_translation_initiative_id_locale_pk" PRIMARY KEY("initiative_id","locale")
);
--> statement-breakpoint
CREATE TABLE "organisation_invitation" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"email" text NOT NULL,
	"role" text DEFAULT 'organisation_member' NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by" text,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"accepted_by" text,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_invitation_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "practice" (
	"id" text PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"themes" text[] DEFAULT '{}' NOT NULL,
	"publics" text[] DEFAULT '{}' NOT NULL,
	"needs_answered" text[] DEFAULT '{}' NOT NULL,
	"min_area_m2" integer DEFAULT 0 NOT NULL,
	"kitchen_level" text DEFAULT 'none' NOT NULL,
	"toilets" boolean DEFAULT false NOT NULL,
	"child_toilets" boolean DEFAULT false NOT NULL,
	"changing_table" boolean DEFAULT false NOT NULL,
	"storage_m2" integer DEFAULT 0 NOT NULL,
	"outdoor_m2" integer DEFAULT 0 NOT NULL,
	"step_free" boolean DEFAULT false NOT NULL,
	"van_access" boolean DEFAULT false NOT NULL,
	"water_point" boolean DEFAULT false NOT NULL,
	"sessions_per_week" integer DEFAULT 1 NOT NULL,
	"session_minutes" integer DEFAULT 120 NOT NULL,
	"preferred_windows" text[] DEFAULT '{}' NOT NULL,
	"staff" integer DEFAULT 0 NOT NULL,
	"volunteers" integer DEFAULT 0 NOT NULL,
	"setup_cost_min" integer,
	"setup_cost_max" integer,
	"yearly_cost_min" integer,
	"yearly_cost_max" integer,
	"impact_indicators" text[] DEFAULT '{}' NOT NULL,
	"references" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"proposed_by_organisation_id" text,
	"created_by" text,
	"reviewed_by" text,
	"review_note" text,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practice_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "practice_translation" (
	"practice_id" text NOT NULL,
	"locale" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"description" text,
	CONSTRAINT "practice_translation_practice_id_locale_pk" PRIMARY KEY("practice_id","locale")
);
--> statement-breakpoint
CREATE TABLE "quartier_commune" (
	"quartier_id" text NOT NULL,
	"commune_id" text NOT NULL,
	CONSTRAINT "quartier_commune_quartier_id_commune_id_pk" PRIMARY KEY("quartier_id","commune_id")
);
--> statement-breakpoint
CREATE TABLE "room_photo" (
	"id" text PRIMARY KEY NOT NULL,
	"room_id" text NOT NULL,
	"alt" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"mime" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"image" "bytea" NOT NULL,
	"thumbnail" "bytea" NOT NULL,
	"uploaded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "commune" ALTER COLUMN "holiday_zone" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "commune" ADD COLUMN "departement" text;--> statement-breakpoint
ALTER TABLE "commune" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "facility" ADD COLUMN "description" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "facility" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "contact_email" text;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "contact_phone" text;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "quartier" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "room" ADD COLUMN "parking" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "room" ADD COLUMN "description" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "room" ADD COLUMN "opening_hours" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "room" ADD COLUMN "approval_required" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "room" ADD COLUMN "min_notice_hours" integer DEFAULT 48 NOT NULL;--> statement-breakpoint
ALTER TABLE "room" ADD COLUMN "max_booking_minutes" integer DEFAULT 240 NOT NULL;--> statement-breakpoint
ALTER TABLE "room" ADD COLUMN "bookable_by" text DEFAULT 'organisations' NOT NULL;--> statement-breakpoint
ALTER TABLE "room" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "api_token" ADD CONSTRAINT "api_token_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_token" ADD CONSTRAINT "api_token_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative" ADD CONSTRAINT "initiative_practice_id_practice_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practice"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative" ADD CONSTRAINT "initiative_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative" ADD CONSTRAINT "initiative_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_quartier" ADD CONSTRAINT "initiative_quartier_initiative_id_initiative_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiative"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_quartier" ADD CONSTRAINT "initiative_quartier_quartier_id_quartier_id_fk" FOREIGN KEY ("quartier_id") REFERENCES "public"."quartier"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_room" ADD CONSTRAINT "initiative_room_initiative_id_initiative_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiative"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_room" ADD CONSTRAINT "initiative_room_room_id_room_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."room"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_translation" ADD CONSTRAINT "initiative_translation_initiative_id_initiative_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiative"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_invitation" ADD CONSTRAINT "organisation_invitation_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_invitation" ADD CONSTRAINT "organisation_invitation_invited_by_user_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_invitation" ADD CONSTRAINT "organisation_invitation_accepted_by_user_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice" ADD CONSTRAINT "practice_proposed_by_organisation_id_organisation_id_fk" FOREIGN KEY ("proposed_by_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice" ADD CONSTRAINT "practice_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice" ADD CONSTRAINT "practice_reviewed_by_user_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_translation" ADD CONSTRAINT "practice_translation_practice_id_practice_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practice"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quartier_commune" ADD CONSTRAINT "quartier_commune_quartier_id_quartier_id_fk" FOREIGN KEY ("quartier_id") REFERENCES "public"."quartier"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quartier_commune" ADD CONSTRAINT "quartier_commune_commune_id_commune_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."commune"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_photo" ADD CONSTRAINT "room_photo_room_id_room_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."room"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_photo" ADD CONSTRAINT "room_photo_uploaded_by_user_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_token_org_idx" ON "api_token" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "initiative_practice_idx" ON "initiative" USING btree ("practice_id");--> statement-breakpoint
CREATE INDEX "initiative_organisation_idx" ON "initiative" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "initiative_quartier_q_idx" ON "initiative_quartier" USING btree ("quartier_id");--> statement-breakpoint
CREATE INDEX "initiative_room_room_idx" ON "initiative_room" USING btree ("room_id");--> statement-breakpoint
CREATE INDEX "organisation_invitation_org_idx" ON "organisation_invitation" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "practice_status_idx" ON "practice" USING btree ("status");--> statement-breakpoint
CREATE INDEX "quartier_commune_commune_idx" ON "quartier_commune" USING btree ("commune_id");--> statement-breakpoint
CREATE INDEX "room_photo_room_idx" ON "room_photo" USING btree ("room_id");
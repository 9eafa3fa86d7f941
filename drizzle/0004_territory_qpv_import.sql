CREATE TABLE "qpv_import" (
	"id" text PRIMARY KEY NOT NULL,
	"imported_by" text,
	"list_file_name" text NOT NULL,
	"outlines_file_name" text,
	"created_count" integer NOT NULL,
	"updated_count" integer NOT NULL,
	"unchanged_count" integer NOT NULL,
	"rejected_count" integer NOT NULL,
	"communes_created_count" integer NOT NULL,
	"created" jsonb NOT NULL,
	"updated" jsonb NOT NULL,
	"rejected" jsonb NOT NULL,
	"duration_ms" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "qpv_import" ADD CONSTRAINT "qpv_import_imported_by_user_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;
CREATE TABLE "impact_participants" (
	"report_id" text NOT NULL,
	"sex" text NOT NULL,
	"age_band" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "impact_participants_report_id_sex_age_band_pk" PRIMARY KEY("report_id","sex","age_band")
);
--> statement-breakpoint
CREATE TABLE "impact_report" (
	"id" text PRIMARY KEY NOT NULL,
	"initiative_id" text NOT NULL,
	"month" date NOT NULL,
	"childcare_hours" integer DEFAULT 0 NOT NULL,
	"people_trained" integer DEFAULT 0 NOT NULL,
	"people_back_to_work" integer DEFAULT 0 NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"filed_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "impact_report_month_unique" UNIQUE("initiative_id","month")
);
--> statement-breakpoint
CREATE TABLE "indicator_import" (
	"id" text PRIMARY KEY NOT NULL,
	"file_name" text NOT NULL,
	"mapping" jsonb NOT NULL,
	"row_count" integer NOT NULL,
	"value_count" integer NOT NULL,
	"unmatched" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"imported_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_series" (
	"id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"measure" text NOT NULL,
	"sex" text DEFAULT 'all' NOT NULL,
	"label" jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"unit" text NOT NULL,
	"theme" text DEFAULT 'other' NOT NULL,
	"source" text NOT NULL,
	"source_url" text,
	"licence" text DEFAULT 'Licence Ouverte 2.0' NOT NULL,
	"min_count" integer DEFAULT 5 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_series_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "indicator_value" (
	"series_id" text NOT NULL,
	"territory_type" text NOT NULL,
	"territory_id" text NOT NULL,
	"year" integer NOT NULL,
	"value" double precision NOT NULL,
	"import_id" text,
	CONSTRAINT "indicator_value_series_id_territory_type_territory_id_year_pk" PRIMARY KEY("series_id","territory_type","territory_id","year")
);
--> statement-breakpoint
CREATE TABLE "quartier_alias" (
	"code" text PRIMARY KEY NOT NULL,
	"quartier_id" text NOT NULL,
	"note" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
ALTER TABLE "impact_participants" ADD CONSTRAINT "impact_participants_report_id_impact_report_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."impact_report"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_report" ADD CONSTRAINT "impact_report_initiative_id_initiative_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiative"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_report" ADD CONSTRAINT "impact_report_filed_by_user_id_fk" FOREIGN KEY ("filed_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_import" ADD CONSTRAINT "indicator_import_imported_by_user_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_series_id_indicator_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."indicator_series"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_import_id_indicator_import_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."indicator_import"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quartier_alias" ADD CONSTRAINT "quartier_alias_quartier_id_quartier_id_fk" FOREIGN KEY ("quartier_id") REFERENCES "public"."quartier"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_series_measure_idx" ON "indicator_series" USING btree ("measure");--> statement-breakpoint
CREATE INDEX "indicator_value_territory_idx" ON "indicator_value" USING btree ("territory_type","territory_id");--> statement-breakpoint
CREATE INDEX "quartier_alias_quartier_idx" ON "quartier_alias" USING btree ("quartier_id");--> statement-breakpoint
ALTER TABLE "indicator_series" ADD CONSTRAINT "indicator_series_kind_check" CHECK ("sex" IN ('all', 'women', 'men') AND "unit" IN ('percent', 'count', 'euros', 'ratio') AND "theme" IN ('population', 'employment', 'income', 'education', 'services', 'platform', 'other') AND "min_count" >= 1);--> statement-breakpoint
ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_territory_check" CHECK ("territory_type" IN ('quartier', 'commune', 'reference'));--> statement-breakpoint
ALTER TABLE "impact_report" ADD CONSTRAINT "impact_report_figures_check" CHECK (extract(day from "month") = 1 AND "childcare_hours" >= 0 AND "people_trained" >= 0 AND "people_back_to_work" >= 0);--> statement-breakpoint
ALTER TABLE "impact_participants" ADD CONSTRAINT "impact_participants_check" CHECK ("sex" IN ('woman', 'man', 'other', 'unknown') AND "age_band" IN ('0-2', '3-5', '6-14', '15-24', '25-34', '35-49', '50-64', '65+', 'unknown') AND "count" >= 0);

-- French full-text search that ignores accents: "creche" finds "crèche", "epicerie" finds "épicerie".
-- A text search configuration (rather than calling unaccent() in queries) keeps to_tsvector
-- immutable, so the search vectors can be generated columns with GIN indexes.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
DO $$ BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'qv_french') THEN
		CREATE TEXT SEARCH CONFIGURATION qv_french (COPY = pg_catalog.french);
		ALTER TEXT SEARCH CONFIGURATION qv_french
			ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
	END IF;
END $$;
--> statement-breakpoint
ALTER TABLE "practice" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
	setweight(to_tsvector('qv_french', coalesce("title", '')), 'A') ||
	setweight(to_tsvector('qv_french', coalesce("summary", '')), 'B') ||
	setweight(to_tsvector('qv_french', coalesce("description", '')), 'C')
) STORED;
--> statement-breakpoint
CREATE INDEX "practice_search_idx" ON "practice" USING gin ("search");
--> statement-breakpoint
ALTER TABLE "room" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
	setweight(to_tsvector('qv_french', coalesce("name", '')), 'A') ||
	setweight(to_tsvector('qv_french', coalesce("description", '')), 'B')
) STORED;
--> statement-breakpoint
CREATE INDEX "room_search_idx" ON "room" USING gin ("search");
--> statement-breakpoint
ALTER TABLE "facility" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
	setweight(to_tsvector('qv_french', coalesce("name", '')), 'A') ||
	setweight(to_tsvector('qv_french', coalesce("address", '')), 'B') ||
	setweight(to_tsvector('qv_french', coalesce("description", '')), 'C')
) STORED;
--> statement-breakpoint
CREATE INDEX "facility_search_idx" ON "facility" USING gin ("search");
--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
	setweight(to_tsvector('qv_french', coalesce("name", '')), 'A') ||
	setweight(to_tsvector('qv_french', coalesce("description", '')), 'B')
) STORED;
--> statement-breakpoint
CREATE INDEX "organisation_search_idx" ON "organisation" USING gin ("search");
--> statement-breakpoint
ALTER TABLE "initiative" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
	setweight(to_tsvector('qv_french', coalesce("title", '')), 'A') ||
	setweight(to_tsvector('qv_french', coalesce("summary", '')), 'B') ||
	setweight(to_tsvector('qv_french', coalesce("schedule", '') || ' ' || coalesce("how_to_join", '')), 'C')
) STORED;
--> statement-breakpoint
CREATE INDEX "initiative_search_idx" ON "initiative" USING gin ("search");

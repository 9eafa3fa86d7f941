CREATE TABLE "childcare_link" (
	"session_id" text PRIMARY KEY NOT NULL,
	"childcare_session_id" text NOT NULL,
	"linked_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "childcare_need" (
	"session_id" text NOT NULL,
	"min_months" integer NOT NULL,
	"max_months" integer NOT NULL,
	"children" integer NOT NULL,
	CONSTRAINT "childcare_need_session_id_min_months_pk" PRIMARY KEY("session_id","min_months")
);
--> statement-breakpoint
CREATE TABLE "childcare_offer" (
	"initiative_id" text NOT NULL,
	"min_months" integer NOT NULL,
	"max_months" integer NOT NULL,
	"places" integer NOT NULL,
	CONSTRAINT "childcare_offer_initiative_id_min_months_pk" PRIMARY KEY("initiative_id","min_months")
);
--> statement-breakpoint
CREATE TABLE "childcare_reservation" (
	"id" text PRIMARY KEY NOT NULL,
	"signup_id" text NOT NULL,
	"childcare_session_id" text NOT NULL,
	"age_months" integer NOT NULL,
	"band_min_months" integer NOT NULL,
	"band_max_months" integer NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "childcare_link" ADD CONSTRAINT "childcare_link_session_id_initiative_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."initiative_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "childcare_link" ADD CONSTRAINT "childcare_link_childcare_session_id_initiative_session_id_fk" FOREIGN KEY ("childcare_session_id") REFERENCES "public"."initiative_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "childcare_link" ADD CONSTRAINT "childcare_link_linked_by_user_id_fk" FOREIGN KEY ("linked_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "childcare_need" ADD CONSTRAINT "childcare_need_session_id_initiative_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."initiative_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "childcare_offer" ADD CONSTRAINT "childcare_offer_initiative_id_initiative_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiative"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "childcare_reservation" ADD CONSTRAINT "childcare_reservation_signup_id_session_signup_id_fk" FOREIGN KEY ("signup_id") REFERENCES "public"."session_signup"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "childcare_reservation" ADD CONSTRAINT "childcare_reservation_childcare_session_id_initiative_session_id_fk" FOREIGN KEY ("childcare_session_id") REFERENCES "public"."initiative_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "childcare_link_childcare_idx" ON "childcare_link" USING btree ("childcare_session_id");--> statement-breakpoint
CREATE INDEX "childcare_reservation_signup_idx" ON "childcare_reservation" USING btree ("signup_id");--> statement-breakpoint
CREATE INDEX "childcare_reservation_session_idx" ON "childcare_reservation" USING btree ("childcare_session_id","band_min_months");--> statement-breakpoint
-- Age bands are half-open month ranges [min, max) within childhood; places and children are counted, never zero.
ALTER TABLE "childcare_offer" ADD CONSTRAINT "childcare_offer_band_check" CHECK ("min_months" >= 0 AND "max_months" > "min_months" AND "max_months" <= 216);--> statement-breakpoint
ALTER TABLE "childcare_offer" ADD CONSTRAINT "childcare_offer_places_check" CHECK ("places" > 0 AND "places" <= 100);--> statement-breakpoint
ALTER TABLE "childcare_need" ADD CONSTRAINT "childcare_need_band_check" CHECK ("min_months" >= 0 AND "max_months" > "min_months" AND "max_months" <= 216);--> statement-breakpoint
ALTER TABLE "childcare_need" ADD CONSTRAINT "childcare_need_children_check" CHECK ("children" > 0 AND "children" <= 100);--> statement-breakpoint
-- An activity is never its own childcare.
ALTER TABLE "childcare_link" ADD CONSTRAINT "childcare_link_other_check" CHECK ("session_id" <> "childcare_session_id");--> statement-breakpoint
ALTER TABLE "childcare_reservation" ADD CONSTRAINT "childcare_reservation_status_check" CHECK ("status" IN ('held', 'requested'));--> statement-breakpoint
-- The age rule: the child's age lies in the band of the place she takes.
ALTER TABLE "childcare_reservation" ADD CONSTRAINT "childcare_reservation_age_check" CHECK ("age_months" >= "band_min_months" AND "age_months" < "band_max_months");--> statement-breakpoint
-- The capacity rule, which no CHECK can express (it counts other rows): before a place is held,
-- the childcare session's row is locked, so two parents asking for the last place at once are
-- counted one after the other; the band must be one the childcare initiative offers, the
-- childcare must be coupled with the parent's session, and held places may not exceed the band's
-- places, and only a sign-up with a place (not one waiting) holds one. The application checks the same first to explain a refusal beside the field; this is
-- what holds against any other writer (a bug, a script, psql). SQLSTATE QVC01 = full, QVC02 =
-- not offered or not coupled.
CREATE FUNCTION "childcare_reservation_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	offered integer;
	taken integer;
BEGIN
	IF NEW.status <> 'held' THEN
		RETURN NEW;
	END IF;
	-- A parent waiting for the activity holds no childcare place: only a sign-up with a place does.
	IF NOT EXISTS (
		SELECT 1 FROM session_signup su WHERE su.id = NEW.signup_id AND su.status IN ('confirmed', 'attended', 'absent')
	) THEN
		RAISE EXCEPTION 'only a sign-up with a place holds a childcare place' USING ERRCODE = 'QVC02';
	END IF;
	PERFORM 1 FROM initiative_session WHERE id = NEW.childcare_session_id FOR UPDATE;
	SELECT o.places INTO offered
	FROM childcare_offer o
	JOIN initiative_session s ON s.initiative_id = o.initiative_id
	WHERE s.id = NEW.childcare_session_id
	  AND o.min_months = NEW.band_min_months AND o.max_months = NEW.band_max_months;
	IF offered IS NULL THEN
		RAISE EXCEPTION 'childcare band [%, %) months is not offered in this session', NEW.band_min_months, NEW.band_max_months
			USING ERRCODE = 'QVC02';
	END IF;
	IF NOT EXISTS (
		SELECT 1 FROM session_signup su
		JOIN childcare_link l ON l.session_id = su.session_id
		WHERE su.id = NEW.signup_id AND l.childcare_session_id = NEW.childcare_session_id
	) THEN
		RAISE EXCEPTION 'this childcare session is not coupled with the sign-up''s session' USING ERRCODE = 'QVC02';
	END IF;
	SELECT count(*) INTO taken
	FROM childcare_reservation r
	WHERE r.childcare_session_id = NEW.childcare_session_id
	  AND r.band_min_months = NEW.band_min_months
	  AND r.status = 'held'
	  AND r.id <> NEW.id;
	IF taken >= offered THEN
		RAISE EXCEPTION 'no childcare place left for [%, %) months (% of %)', NEW.band_min_months, NEW.band_max_months, taken, offered
			USING ERRCODE = 'QVC01';
	END IF;
	RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "childcare_reservation_guard" BEFORE INSERT OR UPDATE ON "childcare_reservation"
	FOR EACH ROW EXECUTE FUNCTION "childcare_reservation_guard"();

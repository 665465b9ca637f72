CREATE TABLE "authority_profiles" (
	"authority_id" uuid PRIMARY KEY NOT NULL,
	"design_hydraulic_mgd" numeric,
	"design_organic_lb_per_day" numeric,
	"nsciu_adopted" boolean DEFAULT false NOT NULL,
	"middle_tier_adopted" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "facility_categorical_standards" (
	"facility_id" uuid NOT NULL,
	"part" text NOT NULL,
	"subpart" text NOT NULL,
	CONSTRAINT "facility_categorical_standards_facility_id_part_subpart_pk" PRIMARY KEY("facility_id","part","subpart")
);
--> statement-breakpoint
CREATE TABLE "facility_classification_history" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "facility_classification_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"facility_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"cause" text NOT NULL,
	"computed_class" text NOT NULL,
	"effective_class" text NOT NULL,
	"middle_tier" boolean NOT NULL,
	"decided_by" jsonb NOT NULL,
	"designation" text,
	"reason" text,
	"as_of" date NOT NULL,
	"actor_user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "facility_classifications" (
	"facility_id" uuid PRIMARY KEY NOT NULL,
	"computed_class" text NOT NULL,
	"effective_class" text NOT NULL,
	"middle_tier" boolean NOT NULL,
	"computed" jsonb NOT NULL,
	"effective" jsonb NOT NULL,
	"designation" text,
	"designation_reason" text,
	"designated_at" timestamp with time zone,
	"designated_by_user_id" uuid,
	"inputs" jsonb NOT NULL,
	"classified_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "facility_profiles" (
	"facility_id" uuid PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"site_address" jsonb NOT NULL,
	"mailing_address" jsonb,
	"naics_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"sic_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"contacts" jsonb NOT NULL,
	"process_flow_gpd" numeric NOT NULL,
	"sanitary_flow_gpd" numeric NOT NULL,
	"non_contact_cooling_flow_gpd" numeric NOT NULL,
	"boiler_blowdown_flow_gpd" numeric NOT NULL,
	"other_flow_gpd" numeric NOT NULL,
	"process_organic_load_lb_per_day" numeric,
	"categorical_facts" jsonb,
	"notes" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_user_id" uuid
);
--> statement-breakpoint
ALTER TABLE "authority_profiles" ADD CONSTRAINT "authority_profiles_authority_id_organizations_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authority_profiles" ADD CONSTRAINT "authority_profiles_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_categorical_standards" ADD CONSTRAINT "facility_categorical_standards_facility_id_organizations_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_classification_history" ADD CONSTRAINT "facility_classification_history_facility_id_organizations_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_classification_history" ADD CONSTRAINT "facility_classification_history_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_classifications" ADD CONSTRAINT "facility_classifications_facility_id_organizations_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_classifications" ADD CONSTRAINT "facility_classifications_designated_by_user_id_users_id_fk" FOREIGN KEY ("designated_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_profiles" ADD CONSTRAINT "facility_profiles_facility_id_organizations_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_profiles" ADD CONSTRAINT "facility_profiles_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "facility_categorical_standards_part_idx" ON "facility_categorical_standards" USING btree ("part");--> statement-breakpoint
CREATE INDEX "facility_classification_history_facility_idx" ON "facility_classification_history" USING btree ("facility_id","id");--> statement-breakpoint
CREATE INDEX "facility_classifications_effective_idx" ON "facility_classifications" USING btree ("effective_class");--> statement-breakpoint
CREATE INDEX "facility_profiles_status_idx" ON "facility_profiles" USING btree ("status");
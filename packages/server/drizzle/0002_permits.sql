CREATE TABLE "permit_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"permit_id" uuid NOT NULL,
	"source" text NOT NULL,
	"file_name" text NOT NULL,
	"file_sha256" text NOT NULL,
	"version_no" integer NOT NULL,
	"reports" jsonb NOT NULL,
	"warnings" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by_user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "permit_versions" (
	"permit_id" uuid NOT NULL,
	"version_no" integer NOT NULL,
	"reason" text NOT NULL,
	"summary" text,
	"effective_date" date,
	"content" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by_user_id" uuid,
	CONSTRAINT "permit_versions_permit_id_version_no_pk" PRIMARY KEY("permit_id","version_no")
);
--> statement-breakpoint
CREATE TABLE "permits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"facility_id" uuid NOT NULL,
	"issuing_authority_id" uuid,
	"permit_number" text NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"issued_date" date,
	"effective_date" date,
	"expiration_date" date,
	"renewed_from_permit_id" uuid,
	"renewal_application_received_on" date,
	"status_date" date,
	"status_reason" text,
	"current_version_no" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "permit_imports" ADD CONSTRAINT "permit_imports_permit_id_permits_id_fk" FOREIGN KEY ("permit_id") REFERENCES "public"."permits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permit_imports" ADD CONSTRAINT "permit_imports_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permit_versions" ADD CONSTRAINT "permit_versions_permit_id_permits_id_fk" FOREIGN KEY ("permit_id") REFERENCES "public"."permits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permit_versions" ADD CONSTRAINT "permit_versions_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permits" ADD CONSTRAINT "permits_facility_id_organizations_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permits" ADD CONSTRAINT "permits_issuing_authority_id_organizations_id_fk" FOREIGN KEY ("issuing_authority_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permits" ADD CONSTRAINT "permits_renewed_from_permit_id_permits_id_fk" FOREIGN KEY ("renewed_from_permit_id") REFERENCES "public"."permits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "permit_imports_file_idx" ON "permit_imports" USING btree ("permit_id","file_sha256");--> statement-breakpoint
CREATE INDEX "permits_facility_idx" ON "permits" USING btree ("facility_id");--> statement-breakpoint
CREATE INDEX "permits_authority_idx" ON "permits" USING btree ("issuing_authority_id");--> statement-breakpoint
CREATE UNIQUE INDEX "permits_facility_number_idx" ON "permits" USING btree ("facility_id","permit_number") WHERE "permits"."renewed_from_permit_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "permits_successor_idx" ON "permits" USING btree ("renewed_from_permit_id") WHERE "permits"."status" <> 'withdrawn';--> statement-breakpoint
-- Permit versions are immutable ("every version kept"): refuse UPDATE and DELETE.
CREATE OR REPLACE FUNCTION permit_versions_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'permit_versions are immutable: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER permit_versions_no_update_delete BEFORE UPDATE OR DELETE ON permit_versions
  FOR EACH ROW EXECUTE FUNCTION permit_versions_refuse_change();

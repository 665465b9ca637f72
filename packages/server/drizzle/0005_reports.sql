CREATE TABLE "certification_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"version" integer NOT NULL,
	"citation" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "copies_of_record" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"revision_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"json" "bytea" NOT NULL,
	"json_sha256" text NOT NULL,
	"pdf" "bytea" NOT NULL,
	"pdf_sha256" text NOT NULL,
	"audit_seq" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"decision" text NOT NULL,
	"comment" text,
	"reviewer_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"content" jsonb,
	"edits" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"amendment_reason" text,
	"signed_at" timestamp with time zone,
	"signer_user_id" uuid,
	"signatory_kind" text,
	"authorization_id" uuid,
	"certification_template_id" uuid,
	"signature" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"facility_id" uuid NOT NULL,
	"permit_id" uuid NOT NULL,
	"requirement_id" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"outfall_code" text,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"due_date" date NOT NULL,
	"status" text NOT NULL,
	"current_revision" integer DEFAULT 1 NOT NULL,
	"received_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signatory_authorizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"facility_id" uuid NOT NULL,
	"delegate_user_id" uuid,
	"position" text,
	"principal_name" text NOT NULL,
	"principal_title" text NOT NULL,
	"signed_on" date NOT NULL,
	"received_by_authority_on" date,
	"received_by_user_id" uuid,
	"superseded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by_user_id" uuid
);
--> statement-breakpoint
ALTER TABLE "copies_of_record" ADD CONSTRAINT "copies_of_record_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "copies_of_record" ADD CONSTRAINT "copies_of_record_revision_id_report_revisions_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."report_revisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_reviews" ADD CONSTRAINT "report_reviews_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_reviews" ADD CONSTRAINT "report_reviews_reviewer_user_id_users_id_fk" FOREIGN KEY ("reviewer_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_revisions" ADD CONSTRAINT "report_revisions_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_revisions" ADD CONSTRAINT "report_revisions_signer_user_id_users_id_fk" FOREIGN KEY ("signer_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_revisions" ADD CONSTRAINT "report_revisions_authorization_id_signatory_authorizations_id_fk" FOREIGN KEY ("authorization_id") REFERENCES "public"."signatory_authorizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_revisions" ADD CONSTRAINT "report_revisions_certification_template_id_certification_templates_id_fk" FOREIGN KEY ("certification_template_id") REFERENCES "public"."certification_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_facility_id_organizations_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_permit_id_permits_id_fk" FOREIGN KEY ("permit_id") REFERENCES "public"."permits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signatory_authorizations" ADD CONSTRAINT "signatory_authorizations_facility_id_organizations_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signatory_authorizations" ADD CONSTRAINT "signatory_authorizations_delegate_user_id_users_id_fk" FOREIGN KEY ("delegate_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signatory_authorizations" ADD CONSTRAINT "signatory_authorizations_received_by_user_id_users_id_fk" FOREIGN KEY ("received_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signatory_authorizations" ADD CONSTRAINT "signatory_authorizations_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "certification_templates_key_version_idx" ON "certification_templates" USING btree ("key","version");--> statement-breakpoint
CREATE UNIQUE INDEX "copies_of_record_revision_idx" ON "copies_of_record" USING btree ("revision_id");--> statement-breakpoint
CREATE INDEX "copies_of_record_json_idx" ON "copies_of_record" USING btree ("json_sha256");--> statement-breakpoint
CREATE INDEX "copies_of_record_pdf_idx" ON "copies_of_record" USING btree ("pdf_sha256");--> statement-breakpoint
CREATE INDEX "report_reviews_report_idx" ON "report_reviews" USING btree ("report_id");--> statement-breakpoint
CREATE UNIQUE INDEX "report_revisions_report_revision_idx" ON "report_revisions" USING btree ("report_id","revision");--> statement-breakpoint
CREATE UNIQUE INDEX "reports_obligation_idx" ON "reports" USING btree ("permit_id","requirement_id","period_end");--> statement-breakpoint
CREATE INDEX "reports_facility_idx" ON "reports" USING btree ("facility_id","due_date");--> statement-breakpoint
CREATE INDEX "signatory_authorizations_facility_idx" ON "signatory_authorizations" USING btree ("facility_id");
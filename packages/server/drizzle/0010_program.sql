CREATE TABLE "checklist_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kinds" text[] DEFAULT '{}'::text[] NOT NULL,
	"items" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by_user_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enforcement_action_violations" (
	"action_id" uuid NOT NULL,
	"violation_id" uuid NOT NULL,
	CONSTRAINT "enforcement_action_violations_action_id_violation_id_pk" PRIMARY KEY("action_id","violation_id")
);
--> statement-breakpoint
CREATE TABLE "enforcement_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_id" uuid NOT NULL,
	"facility_id" uuid NOT NULL,
	"type" text NOT NULL,
	"level" integer NOT NULL,
	"status" text NOT NULL,
	"guide_entry_id" uuid,
	"issued_on" date NOT NULL,
	"response_due" date,
	"official_title" text NOT NULL,
	"issued_by_user_id" uuid,
	"summary" text NOT NULL,
	"requirements" text,
	"compliance_schedule" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"penalty_assessed" text,
	"penalty_collected" text,
	"penalty_collected_on" date,
	"judicial_kind" text,
	"letter_document_id" uuid,
	"responded_on" date,
	"response_note" text,
	"escalated_to_id" uuid,
	"escalated_at" timestamp with time zone,
	"closed_on" date,
	"closed_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "erp_guide_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"noncompliance" text NOT NULL,
	"noncompliance_label" text NOT NULL,
	"circumstance" text NOT NULL,
	"circumstance_label" text NOT NULL,
	"responses" text[] NOT NULL,
	"official_title" text NOT NULL,
	"time_frame_days" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inspection_id" uuid NOT NULL,
	"facility_id" uuid NOT NULL,
	"checklist_item_id" text,
	"description" text NOT NULL,
	"severity" text NOT NULL,
	"violation_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by_user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "inspection_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inspection_id" uuid NOT NULL,
	"facility_id" uuid NOT NULL,
	"description" text NOT NULL,
	"due_date" date NOT NULL,
	"completed_at" timestamp with time zone,
	"completed_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_id" uuid NOT NULL,
	"facility_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"includes_sampling" boolean DEFAULT false NOT NULL,
	"announced" boolean DEFAULT true NOT NULL,
	"scheduled_date" date NOT NULL,
	"assigned_user_id" uuid,
	"checklist_template_id" uuid,
	"checklist" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"contacts" text,
	"summary" text,
	"started_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"completed_by_user_id" uuid,
	"inspected_on" date,
	"cancelled_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by_user_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_report_copies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_report_id" uuid NOT NULL,
	"json" "bytea" NOT NULL,
	"json_sha256" text NOT NULL,
	"pdf" "bytea" NOT NULL,
	"pdf_sha256" text NOT NULL,
	"xml" "bytea" NOT NULL,
	"xml_sha256" text NOT NULL,
	"audit_seq" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"due_date" date NOT NULL,
	"status" text NOT NULL,
	"content" jsonb,
	"edits" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"prepared_at" timestamp with time zone,
	"signed_at" timestamp with time zone,
	"signer_user_id" uuid,
	"signature" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_settings" (
	"authority_id" uuid PRIMARY KEY NOT NULL,
	"snc_window_mode" text DEFAULT 'FIXED_SEMIANNUAL' NOT NULL,
	"late_report_days" integer DEFAULT 45 NOT NULL,
	"reporting_year_start_month" integer DEFAULT 1 NOT NULL,
	"slug_reevaluation_months" integer DEFAULT 24 NOT NULL,
	"erp_document_days" integer DEFAULT 5 NOT NULL,
	"erp_initial_response_days" integer DEFAULT 15 NOT NULL,
	"erp_follow_up_days" integer DEFAULT 60 NOT NULL,
	"erp_snc_formal_days" integer DEFAULT 30 NOT NULL,
	"near_snc_margin_percent" integer DEFAULT 10 NOT NULL,
	"annual_report_due_days" integer DEFAULT 60 NOT NULL,
	"npdes_permit_id" text,
	"suo_reference" text,
	"suo_date" date,
	"local_limits_adoption_date" date,
	"local_limits_evaluation_date" date,
	"director_title" text DEFAULT 'Director' NOT NULL,
	"coordinator_title" text DEFAULT 'Pretreatment Coordinator' NOT NULL,
	"nov_template" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "snc_evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_id" uuid NOT NULL,
	"facility_id" uuid NOT NULL,
	"window_mode" text NOT NULL,
	"window_start" date NOT NULL,
	"window_end" date NOT NULL,
	"window_label" text NOT NULL,
	"as_of" date NOT NULL,
	"is_siu" boolean NOT NULL,
	"is_snc" boolean NOT NULL,
	"is_near_snc" boolean NOT NULL,
	"criteria_met" text[] NOT NULL,
	"findings" jsonb NOT NULL,
	"warnings" jsonb NOT NULL,
	"explanation" jsonb NOT NULL,
	"settings" jsonb NOT NULL,
	"evaluated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "violations" ADD COLUMN "category" text;--> statement-breakpoint
ALTER TABLE "violations" ADD COLUMN "description" text;--> statement-breakpoint
ALTER TABLE "violations" ADD COLUMN "detected_on" date;--> statement-breakpoint
ALTER TABLE "violations" ADD COLUMN "snc_criterion" text;--> statement-breakpoint
ALTER TABLE "violations" ADD COLUMN "finding_id" uuid;--> statement-breakpoint
ALTER TABLE "violations" ADD COLUMN "returned_to_compliance_on" date;--> statement-breakpoint
ALTER TABLE "violations" ADD COLUMN "created_by_user_id" uuid;--> statement-breakpoint
ALTER TABLE "checklist_templates" ADD CONSTRAINT "checklist_templates_authority_id_organizations_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_templates" ADD CONSTRAINT "checklist_templates_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_action_violations" ADD CONSTRAINT "enforcement_action_violations_action_id_enforcement_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."enforcement_actions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_action_violations" ADD CONSTRAINT "enforcement_action_violations_violation_id_violations_id_fk" FOREIGN KEY ("violation_id") REFERENCES "public"."violations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_actions" ADD CONSTRAINT "enforcement_actions_authority_id_organizations_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_actions" ADD CONSTRAINT "enforcement_actions_facility_id_organizations_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_actions" ADD CONSTRAINT "enforcement_actions_guide_entry_id_erp_guide_entries_id_fk" FOREIGN KEY ("guide_entry_id") REFERENCES "public"."erp_guide_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_actions" ADD CONSTRAINT "enforcement_actions_issued_by_user_id_users_id_fk" FOREIGN KEY ("issued_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_actions" ADD CONSTRAINT "enforcement_actions_letter_document_id_documents_id_fk" FOREIGN KEY ("letter_document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_actions" ADD CONSTRAINT "enforcement_actions_escalated_to_id_enforcement_actions_id_fk" FOREIGN KEY ("escalated_to_id") REFERENCES "public"."enforcement_actions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erp_guide_entries" ADD CONSTRAINT "erp_guide_entries_authority_id_organizations_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_findings" ADD CONSTRAINT "inspection_findings_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_findings" ADD CONSTRAINT "inspection_findings_facility_id_organizations_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_findings" ADD CONSTRAINT "inspection_findings_violation_id_violations_id_fk" FOREIGN KEY ("violation_id") REFERENCES "public"."violations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_findings" ADD CONSTRAINT "inspection_findings_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_follow_ups" ADD CONSTRAINT "inspection_follow_ups_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_follow_ups" ADD CONSTRAINT "inspection_follow_ups_facility_id_organizations_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_follow_ups" ADD CONSTRAINT "inspection_follow_ups_completed_by_user_id_users_id_fk" FOREIGN KEY ("completed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_authority_id_organizations_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_facility_id_organizations_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_assigned_user_id_users_id_fk" FOREIGN KEY ("assigned_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_checklist_template_id_checklist_templates_id_fk" FOREIGN KEY ("checklist_template_id") REFERENCES "public"."checklist_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_completed_by_user_id_users_id_fk" FOREIGN KEY ("completed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_report_copies" ADD CONSTRAINT "program_report_copies_program_report_id_program_reports_id_fk" FOREIGN KEY ("program_report_id") REFERENCES "public"."program_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_reports" ADD CONSTRAINT "program_reports_authority_id_organizations_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_reports" ADD CONSTRAINT "program_reports_signer_user_id_users_id_fk" FOREIGN KEY ("signer_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_settings" ADD CONSTRAINT "program_settings_authority_id_organizations_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_settings" ADD CONSTRAINT "program_settings_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "snc_evaluations" ADD CONSTRAINT "snc_evaluations_authority_id_organizations_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "snc_evaluations" ADD CONSTRAINT "snc_evaluations_facility_id_organizations_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "checklist_templates_authority_idx" ON "checklist_templates" USING btree ("authority_id");--> statement-breakpoint
CREATE INDEX "enforcement_action_violations_violation_idx" ON "enforcement_action_violations" USING btree ("violation_id");--> statement-breakpoint
CREATE INDEX "enforcement_actions_facility_idx" ON "enforcement_actions" USING btree ("facility_id","issued_on");--> statement-breakpoint
CREATE INDEX "enforcement_actions_authority_idx" ON "enforcement_actions" USING btree ("authority_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "erp_guide_entries_key_idx" ON "erp_guide_entries" USING btree ("authority_id","noncompliance","circumstance");--> statement-breakpoint
CREATE INDEX "inspection_findings_inspection_idx" ON "inspection_findings" USING btree ("inspection_id");--> statement-breakpoint
CREATE INDEX "inspection_follow_ups_inspection_idx" ON "inspection_follow_ups" USING btree ("inspection_id");--> statement-breakpoint
CREATE INDEX "inspections_facility_idx" ON "inspections" USING btree ("facility_id","status");--> statement-breakpoint
CREATE INDEX "inspections_authority_date_idx" ON "inspections" USING btree ("authority_id","scheduled_date");--> statement-breakpoint
CREATE UNIQUE INDEX "program_report_copies_report_idx" ON "program_report_copies" USING btree ("program_report_id");--> statement-breakpoint
CREATE INDEX "program_report_copies_json_idx" ON "program_report_copies" USING btree ("json_sha256");--> statement-breakpoint
CREATE INDEX "program_report_copies_pdf_idx" ON "program_report_copies" USING btree ("pdf_sha256");--> statement-breakpoint
CREATE INDEX "program_report_copies_xml_idx" ON "program_report_copies" USING btree ("xml_sha256");--> statement-breakpoint
CREATE UNIQUE INDEX "program_reports_period_idx" ON "program_reports" USING btree ("authority_id","period_start","period_end");--> statement-breakpoint
CREATE UNIQUE INDEX "snc_evaluations_window_idx" ON "snc_evaluations" USING btree ("facility_id","window_mode","window_start","window_end");--> statement-breakpoint
CREATE INDEX "snc_evaluations_authority_idx" ON "snc_evaluations" USING btree ("authority_id","window_end");--> statement-breakpoint
ALTER TABLE "violations" ADD CONSTRAINT "violations_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- A signed annual report is frozen; its copy of record is append-only.
CREATE OR REPLACE FUNCTION program_reports_refuse_signed_change() RETURNS trigger AS $$
BEGIN
  IF OLD.signed_at IS NOT NULL THEN
    RAISE EXCEPTION 'program report % is signed: % refused', OLD.id, TG_OP USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER program_reports_frozen_when_signed BEFORE UPDATE OR DELETE ON program_reports
  FOR EACH ROW EXECUTE FUNCTION program_reports_refuse_signed_change();
--> statement-breakpoint
CREATE TRIGGER program_report_copies_no_update_delete BEFORE UPDATE OR DELETE ON program_report_copies
  FOR EACH ROW EXECUTE FUNCTION refuse_change_append_only();
--> statement-breakpoint
CREATE TRIGGER program_report_copies_no_truncate BEFORE TRUNCATE ON program_report_copies
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_append_only();
--> statement-breakpoint
-- The annual report's certification (403.12(m) signatory; the 403.6(a)(2)(ii) statement).
INSERT INTO certification_templates (key, version, citation, text) VALUES
('pretreatment_program', 1, '40 CFR 403.12(i), (m); statement of 403.6(a)(2)(ii)', 'I certify under penalty of law that this document and all attachments were prepared under my direction or supervision in accordance with a system designed to assure that qualified personnel properly gather and evaluate the information submitted. Based on my inquiry of the person or persons who manage the system, or those persons directly responsible for gathering the information, the information submitted is, to the best of my knowledge and belief, true, accurate, and complete. I am aware that there are significant penalties for submitting false information, including the possibility of fine and imprisonment for knowing violations.');

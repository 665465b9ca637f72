CREATE TABLE "daily_flows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"facility_id" uuid NOT NULL,
	"monitoring_point" text NOT NULL,
	"flow_date" date NOT NULL,
	"flow_mgd" numeric NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by_user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "import_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"facility_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"file_sha256" text NOT NULL,
	"lab_name" text,
	"source" text NOT NULL,
	"row_count" integer NOT NULL,
	"added_count" integer NOT NULL,
	"repeated_count" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by_user_id" uuid,
	"lab_token_id" uuid
);
--> statement-breakpoint
CREATE TABLE "lab_mappings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"facility_id" uuid NOT NULL,
	"lab_name" text NOT NULL,
	"mapping" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lab_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"facility_id" uuid NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by_user_id" uuid,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"organization_id" uuid,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"link" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sample_id" uuid NOT NULL,
	"facility_id" uuid NOT NULL,
	"monitoring_point" text NOT NULL,
	"sample_date" date NOT NULL,
	"parameter_code" text NOT NULL,
	"parameter_text" text NOT NULL,
	"value_text" text NOT NULL,
	"qualifier" text NOT NULL,
	"value_number" text,
	"non_detect" boolean NOT NULL,
	"estimated" boolean NOT NULL,
	"unit" text NOT NULL,
	"unit_text" text NOT NULL,
	"mdl" text,
	"rl" text,
	"method" text,
	"analyzed_at" text,
	"analyst" text,
	"lab_qualifiers" text[] NOT NULL,
	"fraction" text,
	"dilution_factor" text,
	"fingerprint" text NOT NULL,
	"result_key" text NOT NULL,
	"supersedes_id" uuid,
	"correction_reason" text,
	"quality" jsonb NOT NULL,
	"counts_for_compliance" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by_user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "samples" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"facility_id" uuid NOT NULL,
	"permit_id" uuid,
	"monitoring_point" text NOT NULL,
	"collected_start" text NOT NULL,
	"collected_end" text,
	"sample_date" date NOT NULL,
	"sample_type" text,
	"collection_method" text,
	"collector" text,
	"client_sample_id" text,
	"lab_sample_id" text,
	"chain_of_custody" jsonb,
	"lab_name" text,
	"lab_cert_id" text,
	"sampled_by" text NOT NULL,
	"source" text NOT NULL,
	"import_batch_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by_user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "violations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"facility_id" uuid NOT NULL,
	"permit_id" uuid,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"limit_ref" text NOT NULL,
	"parameter_code" text NOT NULL,
	"monitoring_point" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"computed_value" text,
	"limit_value" text,
	"unit" text,
	"exceedance_pct" numeric,
	"result_ids" uuid[] NOT NULL,
	"explanation" jsonb NOT NULL,
	"notice_due" date,
	"resample_due" date,
	"closed_reason" text,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "daily_flows" ADD CONSTRAINT "daily_flows_facility_id_organizations_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "daily_flows" ADD CONSTRAINT "daily_flows_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_facility_id_organizations_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_lab_token_id_lab_tokens_id_fk" FOREIGN KEY ("lab_token_id") REFERENCES "public"."lab_tokens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lab_mappings" ADD CONSTRAINT "lab_mappings_facility_id_organizations_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lab_tokens" ADD CONSTRAINT "lab_tokens_facility_id_organizations_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lab_tokens" ADD CONSTRAINT "lab_tokens_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results" ADD CONSTRAINT "results_sample_id_samples_id_fk" FOREIGN KEY ("sample_id") REFERENCES "public"."samples"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results" ADD CONSTRAINT "results_facility_id_organizations_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results" ADD CONSTRAINT "results_supersedes_id_results_id_fk" FOREIGN KEY ("supersedes_id") REFERENCES "public"."results"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results" ADD CONSTRAINT "results_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "samples" ADD CONSTRAINT "samples_facility_id_organizations_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "samples" ADD CONSTRAINT "samples_permit_id_permits_id_fk" FOREIGN KEY ("permit_id") REFERENCES "public"."permits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "samples" ADD CONSTRAINT "samples_import_batch_id_import_batches_id_fk" FOREIGN KEY ("import_batch_id") REFERENCES "public"."import_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "samples" ADD CONSTRAINT "samples_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "violations" ADD CONSTRAINT "violations_facility_id_organizations_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "violations" ADD CONSTRAINT "violations_permit_id_permits_id_fk" FOREIGN KEY ("permit_id") REFERENCES "public"."permits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "daily_flows_day_idx" ON "daily_flows" USING btree ("facility_id","monitoring_point","flow_date");--> statement-breakpoint
CREATE UNIQUE INDEX "import_batches_file_idx" ON "import_batches" USING btree ("facility_id","file_sha256");--> statement-breakpoint
CREATE UNIQUE INDEX "lab_mappings_facility_lab_idx" ON "lab_mappings" USING btree ("facility_id","lab_name");--> statement-breakpoint
CREATE UNIQUE INDEX "lab_tokens_hash_idx" ON "lab_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "lab_tokens_facility_idx" ON "lab_tokens" USING btree ("facility_id");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "results_series_idx" ON "results" USING btree ("facility_id","monitoring_point","parameter_code","sample_date");--> statement-breakpoint
CREATE INDEX "results_sample_idx" ON "results" USING btree ("sample_id");--> statement-breakpoint
CREATE INDEX "results_key_idx" ON "results" USING btree ("facility_id","result_key");--> statement-breakpoint
CREATE UNIQUE INDEX "results_supersedes_idx" ON "results" USING btree ("supersedes_id");--> statement-breakpoint
CREATE UNIQUE INDEX "results_fingerprint_idx" ON "results" USING btree ("facility_id","fingerprint") WHERE "results"."supersedes_id" is null;--> statement-breakpoint
CREATE INDEX "samples_facility_date_idx" ON "samples" USING btree ("facility_id","sample_date");--> statement-breakpoint
CREATE INDEX "violations_facility_idx" ON "violations" USING btree ("facility_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "violations_open_idx" ON "violations" USING btree ("facility_id","kind","limit_ref","monitoring_point","period_start","period_end") WHERE "violations"."status" = 'open';
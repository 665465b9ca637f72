-- A signed report revision is frozen (40 CFR 3.2000(b)(5)(ii); §10.2 R2): amendments are new revisions.
CREATE OR REPLACE FUNCTION report_revisions_refuse_signed_change() RETURNS trigger AS $$
BEGIN
  IF OLD.signed_at IS NOT NULL THEN
    RAISE EXCEPTION 'report revision % is signed: % refused', OLD.id, TG_OP USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER report_revisions_frozen_when_signed BEFORE UPDATE OR DELETE ON report_revisions
  FOR EACH ROW EXECUTE FUNCTION report_revisions_refuse_signed_change();
--> statement-breakpoint
-- Copies of record and certification templates are append-only.
CREATE OR REPLACE FUNCTION refuse_change_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER copies_of_record_no_update_delete BEFORE UPDATE OR DELETE ON copies_of_record
  FOR EACH ROW EXECUTE FUNCTION refuse_change_append_only();
--> statement-breakpoint
CREATE TRIGGER copies_of_record_no_truncate BEFORE TRUNCATE ON copies_of_record
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_append_only();
--> statement-breakpoint
CREATE TRIGGER certification_templates_no_update_delete BEFORE UPDATE OR DELETE ON certification_templates
  FOR EACH ROW EXECUTE FUNCTION refuse_change_append_only();
--> statement-breakpoint
-- Certification statements, verbatim from the CFR (version 1).
INSERT INTO certification_templates (key, version, citation, text) VALUES
('pretreatment', 1, '40 CFR 403.6(a)(2)(ii)', 'I certify under penalty of law that this document and all attachments were prepared under my direction or supervision in accordance with a system designed to assure that qualified personnel properly gather and evaluate the information submitted. Based on my inquiry of the person or persons who manage the system, or those persons directly responsible for gathering the information, the information submitted is, to the best of my knowledge and belief, true, accurate, and complete. I am aware that there are significant penalties for submitting false information, including the possibility of fine and imprisonment for knowing violations.'),
('npdes', 1, '40 CFR 122.22(d)', 'I certify under penalty of law that this document and all attachments were prepared under my direction or supervision in accordance with a system designed to assure that qualified personnel properly gather and evaluate the information submitted. Based on my inquiry of the person or persons who manage the system, or those persons directly responsible for gathering the information, the information submitted is, to the best of my knowledge and belief, true, accurate, and complete. I am aware that there are significant penalties for submitting false information, including the possibility of fine and imprisonment for knowing violations.'),
('nsciu', 1, '40 CFR 403.12(q)', 'Based on my inquiry of the person or persons directly responsible for managing compliance with the categorical Pretreatment Standards under 40 CFR ____, I certify that, to the best of my knowledge and belief that during the period from ____, ____ to ____, ____ [months, days, year]: (a) The facility described as ____ [facility name] met the definition of a non-significant categorical Industrial User as described in § 403.3(v); (b) the facility complied with all applicable Pretreatment Standards and requirements during this reporting period; and (c) the facility never discharged more than 100 gallons of total categorical wastewater on any given day during this reporting period. This compliance certification is based on the following information.');

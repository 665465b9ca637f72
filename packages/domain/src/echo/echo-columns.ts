/**
 * Columns of an ECHO effluent-chart download or a bulk NPDES_DMRS file (domain-spec §11.3), lower-cased.
 * The two layouts name the permit differently (`npdes_id` / `external_permit_nmbr`); everything else
 * used here has one name in both.
 */

/** Columns the evaluation may read. EPA's verdict columns are deliberately absent (issue 3, item 9). */
export const EVALUATION_COLUMNS = [
  'npdes_id',
  'external_permit_nmbr',
  'perm_feature_nmbr',
  'parameter_code',
  'parameter_desc',
  'monitoring_location_code',
  'monitoring_period_end_date',
  'statistical_base_code',
  'statistical_base_type_code',
  'value_type_code',
  'limit_value_id',
  'limit_value_standard_units',
  'limit_value_qualifier_code',
  'standard_unit_code',
  'standard_unit_desc',
  'dmr_form_value_id',
  'dmr_value_id',
  'dmr_value_nmbr',
  'dmr_unit_code',
  'dmr_value_standard_units',
  'dmr_value_qualifier_code',
  'nodi_code',
] as const;
export type EvaluationColumn = (typeof EVALUATION_COLUMNS)[number];

/** EPA's own verdicts: read only into `EpaVerdicts`, never into an evaluation input. */
export const EPA_VERDICT_COLUMNS = ['violation_code', 'exceedence_pct'] as const;
export type EpaVerdictColumn = (typeof EPA_VERDICT_COLUMNS)[number];

/** Columns every file must have, with the alternatives that satisfy each requirement. */
export const REQUIRED_COLUMNS: readonly (readonly EvaluationColumn[])[] = [
  ['npdes_id', 'external_permit_nmbr'],
  ['perm_feature_nmbr'],
  ['parameter_code'],
  ['monitoring_location_code'],
  ['monitoring_period_end_date'],
  ['statistical_base_code'],
  ['value_type_code'],
  ['limit_value_standard_units'],
  ['dmr_value_standard_units'],
  ['dmr_value_id', 'dmr_form_value_id'],
  ['limit_value_qualifier_code', 'statistical_base_type_code'],
];

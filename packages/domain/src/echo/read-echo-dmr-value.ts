import type { EvaluationColumn } from './echo-columns';
import { readCode, readDate, readNumber, readRequired } from './echo-fields';
import { fieldError } from './echo-file-error';
import {
  type EchoDmrValue,
  LIMIT_QUALIFIERS,
  type LimitQualifier,
  type QualifiedNumber,
  VALUE_QUALIFIERS,
  type ValueQualifier,
} from './echo-types';
import type { CsvRow } from './read-echo-csv';

type Row = CsvRow<EvaluationColumn>;

/** Builds the evaluation input from one row; the row type admits evaluation columns only. */
export function readEchoDmrValue(row: Row): EchoDmrValue {
  return {
    dmrValueId: readDmrValueId(row),
    row: row.row,
    permit: row.get('npdes_id') || readRequired(row, 'external_permit_nmbr'),
    feature: readRequired(row, 'perm_feature_nmbr'),
    parameterCode: readRequired(row, 'parameter_code'),
    parameterDesc: row.get('parameter_desc'),
    monitoringLocation: readRequired(row, 'monitoring_location_code'),
    periodEnd: readDate(row, 'monitoring_period_end_date'),
    statisticalBaseCode: readRequired(row, 'statistical_base_code'),
    valueTypeCode: readRequired(row, 'value_type_code'),
    standardUnitCode: row.get('standard_unit_code'),
    standardUnitDesc: row.get('standard_unit_desc'),
    limit: readLimit(row),
    reported: readReported(row),
    nodiCode: row.get('nodi_code') || null,
  };
}

/** A value without a `dmr_value_id` (bulk non-receipt rows) is keyed by its DMR form value. */
function readDmrValueId(row: Row): string {
  const id = row.get('dmr_value_id');
  if (id !== '') return id;
  const formId = row.get('dmr_form_value_id');
  if (formId !== '') return `form-${formId}`;
  throw fieldError(row.row, 'dmr_value_id', 'is blank and so is dmr_form_value_id');
}

function readLimit(row: Row): QualifiedNumber<LimitQualifier> | null {
  const value = readNumber(row, 'limit_value_standard_units');
  if (value === null) return null;
  const qualifier = readCode(row, 'limit_value_qualifier_code', LIMIT_QUALIFIERS);
  return { value, qualifier: qualifier ?? qualifierFromBaseType(row) };
}

/** §11.3: without a qualifier, STATISTICAL_BASE_TYPE_CODE (MIN / AVG / MAX) decides the direction. */
function qualifierFromBaseType(row: Row): LimitQualifier {
  const type = row.get('statistical_base_type_code').toUpperCase();
  if (type === 'MIN') return '>=';
  if (type === 'MAX' || type === 'AVG' || type === 'TTL') return '<=';
  throw fieldError(
    row.row,
    'limit_value_qualifier_code',
    'is blank and statistical_base_type_code is not MIN, MAX, AVG or TTL',
  );
}

/** §9.10: a NODI code means no value, so nothing to compare. */
function readReported(row: Row): QualifiedNumber<ValueQualifier> | null {
  if (row.get('nodi_code') !== '') return null;
  const value = readNumber(row, 'dmr_value_standard_units') ?? sameUnitValue(row);
  if (value === null) return null;
  return { value, qualifier: readCode(row, 'dmr_value_qualifier_code', VALUE_QUALIFIERS) ?? '=' };
}

/** `dmr_value_nmbr` stands in for a blank standard-unit value only when it is already in standard units. */
function sameUnitValue(row: Row): string | null {
  const value = readNumber(row, 'dmr_value_nmbr');
  if (value === null) return null;
  if (row.get('dmr_unit_code') !== '' && row.get('dmr_unit_code') === row.get('standard_unit_code'))
    return value;
  throw fieldError(
    row.row,
    'dmr_value_standard_units',
    `is blank while dmr_value_nmbr is ${value} in another unit`,
  );
}

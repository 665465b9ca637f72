import { readDate, readNumber, readRequired } from '../echo/echo-fields';
import type { CsvRow } from '../echo/read-echo-csv';
import { decimalText } from './decimal-text';

/** One ECHO row as the permit import needs it: the limit and the reported value, in permit units. */
export interface EchoPermitRow {
  row: number;
  permit: string;
  feature: string;
  featureTypeCode: string | null;
  featureTypeName: string | null;
  limitSetId: string;
  seasonNumber: number;
  limitBegin: string | null;
  limitEnd: string | null;
  submissionMonths: number | null;
  parameterCode: string;
  parameterName: string;
  location: string;
  baseCode: string;
  baseName: string | null;
  baseType: string | null;
  slot: string;
  limitValue: string | null;
  limitQualifier: string | null;
  limitUnitCode: string | null;
  limitUnitText: string | null;
  periodEnd: string;
  dueDate: string | null;
  dmrValueKey: string;
  reportedValue: string | null;
  reportedQualifier: string | null;
  reportedUnitCode: string | null;
  reportedUnitText: string | null;
  nodiCode: string | null;
  violationCode: string | null;
}

function optional(row: CsvRow, column: string): string | null {
  const text = row.get(column);
  return text === '' ? null : text;
}

function optionalDate(row: CsvRow, column: string): string | null {
  return row.get(column) === '' ? null : readDate(row, column);
}

function exact(row: CsvRow, column: string): string | null {
  const text = readNumber(row, column);
  return text === null ? null : decimalText(text);
}

function whole(row: CsvRow, column: string): number | null {
  const text = readNumber(row, column);
  return text === null ? null : Number(text);
}

function limitPart(row: CsvRow) {
  return {
    limitSetId: row.get('limit_set_id') || row.get('limit_set_designator') || '0',
    seasonNumber: whole(row, 'limit_season_id') ?? 0,
    limitBegin: optionalDate(row, 'limit_begin_date'),
    limitEnd: optionalDate(row, 'limit_end_date'),
    submissionMonths: whole(row, 'nmbr_of_submission'),
    baseCode: readRequired(row, 'statistical_base_code'),
    baseName: optional(row, 'statistical_base_short_desc'),
    baseType: optional(row, 'statistical_base_type_code'),
    slot: readRequired(row, 'value_type_code'),
    limitValue: exact(row, 'limit_value_nmbr') ?? exact(row, 'limit_value_standard_units'),
    limitQualifier: optional(row, 'limit_value_qualifier_code'),
    limitUnitCode: optional(row, 'limit_unit_code') ?? optional(row, 'standard_unit_code'),
    limitUnitText: optional(row, 'limit_unit_desc') ?? optional(row, 'standard_unit_desc'),
  };
}

function reportedPart(row: CsvRow) {
  return {
    periodEnd: readDate(row, 'monitoring_period_end_date'),
    dueDate: optionalDate(row, 'dmr_due_date'),
    dmrValueKey: row.get('dmr_value_id') || `form-${row.get('dmr_form_value_id')}`,
    reportedValue: exact(row, 'dmr_value_nmbr') ?? exact(row, 'dmr_value_standard_units'),
    reportedQualifier: optional(row, 'dmr_value_qualifier_code'),
    reportedUnitCode: optional(row, 'dmr_unit_code'),
    reportedUnitText: optional(row, 'dmr_unit_desc'),
    nodiCode: optional(row, 'nodi_code'),
    violationCode: optional(row, 'violation_code'),
  };
}

/** Reads one row; throws `EchoFileError` naming the row and column on bad input. */
export function readEchoPermitRow(row: CsvRow): EchoPermitRow {
  const code = readRequired(row, 'parameter_code');
  return {
    row: row.row,
    permit: row.get('npdes_id') || readRequired(row, 'external_permit_nmbr'),
    feature: readRequired(row, 'perm_feature_nmbr'),
    featureTypeCode: optional(row, 'perm_feature_type_code'),
    featureTypeName: optional(row, 'perm_feature_type_desc'),
    parameterCode: code,
    parameterName: optional(row, 'parameter_desc') ?? code,
    location: readRequired(row, 'monitoring_location_code'),
    ...limitPart(row),
    ...reportedPart(row),
  };
}

import {
  DEFAULT_QC_SAMPLE_TYPES,
  type LabColumnMapping,
  LabField,
  type WideAnalyteColumn,
} from '../contracts/monitoring';
import { resolveUnit } from '../units/unit-catalog';
import { splitAnalyteHeader } from './analyte-header';
import { FIELD_HEADERS, headerKey } from './header-synonyms';
import { matchParameter } from './match-parameter';

/** A suggested mapping plus what it could not place, for the user to confirm and save per lab. */
export interface LabMappingSuggestion {
  readonly mapping: LabColumnMapping;
  /** Columns neither mapped to a field nor read as analytes (ignored on import). */
  readonly unmappedColumns: readonly string[];
}

function mapFields(header: readonly string[]): Partial<Record<LabField, string>> {
  const keys = header.map(headerKey);
  const taken = new Set<number>();
  const columns: Partial<Record<LabField, string>> = {};
  for (const field of LabField.options) {
    for (const synonym of FIELD_HEADERS[field]) {
      const i = keys.findIndex((k, j) => k === synonym && !taken.has(j));
      if (i >= 0) {
        columns[field] = header[i]!;
        taken.add(i);
        break;
      }
    }
  }
  return columns;
}

/** An analyte column: a header whose name is a known parameter, or that carries a known unit. */
function analyteOf(header: string): WideAnalyteColumn | null {
  const { name, unitText } = splitAnalyteHeader(header);
  const match = matchParameter({ name });
  const known = match.kind === 'matched';
  if (!known && (unitText === null || resolveUnit(unitText) === null)) return null;
  return { column: header, parameterText: name, parameterCode: known ? match.code : null, unitText };
}

/**
 * Suggests a column mapping from a header row. Long (one result per row) when the header has a
 * parameter and a value column; wide otherwise, with every other column that names an analyte or
 * carries a unit read as an analyte column ('Cu (mg/L)').
 */
export function suggestLabMapping(header: readonly string[]): LabMappingSuggestion {
  const columns = mapFields(header);
  const isLong = (columns.parameter || columns.cas || columns.parameterCode) && columns.value;
  const used = new Set(Object.values(columns));
  const analytes: WideAnalyteColumn[] = [];
  if (!isLong) {
    for (const field of ['parameter', 'value', 'unit', 'cas', 'parameterCode'] as const) {
      if (columns[field]) used.delete(columns[field]);
      delete columns[field];
    }
    for (const h of header) {
      const analyte = h.trim() && !used.has(h) ? analyteOf(h) : null;
      if (analyte) analytes.push(analyte);
    }
  }
  const inAnalytes = new Set(analytes.map((a) => a.column));
  const unmappedColumns = header.filter((h) => h.trim() !== '' && !used.has(h) && !inAnalytes.has(h));
  const mapping: LabColumnMapping = {
    layout: isLong ? 'long' : 'wide',
    columns,
    analytes,
    dateOrder: 'MDY',
    parameterAliases: {},
    qcSampleTypes: [...DEFAULT_QC_SAMPLE_TYPES],
  };
  return { mapping, unmappedColumns };
}

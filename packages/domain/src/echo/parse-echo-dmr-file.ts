import {
  type EpaVerdictColumn,
  EVALUATION_COLUMNS,
  type EvaluationColumn,
  REQUIRED_COLUMNS,
} from './echo-columns';
import { EchoFileError } from './echo-file-error';
import type { EchoDmrFile, EchoDmrValue, EpaVerdict } from './echo-types';
import { type CsvRow, readEchoCsv } from './read-echo-csv';
import { readEchoDmrValue } from './read-echo-dmr-value';
import { mergeEpaVerdicts, readEpaVerdict } from './read-epa-verdict';

/**
 * Parses an ECHO effluent-chart download or a bulk NPDES_DMRS file (domain-spec §11.3) into one
 * evaluation input per DMR value, plus EPA's verdicts kept in a separate structure.
 * Both layouts carry one row per DMR value × violation, so rows are grouped back by DMR value.
 */
export function parseEchoDmrFile(text: string): EchoDmrFile {
  const table = readEchoCsv(text);
  assertRequiredColumns(table.columns);
  const hasVerdicts = table.columns.has('violation_code');
  const values = new Map<string, EchoDmrValue>();
  const verdicts = new Map<string, EpaVerdict>();
  for (const row of table.rows) {
    const value = readEchoDmrValue(evaluationView(row));
    const first = values.get(value.dmrValueId);
    if (first) assertSameValue(first, value);
    else values.set(value.dmrValueId, value);
    if (!hasVerdicts) continue;
    const verdict = readEpaVerdict(row);
    const seen = verdicts.get(value.dmrValueId);
    verdicts.set(value.dmrValueId, seen ? mergeEpaVerdicts(seen, verdict) : verdict);
  }
  const hasPctColumn = table.columns.has('exceedence_pct' satisfies EpaVerdictColumn);
  return {
    values: [...values.values()],
    epa: hasVerdicts ? { hasPctColumn, byDmrValueId: verdicts } : null,
  };
}

const EVALUATION = new Set<string>(EVALUATION_COLUMNS);

/** The evaluation sees evaluation columns only, by type and at run time (issue 3, item 9). */
function evaluationView(row: CsvRow): CsvRow<EvaluationColumn> {
  return {
    row: row.row,
    get: (column) => {
      if (!EVALUATION.has(column)) throw new Error(`evaluation may not read column ${column}`);
      return row.get(column);
    },
  };
}

function assertRequiredColumns(columns: ReadonlySet<string>): void {
  const missing = REQUIRED_COLUMNS.filter((names) => !names.some((n) => columns.has(n)));
  if (missing.length === 0) return;
  const names = missing.map((alternatives) => alternatives.join(' or ')).join(', ');
  throw new EchoFileError(`missing required column${missing.length > 1 ? 's' : ''}: ${names}`);
}

const COMPARED: readonly [keyof EchoDmrValue, EvaluationColumn][] = [
  ['periodEnd', 'monitoring_period_end_date'],
  ['parameterCode', 'parameter_code'],
  ['statisticalBaseCode', 'statistical_base_code'],
  ['valueTypeCode', 'value_type_code'],
  ['limit', 'limit_value_standard_units'],
  ['reported', 'dmr_value_standard_units'],
  ['nodiCode', 'nodi_code'],
];

/** The repeated rows of one DMR value must agree on everything the evaluation reads. */
function assertSameValue(first: EchoDmrValue, again: EchoDmrValue): void {
  for (const [field, column] of COMPARED) {
    if (JSON.stringify(first[field]) === JSON.stringify(again[field])) continue;
    throw new EchoFileError(
      `row ${again.row}, column ${column}: DMR value ${again.dmrValueId} also appears on row ${first.row} with a different value`,
      { row: again.row, column },
    );
  }
}

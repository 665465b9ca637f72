import type { LabColumnMapping, LabField, LabRowProblem, WideAnalyteColumn } from '../contracts/monitoring';
import type { LabRow, LabTable } from './lab-table';
import type { RawResult } from './raw-result';

type ColumnIndex = Partial<Record<LabField, number>>;

/** Column positions of the mapped fields; a mapped column missing from the file is a problem. */
function indexColumns(table: LabTable, mapping: LabColumnMapping, problems: LabRowProblem[]): ColumnIndex {
  const position = (name: string) =>
    table.header.findIndex((h) => h.toLowerCase() === name.trim().toLowerCase());
  const index: ColumnIndex = {};
  for (const [field, name] of Object.entries(mapping.columns) as [LabField, string][]) {
    const i = position(name);
    if (i >= 0) index[field] = i;
    else problems.push(missing(table, name, field));
  }
  return index;
}

function missing(table: LabTable, name: string, what: string): LabRowProblem {
  return {
    row: table.headerRow,
    column: name,
    code: 'missing_column',
    message: `column '${name}' (${what}) named in the lab's mapping is not in the file`,
  };
}

const ANALYTE_FIELDS: ReadonlySet<LabField> = new Set<LabField>([
  'parameter',
  'parameterCode',
  'unit',
  'value',
]);

/** One raw result with its cells trimmed once (buildCandidate reads each several times). */
class RawRow implements RawResult {
  constructor(
    readonly row: number,
    private readonly values: Partial<Record<LabField, string>>,
    private readonly mapping: LabColumnMapping,
    private readonly analyte: { column: number; spec: WideAnalyteColumn } | null,
  ) {}

  get column(): string | null {
    return this.analyte?.spec.column ?? null;
  }

  cell(field: LabField): string {
    return this.values[field] ?? '';
  }

  header(field: LabField): string {
    return this.analyte && ANALYTE_FIELDS.has(field)
      ? this.analyte.spec.column
      : (this.mapping.columns[field] ?? field);
  }
}

function rawOf(
  row: LabRow,
  index: readonly (readonly [LabField, number])[],
  mapping: LabColumnMapping,
  analyte: { column: number; spec: WideAnalyteColumn } | null,
): RawResult {
  const values: Partial<Record<LabField, string>> = {};
  for (const [field, i] of index) values[field] = (row.cells[i] ?? '').trim();
  if (analyte) {
    values.parameter = analyte.spec.parameterText;
    values.parameterCode = analyte.spec.parameterCode ?? '';
    values.unit = analyte.spec.unitText ?? '';
    values.value = (row.cells[analyte.column] ?? '').trim();
  }
  return new RawRow(row.row, values, mapping, analyte);
}

/**
 * The raw results of a table: one per row (long), or one per filled analyte cell (wide; an empty
 * cell means "not analysed", unlike a long file's blank result, which is a non-detect).
 */
export function rawResultsOf(
  table: LabTable,
  mapping: LabColumnMapping,
): { raws: RawResult[]; problems: LabRowProblem[] } {
  const problems: LabRowProblem[] = [];
  const index = Object.entries(indexColumns(table, mapping, problems)) as [LabField, number][];
  if (mapping.layout === 'long')
    return { raws: table.rows.map((r) => rawOf(r, index, mapping, null)), problems };
  const analytes: { column: number; spec: WideAnalyteColumn }[] = [];
  for (const spec of mapping.analytes) {
    const column = table.header.findIndex((h) => h.toLowerCase() === spec.column.trim().toLowerCase());
    if (column >= 0) analytes.push({ column, spec });
    else problems.push(missing(table, spec.column, 'analyte'));
  }
  const raws: RawResult[] = [];
  for (const row of table.rows) {
    for (const a of analytes) {
      if ((row.cells[a.column] ?? '').trim() !== '') raws.push(rawOf(row, index, mapping, a));
    }
  }
  return { raws, problems };
}

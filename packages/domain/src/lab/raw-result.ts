import type { LabField } from '../contracts/monitoring';

/** One result's cells before normalisation: a long row, or one analyte cell of a wide row. */
export interface RawResult {
  readonly row: number;
  /** Wide layout: the analyte column. */
  readonly column: string | null;
  /** The trimmed cell text of a field ('' when the field is unmapped or the cell is empty). */
  cell(field: LabField): string;
  /** The column name a problem with this field should point at. */
  header(field: LabField): string;
}

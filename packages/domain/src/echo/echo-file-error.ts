/** Bad input in an ECHO file. The message names the row and column so the user can fix the file. */
export class EchoFileError extends Error {
  readonly row: number | null;
  readonly column: string | null;

  constructor(message: string, where: { row?: number; column?: string } = {}) {
    super(message);
    this.name = 'EchoFileError';
    this.row = where.row ?? null;
    this.column = where.column ?? null;
  }
}

/** "row 17, column dmr_value_standard_units: 'abc' is not a number". */
export function fieldError(row: number, column: string, problem: string): EchoFileError {
  return new EchoFileError(`row ${row}, column ${column}: ${problem}`, { row, column });
}

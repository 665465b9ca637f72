/** A lab file that cannot be read at all (not CSV, no header). Row problems are data, not errors. */
export class LabFileError extends Error {
  readonly row: number | null;

  constructor(message: string, row: number | null = null) {
    super(message);
    this.name = 'LabFileError';
    this.row = row;
  }
}

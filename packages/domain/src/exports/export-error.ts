/** One problem found while reading an export back, naming where it is. */
export interface ExportReadIssue {
  path: string;
  message: string;
}

/** A file written by (or for) the exports could not be read back; every problem is listed. */
export class ExportReadError extends Error {
  constructor(readonly issues: readonly ExportReadIssue[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join('; '));
    this.name = 'ExportReadError';
  }
}

import { createHash } from 'node:crypto';
import type { PermitImportResult, PermitImportSource } from '@outfall/domain/contracts/permits';
import { importEchoPermit, importNetDmrCopyOfRecord } from '@outfall/domain/imports/index';
import { AppError } from '../errors';

const READERS = { netdmr_xml: importNetDmrCopyOfRecord, echo_csv: importEchoPermit } as const;
const MAX_FIELDS = 50;

/**
 * Reads a permit file into permit content, or refuses it whole naming every element or row at
 * fault (nothing is saved from a malformed file).
 */
export function readPermitFile(
  source: PermitImportSource,
  fileName: string,
  text: string,
): PermitImportResult {
  const outcome = READERS[source](text);
  if (outcome.ok) return outcome.result;
  const first = outcome.errors[0];
  const where = first ? `${first.path}: ${first.message}` : 'the file could not be read';
  const more = outcome.errors.length > 1 ? ` (and ${outcome.errors.length - 1} more problems)` : '';
  throw new AppError(
    'validation_failed',
    `${fileName} was refused, nothing was imported: ${where}${more}`,
    outcome.errors.slice(0, MAX_FIELDS).map((e) => ({ path: e.path, message: e.message })),
  );
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

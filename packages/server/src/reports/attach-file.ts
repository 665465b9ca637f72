import { randomUUID } from 'node:crypto';
import type { AttachReportFileInput } from '@outfall/domain/contracts/reports';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/connect';
import { AppError } from '../errors';
import { detectMediaType, sanitizeFileName } from '../storage/file-checks';
import { sha256 } from './copy-of-record';
import { prepareReport } from './prepare-report';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** Attaches a file to the report's draft: checked, stored immutably with its SHA-256, audited. */
export async function attachFile({
  db,
  actor,
  reportId,
  input,
}: {
  db: Db;
  actor: Actor;
  reportId: string;
  input: AttachReportFileInput;
}) {
  const bytes = Buffer.from(input.base64, 'base64');
  const name = sanitizeFileName(input.fileName);
  if (bytes.length === 0)
    throw new AppError('validation_failed', 'The file is empty', [{ path: 'base64', message: 'is empty' }]);
  if (bytes.length > MAX_ATTACHMENT_BYTES)
    throw new AppError('validation_failed', `The file “${name}” is larger than 10 MB`, [
      { path: 'base64', message: `is ${(bytes.length / 1048576).toFixed(1)} MB; at most 10 MB` },
    ]);
  const mediaType = await detectMediaType(bytes, name);
  const id = randomUUID();
  await prepareReport({
    db,
    actor,
    reportId,
    attachment: {
      id,
      name,
      mediaType,
      size: bytes.length,
      sha256: sha256(bytes),
      bytes,
      createdByUserId: actor.userId,
    },
  });
  return id;
}

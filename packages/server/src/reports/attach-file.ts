import { randomUUID } from 'node:crypto';
import type { AttachReportFileInput } from '@outfall/domain/contracts/reports';
import { fileTypeFromBuffer } from 'file-type';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/connect';
import { AppError } from '../errors';
import { sha256 } from './copy-of-record';
import { prepareReport } from './prepare-report';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** What a report may carry, by the type detected from the bytes (never from the name). */
const ALLOWED = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/tiff',
  'image/webp',
  'image/heic',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.text',
  'application/xml',
]);

/** A file name without folders, control characters or anything a shell or a header could trip on. */
export function sanitizeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = Array.from(base)
    .filter((c) => c.charCodeAt(0) >= 32 && c.charCodeAt(0) !== 127 && !'"<>|:*?'.includes(c))
    .join('')
    .replace(/^\.+/, '')
    .trim();
  return (clean || 'attachment').slice(0, 200);
}

function isPlainText(bytes: Buffer): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The media type from the content; plain UTF-8 text is text/csv or text/plain by its name. */
export async function detectMediaType(bytes: Buffer, name: string): Promise<string> {
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) {
    if (ALLOWED.has(detected.mime)) return detected.mime;
    throw new AppError(
      'validation_failed',
      `The file “${name}” is ${detected.mime} (.${detected.ext}) by its content, whatever its name: attach PDF, images, spreadsheets, documents or text`,
      [{ path: 'fileName', message: `content is ${detected.mime}, which cannot be attached` }],
    );
  }
  if (isPlainText(bytes)) return /\.csv$/i.test(name) ? 'text/csv' : 'text/plain';
  throw new AppError('validation_failed', `The file “${name}” is not a type that can be attached`, [
    { path: 'fileName', message: 'content type not recognised' },
  ]);
}

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

import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../errors';

/**
 * Checks shared by every upload (report attachments, documents): the file name is sanitized and the
 * media type is detected from the bytes, never from the name; executables and scripts are refused.
 */

/** What may be uploaded, by the type detected from the bytes. */
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

export function isPlainText(bytes: Buffer): boolean {
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

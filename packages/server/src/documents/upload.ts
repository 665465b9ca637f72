import { createHash, randomUUID } from 'node:crypto';
import { AppError } from '../errors';
import { detectMediaType, sanitizeFileName } from '../storage/file-checks';
import type { StorageProvider } from '../storage/index';
import { extractText } from './extract-text';

/** Largest document version (the bytes, after base64 decoding). */
export const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;

export interface CheckedUpload {
  bytes: Buffer;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  text: string | null;
}

/** Decodes, sizes, types (from the bytes) and digests an upload, and extracts its text. */
export async function checkUpload(input: { fileName: string; base64: string }): Promise<CheckedUpload> {
  const fileName = sanitizeFileName(input.fileName);
  const bytes = Buffer.from(input.base64, 'base64');
  if (bytes.length === 0)
    throw new AppError('validation_failed', `The file “${fileName}” is empty`, [
      { path: 'base64', message: 'is empty' },
    ]);
  if (bytes.length > MAX_DOCUMENT_BYTES)
    throw new AppError('validation_failed', `The file “${fileName}” is larger than 25 MB`, [
      { path: 'base64', message: `is ${(bytes.length / 1048576).toFixed(1)} MB; at most 25 MB` },
    ]);
  const mediaType = await detectMediaType(bytes, fileName);
  return {
    bytes,
    fileName,
    mediaType,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    text: await extractText(bytes, mediaType),
  };
}

/**
 * Stores the bytes under a new key before the transaction that records them; `run` is that
 * transaction. If it fails the bytes are removed again, so nothing is left unreferenced.
 */
export async function withStoredBytes<T>(
  storage: StorageProvider,
  documentId: string,
  bytes: Buffer,
  run: (key: string) => Promise<T>,
): Promise<T> {
  const key = `documents/${documentId}/${randomUUID()}`;
  await storage.put(key, bytes);
  try {
    return await run(key);
  } catch (err) {
    await storage.delete(key).catch(() => undefined);
    throw err;
  }
}

/**
 * Where file bytes live. A provider stores bytes under a key the caller chooses (keys are made of
 * letters, digits, `-`, `_`, `.` and `/`, never `..`); the records keep the provider's name and the key.
 */
export interface StorageProvider {
  readonly name: StorageKind;
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the bytes; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
}

export type StorageKind = 'database' | 'disk' | 's3';

const KEY = /^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*$/;

/** Refuses a key that could leave the provider's space (folders, `..`, odd characters). */
export function checkKey(key: string): string {
  if (!KEY.test(key) || key.split('/').some((part) => part === '..' || part === '.'))
    throw new Error(`Invalid storage key: ${key}`);
  return key;
}

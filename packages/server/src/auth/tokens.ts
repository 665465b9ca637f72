import { createHash, randomBytes } from 'node:crypto';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are stored only as their SHA-256: a leaked table holds no usable session or invitation. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Bearer secrets (session cookies, invitation links, attempt tokens): `<row id>.<secret>`, the row
 * found by its id, the secret compared to its stored SHA-256 in constant time. The database never
 * holds a usable secret, and a wrong one takes as long to refuse as a nearly right one.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, base64url. */
export const newSecret = (): string => randomBytes(32).toString('base64url');

export const hashSecret = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex');

/** Whether `secret` is the one whose hash is stored, compared in constant time. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Splits `<uuid>.<secret>`; null when it is not one (refused before any database look-up). */
export function splitToken(token: string | undefined): { id: string; secret: string } | null {
  if (!token || token.length > 200) return null;
  const dot = token.indexOf('.');
  const id = token.slice(0, dot);
  const secret = token.slice(dot + 1);
  return dot > 0 && UUID.test(id) && /^[\w-]{20,100}$/.test(secret) ? { id, secret } : null;
}

/**
 * Fingerprints of exchanged records: SHA-256 (@noble/hashes, which works on plain http pages where
 * `crypto.subtle` does not) of their canonical JSON. An exam's fingerprint covers every setting,
 * extra time included, so an exam edited in a candidate's report no longer matches the examiner's;
 * a review names the report it reviews by the report's hash. Pure: runs in Node and the browser.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Exam } from '../records/exam-file';

/** SHA-256 of a UTF-8 string, as 64 hex digits. */
export const sha256Hex = (text: string): string => bytesToHex(sha256(utf8ToBytes(text)));

/** JSON with object keys sorted at every level, so the same content always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The SHA-256 of a record's canonical JSON: the same content gives the same hash, whatever its layout. */
export const recordHash = (value: unknown): string => sha256Hex(canonicalJson(value));

/** "3f2a-9c41-b7e0": the first 48 bits of the hash of every setting of the exam, extra time included. */
export function examFingerprint(exam: Exam): string {
  const hex = recordHash(exam).slice(0, 12);
  return `${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}`;
}

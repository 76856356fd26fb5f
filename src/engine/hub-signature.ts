/**
 * Ed25519 signatures of hub results (@noble/curves: audited, pure JavaScript, the same code in Node and
 * the browser). The hub signs the canonical JSON of the result (fingerprint.ts); anyone holding the
 * hub's public key checks it offline. A key id is the first 16 hex digits of the key's SHA-256, short
 * enough to read out over the phone.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import * as v from 'valibot';
import { HUB_RESULT_FORMAT, type HubResult, HubResultSchema, type HubSigned } from '../records/hub-result';
import { canonicalJson, sha256Hex } from './fingerprint';

export interface HubKeyPair {
  id: string;
  publicKey: string;
  privateKey: string;
}

export const keyIdOf = (publicKeyHex: string): string => sha256Hex(publicKeyHex.toLowerCase()).slice(0, 16);

/** A new key pair from 32 random bytes (the caller's: node:crypto on the hub). */
export function hubKeyFrom(secretKey: Uint8Array): HubKeyPair {
  const publicKey = bytesToHex(ed25519.getPublicKey(secretKey));
  return { id: keyIdOf(publicKey), publicKey, privateKey: bytesToHex(secretKey) };
}

const signedBytes = (body: HubSigned): Uint8Array => utf8ToBytes(canonicalJson(body));

export function signHubResult(body: Omit<HubSigned, 'hub'>, key: HubKeyPair): HubResult {
  const signed: HubSigned = { ...body, hub: { keyId: key.id, publicKey: key.publicKey } };
  return { ...signed, signature: bytesToHex(ed25519.sign(signedBytes(signed), hexToBytes(key.privateKey))) };
}

export type HubCheck =
  | { ok: true; result: HubResult; trusted: boolean }
  | { ok: false; code: 'unreadable' | 'bad-signature' | 'other-hub'; details: string[]; result?: HubResult };

/** Whether a parsed value claims to be a hub result (its format), before it is checked. */
export const isHubResult = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && (data as { format?: unknown }).format === HUB_RESULT_FORMAT;

/** A key as people paste it: hex, any case, spaces and colons ignored; null when it is not 32 bytes. */
export function normaliseKey(text: string): string | null {
  const hex = text.replace(/[\s:]/g, '').toLowerCase();
  return /^[0-9a-f]{64}$/.test(hex) ? hex : null;
}

/**
 * Checks a hub result: its shape, then its signature by the key it names, then that this key is the
 * hub's (`trustedKey`, as the examiner's hub page shows it). Without a trusted key, a good signature
 * says only that the file was not changed since some key signed it: `trusted` is false.
 */
export function verifyHubResult(data: unknown, trustedKey?: string | null): HubCheck {
  const parsed = v.safeParse(HubResultSchema, data);
  if (!parsed.success)
    return {
      ok: false,
      code: 'unreadable',
      details: parsed.issues.slice(0, 10).map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`),
    };
  const result = parsed.output;
  const { signature, ...body } = result;
  let good = false;
  try {
    good = ed25519.verify(hexToBytes(signature), signedBytes(body), hexToBytes(result.hub.publicKey));
  } catch {
    good = false;
  }
  if (!good)
    return {
      ok: false,
      code: 'bad-signature',
      details: ['the signature does not match the content: the file was changed after the hub signed it'],
      result,
    };
  const trusted = trustedKey ? normaliseKey(trustedKey) : null;
  if (trusted && trusted !== result.hub.publicKey)
    return {
      ok: false,
      code: 'other-hub',
      details: [`signed by the key ${result.hub.keyId}, not by the hub key ${keyIdOf(trusted)} given`],
      result,
    };
  return { ok: true, result, trusted: trusted !== null };
}

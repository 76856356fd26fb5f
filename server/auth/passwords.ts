/**
 * Passwords hashed with argon2id (@node-rs/argon2: prebuilt binaries from npm, no toolchain; it hashes
 * on libuv's thread pool, so a login does not stall every other request the way a WebAssembly hash on
 * the main thread would). Parameters: OWASP's first argon2id line (19 MiB, 2 passes, 1 lane).
 */
import { hash, verify } from '@node-rs/argon2';

/** Algorithm.Argon2id (a const enum, which isolated modules cannot read). */
const ARGON2ID = 2;
const COST = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD = 12;
export const MAX_PASSWORD = 256;

export const hashPassword = (password: string): Promise<string> => hash(password, COST);

/**
 * Whether the password is the account's. With no account, a dummy hash is checked all the same,
 * so that "no such e-mail" takes as long as "wrong password" and does not tell which accounts exist.
 */
export async function checkPassword(password: string, stored: string | null): Promise<boolean> {
  const target = stored ?? (await dummy());
  try {
    const ok = await verify(target, password);
    return ok && stored !== null;
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | null = null;
const dummy = () => (dummyHash ??= hashPassword('not an account: the time of a real check'));

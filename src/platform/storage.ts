/**
 * Browser storage behind a small interface so the store runs in Node with a Map.
 * A value that cannot be read is set aside under a ".corrupt" key (never deleted) and reported.
 */
import type { Result } from '../core/types';

export interface KeyValue {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const memoryStorage = (): KeyValue => {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      map.set(k, v);
    },
    removeItem: (k) => {
      map.delete(k);
    },
  };
};

export type ReadResult<T> = { status: 'missing' } | { status: 'ok'; value: T } | { status: 'set-aside'; key: string; reason: string };

const PREFIX = 'frontline.';
/** The full name of a key in the browser's storage. */
export const storageKey = (key: string): string => PREFIX + key;

export class SafeStorage {
  constructor(private readonly backend: KeyValue) {}

  /** Reads and checks a stored value; anything unreadable is moved aside (kept) so play can continue. */
  read<T>(key: string, parse: (raw: string) => Result<T, string>): ReadResult<T> {
    let raw: string | null;
    try {
      raw = this.backend.getItem(PREFIX + key);
    } catch {
      return { status: 'missing' };
    }
    if (raw === null) return { status: 'missing' };
    const read = parse(raw);
    if (read.ok) return { status: 'ok', value: read.value };
    const aside = `${PREFIX}${key}.corrupt`;
    try {
      this.backend.setItem(aside, raw);
      this.backend.removeItem(PREFIX + key);
    } catch {
      /* storage full or blocked: leave the original in place */
    }
    return { status: 'set-aside', key: aside, reason: read.error };
  }

  remove(key: string): void {
    try {
      this.backend.removeItem(PREFIX + key);
    } catch {
      /* blocked: nothing more to do */
    }
  }

  /** Writes a JSON value; returns false when the browser refuses (quota, private mode). */
  write(key: string, value: unknown): boolean {
    try {
      this.backend.setItem(PREFIX + key, JSON.stringify(value));
      return true;
    } catch {
      return false;
    }
  }
}

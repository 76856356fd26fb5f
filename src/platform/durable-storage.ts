/**
 * The run in progress, the reports, the exam being sat and the exams finished live in IndexedDB;
 * settings and the career stay in localStorage. Chromium keeps a large localStorage value in memory
 * for many seconds before writing it to disk, so a browser killed after a decision lost it; IndexedDB
 * writes go to disk as they are made. The store keeps its synchronous key-value interface: this
 * backend loads those keys once at start, answers reads from memory, and writes each change through —
 * the run as its header plus only the log entries added since the last write.
 */
import { type UseStore, createStore, delMany, entries, setMany } from 'idb-keyval';
import type { KeyValue } from './storage';

const RUN = 'frontline.run';
/** Keys kept in IndexedDB (and their ".corrupt" copies); any other key stays in the fallback. */
const DURABLE = [RUN, 'frontline.reports', 'frontline.exam', 'frontline.exams-done'];
const durable = (key: string) => DURABLE.some((k) => key === k || key.startsWith(`${k}.`));
const HEAD = 'run/head';
const entryKey = (i: number) => `run/log/${String(i).padStart(6, '0')}`;

interface RunHead {
  /** The saved run without its log, as JSON; the log is kept entry by entry. */
  head: string;
  length: number;
}

/** The run's JSON back from its header and as many of its log entries as were written. */
function assembleRun(head: RunHead, log: Map<string, string>): string | null {
  const entries: string[] = [];
  for (let i = 0; i < head.length; i++) {
    const entry = log.get(entryKey(i));
    if (entry === undefined) break;
    entries.push(entry);
  }
  const run = JSON.parse(head.head) as Record<string, unknown>;
  return JSON.stringify({ ...run, log: entries.map((e) => JSON.parse(e) as unknown) });
}

export interface DurableStorage extends KeyValue {
  /** Resolves once every write made so far has reached IndexedDB. */
  flushed(): Promise<void>;
}

/**
 * Opens the durable storage over `local` (the browser's localStorage). Saves found in localStorage
 * from earlier versions move to IndexedDB once, and are removed there only after IndexedDB has them.
 * Without IndexedDB (private modes, old browsers) it is `local` itself.
 */
export async function openDurableStorage(local: KeyValue, name = 'frontline'): Promise<KeyValue | DurableStorage> {
  let db: UseStore;
  const memory = new Map<string, string>();
  try {
    if (typeof indexedDB === 'undefined') return local;
    db = createStore(name, 'saves');
    const stored = new Map((await entries<string, unknown>(db)).map(([k, v]) => [k, v]));
    const log = new Map([...stored].filter(([k]) => k.startsWith('run/log/')) as [string, string][]);
    const head = stored.get(HEAD) as RunHead | undefined;
    if (head) {
      const run = assembleRun(head, log);
      if (run !== null) memory.set(RUN, run);
    }
    for (const [k, v] of stored) if (!k.startsWith('run/') && typeof v === 'string') memory.set(k, v);
  } catch {
    return local;
  }

  let chain: Promise<void> = Promise.resolve();
  let failed = false;
  /** What of the run IndexedDB holds: its entries' count and the JSON of its last one. */
  let written: { length: number; last: string } | null = null;
  const runNow = memory.get(RUN);
  if (runNow) {
    const log = (JSON.parse(runNow) as { log: unknown[] }).log;
    written = { length: log.length, last: JSON.stringify(log[log.length - 1]) };
  }
  const queue = (write: () => Promise<void>) => {
    chain = chain.then(write).then(
      () => {
        failed = false;
      },
      () => {
        failed = true;
        // What IndexedDB holds of the run is no longer known: the next write of it writes it whole.
        written = null;
      },
    );
  };
  const writeRun = (value: string) => {
    const { log, ...rest } = JSON.parse(value) as { log: unknown[] };
    const texts = log.map((e) => JSON.stringify(e));
    // Only what was added since the last write, when the log grew from what IndexedDB holds.
    const from = written && written.length <= texts.length && texts[written.length - 1] === written.last ? written.length : 0;
    const stale = written && from === 0 ? written.length : 0;
    written = { length: texts.length, last: texts[texts.length - 1] ?? '' };
    const puts: [string, unknown][] = texts.slice(from).map((t, k) => [entryKey(from + k), t]);
    const head: RunHead = { head: JSON.stringify(rest), length: texts.length };
    queue(async () => {
      if (stale > texts.length)
        await delMany(
          Array.from({ length: stale - texts.length }, (_, k) => entryKey(texts.length + k)),
          db,
        );
      await setMany([...puts, [HEAD, head]], db);
    });
  };

  const storage: DurableStorage = {
    getItem: (key) => (durable(key) ? (memory.get(key) ?? null) : local.getItem(key)),
    setItem(key, value) {
      if (!durable(key)) return local.setItem(key, value);
      const refused = failed;
      memory.set(key, value);
      if (key === RUN) writeRun(value);
      else queue(() => setMany([[key, value]], db));
      // A write IndexedDB refused (quota) is told on the next one, which tries again.
      if (refused) throw new DOMException('IndexedDB refused the last write', 'QuotaExceededError');
    },
    removeItem(key) {
      if (!durable(key)) return local.removeItem(key);
      memory.delete(key);
      if (key === RUN) {
        const length = written?.length ?? 0;
        written = null;
        queue(() => delMany([HEAD, ...Array.from({ length }, (_, i) => entryKey(i))], db));
      } else queue(() => delMany([key], db));
    },
    flushed: () => chain,
  };

  // Saves of earlier versions: moved once, removed from localStorage once IndexedDB has them.
  const moved: string[] = [];
  for (const key of DURABLE.flatMap((k) => [k, `${k}.corrupt`])) {
    const value = local.getItem(key);
    if (value === null) continue;
    if (!memory.has(key)) storage.setItem(key, value);
    moved.push(key);
  }
  if (moved.length > 0) {
    await storage.flushed();
    if (!failed) for (const key of moved) local.removeItem(key);
  }
  return storage;
}

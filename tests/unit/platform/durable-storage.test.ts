/**
 * The durable backend: the run goes to IndexedDB as its header and the log entries added since the
 * last write; a reopened database gives the same run back; saves of earlier versions move over once.
 */
import 'fake-indexeddb/auto';
import { createStore, entries } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { type DurableStorage, openDurableStorage } from '../../../src/platform/durable-storage';
import { memoryStorage } from '../../../src/platform/storage';

let n = 0;
const fresh = () => `test-${++n}`;
const run = (entries: number) =>
  JSON.stringify({
    version: 1,
    scenario: 'mini',
    seed: 3,
    startedAt: 'x',
    clock: entries * 10,
    log: Array.from({ length: entries }, (_, i) => ({ type: i === 0 ? 'start' : 'hint', postId: `p${i}`, t: i * 10, at: i })),
  });
const keysIn = async (name: string) => (await entries(createStore(name, 'saves'))).map(([k]) => String(k)).sort();

describe('durable storage', () => {
  it('writes only what the run added, and reads it back after a restart', async () => {
    const name = fresh();
    const local = memoryStorage();
    const storage = (await openDurableStorage(local, name)) as DurableStorage;
    storage.setItem('frontline.run', run(3));
    storage.setItem('frontline.run', run(5));
    await storage.flushed();
    expect(await keysIn(name)).toEqual(['run/head', ...[0, 1, 2, 3, 4].map((i) => `run/log/00000${i}`)]);
    expect(local.getItem('frontline.run')).toBeNull();
    const again = await openDurableStorage(memoryStorage(), name);
    expect(again.getItem('frontline.run')).toBe(run(5));
    again.removeItem('frontline.run');
    await (again as DurableStorage).flushed();
    expect(await keysIn(name)).toEqual([]);
  });

  it('keeps settings in the fallback and reports in IndexedDB', async () => {
    const name = fresh();
    const local = memoryStorage();
    const storage = (await openDurableStorage(local, name)) as DurableStorage;
    storage.setItem('frontline.settings', '{"a":1}');
    storage.setItem('frontline.reports', '[1]');
    await storage.flushed();
    expect(local.getItem('frontline.settings')).toBe('{"a":1}');
    expect(local.getItem('frontline.reports')).toBeNull();
    expect((await openDurableStorage(memoryStorage(), name)).getItem('frontline.reports')).toBe('[1]');
  });

  it('a new run replaces the old one whole', async () => {
    const name = fresh();
    const storage = (await openDurableStorage(memoryStorage(), name)) as DurableStorage;
    storage.setItem('frontline.run', run(6));
    const other = run(2).replace('"seed":3', '"seed":4');
    storage.setItem('frontline.run', other);
    await storage.flushed();
    expect((await openDurableStorage(memoryStorage(), name)).getItem('frontline.run')).toBe(other);
    expect(await keysIn(name)).toEqual(['run/head', 'run/log/000000', 'run/log/000001']);
  });

  it('moves the saves of earlier versions from localStorage once, losing nothing', async () => {
    const name = fresh();
    const local = memoryStorage();
    local.setItem('frontline.run', run(4));
    local.setItem('frontline.reports', '[{"r":1}]');
    local.setItem('frontline.exam', '{"e":1}');
    local.setItem('frontline.progress', '{"p":1}');
    const storage = await openDurableStorage(local, name);
    expect(storage.getItem('frontline.run')).toBe(run(4));
    expect(storage.getItem('frontline.exam')).toBe('{"e":1}');
    expect(local.getItem('frontline.run')).toBeNull();
    expect(local.getItem('frontline.reports')).toBeNull();
    expect(local.getItem('frontline.progress')).toBe('{"p":1}');
    const later = await openDurableStorage(memoryStorage(), name);
    expect(later.getItem('frontline.reports')).toBe('[{"r":1}]');
  });
});

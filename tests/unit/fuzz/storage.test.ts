/**
 * Storage fuzz: whatever sits in localStorage under the game's keys — truncated writes, old
 * versions, hand edits, hostile strings, absurd numbers — the store starts, resumes or sets the
 * value aside, and a scenario can still be played to its debrief. Storage that throws (private
 * mode, quota) too. The keys are the ones a real session writes, found by recording one.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/core/rng';
import { createGameStore, type GameStore } from '../../../src/state';
import { readRecord } from '../../../src/records/read';
import { type KeyValue, memoryStorage } from '../../../src/platform/storage';
import type { ScenarioEntry } from '../../../src/content/catalog';
import { fixtureLibrary } from '../../support/helpers';
import { corruptText } from '../../support/fuzz/mutate';
import { SCORE_KEYS } from '../../support/fuzz/playthroughs';

const CASES_PER_KEY = Number(process.env.FUZZ_STORAGE_CASES ?? 60);
/**
 * Game-time fields of a saved run are capped in the random corruptions: beyond ~1e5 s, restore()
 * replays the community minute by minute and the page freezes (see the known bug below).
 */
const TIME_FIELDS = { fields: new Set(['clock', 't']), max: 100_000 };

const lib = fixtureLibrary();
const entries: ScenarioEntry[] = lib.scenarios.map((s) => ({
  manifest: s.manifest,
  charter: s.charter,
  loadStory: { fr: async () => s.stories.fr, en: async () => s.stories.en },
}));
const SCENARIO = entries[0]!.manifest.id;
const makeStore = (storage: KeyValue) =>
  createGameStore({ scenarios: entries, storage, defaultLocale: 'fr', newSeed: () => 99, now: () => 1_700_000_000_000 });

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Plays the store's selected scenario to its debrief, picking the first option each time. */
async function playToDebrief(store: GameStore): Promise<void> {
  store.getState().backToMenu();
  store.getState().openBriefing(SCENARIO);
  await store.getState().start();
  for (let i = 0; i < 400 && store.getState().screen === 'desk'; i++) {
    const s = store.getState().session!;
    const open = s.feed.find((p) => p.state === 'open');
    if (open && i % 3 === 0) store.getState().choose(open.id, s.visibleOptions(open.id)[0]!.index);
    else if (open && i % 3 === 1) store.getState().write(open.id, 'Bonjour, désolés pour ce souci, écrivez-nous en privé.');
    else store.getState().skipAhead();
    store.getState().tick(1000);
  }
  const { screen, debrief } = store.getState();
  if (screen !== 'debrief' || !debrief) throw new Error(`no debrief (screen ${screen})`);
  for (const k of SCORE_KEYS) {
    const v = debrief.card.scores[k];
    if (!Number.isInteger(v) || v < 0 || v > 100) throw new Error(`score ${k} = ${v}`);
  }
}

/** What a real session leaves in storage, key by key (a run in progress, then the finished state). */
async function realSaves(): Promise<Map<string, string>> {
  const storage = memoryStorage();
  const written = new Map<string, string>();
  const recording: KeyValue = {
    getItem: (k) => storage.getItem(k),
    setItem: (k, v) => {
      storage.setItem(k, v);
      written.set(k, v);
    },
    removeItem: (k) => storage.removeItem(k),
  };
  const store = makeStore(recording);
  store.getState().setSettings({ textScale: 1.5, highContrast: true });
  store.getState().openBriefing(SCENARIO);
  await store.getState().start();
  store.getState().tick(1000);
  store.getState().tick(1000);
  const s = store.getState().session!;
  const open = s.feed.find((p) => p.state === 'open');
  if (open) store.getState().choose(open.id, s.visibleOptions(open.id)[0]!.index);
  store.getState().saveNow();
  await playToDebrief(store);
  return written;
}

/** What the game keeps of an exam being sat: a valid exam loaded and begun. */
function realExamSave(): string {
  const storage = memoryStorage();
  const store = makeStore(storage);
  const exam = {
    format: 'frontline-exam',
    version: 1,
    id: 'fuzz',
    title: 'Fuzz',
    locale: 'fr',
    seed: 5,
    scenarios: [SCENARIO],
    minutesPerScenario: 10,
    minutesTotal: 10,
    passMark: 60,
    freeTextRequired: false,
    showScores: true,
    candidate: ['name'],
  };
  expect(store.getState().loadExam(JSON.stringify(exam), 'exam.json')).toBeNull();
  store.getState().beginExam({ name: 'Ana' });
  return storage.getItem('frontline.exam')!;
}

const saves = await realSaves();
const examSave = realExamSave();
const gameKeys = [...saves.keys()].filter((k) => k.startsWith('frontline.') && !k.endsWith('.corrupt'));

describe('corrupted storage', () => {
  it('covers every key the game writes', () => {
    console.log(`[fuzz] storage keys written by a real session: ${gameKeys.join(', ')}`);
    for (const k of ['settings', 'progress', 'run', 'reports']) expect(gameKeys).toContain(`frontline.${k}`);
    expect(examSave).toContain('"fuzz"');
  });

  it(`frontline.exam: ${CASES_PER_KEY} corrupted values never stop the game from starting`, async () => {
    const rng = createRng('storage:frontline.exam');
    const valid = JSON.parse(examSave) as unknown;
    let setAside = 0;
    for (let i = 0; i < CASES_PER_KEY; i++) {
      const text = i === 0 ? '{"exam":null,"reports":[]}' : corruptText(valid, rng, { capped: TIME_FIELDS });
      const where = `frontline.exam case ${i}: ${JSON.stringify(text.slice(0, 120))}`;
      const storage = memoryStorage();
      for (const [k, v] of saves) if (k !== 'frontline.run') storage.setItem(k, v);
      storage.setItem('frontline.exam', text);
      const store = makeStore(storage);
      expect(store.getState().screen, where).toBe('menu');
      if (storage.getItem('frontline.exam.corrupt') !== null) setAside++;
      const resumed = await store.getState().restore();
      expect(typeof resumed, where).toBe('boolean');
      expect(['menu', 'exam', 'exam-end', 'briefing', 'desk'], where).toContain(store.getState().screen);
    }
    console.log(`[fuzz] frontline.exam: ${CASES_PER_KEY} corrupted values — ${setAside} set aside, the game started every time`);
  }, 600_000);

  for (const key of gameKeys) {
    it(`${key}: ${CASES_PER_KEY} corrupted values never crash the store`, async () => {
      const rng = createRng(`storage:${key}`);
      const valid = JSON.parse(saves.get(key)!) as unknown;
      let setAside = 0;
      let resumed = 0;
      let played = 0;
      const started = performance.now();
      for (let i = 0; i < CASES_PER_KEY; i++) {
        const text = corruptText(valid, rng, { capped: TIME_FIELDS });
        const where = `${key} case ${i}: ${JSON.stringify(text.slice(0, 120))}`;
        const storage = memoryStorage();
        for (const [k, v] of saves) storage.setItem(k, v);
        storage.setItem(key, text);
        let store: GameStore;
        try {
          store = makeStore(storage);
        } catch (e) {
          throw new Error(`${where}: createGameStore threw ${(e as Error).message}`);
        }
        const state = store.getState();
        expect(state.screen, where).toBe('menu');
        expect(readRecord('settings', JSON.stringify({ version: 1, ...state.settings })).ok, where).toBe(true);
        for (const p of Object.values(state.progress)) expect(typeof p.best === 'number' && typeof p.plays === 'number', where).toBe(true);
        if (storage.getItem(`${key}.corrupt`) !== null) setAside++;
        expect(() => store.getState().savedReports(), where).not.toThrow();
        const t0 = performance.now();
        const ok = await store
          .getState()
          .restore()
          .catch((e: Error) => {
            throw new Error(`${where}: restore() rejected: ${e.message}`);
          });
        expect(typeof ok, where).toBe('boolean');
        expect(performance.now() - t0, `${where}: restore() took too long`).toBeLessThan(20_000);
        if (ok) {
          resumed++;
          expect(store.getState().screen, where).toBe('desk');
          store.getState().tick(1000);
        }
        // Now and then, play on to a debrief with the corrupted value in place.
        if (i % 10 === 0) {
          try {
            await playToDebrief(store);
            played++;
          } catch (e) {
            throw new Error(`${where}: play after corruption failed: ${(e as Error).stack}`);
          }
        }
      }
      console.log(
        `[fuzz] ${key}: ${CASES_PER_KEY} corrupted values in ${((performance.now() - started) / 1000).toFixed(1)} s — ${setAside} set aside, ${resumed} resumed, ${played} played to the debrief`,
      );
    }, 600_000);
  }

  // main.ts probes localStorage and falls back to memory when a write or a removal throws, so the
  // store only meets storage whose reads and writes fail (removals work).
  it('plays on when storage throws on every read and write (blocked, quota)', async () => {
    const failing: KeyValue = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {},
    };
    const store = makeStore(failing);
    expect(store.getState().screen).toBe('menu');
    expect(await store.getState().restore()).toBe(false);
    expect(store.getState().savedReports()).toEqual([]);
    await playToDebrief(store);
  });

  it('plays on when storage only fails to write', async () => {
    const storage = memoryStorage();
    for (const [k, v] of saves) storage.setItem(k, v);
    const store = makeStore({
      ...storage,
      getItem: storage.getItem,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: storage.removeItem,
    });
    await playToDebrief(store);
  });

  // Once a bug (fixed: the store keeps only well-formed reports): `reports` was only checked to be an
  // array, so `[null]` or `[{}]` reach the menu, whose list of past reports reads r.scenario.title
  // and throws: the game shows the error screen, and "Back to the menu" throws again (checked in
  // Chromium).
  it('hands the menu only well-formed saved reports', () => {
    for (const text of ['[null]', '[{}]', '[1, "x"]', '[{"scenario": null}]']) {
      const storage = memoryStorage();
      storage.setItem('frontline.reports', text);
      const reports = makeStore(storage).getState().savedReports();
      for (const r of reports as unknown[]) {
        expect(
          isRecord(r) &&
            isRecord(r.scenario) &&
            typeof r.scenario.title === 'string' &&
            isRecord(r.scores) &&
            typeof r.finishedAt === 'string',
          `${text} gave ${JSON.stringify(r)}`,
        ).toBe(true);
      }
    }
  });

  // Once a bug (fixed: checkRun caps the clock and times at 48 game hours): a saved run's clock was only
  // checked to be finite, and restore() replays the community up to it minute by minute: 1e7 s takes
  // seconds, 1e9 s minutes (224 s measured), 1e12 never ends — the tab freezes on load. Run in a
  // child process so the hang can be cut.
  it('restores (or sets aside) a run saved with an absurd clock within 10 s', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'tests/support/fuzz/restore-probe.ts', 'run', '1e12'], {
      timeout: 10_000,
      encoding: 'utf8',
    });
    expect(r.error, r.stderr).toBeUndefined();
    expect(r.status, r.stderr).toBe(0);
  }, 60_000);
});

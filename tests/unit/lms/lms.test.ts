import { describe, expect, it, vi } from 'vitest';
import { type ApiHost, MAX_PARENT_DEPTH, type Scorm12Api, findScormApi } from '../../../src/lms/find-api';
import {
  type SuspendChannel,
  ScormConnection,
  connectLms,
  formatTimespan,
  leavesUnfinished,
  lmsStorage,
  parseScore,
  resultFor,
} from '../../../src/lms/scorm';
import { deflateSync, strFromU8, strToU8 } from 'fflate';
import {
  MAX_SUSPEND_INFLATED,
  MAX_SUSPEND_INPUT,
  SUSPEND_LIMIT,
  SUSPEND_MARKER,
  decodeSuspend,
  encodeSuspend,
} from '../../../src/lms/suspend';
import { memoryStorage } from '../../../src/platform/storage';
import { replaySession } from '../../../src/engine/replay';
import type { SavedRun } from '../../../src/records/saved-run';
import { readRecord } from '../../../src/records/read';
import type { Session } from '../../../src/engine/session';
import { createGameStore } from '../../../src/state';
import type { ScenarioEntry } from '../../../src/content/catalog';
import { longRun, shippedScenario } from '../../support/long-run';

/** A fake SCORM 1.2 LMS: a CMI table, error codes as the RTE defines them, every call recorded. */
function fakeLms(cmi: Record<string, string> = {}) {
  const data: Record<string, string> = { 'cmi.core.lesson_status': 'not attempted', 'cmi.core.student_name': 'Martin, Léa', ...cmi };
  const calls: string[] = [];
  let error = '0';
  let state: 'new' | 'running' | 'done' = 'new';
  const api = {
    LMSInitialize: vi.fn((_: '') => {
      calls.push('LMSInitialize');
      if (state !== 'new') {
        error = '101';
        return 'false';
      }
      state = 'running';
      error = '0';
      return 'true';
    }),
    LMSFinish: vi.fn((_: '') => {
      calls.push('LMSFinish');
      if (state !== 'running') {
        error = '301';
        return 'false';
      }
      state = 'done';
      error = '0';
      return 'true';
    }),
    LMSGetValue: vi.fn((el: string) => {
      calls.push(`get ${el}`);
      if (state !== 'running') {
        error = '301';
        return '';
      }
      error = el in data || el.startsWith('cmi.') ? '0' : '401';
      return data[el] ?? '';
    }),
    LMSSetValue: vi.fn((el: string, v: string) => {
      calls.push(`set ${el}=${v.length > 30 ? `<${v.length} chars>` : v}`);
      if (state !== 'running') {
        error = '301';
        return 'false';
      }
      if (el === 'cmi.core.score.raw' && !/^\d+(\.\d+)?$/.test(v)) {
        error = '405';
        return 'false';
      }
      data[el] = v;
      error = '0';
      return 'true';
    }),
    LMSCommit: vi.fn((_: '') => {
      calls.push('LMSCommit');
      if (state !== 'running') {
        error = '301';
        return 'false';
      }
      error = '0';
      return 'true';
    }),
    LMSGetLastError: () => error,
    LMSGetErrorString: (c: string) =>
      ({
        '0': 'No error',
        '101': 'General exception',
        '301': 'Not initialized',
        '401': 'Not implemented error',
        '405': 'Incorrect Data Type',
      })[c] ?? 'unknown',
    LMSGetDiagnostic: (c: string) => `diagnostic ${c}`,
  } satisfies Scorm12Api;
  return { api, data, calls };
}

const fakeWindow = (init: ApiHost = {}): ApiHost => {
  const w: ApiHost = { ...init };
  if (!('parent' in init)) w.parent = w; // a top window is its own parent
  return w;
};

describe('finding the SCORM 1.2 API', () => {
  const { api } = fakeLms();

  it('finds it on the window itself, or up the parent chain', () => {
    expect(findScormApi(fakeWindow({ API: api }))).toBe(api);
    const top = fakeWindow({ API: api });
    let win = top;
    for (let i = 0; i < 3; i++) win = fakeWindow({ parent: win });
    expect(findScormApi(win)).toBe(api);
  });

  it('gives up beyond the RTE’s bounded depth, and does not loop on a self-parent', () => {
    const top = fakeWindow({ API: api });
    let win = top;
    for (let i = 0; i < MAX_PARENT_DEPTH; i++) win = fakeWindow({ parent: win });
    expect(findScormApi(win)).toBe(api);
    expect(findScormApi(fakeWindow({ parent: win }))).toBeNull();
    expect(findScormApi(fakeWindow())).toBeNull();
  });

  it('looks in the opener (and its parents) when the frames have none: a course in a pop-up window', () => {
    const lmsTop = fakeWindow({ API: api });
    const lmsFrame = fakeWindow({ parent: lmsTop });
    const popupFrame = fakeWindow({ parent: fakeWindow({ opener: lmsFrame }) });
    expect(findScormApi(popupFrame)).toBe(api);
    expect(findScormApi(fakeWindow({ opener: fakeWindow({ opener: fakeWindow({ API: api }) }) }))).toBe(api);
  });

  it('skips windows of another origin (access throws) and objects that are not the API', () => {
    const foreign = {} as ApiHost;
    Object.defineProperty(foreign, 'API', {
      get() {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    Object.defineProperty(foreign, 'parent', {
      get() {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    expect(findScormApi(fakeWindow({ parent: foreign }))).toBeNull();
    expect(findScormApi(fakeWindow({ API: { LMSInitialize: () => 'true' } }))).toBeNull();
    const withOpener = fakeWindow({ parent: foreign, opener: fakeWindow({ API: api }) });
    expect(findScormApi(withOpener)).toBe(api);
  });
});

describe('CMITimespan', () => {
  const SCORM12_TIMESPAN = /^([0-9]{2,4}):([0-9]{2}):([0-9]{2})(\.\d{1,2})?$/; // RTE 3.4.2 (scorm-again's check, with 2–4 hour digits)

  it.each([
    [0, '0000:00:00.00'],
    [1_234, '0000:00:01.23'],
    [3_723_450, '0001:02:03.45'],
    [59_999.6, '0000:01:00.00'],
    [36 * 3_600_000 + 5_000, '0036:00:05.00'],
    [-5, '0000:00:00.00'],
    [Number.NaN, '0000:00:00.00'],
    [1e12, '9999:59:59.99'],
  ])('%d ms is %s', (ms, text) => {
    expect(formatTimespan(ms)).toBe(text);
    expect(text).toMatch(SCORM12_TIMESPAN);
  });
});

describe('scores and lesson status', () => {
  it('passes at the mastery score, keeps the best of an attempt, takes an exam’s result as it is', () => {
    expect(resultFor(59, 60, null, 'best')).toEqual({ raw: 59, status: 'failed' });
    expect(resultFor(60, 60, null, 'best')).toEqual({ raw: 60, status: 'passed' });
    expect(resultFor(45, 60, 72, 'best')).toEqual({ raw: 72, status: 'passed' });
    expect(resultFor(45, 60, 72, 'last')).toEqual({ raw: 45, status: 'failed' });
    expect(resultFor(80, 85, null, 'last')).toEqual({ raw: 80, status: 'failed' });
    expect(resultFor(100.4, 60, null, 'best')).toEqual({ raw: 100, status: 'passed' });
  });

  it('reads LMS numbers strictly and suspends while anything is unfinished', () => {
    expect(parseScore('')).toBeNull();
    expect(parseScore('75')).toBe(75);
    expect(parseScore('80.5')).toBe(80.5);
    expect(parseScore('abc')).toBeNull();
    expect(parseScore('140')).toBeNull();
    expect(leavesUnfinished('incomplete', false)).toBe(true);
    expect(leavesUnfinished('passed', true)).toBe(true);
    expect(leavesUnfinished('passed', false)).toBe(false);
    expect(leavesUnfinished('failed', false)).toBe(false);
  });
});

/** What a learner did, as the debrief shows it. */
const decisionsOf = (s: Session) => s.decisions.map((d) => `${d.postId}:${d.action}:${d.source}:${d.judgement}`);

describe('suspend data', () => {
  const scenario = shippedScenario('defect-crisis');
  const replay = (run: SavedRun) => {
    const { session, problems } = replaySession(
      { manifest: scenario.manifest, charter: scenario.charter, story: scenario.stories[run.locale] },
      run,
    );
    session.advance(run.clock);
    return { session, problems };
  };

  it('keeps a realistic long run whole within 4,096 characters, and it replays to the same decisions', () => {
    for (const locale of ['fr', 'en'] as const) {
      const { run, session } = longRun(scenario, { locale, stopBefore: 1_000 });
      expect(session.ended).toBe(true); // the whole scenario, every post answered
      // Saved just before its end (a finished run is not kept): drop the end entry.
      const inProgress: SavedRun = { ...run, log: run.log.filter((e) => e.type !== 'end') };
      const json = JSON.stringify(inProgress).length;
      const encoded = encodeSuspend({ run: inProgress, progress: { version: 1, scenarios: { 'first-shift': { best: 71, plays: 2 } } } });
      console.info(
        `defect-crisis ${locale}: ${inProgress.log.length} log entries, ${inProgress.log.filter((e) => e.type === 'free').length} written replies, ${json} chars of JSON -> ${encoded.data.length} chars of suspend data`,
      );
      expect(encoded.data.startsWith(SUSPEND_MARKER)).toBe(true);
      expect(encoded.data.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
      expect(encoded.cut).toBe(0);
      expect(encoded.data).toMatch(/^[\x20-\x7e]+$/); // plain ASCII: safe in any LMS database
      const decoded = decodeSuspend(encoded.data)!;
      expect(decoded.progress).toEqual({ version: 1, scenarios: { 'first-shift': { best: 71, plays: 2 } } });
      expect(readRecord('run', JSON.stringify(decoded.run)).ok).toBe(true);
      expect(decoded.run!.clock).toBe(inProgress.clock);
      const back = replay(decoded.run!);
      expect(back.problems).toEqual([]);
      expect(decisionsOf(back.session)).toEqual(decisionsOf(session));
      // The replayed log is the original one (analyses and option texts recomputed, real times kept).
      expect(back.session.log.filter((e) => e.type !== 'end')).toEqual(inProgress.log);
    }
  });

  it('keeps the variant a run was drawn with, so another machine resumes the same names and figures', () => {
    const { run } = longRun(scenario, { locale: 'en', stopBefore: 1_000 });
    const start = run.log[0]!;
    const varied: SavedRun = { ...run, log: [{ ...start, variant: 0x0a4f1c09 } as SavedRun['log'][number], ...run.log.slice(1, 4)] };
    const back = decodeSuspend(encodeSuspend({ run: varied, progress: null }).data)!.run!;
    expect(back.log[0]).toMatchObject({ type: 'start', variant: 0x0a4f1c09 });
    expect(readRecord('run', JSON.stringify(back)).ok).toBe(true);
    // A run played as written comes back without one.
    const plain = decodeSuspend(encodeSuspend({ run: { ...run, log: run.log.slice(0, 4) }, progress: null }).data)!.run!;
    expect(plain.log[0]).not.toHaveProperty('variant');
  });

  it('cuts a run too long even compressed after the last decision that fits; the cut run replays exactly to there', () => {
    const { run, session } = longRun(scenario, { locale: 'fr', stopBefore: 1_000, replyLength: 2_000 });
    const inProgress: SavedRun = { ...run, log: run.log.filter((e) => e.type !== 'end') };
    const encoded = encodeSuspend({ run: inProgress, progress: { version: 1, scenarios: {} } });
    console.info(
      `defect-crisis fr with 2,000-character replies: ${JSON.stringify(inProgress).length} chars of JSON -> ${encoded.data.length} chars, ${encoded.kept} entries kept, ${encoded.cut} cut`,
    );
    expect(encoded.data.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
    expect(encoded.cut).toBeGreaterThan(0);
    expect(encoded.kept).toBeGreaterThan(1);
    const cut = decodeSuspend(encoded.data)!.run!;
    const last = cut.log[cut.log.length - 1]!;
    expect(cut.clock).toBe(last.t);
    expect(cut.clock).toBeLessThan(inProgress.clock);
    const back = replay(cut);
    expect(back.problems).toEqual([]);
    const kept = decisionsOf(back.session).filter((d) => !d.includes(':deadline:'));
    const original = decisionsOf(session).filter((d) => !d.includes(':deadline:'));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(original.length);
    expect(original.slice(0, kept.length)).toEqual(kept);
    // One entry more would not have fitted: the cut keeps as much as it can.
    const packable = inProgress.log.filter((e) => e.type !== 'deadline');
    const oneMore = packable.slice(0, cut.log.length + 1);
    const bigger = encodeSuspend(
      { run: { ...inProgress, log: oneMore, clock: oneMore[oneMore.length - 1]!.t }, progress: { version: 1, scenarios: {} } },
      Infinity,
    );
    expect(bigger.data.length).toBeGreaterThan(SUSPEND_LIMIT);
  });

  it('keeps the progress alone when nothing is running, and refuses what is not its own', () => {
    const encoded = encodeSuspend({ run: null, progress: { version: 1, scenarios: { a: { best: 80, plays: 1 } } } });
    expect(decodeSuspend(encoded.data)).toEqual({ run: null, progress: { version: 1, scenarios: { a: { best: 80, plays: 1 } } } });
    expect(encodeSuspend({ run: null, progress: null }).data).toBe('');
    expect(decodeSuspend('')).toBeNull();
    expect(decodeSuspend('viewed=1,2,3|lastviewedslide=3')).toBeNull();
    expect(decodeSuspend(`${SUSPEND_MARKER}not base64 at all!`)).toBeNull();
    expect(decodeSuspend(`${SUSPEND_MARKER}${btoa('garbage')}`)).toBeNull();
  });

  it('inflates up to 1 MB and no further (a deflate bomb), and does not read data far longer than its own', () => {
    const progress = { version: 1 as const, scenarios: { a: { best: 80, plays: 1 } } };
    const seal = (bytes: Uint8Array) => SUSPEND_MARKER + btoa(strFromU8(deflateSync(bytes, { level: 9 }), true));
    const padded = (chars: number) => seal(strToU8(JSON.stringify({ p: progress, x: 'a'.repeat(chars) })));
    // Both about 2 KB of suspend data: the bound is on what they inflate to.
    expect(padded(MAX_SUSPEND_INFLATED - 100).length).toBeLessThan(SUSPEND_LIMIT);
    expect(decodeSuspend(padded(MAX_SUSPEND_INFLATED - 100))?.progress).toEqual(progress);
    expect(decodeSuspend(padded(MAX_SUSPEND_INFLATED))).toBeNull();
    // 12 MB of zeros in 16 KB of suspend data: refused quickly, with no more than the 1 MB buffer allocated.
    const bomb = seal(new Uint8Array(12 * 1024 * 1024));
    expect(bomb.length).toBeLessThanOrEqual(MAX_SUSPEND_INPUT);
    const before = process.memoryUsage().arrayBuffers;
    const t0 = performance.now();
    expect(decodeSuspend(bomb)).toBeNull();
    expect(performance.now() - t0).toBeLessThan(3_000); // ~0.1–0.3 s here
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(4 * 1024 * 1024);
    // Well-formed, but longer than four times what the game ever writes: not read at all.
    let seed = 7;
    const noise = Array.from({ length: 30_000 }, () => String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26))).join('');
    const long = seal(strToU8(JSON.stringify({ p: progress, x: noise })));
    expect(long.length).toBeGreaterThan(MAX_SUSPEND_INPUT);
    expect(decodeSuspend(long)).toBeNull();
  });
});

describe('the store on LMS storage', () => {
  const scenario = shippedScenario('defect-crisis');
  const entries: ScenarioEntry[] = [
    {
      manifest: scenario.manifest,
      charter: scenario.charter,
      loadStory: { fr: async () => scenario.stories.fr, en: async () => scenario.stories.en },
    },
  ];
  const channel = () => {
    const box = {
      data: '',
      writes: 0,
      read: () => box.data,
      write: (d: string) => {
        box.data = d;
        box.writes++;
        return true;
      },
    };
    return box satisfies SuspendChannel & { data: string };
  };
  let fakeNow = 1_700_000_000_000;
  const makeStore = (storage: ReturnType<typeof memoryStorage>) =>
    createGameStore({ scenarios: entries, storage, defaultLocale: 'en', newSeed: () => 99, now: () => fakeNow });

  it('keeps the run and the career in suspend data, settings in the browser; another machine resumes the same decisions', async () => {
    const lms = channel();
    const here = memoryStorage();
    const store = makeStore(lmsStorage(lms, here, { warn: () => {} }));
    store.getState().setSettings({ volume: 0.3 });
    expect(here.getItem('frontline.settings')).toContain('0.3');
    expect(lms.data).toBe('');
    store.getState().openBriefing('defect-crisis');
    await store.getState().start();
    for (let i = 0; i < 400 && (store.getState().session?.decisions.length ?? 0) < 4; i++) {
      const s = store.getState().session!;
      const open = s.feed.find((p) => p.state === 'open');
      if (open && i % 2 === 0)
        store
          .getState()
          .write(open.id, 'We are sorry for the trouble, our team is looking into it. Please send us your order number privately.');
      else if (open) store.getState().choose(open.id, s.visibleOptions(open.id).find((o) => !o.hidden)!.index);
      else store.getState().skipAhead();
      fakeNow += 3_000;
      store.getState().tick(500);
    }
    const before = decisionsOf(store.getState().session!);
    expect(before.length).toBeGreaterThanOrEqual(4);
    store.getState().saveNow();
    expect(lms.data.startsWith(SUSPEND_MARKER)).toBe(true);
    expect(decodeSuspend(lms.data)!.run!.log.length).toBeGreaterThan(4);

    // Another machine: an empty browser, the same suspend data.
    const elsewhere = memoryStorage();
    const again = makeStore(lmsStorage(lms, elsewhere, { warn: () => {} }));
    expect(await again.getState().restore()).toBe(true);
    expect(again.getState().screen).toBe('desk');
    expect(decisionsOf(again.getState().session!)).toEqual(before);
    expect(again.getState().session!.now).toBeCloseTo(store.getState().session!.now, 6);
    expect(again.getState().settings.volume).not.toBe(0.3); // settings stay with the browser

    // Finishing: the run leaves the suspend data, the career stays in it.
    const s2 = again.getState();
    for (let i = 0; i < 2_000 && again.getState().screen === 'desk'; i++) {
      const s = again.getState().session!;
      const open = s.feed.find((p) => p.state === 'open');
      if (open) s2.choose(open.id, s.visibleOptions(open.id).find((o) => !o.hidden)!.index);
      else s2.skipAhead();
      again.getState().tick(1000);
    }
    expect(again.getState().screen).toBe('debrief');
    const kept = decodeSuspend(lms.data)!;
    expect(kept.run).toBeNull();
    expect(kept.progress).toEqual({
      version: 1,
      scenarios: { 'defect-crisis': { best: again.getState().debrief!.report.scores.overall, plays: 1 } },
    });
    expect(elsewhere.getItem('frontline.reports')).toContain('defect-crisis');
  });

  it('prefers this browser’s copy of the same run when the suspend data had to cut it, never someone else’s', () => {
    const scenarioRun = longRun(scenario, { locale: 'fr', stopBefore: 1_000, replyLength: 2_000 }).run;
    const whole: SavedRun = { ...scenarioRun, log: scenarioRun.log.filter((e) => e.type !== 'end') };
    const lms = channel();
    const here = memoryStorage();
    const warn = vi.fn();
    lmsStorage(lms, here, { warn }).setItem('frontline.run', JSON.stringify(whole));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('kept in this browser only'));
    const cut = decodeSuspend(lms.data)!.run!;
    expect(cut.log.length).toBeLessThan(whole.log.length);
    // Same browser: the whole run. Another browser: the cut one.
    expect(JSON.parse(lmsStorage(lms, here).getItem('frontline.run')!).log.length).toBe(whole.log.length);
    expect(JSON.parse(lmsStorage(lms, memoryStorage()).getItem('frontline.run')!).clock).toBe(cut.clock);
    // A different run left in this browser (another learner, another seed) is ignored.
    const stranger = memoryStorage();
    stranger.setItem('frontline.run', JSON.stringify({ ...whole, seed: 7 }));
    expect(JSON.parse(lmsStorage(lms, stranger).getItem('frontline.run')!).seed).toBe(whole.seed);
    // And with nothing in the suspend data, nothing is resumed from the browser.
    expect(lmsStorage(channel(), stranger).getItem('frontline.run')).toBeNull();
  });
});

describe('the LMS session', () => {
  const quiet = () => ({ warn: vi.fn() });

  it('initialises, reads the learner and the mastery score, and marks a first launch incomplete', () => {
    const { api, data, calls } = fakeLms({ 'cmi.student_data.mastery_score': '75' });
    const link = connectLms(api, { log: quiet() })!;
    expect(calls[0]).toBe('LMSInitialize');
    expect(link.learner).toBe('Martin, Léa');
    expect(link.mastery).toBe(75);
    expect(data['cmi.core.lesson_status']).toBe('incomplete');
    expect(calls).toContain('LMSCommit');
  });

  it('keeps the game’s pass mark without a mastery score, and never downgrades a status', () => {
    const { api, calls } = fakeLms({ 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '82' });
    const link = connectLms(api, { log: quiet() })!;
    expect(link.mastery).toBe(60);
    expect(calls.filter((c) => c.startsWith('set '))).toEqual([]);
  });

  it('plays on without the LMS when it refuses to initialise, and logs why', () => {
    const { api } = fakeLms();
    api.LMSInitialize('');
    const log = quiet();
    expect(connectLms(api, { log })).toBeNull();
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining('101 General exception (diagnostic 101)'));
  });

  it('logs an LMS that throws or refuses a value, and carries on', () => {
    const { api } = fakeLms();
    const log = quiet();
    const conn = new ScormConnection(api, { log });
    expect(conn.initialize()).toBe(true);
    expect(conn.set('cmi.core.score.raw', 'high')).toBe(false);
    expect(log.warn).toHaveBeenLastCalledWith(expect.stringContaining('405 Incorrect Data Type'));
    api.LMSCommit.mockImplementationOnce(() => {
      throw new Error('network down');
    });
    expect(conn.commit()).toBe(false);
    expect(log.warn).toHaveBeenLastCalledWith(expect.stringContaining('network down'));
    expect(conn.get('cmi.core.student_name')).toBe('Martin, Léa');
    expect(conn.finish()).toBe(true);
    expect(conn.set('cmi.core.lesson_status', 'passed')).toBe(false); // nothing after LMSFinish
    expect(api.LMSSetValue).toHaveBeenCalledTimes(1);
  });

  it('commits saves at most once per interval, the last one always', () => {
    const { api, calls } = fakeLms();
    let t = 0;
    const timers: (() => void)[] = [];
    const conn = new ScormConnection(api, {
      log: quiet(),
      now: () => t,
      commitEveryMs: 10_000,
      setTimer: (fn) => timers.push(fn),
      clearTimer: () => {
        timers.length = 0;
      },
    });
    conn.initialize();
    conn.commitSoon();
    expect(calls.filter((c) => c === 'LMSCommit')).toHaveLength(1);
    t = 2_000;
    conn.commitSoon();
    t = 4_000;
    conn.commitSoon();
    expect(calls.filter((c) => c === 'LMSCommit')).toHaveLength(1);
    expect(timers).toHaveLength(1);
    t = 10_000;
    timers.shift()!();
    expect(calls.filter((c) => c === 'LMSCommit')).toHaveLength(2);
  });
});

describe('the LMS session bound to a game', () => {
  const scenario = shippedScenario('first-shift');
  const entries: ScenarioEntry[] = [
    {
      manifest: scenario.manifest,
      charter: scenario.charter,
      loadStory: { fr: async () => scenario.stories.fr, en: async () => scenario.stories.en },
    },
  ];

  const play = async (cmi: Record<string, string> = {}, pick: 'first' | 'last' = 'first', only: string | null = null) => {
    const lms = fakeLms(cmi);
    let t = 1_000_000;
    const link = connectLms(lms.api, { log: { warn: () => {} }, now: () => t })!;
    const store = createGameStore({
      scenarios: entries,
      storage: link.storage(memoryStorage()),
      defaultLocale: 'en',
      newSeed: () => 5,
      now: () => t,
    });
    const target = new EventTarget() as unknown as Window;
    link.bind(store, target, only);
    store.getState().openBriefing('first-shift');
    await store.getState().start();
    let sawSuspend = false;
    for (let i = 0; i < 3_000 && store.getState().screen === 'desk'; i++) {
      const s = store.getState().session!;
      const open = s.feed.find((p) => p.state === 'open');
      if (open) {
        const options = s.visibleOptions(open.id).filter((o) => !o.hidden);
        store.getState().choose(open.id, (pick === 'first' ? options[0] : options[options.length - 1])!.index);
      } else store.getState().skipAhead();
      t += 4_000;
      store.getState().tick(1000);
      sawSuspend ||= (lms.data['cmi.suspend_data'] ?? '').startsWith(SUSPEND_MARKER);
    }
    return {
      ...lms,
      store,
      target,
      sawSuspend,
      advance: (ms: number) => {
        t += ms;
      },
    };
  };

  it('sends the debrief’s overall score, passed or failed against the mastery score, then exits normally', async () => {
    const { data, calls, store, target, sawSuspend, advance } = await play({ 'cmi.student_data.mastery_score': '50' });
    expect(sawSuspend).toBe(true);
    const overall = store.getState().debrief!.report.scores.overall;
    expect(data['cmi.core.score.raw']).toBe(String(overall));
    expect(data['cmi.core.score.min']).toBe('0');
    expect(data['cmi.core.score.max']).toBe('100');
    expect(data['cmi.core.lesson_status']).toBe(overall >= 50 ? 'passed' : 'failed');
    const afterScore = calls.lastIndexOf('set cmi.core.lesson_status=' + data['cmi.core.lesson_status']);
    expect(calls.indexOf('LMSCommit', afterScore)).toBeGreaterThan(afterScore);
    advance(65_500);
    target.dispatchEvent(new Event('pagehide'));
    expect(data['cmi.core.exit']).toBe('');
    expect(data['cmi.core.session_time']).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
    expect(calls.slice(-2)).toEqual(['LMSCommit', 'LMSFinish']);
    target.dispatchEvent(new Event('pagehide'));
    expect(calls.filter((c) => c === 'LMSFinish')).toHaveLength(1);
  });

  it('suspends when the learner leaves mid-scenario, and ignores other scenarios in a one-scenario package', async () => {
    const { data, store, target } = await play({}, 'last', 'drop-day');
    expect(store.getState().screen).toBe('debrief');
    expect(data['cmi.core.score.raw']).toBeUndefined();
    expect(data['cmi.core.lesson_status']).toBe('incomplete');
    store.getState().openBriefing('first-shift');
    await store.getState().start();
    target.dispatchEvent(new Event('pagehide'));
    expect(data['cmi.core.exit']).toBe('suspend');
    expect(decodeSuspend(data['cmi.suspend_data']!)!.run!.scenario).toBe('first-shift');
  });
});

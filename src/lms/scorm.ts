/**
 * The game inside a learning platform (SCORM 1.2). Loaded by `loadLms` (./lms-find) only when the
 * page was launched by an LMS that offers the API.
 *
 * - Start: `LMSInitialize('')`; reads the learner's name, the mastery score (the pass mark;
 *   the game's own when the LMS gives none), the lesson status and the score so far; a first
 *   launch becomes `incomplete`.
 * - Play: the store's storage backend keeps the run in progress and the career in
 *   `cmi.suspend_data` (./lms-suspend), everything else in the browser; each save is followed by
 *   an `LMSCommit`, at most one every `COMMIT_EVERY_MS`.
 * - A scenario finished (the debrief) or an exam over: score raw/min/max (0–100) and
 *   `passed`/`failed` against the mastery score, committed at once.
 * - The page goes away (`pagehide`): session time, `exit` = `suspend` while something is
 *   unfinished, commit, `LMSFinish('')`.
 *
 * Every call is guarded: an LMS error is logged with its code, text and diagnostic, never thrown
 * into the game.
 */
import { type GameStore, STORAGE_KEYS } from '../state';
import { PASS_MARK } from '../engine/career';
import type { LmsLink, Scorm12Api } from './find-api';
import { decodeSuspend, encodeSuspend } from './suspend';
import { type KeyValue, storageKey } from '../platform/storage';
import { readRecord } from '../records/read';

/** Commits while playing, at most this often (real ms): an LMS commit is often a request to its server. */
export const COMMIT_EVERY_MS = 10_000;

export interface Logger {
  warn(message: string): void;
}

export interface LmsOptions {
  log?: Logger;
  /** Real time in ms (injected for tests). */
  now?: () => number;
  commitEveryMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

const TAG = '[Frontline SCORM]';
const isTrue = (r: unknown): boolean => r === true || String(r).toLowerCase() === 'true';

/** SCORM 1.2 CMITimespan, `HHHH:MM:SS.SS` (RTE 3.4.2: hours 2 to 4 digits, seconds to hundredths). */
export function formatTimespan(ms: number): string {
  const MAX = (9999 * 3600 + 59 * 60 + 59.99) * 100;
  const cs = Math.min(MAX, Math.max(0, Math.round(Number.isFinite(ms) ? ms / 10 : 0)));
  const h = Math.floor(cs / 360_000);
  const m = Math.floor(cs / 6_000) % 60;
  const s = Math.floor(cs / 100) % 60;
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(h, 4)}:${pad(m, 2)}:${pad(s, 2)}.${pad(cs % 100, 2)}`;
}

/** A 0–100 number from the LMS (CMIDecimal), or null when it gave none or nonsense. */
export function parseScore(value: string): number | null {
  if (value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 && n <= 100 ? n : null;
}

export type LessonStatus = 'passed' | 'completed' | 'failed' | 'incomplete' | 'browsed' | 'not attempted';

/**
 * The score and status to send for a result. A finished scenario keeps the best score of the
 * attempt (a replay never takes a pass away, like the career's best); an exam's result stands as it is.
 */
export function resultFor(
  score: number,
  passMark: number,
  previous: number | null,
  keep: 'best' | 'last',
): { raw: number; status: 'passed' | 'failed' } {
  const clamped = Math.min(100, Math.max(0, Math.round(score)));
  const raw = keep === 'best' && previous !== null ? Math.max(previous, clamped) : clamped;
  return { raw, status: raw >= passMark ? 'passed' : 'failed' };
}

/** Whether the learner leaves something to come back to (`cmi.core.exit` = `suspend`). */
export function leavesUnfinished(status: string, inProgress: boolean): boolean {
  return inProgress || !['passed', 'failed', 'completed'].includes(status);
}

/** One SCORM 1.2 API, every call guarded and logged; nothing is sent after LMSFinish. */
export class ScormConnection {
  private state: 'new' | 'open' | 'closed' = 'new';
  private lastCommit = -Infinity;
  private timer: unknown = null;
  private readonly log: Logger;
  private readonly now: () => number;
  private readonly every: number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(
    private readonly api: Scorm12Api,
    opts: LmsOptions = {},
  ) {
    this.log = opts.log ?? console;
    this.now = opts.now ?? (() => Date.now());
    this.every = opts.commitEveryMs ?? COMMIT_EVERY_MS;
    this.setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = opts.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  }

  get open(): boolean {
    return this.state === 'open';
  }

  /** The LMS's last error, as "code text (diagnostic)"; '' when there is none. */
  private lastError(): string {
    try {
      const code = String(this.api.LMSGetLastError() ?? '0');
      if (code === '0' || code === '') return '';
      const text = String(this.api.LMSGetErrorString(code) ?? '');
      const diagnostic = this.api.LMSGetDiagnostic ? String(this.api.LMSGetDiagnostic(code) ?? '') : '';
      return `${code} ${text}${diagnostic && diagnostic !== text ? ` (${diagnostic})` : ''}`;
    } catch (e) {
      return `(the LMS could not say: ${(e as Error).message})`;
    }
  }

  /** Calls the API; false (logged) when it throws or answers "false". */
  private call(what: string, fn: () => unknown, check: (r: unknown) => boolean = isTrue): { ok: boolean; value: unknown } {
    let value: unknown;
    try {
      value = fn();
    } catch (e) {
      this.log.warn(`${TAG} ${what} threw: ${(e as Error)?.message ?? String(e)}`);
      return { ok: false, value: undefined };
    }
    if (!check(value)) {
      this.log.warn(`${TAG} ${what} failed: ${this.lastError() || `returned ${String(value)}`}`);
      return { ok: false, value };
    }
    return { ok: true, value };
  }

  initialize(): boolean {
    if (this.state !== 'new') return this.open;
    const ok = this.call("LMSInitialize('')", () => this.api.LMSInitialize('')).ok;
    this.state = ok ? 'open' : 'closed';
    return ok;
  }

  /** A CMI value; '' when it is empty, unsupported or the call failed (logged). */
  get(element: string): string {
    if (!this.open) return '';
    const r = this.call(
      `LMSGetValue('${element}')`,
      () => this.api.LMSGetValue(element),
      () => true,
    );
    if (!r.ok) return '';
    const error = this.lastError();
    if (error) {
      this.log.warn(`${TAG} LMSGetValue('${element}') failed: ${error}`);
      return '';
    }
    return typeof r.value === 'string' ? r.value : r.value === undefined || r.value === null ? '' : String(r.value);
  }

  set(element: string, value: string): boolean {
    if (!this.open) return false;
    const shown = value.length > 40 ? `${value.slice(0, 40)}… (${value.length} chars)` : value;
    return this.call(`LMSSetValue('${element}', '${shown}')`, () => this.api.LMSSetValue(element, value)).ok;
  }

  commit(): boolean {
    if (this.timer !== null) {
      this.clearTimer(this.timer);
      this.timer = null;
    }
    if (!this.open) return false;
    this.lastCommit = this.now();
    return this.call("LMSCommit('')", () => this.api.LMSCommit('')).ok;
  }

  /** Commits now if the last commit is old enough, else once the interval has passed. */
  commitSoon(): void {
    if (!this.open || this.timer !== null) return;
    const wait = this.lastCommit + this.every - this.now();
    if (wait <= 0) this.commit();
    else
      this.timer = this.setTimer(() => {
        this.timer = null;
        this.commit();
      }, wait);
  }

  finish(): boolean {
    if (this.timer !== null) {
      this.clearTimer(this.timer);
      this.timer = null;
    }
    if (!this.open) return false;
    this.state = 'closed';
    return this.call("LMSFinish('')", () => this.api.LMSFinish('')).ok;
  }
}

/** Where suspend data is read and written (the LMS connection; a fake in tests). */
export interface SuspendChannel {
  read(): string;
  /** False when the LMS refused it (logged by the connection). */
  write(data: string): boolean;
}

const RUN_KEY = storageKey(STORAGE_KEYS.run);
const PROGRESS_KEY = storageKey(STORAGE_KEYS.progress);

const parse = (raw: string | null): unknown => {
  if (raw === null) return null;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
};
type RunLike = { scenario?: unknown; seed?: unknown; startedAt?: unknown; mode?: unknown; log?: unknown };
const asRun = (x: unknown): RunLike | null => (typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as RunLike) : null);
/** A run's decisions as "type@t", deadlines left out (suspend data does not keep them). */
const trace = (run: RunLike): string[] =>
  (Array.isArray(run.log) ? (run.log as { type?: unknown; t?: unknown }[]) : [])
    .filter((e) => e?.type !== 'deadline')
    .map((e) => `${String(e?.type)}@${String(e?.t)}`);

/**
 * A storage backend for the store inside an LMS: `frontline.run` (the scenario in progress, training
 * only) and `frontline.progress` (the career) live in cmi.suspend_data, so they follow the learner
 * to any machine; every other key (settings, reports, exams) stays in `fallback` (the browser).
 *
 * The run is also written to `fallback`: when the suspend data had to cut a long run to fit its
 * 4,096 characters, the browser that played it still resumes the whole of it — but only a run that
 * is the same one (scenario, seed, start) and goes further: another learner's run left on a shared
 * computer is never picked up. An exam's run stays in the browser with the exam itself.
 */
export function lmsStorage(channel: SuspendChannel, fallback: KeyValue, log: Logger = console): KeyValue {
  const initial = channel.read();
  const decoded = initial ? decodeSuspend(initial) : null;
  if (initial && !decoded) log.warn(`${TAG} cmi.suspend_data (${initial.length} chars) is not a save of this game: starting afresh`);
  let run: string | null = decoded?.run ? JSON.stringify(decoded.run) : null;
  let progress: string | null = decoded?.progress != null ? JSON.stringify(decoded.progress) : null;
  let written = initial;

  const flush = () => {
    const current = run === null ? null : readRecord('run', run);
    const kept = progress === null ? null : readRecord('progress', progress);
    const encoded = encodeSuspend({
      run: current?.ok && current.value.mode !== 'exam' ? current.value : null,
      progress: kept?.ok ? kept.value : null,
    });
    if (encoded.cut > 0) {
      log.warn(`${TAG} the run is too long for cmi.suspend_data: its last ${encoded.cut} decision(s) are kept in this browser only`);
    }
    if (encoded.runDropped) log.warn(`${TAG} the run does not fit in cmi.suspend_data at all: it is kept in this browser only`);
    if (encoded.data !== written && channel.write(encoded.data)) written = encoded.data;
  };
  const local = {
    get: (key: string): string | null => {
      try {
        return fallback.getItem(key);
      } catch {
        return null;
      }
    },
    set: (key: string, value: string) => {
      try {
        fallback.setItem(key, value);
      } catch {
        /* browser storage full or blocked */
      }
    },
    remove: (key: string) => {
      try {
        fallback.removeItem(key);
      } catch {
        /* blocked */
      }
    },
  };

  /** The LMS's run, or this browser's copy of the same run when it goes further (a cut run). */
  const readRun = (): string | null => {
    const here = local.get(RUN_KEY);
    const mine = asRun(parse(here));
    if (run === null) return mine?.mode === 'exam' ? here : null;
    const theirs = asRun(parse(run));
    if (!mine || !theirs || mine.scenario !== theirs.scenario || mine.seed !== theirs.seed || mine.startedAt !== theirs.startedAt)
      return run;
    const [a, b] = [trace(mine), trace(theirs)];
    return a.length > b.length && b.every((e, i) => e === a[i]) ? here : run;
  };

  return {
    getItem(key) {
      if (key === RUN_KEY) return readRun();
      if (key === PROGRESS_KEY) return progress;
      return local.get(key);
    },
    setItem(key, value) {
      if (key === RUN_KEY) {
        run = value;
        local.set(key, value);
        flush();
      } else if (key === PROGRESS_KEY) {
        progress = value;
        flush();
      } else {
        fallback.setItem(key, value);
      }
    },
    removeItem(key) {
      if (key === RUN_KEY) {
        run = null;
        local.remove(key);
        flush();
      } else if (key === PROGRESS_KEY) {
        progress = null;
        flush();
      } else {
        fallback.removeItem(key);
      }
    },
  };
}

/** A mastery score from the LMS (0–100), or null. */
export const parseMastery = parseScore;

/**
 * Starts the SCO: LMSInitialize and what the game needs to read; null when the LMS refuses
 * (logged), so the game plays on as outside an LMS.
 */
export function connectLms(api: Scorm12Api, opts: LmsOptions = {}): LmsLink | null {
  const log = opts.log ?? console;
  const now = opts.now ?? (() => Date.now());
  const conn = new ScormConnection(api, { ...opts, log, now });
  if (!conn.initialize()) return null;
  const startedAt = now();
  const learner = conn.get('cmi.core.student_name');
  const masteryFromLms = parseMastery(conn.get('cmi.student_data.mastery_score'));
  const mastery = masteryFromLms ?? PASS_MARK;
  let status = conn.get('cmi.core.lesson_status');
  let best = parseScore(conn.get('cmi.core.score.raw'));
  if (status === '' || status === 'not attempted') {
    if (conn.set('cmi.core.lesson_status', 'incomplete')) status = 'incomplete';
    conn.commit();
  }

  const report = (score: number, passMark: number, keep: 'best' | 'last') => {
    const result = resultFor(score, passMark, best, keep);
    conn.set('cmi.core.score.min', '0');
    conn.set('cmi.core.score.max', '100');
    conn.set('cmi.core.score.raw', String(result.raw));
    conn.set('cmi.core.lesson_status', result.status);
    conn.commit();
    best = result.raw;
    status = result.status;
  };

  return {
    learner,
    mastery,

    storage(fallback) {
      return lmsStorage(
        {
          read: () => conn.get('cmi.suspend_data'),
          write: (data) => {
            const ok = conn.set('cmi.suspend_data', data);
            if (ok) conn.commitSoon();
            return ok;
          },
        },
        fallback,
        log,
      );
    },

    bind(store: GameStore, target: Window, onlyScenario: string | null) {
      const unsubscribe = store.subscribe((s, p) => {
        if (s.screen === p.screen) return;
        if (s.screen === 'debrief' && s.debrief && (onlyScenario === null || s.debrief.scenarioId === onlyScenario)) {
          report(s.debrief.report.scores.overall, mastery, 'best');
        } else if (s.screen === 'exam-end') {
          const exam = store.getState().examReport();
          if (exam) report(exam.overall, masteryFromLms ?? exam.exam.passMark, 'last');
        }
      });
      const leave = () => {
        if (!conn.open) return;
        store.getState().saveNow();
        const s = store.getState();
        const inProgress = s.session !== null || (s.exam !== null && s.exam.finishedAt === null);
        conn.set('cmi.core.session_time', formatTimespan(now() - startedAt));
        conn.set('cmi.core.exit', leavesUnfinished(status, inProgress) ? 'suspend' : '');
        conn.commit();
        conn.finish();
      };
      target.addEventListener('pagehide', leave);
      return () => {
        unsubscribe();
        target.removeEventListener('pagehide', leave);
      };
    },
  };
}

/**
 * The only code that touches storage. Every key is read once at start through its record schema
 * (a value that does not read is set aside, kept, and the player told) and written as the game goes.
 */
import * as v from 'valibot';
import type { Locale } from '../core/types';
import { type KeyValue, type ReadResult, SafeStorage } from '../platform/storage';
import { type RecordOf, readRecord } from '../records/read';
import { SETTINGS_VERSION, type Settings, defaultSettings } from '../records/settings';
import { PROGRESS_VERSION, type Progress } from '../records/progress';
import { type Report, ReportSchema } from '../records/session-report';
import { RUN_VERSION, type SavedRun } from '../records/saved-run';
import { EXAMS_DONE_VERSION, type ExamDone, type ExamRun } from '../records/exam-run';
import type { Draft } from '../records/draft';
import type { Session } from '../engine/session';

/** The keys the game keeps in storage (each behind the "frontline." prefix), named once. */
export const STORAGE_KEYS = {
  settings: 'settings',
  progress: 'progress',
  run: 'run',
  reports: 'reports',
  exam: 'exam',
  examsDone: 'exams-done',
  draft: 'draft',
} as const satisfies Record<string, string>;
const RECORD_OF = {
  settings: 'settings',
  progress: 'progress',
  run: 'run',
  reports: 'reports',
  exam: 'exam-run',
  examsDone: 'exams-done',
  draft: 'draft',
} as const;
type Key = keyof typeof STORAGE_KEYS;

/** The run in progress is saved at least this often (real ms) while the clock runs. */
const SAVE_EVERY_MS = 2000;
/** Reports kept in the browser so a player can download them again. */
const KEEP_REPORTS = 20;

export class Saves {
  private readonly storage: SafeStorage;
  private lastSave = -Infinity;
  private savedLogLength = -1;
  /** Whether the last write went through; told to `onWrite` when it changes. */
  private writing = true;
  onWrite: (ok: boolean) => void = () => {};
  readonly settings: Settings;
  readonly progress: Progress;
  readonly exam: ExamRun | null;
  readonly run: ReadResult<SavedRun>;
  /** The reply being written when the page was left (it belongs to the run in progress, if any). */
  readonly draft: Draft | null;
  /** What was set aside at start, for the player's notice. */
  readonly setAside: string[];

  constructor(backend: KeyValue, defaultLocale: Locale) {
    this.storage = new SafeStorage(backend);
    const settings = this.read('settings');
    const progress = this.read('progress');
    const exam = this.read('exam');
    this.run = this.read('run');
    const draft = this.read('draft');
    this.settings = settings.status === 'ok' ? settings.value : defaultSettings(defaultLocale);
    this.progress = progress.status === 'ok' ? progress.value.scenarios : {};
    this.exam = exam.status === 'ok' ? exam.value : null;
    this.draft = draft.status === 'ok' ? draft.value : null;
    this.setAside = [settings, progress, exam, this.run, draft, this.read('reports'), this.read('examsDone')].flatMap((r) =>
      r.status === 'set-aside' ? [`${r.key}: ${r.reason}`] : [],
    );
  }

  private read<K extends Key>(key: K): ReadResult<RecordOf<(typeof RECORD_OF)[K]>> {
    return this.storage.read(STORAGE_KEYS[key], (raw) => {
      const read = readRecord(RECORD_OF[key], raw, key);
      return read.ok ? read : { ok: false, error: read.error.details.join('; ') };
    });
  }

  /** Writes a key; a refusal (storage full or blocked) is told once, and so is the first write that goes through again. */
  private write(key: string, value: unknown): void {
    const ok = this.storage.write(key, value);
    if (ok !== this.writing) {
      this.writing = ok;
      this.onWrite(ok);
    }
  }

  saveSettings(settings: Settings): void {
    this.write(STORAGE_KEYS.settings, { version: SETTINGS_VERSION, ...settings });
  }

  /**
   * Adds a finished scenario's result to the career and saves it. The stored progress is read again
   * first and merged (best score and plays of each scenario, the higher of both), so a second tab that
   * finished other scenarios meanwhile loses nothing.
   */
  recordResult(known: Progress, scenario: string, overall: number): Progress {
    const stored = this.read('progress');
    const merged: Progress = { ...known };
    for (const [id, p] of Object.entries(stored.status === 'ok' ? stored.value.scenarios : {})) {
      const mine = merged[id];
      merged[id] = mine ? { best: Math.max(mine.best, p.best), plays: Math.max(mine.plays, p.plays) } : p;
    }
    const previous = merged[scenario];
    merged[scenario] = { best: Math.max(previous?.best ?? 0, overall), plays: (previous?.plays ?? 0) + 1 };
    this.write(STORAGE_KEYS.progress, { version: PROGRESS_VERSION, scenarios: merged });
    return merged;
  }

  /** Saves the running session's log (at once when `force`, else at most every SAVE_EVERY_MS). */
  saveRun(session: Session, meta: Pick<SavedRun, 'mode' | 'startedAt'>, now: number, force: boolean): void {
    if (session.ended) return;
    if (!force && now - this.lastSave < SAVE_EVERY_MS) return;
    this.lastSave = now;
    this.savedLogLength = session.log.length;
    this.write(STORAGE_KEYS.run, Saves.runOf(session, meta));
  }

  /** The saved form of a run in progress (also what the player downloads when the browser refuses to save it). */
  static runOf(session: Session, meta: Pick<SavedRun, 'mode' | 'startedAt'>): SavedRun {
    return {
      version: RUN_VERSION,
      scenario: session.manifest.id,
      scenarioVersion: session.manifest.version,
      locale: session.locale,
      seed: session.seed,
      ...meta,
      clock: session.now,
      log: session.log,
    };
  }

  /** Whether the session's log grew since it was last saved (a decision, a post). */
  logGrew(session: Session): boolean {
    return session.log.length !== this.savedLogLength;
  }

  /** Forgets the run in progress, and the reply being written in it. */
  clearRun(): void {
    this.storage.remove(STORAGE_KEYS.run);
    this.saveDraft(null);
  }

  /** Keeps the reply being written (null forgets it). */
  saveDraft(draft: Draft | null): void {
    if (draft) this.write(STORAGE_KEYS.draft, draft);
    else this.storage.remove(STORAGE_KEYS.draft);
  }

  /** Keeps a run that does not replay under the ".corrupt" key, and forgets it as the run in progress. */
  setRunAside(run: SavedRun): void {
    this.write(`${STORAGE_KEYS.run}.corrupt`, run);
    this.clearRun();
  }

  saveExam(exam: ExamRun | null): void {
    if (exam) this.write(STORAGE_KEYS.exam, exam);
    else this.storage.remove(STORAGE_KEYS.exam);
  }

  /** The exams finished in this browser and left by the candidate. */
  examsDone(): ExamDone[] {
    const read = this.read('examsDone');
    return read.status === 'ok' ? read.value.exams : [];
  }

  saveExamsDone(exams: ExamDone[]): void {
    this.write(STORAGE_KEYS.examsDone, { version: EXAMS_DONE_VERSION, exams });
  }

  /** Well-formed reports only: a damaged entry is skipped, never shown half-read. */
  reports(): Report[] {
    const read = this.read('reports');
    return read.status === 'ok' ? read.value.filter((r): r is Report => v.is(ReportSchema, r)) : [];
  }

  addReport(report: Report): void {
    // Reports this version no longer reads (an older format) are kept as they are, never dropped.
    const read = this.read('reports');
    const kept = read.status === 'ok' ? read.value.filter((r) => typeof r === 'object' && r !== null) : [];
    this.write(STORAGE_KEYS.reports, [report, ...kept].slice(0, KEEP_REPORTS));
  }
}

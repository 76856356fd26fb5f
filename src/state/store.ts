/**
 * The game's one store (zustand vanilla, made by a factory: one per game, one per test).
 * Scenes read it and call its actions; the rules live in the session, sim, analysis and scoring.
 * The running Session is an engine object: the store publishes its `clock` and `version`
 * so subscribers know when to redraw. Everything the player does is saved as it happens.
 */
import { createStore } from 'zustand/vanilla';
import type { Decision, Locale } from '../core/types';
import { type ScenarioContent, type ScenarioEntry, type ScenarioListing, listed } from '../content/catalog';
import type { ScoreCard } from '../scoring';
import type { MetricSeries } from '../sim';
import { SafeStorage, type KeyValue } from '../platform/storage';
import type { FeedPost, Session } from '../engine/session';
import { type Settings, SETTINGS_VERSION, checkSettings, defaultSettings } from '../records/settings';
import { type Progress, isOpen } from '../engine/career';
import { type Report, buildReport, isReport } from '../records/session-report';
import { RUN_VERSION, type SavedRun, checkRun } from '../records/saved-run';
import { readExam } from '../records/exam-file';
import { type ExamReport, type ExamRun, buildExamReport, newExamRun, scenarioSeed, timeLeft } from '../engine/exam-rules';

/** The longest real time one frame may advance the game. */
export const MAX_FRAME_MS = 1000;
/** The run in progress is saved at least this often (real ms) while the clock runs. */
const SAVE_EVERY_MS = 2000;
/** Reports kept in the browser so a player can download them again. */
const KEEP_REPORTS = 20;

export type Screen = 'menu' | 'briefing' | 'desk' | 'debrief' | 'error' | 'exam' | 'exam-end';
export type { Progress };

export interface GameError {
  /** i18n key of the title, e.g. "error.story". */
  code: string;
  /** What went wrong, in plain words (file, field, message). */
  detail: string;
}

export interface Debrief {
  scenarioId: string;
  locale: Locale;
  seed: number;
  ending: { id: string; text: string };
  card: ScoreCard;
  decisions: Decision[];
  posts: Pick<FeedPost, 'id' | 'text' | 'channel' | 'persona' | 'at'>[];
  series: MetricSeries;
  report: Report;
}

export interface GameState {
  screen: Screen;
  settings: Settings;
  /** The scenarios to play: their cards (their full data loads when one is opened). */
  scenarios: ScenarioListing[];
  selected: ScenarioEntry | null;
  session: Session | null;
  /** Game seconds of the running session (changes every tick). */
  clock: number;
  /** Changes whenever the session's content changes. */
  version: number;
  paused: boolean;
  mode: 'training' | 'exam';
  /** Multiplies game time (deep link `timescale`). */
  timescale: number;
  /** Fixed seed from the deep link; otherwise each run draws one. */
  forcedSeed: number | null;
  /** When the running scenario started (ISO, real time). */
  startedAt: string | null;
  debrief: Debrief | null;
  /** The exam being sat, if any (mode 'exam'). */
  exam: ExamRun | null;
  /** Real time now, refreshed each frame during an exam (for its timers). */
  realNow: number;
  progress: Progress;
  error: GameError | null;
  /** Something the player should be told once (a save set aside, a resumed game). */
  notice: { code: string; detail?: string } | null;
  loading: boolean;
  /** The system asks for reduced motion (prefers-reduced-motion), whatever the game's own setting says. */
  systemReducedMotion: boolean;
}

export type WriteResult = 'sent' | 'empty' | 'too-long' | 'no-post' | 'not-allowed';

export interface GameActions {
  setSettings(patch: Partial<Settings>): void;
  /** Follows the system's reduced-motion preference (told by the platform, live). */
  followSystemMotion(reduced: boolean): void;
  /**
   * Shows a scenario's briefing: at once when its data is at hand, else a loading briefing until it
   * is (settles then).
   */
  openBriefing(id: string): Promise<void>;
  /** Loads every listed scenario's data ahead, so opening one is instant. */
  preload(): Promise<void>;
  start(): Promise<void>;
  /** Picks up a scenario saved in progress (after a reload); true when one was resumed. */
  restore(): Promise<boolean>;
  tick(realMs: number): void;
  choose(postId: string, index: number): void;
  write(postId: string, text: string): WriteResult;
  askHint(postId: string): string | null;
  skipAhead(): void;
  setPaused(paused: boolean): void;
  finish(): void;
  backToMenu(): void;
  fail(code: string, detail: string): void;
  setTimescale(n: number): void;
  dismissNotice(): void;
  /** Reports of finished scenarios kept in this browser, newest first. */
  savedReports(): Report[];
  /** Saves the run in progress now (the page is being hidden or closed). */
  saveNow(): void;
  /** Loads an exam file; its problems (naming the field) when it cannot be sat. */
  loadExam(text: string, source: string): string[];
  /** Compiles a teacher's own scenario (.ink, optional manifest and charter) and opens its briefing; its problems otherwise. */
  loadCustom(files: { name: string; text: string }[]): Promise<string[]>;
  /** The candidate starts the exam; the missing candidate fields when some are empty. */
  beginExam(candidate: Record<string, string>): string[];
  /** The exam report, once the exam is over. */
  examReport(): ExamReport | null;
  /** Leaves a finished exam. */
  closeExam(): void;
}

export type GameStore = ReturnType<typeof createGameStore>;

export interface StoreDeps {
  /** Scenarios with their data at hand, or listed with their data loaded on demand. */
  scenarios: readonly (ScenarioEntry | ScenarioListing)[];
  storage: KeyValue;
  /** Locale to use when nothing is saved (from the browser). */
  defaultLocale: Locale;
  /** A fresh seed for a new run (injected so tests are deterministic). */
  newSeed: () => number;
  /** Real time in ms (injected: Date.now in the browser, a fake in tests). */
  now?: () => number;
  /** The game's version, written in reports. */
  appVersion?: string;
}

const isRecord = (d: unknown): d is Record<string, unknown> => typeof d === 'object' && d !== null && !Array.isArray(d);

function checkProgress(d: unknown): Progress | null {
  if (!isRecord(d)) return null;
  const ok = Object.values(d).every((p) => isRecord(p) && typeof p.best === 'number' && typeof p.plays === 'number');
  return ok ? (d as Progress) : null;
}

export function createGameStore(deps: StoreDeps) {
  const now = deps.now ?? (() => 0);
  const iso = () => new Date(now()).toISOString();
  const storage = new SafeStorage(deps.storage);
  const reads = {
    settings: storage.read('settings', checkSettings),
    progress: storage.read('progress', checkProgress),
    run: storage.read('run', checkRun),
    reports: storage.read('reports', (d) => (Array.isArray(d) ? (d as Report[]) : null)),
    exam: storage.read('exam', (d) => (typeof d === 'object' && d !== null && 'exam' in d && 'reports' in d ? (d as ExamRun) : null)),
  };
  const setAside = Object.values(reads).flatMap((r) => (r.status === 'set-aside' ? [`${r.key}: ${r.reason}`] : []));
  let lastSave = -Infinity;
  let savedLogLength = -1;
  /** Data of listed scenarios, once loaded. */
  const loaded = new WeakMap<ScenarioListing, ScenarioContent>();
  const contentNow = (l: ScenarioListing) => (typeof l.content === 'function' ? loaded.get(l) : l.content);
  const contentOf = async (l: ScenarioListing): Promise<ScenarioContent> => {
    if (typeof l.content !== 'function') return l.content;
    const content = loaded.get(l) ?? (await l.content());
    loaded.set(l, content);
    return content;
  };
  const entryOf = (l: ScenarioListing, content: ScenarioContent): ScenarioEntry => ({
    ...content,
    loadStory: l.loadStory,
    ...(l.custom ? { custom: true } : {}),
  });
  /** The latest briefing asked for: an earlier one still loading is not shown. */
  let opening = 0;

  return createStore<GameState & GameActions>()((set, get) => {
    const saveRun = (force: boolean) => {
      const { session, mode, startedAt } = get();
      if (!session || session.ended) return;
      if (!force && now() - lastSave < SAVE_EVERY_MS) return;
      lastSave = now();
      savedLogLength = session.log.length;
      const run: SavedRun = {
        version: RUN_VERSION,
        scenario: session.manifest.id,
        scenarioVersion: session.manifest.version,
        locale: session.locale,
        seed: session.seed,
        mode,
        startedAt: startedAt ?? iso(),
        clock: session.now,
        log: session.log,
      };
      storage.write('run', run);
    };
    /** Tells subscribers the session moved; saves it (at once when its content changed). */
    const publish = () => {
      const { session } = get();
      if (!session) return;
      set({ clock: session.now, version: session.version });
      // A new entry in the log (a decision, a post) is saved at once; the community's chatter follows from
      // the seed on replay, so it does not need a save every frame.
      saveRun(session.log.length !== savedLogLength);
      if (session.ended) get().finish();
    };
    const training = () => get().mode === 'training';
    /** Rebuilds the run saved in progress by replaying its log; sets it aside when that fails. */
    const restoreRun = async (): Promise<boolean> => {
      if (reads.run.status !== 'ok') return false;
      const run = reads.run.value;
      const listing = get().scenarios.find((s) => s.manifest.id === run.scenario);
      const load = listing?.loadStory[run.locale];
      const setRunAside = (reason: string) => {
        storage.write('run.corrupt', run);
        deps.storage.removeItem('frontline.run');
        set({ notice: { code: 'notice.runSetAside', detail: reason } });
        return false;
      };
      if (!listing || !load) return setRunAside(`${run.scenario}: not in this version of the game`);
      if (listing.manifest.version !== run.scenarioVersion)
        return setRunAside(`${run.scenario}: the scenario changed since this game was saved`);
      try {
        const [story, { replaySession }, content] = await Promise.all([load(), import('../engine/replay'), contentOf(listing)]);
        const selected = entryOf(listing, content);
        const exam = run.mode === 'exam' ? get().exam?.exam : undefined;
        const { session, problems } = replaySession(
          { manifest: selected.manifest, charter: selected.charter, story },
          {
            ...run,
            recordedAnalyses: true,
            ...(exam?.weights ? { weights: exam.weights } : {}),
            ...(exam?.freeTextRequired ? { freeTextRequired: true } : {}),
          },
        );
        if (problems.length > 0) return setRunAside(problems.join('; '));
        session.advance(run.clock);
        session.setRealClock(now);
        set({
          selected,
          session,
          mode: run.mode,
          startedAt: run.startedAt,
          screen: 'desk',
          clock: session.now,
          version: session.version,
          paused: run.mode === 'training',
          settings: { ...get().settings, locale: run.locale },
          notice: { code: 'notice.resumed' },
        });
        return true;
      } catch (e) {
        return setRunAside((e as Error).message);
      }
    };
    const saveExam = (exam: ExamRun | null) => {
      if (exam) storage.write('exam', exam);
      else deps.storage.removeItem('frontline.exam');
      set({ exam });
    };
    /** Next scenario of the exam, or its end. */
    const nextInExam = (exam: ExamRun) => {
      const id = exam.exam.scenarios[exam.index];
      if (id && timeLeft(exam, now()).total > 0) {
        saveExam({ ...exam, scenarioStartedAt: null });
        get().openBriefing(id);
      } else {
        saveExam({ ...exam, finishedAt: now(), scenarioStartedAt: null });
        set({ screen: 'exam-end', selected: null, session: null });
      }
    };

    return {
      screen: 'menu',
      settings: reads.settings.status === 'ok' ? reads.settings.value : defaultSettings(deps.defaultLocale),
      scenarios: deps.scenarios.map((s) => ('content' in s ? s : listed(s))),
      selected: null,
      session: null,
      clock: 0,
      version: 0,
      paused: false,
      mode: 'training',
      timescale: 1,
      forcedSeed: null,
      startedAt: null,
      debrief: null,
      exam: reads.exam.status === 'ok' ? reads.exam.value : null,
      realNow: now(),
      progress: reads.progress.status === 'ok' ? reads.progress.value : {},
      error: null,
      notice: setAside.length > 0 ? { code: 'notice.saveSetAside', detail: setAside.join('; ') } : null,
      loading: false,
      systemReducedMotion: false,

      setSettings(patch) {
        const settings = { ...get().settings, ...patch };
        set({ settings });
        storage.write('settings', { version: SETTINGS_VERSION, ...settings });
      },

      followSystemMotion(reduced) {
        if (get().systemReducedMotion !== reduced) set({ systemReducedMotion: reduced });
      },

      openBriefing(id) {
        const listing = get().scenarios.find((s) => s.manifest.id === id);
        const ticket = ++opening;
        if (!listing) {
          get().fail('error.unknownScenario', id);
          return Promise.resolve();
        }
        const ready = contentNow(listing);
        set({
          selected: ready ? entryOf(listing, ready) : null,
          screen: 'briefing',
          session: null,
          debrief: null,
          paused: false,
          loading: !ready,
        });
        if (ready) return Promise.resolve();
        return contentOf(listing).then(
          (content) => {
            if (ticket === opening && get().screen === 'briefing') set({ selected: entryOf(listing, content), loading: false });
          },
          (e: unknown) => {
            if (ticket === opening) get().fail('error.story', `${id}: ${(e as Error).message}`);
          },
        );
      },

      async preload() {
        await Promise.all(get().scenarios.map(contentOf));
      },

      async start() {
        const { selected, settings, forcedSeed } = get();
        if (!selected) return;
        const load = selected.loadStory[settings.locale];
        if (!load) {
          get().fail('error.noLocale', `${selected.manifest.id} (${settings.locale})`);
          return;
        }
        set({ loading: true });
        try {
          // The engine (ink runtime, simulation, analysis, scoring) is its own chunk, loaded on first play.
          const [story, { Session }] = await Promise.all([load(), import('../engine/session')]);
          const exam = get().exam;
          const session = new Session({
            manifest: selected.manifest,
            charter: selected.charter,
            story,
            locale: settings.locale,
            realClock: now,
            seed: exam ? scenarioSeed(exam.exam, selected.manifest.id) : (forcedSeed ?? deps.newSeed()),
            ...(exam?.exam.weights ? { weights: exam.exam.weights } : {}),
            ...(exam?.exam.freeTextRequired ? { freeTextRequired: true } : {}),
          });
          if (exam) saveExam({ ...exam, scenarioStartedAt: now() });
          set({ session, screen: 'desk', clock: session.now, version: session.version, paused: false, loading: false, startedAt: iso() });
          saveRun(true);
        } catch (e) {
          set({ loading: false });
          get().fail('error.story', `${selected.manifest.id}: ${(e as Error).message}`);
        }
      },

      async restore() {
        const resumed = await restoreRun();
        const exam = get().exam;
        if (!resumed && exam) {
          // Between two scenarios of an exam: back to where the candidate was, the clock still running.
          set({ mode: 'exam', settings: { ...get().settings, locale: exam.exam.locale } });
          if (exam.startedAt === null) set({ screen: 'exam' });
          else if (exam.finishedAt !== null) set({ screen: 'exam-end' });
          else nextInExam(exam);
          return true;
        }
        return resumed;
      },

      tick(realMs) {
        const { session, paused, screen, timescale, exam } = get();
        if (!session || paused || screen !== 'desk' || !(realMs > 0)) return;
        if (exam) {
          set({ realNow: now() });
          if (timeLeft(exam, now()).scenario <= 0) {
            session.expire();
            publish();
            return;
          }
        }
        // Game time follows real time, not the frame rate; a frame longer than a second (a tab in the
        // background) only counts for one, so posts never pile up unseen.
        const dt = Math.min(realMs, MAX_FRAME_MS) / 1000;
        session.advance(session.now + dt * session.manifest.clockRate * timescale);
        publish();
      },

      choose(postId, index) {
        const { session } = get();
        if (!session || get().screen !== 'desk') return;
        if (session.choose(postId, index)) publish();
      },

      write(postId, text) {
        const { session } = get();
        if (!session || get().screen !== 'desk') return 'no-post';
        const result = session.write(postId, text);
        if ('error' in result) return result.error;
        publish();
        return 'sent';
      },

      askHint(postId) {
        const { session } = get();
        if (!session || !training()) return null;
        const hint = session.useHint(postId);
        publish();
        return hint;
      },

      skipAhead() {
        const { session } = get();
        if (!session || !session.idle()) return;
        const next = session.nextEventAt();
        if (next !== null) session.advance(next);
        publish();
      },

      setPaused(paused) {
        if (paused && !training()) return;
        set({ paused });
      },

      finish() {
        const { session, progress, mode, startedAt } = get();
        if (!session) return;
        const report = buildReport(session, { app: deps.appVersion ?? 'dev', mode, startedAt: startedAt ?? iso(), finishedAt: iso() });
        if (mode === 'exam') {
          // Exam results go to the examiner's report, not to the training career.
          deps.storage.removeItem('frontline.run');
          const exam = get().exam;
          if (exam) {
            nextInExam({
              ...exam,
              index: exam.index + 1,
              reports: [...exam.reports, { ...report, candidate: exam.candidate, exam: { id: exam.exam.id, title: exam.exam.title } }],
            });
          }
          set({ session: null });
          return;
        }
        const card = { scores: report.scores, reasons: report.reasons };
        const id = session.manifest.id;
        const previous = progress[id];
        const nextProgress = {
          ...progress,
          [id]: { best: Math.max(previous?.best ?? 0, card.scores.overall), plays: (previous?.plays ?? 0) + 1 },
        };
        storage.write('progress', nextProgress);
        storage.write('reports', [report, ...get().savedReports()].slice(0, KEEP_REPORTS));
        deps.storage.removeItem('frontline.run');
        set({
          screen: 'debrief',
          progress: nextProgress,
          session: null,
          debrief: {
            scenarioId: id,
            locale: session.locale,
            seed: session.seed,
            ending: session.ending ?? { id: 'unfinished', text: '' },
            card,
            decisions: report.decisions,
            posts: session.feed.map(({ id: postId, text, channel, persona, at }) => ({ id: postId, text, channel, persona, at })).reverse(),
            series: session.series(),
            report,
          },
        });
      },

      backToMenu() {
        // An exam cannot be left before its end.
        if (get().exam && get().exam?.finishedAt === null && get().screen !== 'error') return;
        // Leaving a scenario abandons it: nothing to resume.
        if (get().session) deps.storage.removeItem('frontline.run');
        opening++;
        set({ screen: 'menu', session: null, selected: null, error: null, paused: false, loading: false });
      },

      fail(code, detail) {
        set({ screen: 'error', error: { code, detail }, session: null, loading: false });
      },

      setTimescale(n) {
        if (training() && Number.isFinite(n) && n > 0 && n <= 100) set({ timescale: n });
      },

      dismissNotice() {
        set({ notice: null });
      },

      loadExam(text, source) {
        const read = readExam(
          text,
          get().scenarios.map((e) => e.manifest.id),
          source,
        );
        if (!read.ok) return read.error;
        const missingLocale = read.value.scenarios.filter(
          (id) => !get().scenarios.find((e) => e.manifest.id === id)?.loadStory[read.value.locale],
        );
        if (missingLocale.length > 0) return missingLocale.map((id) => `${source}: scenarios: "${id}" has no ${read.value.locale} version`);
        saveExam(newExamRun(read.value));
        set({
          mode: 'exam',
          timescale: 1,
          forcedSeed: null,
          screen: 'exam',
          session: null,
          selected: null,
          debrief: null,
          settings: { ...get().settings, locale: read.value.locale },
        });
        return [];
      },

      async loadCustom(files) {
        try {
          // The ink compiler comes with this chunk, loaded only now.
          const { buildCustomScenario } = await import('../authoring/custom-scenario');
          const result = buildCustomScenario(files, get().settings.locale);
          if (!result.ok) return result.problems;
          const entry = listed({ ...result.entry, custom: true });
          set({ scenarios: [...get().scenarios.filter((e) => e.manifest.id !== entry.manifest.id), entry] });
          get().openBriefing(entry.manifest.id);
          return [];
        } catch (e) {
          return [`${(e as Error).message}`];
        }
      },

      beginExam(candidate) {
        const exam = get().exam;
        if (!exam || exam.startedAt !== null) return [];
        const cleaned = Object.fromEntries(exam.exam.candidate.map((f) => [f, (candidate[f] ?? '').trim().slice(0, 200)]));
        const missing = exam.exam.candidate.filter((f) => !cleaned[f]);
        if (missing.length > 0) return missing;
        nextInExam({ ...exam, candidate: cleaned, startedAt: now() });
        return [];
      },

      examReport() {
        const exam = get().exam;
        return exam && exam.finishedAt !== null ? buildExamReport(exam, exam.finishedAt) : null;
      },

      closeExam() {
        if (get().exam?.finishedAt === null) return;
        saveExam(null);
        set({ mode: 'training', screen: 'menu', selected: null, session: null });
      },

      saveNow() {
        saveRun(true);
      },

      savedReports() {
        // Only well-formed reports: a damaged entry is skipped, never shown half-read.
        const read = storage.read('reports', (d) => (Array.isArray(d) ? (d as unknown[]).filter(isReport) : null));
        return read.status === 'ok' ? read.value : [];
      },
    };
  });
}

/** Whether a scenario is open on the career path (or opened for everyone in the settings). */
export const scenarioOpen = (state: GameState, entry: Pick<ScenarioListing, 'manifest' | 'custom'>): boolean =>
  !!entry.custom ||
  isOpen(
    entry.manifest,
    state.scenarios.map((s) => s.manifest),
    state.progress,
    state.settings.unlockAll,
  );

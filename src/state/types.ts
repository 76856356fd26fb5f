/** The store's state, actions and what its slices share. */
import type { Decision, Locale, Scores, Reason } from '../core/types';
import type { ScenarioEntry, ScenarioListing } from '../content/catalog';
import type { MetricSeries } from '../sim';
import type { KeyValue } from '../platform/storage';
import type { RunLock } from '../platform/run-lock';
import type { FeedPost, Session } from '../engine/session';
import type { SessionEnding } from '../engine/ending';
import type { ReplyModel } from '../analysis';
import type { Settings } from '../records/settings';
import type { Progress } from '../records/progress';
import type { Report } from '../records/session-report';
import type { ExamRun } from '../records/exam-run';
import type { ExamReport } from '../records/exam-report';
import type { Draft } from '../records/draft';
import type { ScenarioLoader } from './library-slice';
import type { Saves } from './saves';
import type { HubRuntime, JoinProblem } from './hub-runtime';

export type Screen = 'menu' | 'briefing' | 'desk' | 'debrief' | 'error' | 'exam' | 'exam-end';
export type { Progress };

export interface GameError {
  /** i18n key of the title, e.g. "error.story". */
  code: string;
  /** Technical details (file, field, message), folded away on the error screen. */
  detail: string;
  /** i18n key of what happened and what to do, in plain words, when more is known than the title. */
  advice?: string;
}

/** Why an exam cannot start, as the candidate is told it (keys of `examAdvice`). */
export type ExamAdvice =
  | 'damaged'
  | 'not-exam'
  | 'is-report'
  | 'is-exam-report'
  | 'unknown-scenario'
  | 'newer-version'
  | 'older-version'
  | 'invalid'
  | 'too-large'
  // An exam link that would replace what is in progress (the link is left unopened):
  | 'run-in-progress'
  | 'exam-in-progress'
  | 'report-not-downloaded'
  // An exam on a Frontline Hub (`#hub-exam=`): the link already used, started in another browser, or unknown to the hub.
  | 'hub-used'
  | 'hub-started'
  | 'hub-bad-link';

/** A finished exam whose link was opened again in this browser: shown again, never sat a second time. */
export interface ExamAgain {
  title: string;
  contact?: string;
  /** Real ms. */
  finishedAt: number;
  /** Real ms when its report was downloaded; null: never (the finished exam is shown again with its report). */
  downloadedAt: number | null;
}

/** What a run's variant drew, for the debrief to put into words. */
export interface VariantSummary {
  /** The variant's code ("0a4f1c09"), as the deep link `&variant=` takes it. */
  code: string;
  /** Each persona the draw renamed: the first name the scenario is written with, and the identity drawn. */
  personas: { written: string; name: string; handle: string }[];
  /**
   * Each value the draw changed: its ink variable, the value as written (the first the manifest lists,
   * the one the story declares) and the value drawn, in each language (the same draw in both).
   */
  values: { name: string; written: Record<Locale, string>; value: Record<Locale, string> }[];
  /** The brand the run was played for, when the draw chose another than the one written. */
  brand?: { written: string; name: string };
  /** A link can replay it: a shipped scenario (a teacher's own file does not open from a link). */
  linkable: boolean;
}

export interface Debrief {
  scenarioId: string;
  locale: Locale;
  seed: number;
  /** The run's variant; null when the scenario was played as written. */
  variant: VariantSummary | null;
  ending: SessionEnding;
  card: { scores: Scores; reasons: Reason[] };
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
  /**
   * The variant seed of the scenario opened (src/engine/variant.ts): its briefing shows it and the run
   * plays it; null when the scenario declares no variants (played as written). Training draws a new one
   * each time a briefing opens, an exam gives the candidate theirs, a resumed run keeps its own.
   */
  variant: number | null;
  /** A variant pinned by the deep link (`&variant=<code>`): every training run plays it. */
  forcedVariant: number | null;
  /** When the running scenario started (ISO, real time). */
  startedAt: string | null;
  debrief: Debrief | null;
  /** The exam being sat, if any (mode 'exam'). */
  exam: ExamRun | null;
  /** Set when the link of an exam already finished in this browser was opened again (the end screen says so). */
  examAgain: ExamAgain | null;
  /** Real time now, refreshed each frame during an exam (for its timers). */
  realNow: number;
  progress: Progress;
  error: GameError | null;
  /** Something the player should be told once (a save set aside, a resumed game). */
  notice: { code: string; detail?: string } | null;
  loading: boolean;
  /** The browser refuses to save (storage full or blocked): the player is warned and offered the run to download. */
  saveFailing: boolean;
  /** The system asks for reduced motion (prefers-reduced-motion), whatever the game's own setting says. */
  systemReducedMotion: boolean;
  /** The reply being written in the composer, kept across a reload (read it through `composerDraft`). */
  draft: Draft | null;
  /**
   * An exam sat on a hub: whether the hub is out of reach, how many acts wait to be sent, and whether
   * the candidate waits for the hub's answer between scenarios (null: not on a hub, or nothing to say).
   */
  hubLine: { offline: boolean; pending: number; waiting: boolean } | null;
}

/** What the composer tells the store when a reply is sent. */
export interface WriteOptions {
  /** Characters pasted into the composer for this reply (logged in an exam only). */
  pasted?: number;
}

export type WriteResult = 'sent' | 'empty' | 'too-long' | 'over-limit' | 'no-post' | 'not-allowed' | 'bad-destination';

export interface GameActions {
  setSettings(patch: Partial<Settings>): void;
  /** Follows the system's reduced-motion preference (told by the platform, live). */
  followSystemMotion(reduced: boolean): void;
  /** Shows a scenario's briefing: at once when its data is at hand, else a loading briefing until it is. */
  openBriefing(id: string): Promise<void>;
  /** Loads every listed scenario's data ahead, so opening one is instant. */
  preload(): Promise<void>;
  start(): Promise<void>;
  /** Picks up a scenario saved in progress (after a reload); true when one was resumed. */
  restore(): Promise<boolean>;
  tick(realMs: number): void;
  choose(postId: string, index: number): void;
  /**
   * Sends a written reply where the composer says (`destination`: its `data-reply-action` value,
   * `reply` by default, `dm` or `escalate:<department>`).
   */
  write(postId: string, text: string, destination?: string, options?: WriteOptions): WriteResult;
  /**
   * The page was hidden or lost focus for `ms` of real time (told when it comes back). In an exam, a
   * period of a second or more is logged in the session (an integrity signal the examiner sees).
   */
  noteAway(ms: number): void;
  /**
   * Keeps the reply being written (its post, words, destination and the characters pasted so far) so
   * a reload does not lose it; empty words forget it. Sending the reply forgets it too.
   */
  keepDraft(postId: string, text: string, destination: string, pasted: number): void;
  askHint(postId: string): string | null;
  skipAhead(): void;
  setPaused(paused: boolean): void;
  /** A live class's inject reached this game (its knot): its notes and posts come now, and the log keeps it. */
  receiveInject(knot: string): void;
  finish(): void;
  backToMenu(): void;
  fail(code: string, detail: string, advice?: string): void;
  setTimescale(n: number): void;
  dismissNotice(): void;
  /** Reports of finished scenarios kept in this browser, newest first. */
  savedReports(): Report[];
  /** Saves the run in progress now (the page is being hidden or closed). */
  saveNow(): void;
  /** The run in progress as a file to keep (when the browser refuses to save it), or null. */
  runToDownload(): { name: string; text: string } | null;
  /**
   * Loads an exam from a file or a link (null: a link that does not decode); when it cannot be sat,
   * what to tell the candidate and the technical details (naming the fields). It never replaces what is
   * in progress: a training scenario on the desk (unless `replaceRun`: the player agreed to abandon it),
   * another exam under way, or a finished exam whose report was never downloaded. An exam already
   * finished in this browser (the same exam, whatever its extra time) opens on its end screen, not anew.
   */
  loadExam(
    text: string | null,
    source: string,
    from?: 'link' | 'file',
    replaceRun?: boolean,
  ): { advice: ExamAdvice; details: string[] } | null;
  /** Compiles a teacher's own scenario (.ink, optional manifest and charter) and opens its briefing; its problems otherwise. */
  loadCustom(files: { name: string; text: string }[]): Promise<string[]>;
  /**
   * The candidate's answer to the exam's optional group question, before it starts (null: prefer not
   * to answer). An answer that is not one of the question's choices is no answer.
   */
  answerExamGroup(answer: string | null): void;
  /** Opens an exam from a hub's invitation link (`#hub-exam=<token>`); a refusal shows the error screen in plain words. */
  openHubExam(token: string): Promise<void>;
  /**
   * Joins a live class on the hub that serves the game, by its code and the student's name (no
   * account): the game opens the class's scenario at the teacher's settings. Null when joined; else why not.
   */
  joinClass(code: string, name: string): Promise<JoinProblem | null>;
  /** The candidate starts the exam; the missing candidate fields when some are empty. */
  beginExam(candidate: Record<string, string>): string[];
  /** The exam report, once the exam is over (null once it was downloaded and the exam left). */
  examReport(): ExamReport | null;
  /** The exam report as the file to save (its name tells the exam, the candidate and the day); noted as downloaded. */
  downloadExamReport(): { name: string; text: string } | null;
  /**
   * Leaves a finished exam. Its report was never downloaded: nothing happens (false) unless the candidate
   * `confirmed` they leave without it, and the finished exam stays in this browser, for its link to show
   * it again. Downloaded: only the fact that it was sat stays. True when left.
   */
  closeExam(confirmed?: boolean): boolean;
}

export type Game = GameState & GameActions;

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
  /** Held while a run is played, so a second tab does not play or replace it (none: always free). */
  runLock?: RunLock;
  /** The trained reply reader's weights (models/reply-model.bin); none: written replies are read by the rules alone. */
  replyModelBytes?: () => Promise<Uint8Array>;
}

/** What every slice is given: the store's own set/get, the injected dependencies, and the saves. */
export interface SliceContext {
  set: (partial: Partial<Game>) => void;
  get: () => Game;
  deps: StoreDeps;
  now: () => number;
  /** Real time now as an ISO date. */
  iso: () => string;
  saves: Saves;
  loader: ScenarioLoader;
  runLock: RunLock;
  /** The reply model, loaded once (src/state/reply-model.ts). */
  replyModel: () => Promise<ReplyModel | null>;
  /** An exam on a hub (src/state/hub-runtime.ts), loaded the first time one is opened or resumed. */
  hub: () => Promise<HubRuntime>;
}

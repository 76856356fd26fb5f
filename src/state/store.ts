/**
 * The game's one store (zustand vanilla, made by a factory: one per game, one per test).
 * Scenes read it and call its actions; the rules live in the session, sim, analysis and scoring.
 * The running Session is an engine object: the store publishes its `clock` and `version`
 * so subscribers know when to redraw.
 */
import { createStore } from 'zustand/vanilla';
import type { Decision, Locale } from '../core/types';
import type { ScenarioEntry } from '../content/catalog';
import type { ScoreCard } from '../scoring';
import type { MetricSeries } from '../sim';
import { SafeStorage, type KeyValue } from '../platform/storage';
import type { FeedPost, Session } from './session';
import { type Settings, SETTINGS_VERSION, checkSettings, defaultSettings } from './settings';

/** The longest real time one frame may advance the game. */
export const MAX_FRAME_MS = 1000;

export type Screen = 'menu' | 'briefing' | 'desk' | 'debrief' | 'error';

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
}

export type Progress = Record<string, { best: number; plays: number }>;

export interface GameState {
  screen: Screen;
  settings: Settings;
  scenarios: ScenarioEntry[];
  selected: ScenarioEntry | null;
  session: Session | null;
  /** Game seconds of the running session (changes every tick). */
  clock: number;
  /** Changes whenever the session's content changes. */
  version: number;
  paused: boolean;
  /** Multiplies game time (deep link `timescale`). */
  timescale: number;
  /** Fixed seed from the deep link; otherwise each run draws one. */
  forcedSeed: number | null;
  debrief: Debrief | null;
  progress: Progress;
  error: GameError | null;
  /** Something the player should be told once (a save set aside, a refused reply). */
  notice: { code: string; detail?: string } | null;
  loading: boolean;
}

export interface GameActions {
  setSettings(patch: Partial<Settings>): void;
  openBriefing(id: string): void;
  start(): Promise<void>;
  tick(realMs: number): void;
  choose(postId: string, index: number): void;
  write(postId: string, text: string): 'sent' | 'empty' | 'too-long' | 'no-post' | 'not-allowed';
  skipAhead(): void;
  setPaused(paused: boolean): void;
  finish(): void;
  backToMenu(): void;
  fail(code: string, detail: string): void;
  setTimescale(n: number): void;
  dismissNotice(): void;
}

export type GameStore = ReturnType<typeof createGameStore>;

export interface StoreDeps {
  scenarios: ScenarioEntry[];
  storage: KeyValue;
  /** Locale to use when nothing is saved (from the browser). */
  defaultLocale: Locale;
  /** A fresh seed for a new run (injected so tests are deterministic). */
  newSeed: () => number;
}

export function createGameStore(deps: StoreDeps) {
  const storage = new SafeStorage(deps.storage);
  const savedSettings = storage.read('settings', checkSettings);
  const savedProgress = storage.read('progress', (d) => (typeof d === 'object' && d !== null && !Array.isArray(d) ? d as Progress : null));
  const notice = savedSettings.status === 'set-aside' || savedProgress.status === 'set-aside'
    ? { code: 'notice.saveSetAside', detail: [savedSettings, savedProgress].map((r) => (r.status === 'set-aside' ? `${r.key}: ${r.reason}` : '')).filter(Boolean).join('; ') }
    : null;

  return createStore<GameState & GameActions>()((set, get) => {
    const endIfOver = () => {
      const { session } = get();
      if (session?.ended) get().finish();
    };
    const publish = () => {
      const { session } = get();
      if (session) set({ clock: session.now, version: session.version });
      endIfOver();
    };

    return {
      screen: 'menu',
      settings: savedSettings.status === 'ok' ? savedSettings.value : defaultSettings(deps.defaultLocale),
      scenarios: deps.scenarios,
      selected: null,
      session: null,
      clock: 0,
      version: 0,
      paused: false,
      timescale: 1,
      forcedSeed: null,
      debrief: null,
      progress: savedProgress.status === 'ok' ? savedProgress.value : {},
      error: null,
      notice,
      loading: false,

      setSettings(patch) {
        const settings = { ...get().settings, ...patch };
        set({ settings });
        storage.write('settings', { version: SETTINGS_VERSION, ...settings });
      },

      openBriefing(id) {
        const selected = get().scenarios.find((s) => s.manifest.id === id);
        if (!selected) {
          get().fail('error.unknownScenario', id);
          return;
        }
        set({ selected, screen: 'briefing', session: null, debrief: null, paused: false });
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
          const [story, { Session }] = await Promise.all([load(), import('./session')]);
          const session = new Session({
            manifest: selected.manifest, charter: selected.charter, story,
            locale: settings.locale, seed: forcedSeed ?? deps.newSeed(),
          });
          set({ session, screen: 'desk', clock: session.now, version: session.version, paused: false, loading: false });
        } catch (e) {
          set({ loading: false });
          get().fail('error.story', `${selected.manifest.id}: ${(e as Error).message}`);
        }
      },

      tick(realMs) {
        const { session, paused, screen, timescale } = get();
        if (!session || paused || screen !== 'desk' || realMs <= 0) return;
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

      skipAhead() {
        const { session } = get();
        if (!session || !session.idle()) return;
        const next = session.nextEventAt();
        if (next !== null) session.advance(next);
        publish();
      },

      setPaused(paused) {
        set({ paused });
      },

      finish() {
        const { session, progress } = get();
        if (!session) return;
        const card = session.score();
        const id = session.manifest.id;
        const previous = progress[id];
        const nextProgress = {
          ...progress,
          [id]: { best: Math.max(previous?.best ?? 0, card.scores.overall), plays: (previous?.plays ?? 0) + 1 },
        };
        storage.write('progress', nextProgress);
        set({
          screen: 'debrief',
          progress: nextProgress,
          debrief: {
            scenarioId: id,
            locale: session.locale,
            seed: session.seed,
            ending: session.ending ?? { id: 'unfinished', text: '' },
            card,
            decisions: [...session.decisions],
            posts: session.feed.map(({ id: postId, text, channel, persona, at }) => ({ id: postId, text, channel, persona, at })).reverse(),
            series: session.series(),
          },
        });
      },

      backToMenu() {
        set({ screen: 'menu', session: null, selected: null, error: null, paused: false });
      },

      fail(code, detail) {
        set({ screen: 'error', error: { code, detail }, session: null, loading: false });
      },

      setTimescale(n) {
        if (Number.isFinite(n) && n > 0 && n <= 100) set({ timescale: n });
      },

      dismissNotice() {
        set({ notice: null });
      },
    };
  });
}

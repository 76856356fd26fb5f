/**
 * The only wiring point: storage, store, i18n, sound and the Phaser game.
 * Everything else receives what it needs from here.
 */
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/space-grotesk/latin-700.css';
import './ui/styles.css';
import { listings } from './content/cards';
import { LOCALES } from './core/types';
import { createGameStore, type GameStore, inUse, motionReduced } from './state';
import { memoryStorage, type KeyValue } from './platform/storage';
import { readDeepLink } from './platform/deeplink';
import { browserRunLock } from './platform/run-lock';
import { openDurableStorage } from './platform/durable-storage';
import { fetchBytes } from './platform/assets';
// The trained reply reader's weights: an asset of its own, fetched with the first session and precached.
import replyModelUrl from '../models/reply-model.bin?url';
import { loadLms } from './lms/find-api';
import { decodeExamLink } from './records/exam-file';
import { detectLocale, loadTexts, startI18n, switchLanguage } from './i18n';
import { createSoundBoard } from './audio/sound';
import { StartGame } from './scenes';
import { version } from '../package.json';

function browserStorage(): KeyValue {
  try {
    const probe = '__frontline_probe__';
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return localStorage;
  } catch {
    return memoryStorage(); // private mode or storage disabled: play on without saving
  }
}

/** Settings that change how the page looks are CSS classes and variables on <html>. */
function applyDisplay(store: GameStore): void {
  const state = store.getState();
  const { settings } = state;
  const root = document.documentElement;
  root.lang = settings.locale;
  root.style.setProperty('--text-scale', String(settings.textScale));
  root.classList.toggle('high-contrast', settings.highContrast);
  root.classList.toggle('reduced-motion', motionReduced(state));
}

/** How a tab already in use asks and tells about an exam link (native dialogs, in the player's language). */
interface LinkDialogs {
  ask(key: string): boolean;
  tell(advice: string): void;
}

/**
 * An exam from the link: fetched from this site, or decoded from the link itself. With `dialogs` (a link
 * opened in a tab already in use), what it would replace is asked about or told, never lost: a training
 * scenario is abandoned only if the player agrees; an exam under way stays, and so does a finished one whose
 * report was not downloaded.
 */
async function openExam(
  store: GameStore,
  source: NonNullable<ReturnType<typeof readDeepLink>['exam']>,
  dialogs?: LinkDialogs,
): Promise<void> {
  // Over a scenario or an exam, a refusal is told in a message: the error screen would hide them.
  const refuse = (advice: string, details: string) =>
    dialogs && inUse(store.getState())
      ? dialogs.tell(`examAdvice.${advice}`)
      : store.getState().fail('error.exam', details, `examAdvice.${advice}`);
  let text: string | null;
  let name: string;
  if ('code' in source) {
    text = decodeExamLink(source.code);
    name = 'exam link';
  } else {
    name = source.url;
    text = await fetch(new URL(source.url, location.href), { credentials: 'same-origin' })
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .catch((e: Error) => {
        refuse('unreachable', `${source.url}: ${e.message}`);
        return null;
      });
    if (text === null) return;
  }
  const from = 'code' in source ? 'link' : 'file';
  let refused = store.getState().loadExam(text, name, from);
  if (refused?.advice === 'run-in-progress' && dialogs) {
    // A training scenario is on the desk: the player chooses; declined, nothing changes.
    if (!dialogs.ask('exam.abandonRun')) return;
    refused = store.getState().loadExam(text, name, from, true);
  }
  if (refused) refuse(refused.advice, refused.details.join('\n'));
}

async function main(): Promise<void> {
  const link = readDeepLink(location.search, location.hash);
  // Launched by a learning platform (SCORM 1.2), the run and the career live in its suspend data;
  // runs, reports and exams live in IndexedDB, settings and career in localStorage. Both open at once.
  const [lms, storage] = await Promise.all([loadLms(window), openDurableStorage(browserStorage())]);
  const store = createGameStore({
    scenarios: listings,
    storage: lms ? lms.storage(storage) : storage,
    defaultLocale: detectLocale(),
    newSeed: () => crypto.getRandomValues(new Uint32Array(1))[0] ?? 1,
    now: () => Date.now(),
    appVersion: version,
    runLock: browserRunLock(),
    replyModelBytes: () => fetchBytes(replyModelUrl),
  });
  lms?.bind(store, window, link.scenario);
  // `?lang=` wins over the saved language, and is saved in its place: the player's language persists in the settings.
  const locale = detectLocale({ search: location.search, saved: store.getState().settings.locale });
  if (locale !== store.getState().settings.locale) store.getState().setSettings({ locale });
  if (link.timescale !== null) store.getState().setTimescale(link.timescale);
  if (link.seed !== null) store.setState({ forcedSeed: link.seed });
  // A teacher's pinned variant: every training run of a scenario that declares variants plays it.
  if (link.variant !== null) store.setState({ forcedVariant: link.variant });
  const sound = createSoundBoard(import.meta.env.BASE_URL);
  // The system's reduced-motion preference, followed live (it can change while the game is open).
  const motion = matchMedia('(prefers-reduced-motion: reduce)');
  store.getState().followSystemMotion(motion.matches);
  motion.addEventListener('change', () => store.getState().followSystemMotion(motion.matches));
  applyDisplay(store);
  sound.setVolume(store.getState().settings.volume, store.getState().settings.muted);
  store.subscribe((s, p) => {
    if (s.settings === p.settings && s.systemReducedMotion === p.systemReducedMotion) return;
    applyDisplay(store);
    sound.setVolume(s.settings.volume, s.settings.muted);
  });

  // The likely language's texts load meanwhile (a chunk per language).
  loadTexts(store.getState().settings.locale).catch(() => undefined);
  // A scenario or exam in progress comes first: a reload must land where the player was.
  const resumed = await store.getState().restore();
  // An exam on a hub: the hub says whether the link can be sat (the same link resumed carries on).
  if (link.hubExam !== null) await store.getState().openHubExam(link.hubExam);
  else if (!resumed && link.exam) await openExam(store, link.exam);
  else if (!resumed && link.scenario) await store.getState().openBriefing(link.scenario);

  // The texts come before the engine starts: loaded alongside, they would wait behind its first frames.
  const i18n = await startI18n(store.getState().settings.locale);
  /** Scenes to redraw when a language's texts arrive after the switch. */
  const textListeners = new Set<() => void>();
  store.subscribe((s, p) => {
    if (s.settings.locale === p.settings.locale) return;
    void switchLanguage(i18n, () => store.getState().settings.locale).then((late) => {
      if (late) textListeners.forEach((f) => f());
    });
  });

  const dialogs: LinkDialogs = {
    ask: (key) => window.confirm(i18n.t(key)),
    tell: (advice) => window.alert(`${i18n.t('error.exam')}\n\n${i18n.t(advice)}`),
  };
  // An exam link opened over what was resumed from the last visit (a scenario, an exam under way or finished):
  // the same exam carries on, or says it was finished here; anything it would replace is asked or told about.
  if (resumed && link.exam) await openExam(store, link.exam, dialogs);
  // An exam link pasted into the address bar of this tab: the page does not reload, only its fragment changes.
  addEventListener('hashchange', () => {
    const pasted = readDeepLink('', location.hash);
    if (pasted.hubExam !== null) void store.getState().openHubExam(pasted.hubExam);
    else if (pasted.exam) void openExam(store, pasted.exam, dialogs);
  });

  // The clock moves between saves: save once more when the page goes away (reload, tab closed).
  addEventListener('pagehide', () => store.getState().saveNow());
  document.addEventListener('visibilitychange', () => {
    if (document.hidden) store.getState().saveNow();
  });

  // Never a blank screen: anything uncaught shows the error screen with a way back.
  const onCrash = (message: string) => store.getState().fail('error.unknown', message);
  window.addEventListener('error', (e) => onCrash(e.message));
  window.addEventListener('unhandledrejection', (e) => onCrash(String((e.reason as Error)?.message ?? e.reason)));

  StartGame(document.getElementById('game') as HTMLElement, {
    store,
    t: i18n.t.bind(i18n),
    sound: (cue) => sound.play(cue),
    unlockAudio: () => sound.unlock(),
    overlay: document.getElementById('ui') as HTMLElement,
    ready: document.fonts.ready,
    onTextsChanged: (listener) => {
      textListeners.add(listener);
      return () => textListeners.delete(listener);
    },
  });
  // Once the page has loaded, when it is idle: every scenario's briefing data and the other languages'
  // texts, so opening a scenario or switching language does not wait for the network.
  const idle = (f: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(f, { timeout: 3000 }) : setTimeout(f, 1000));
  const warm = () =>
    idle(() => {
      store
        .getState()
        .preload()
        .catch(() => undefined);
      for (const l of LOCALES) loadTexts(l).catch(() => undefined);
    });
  if (document.readyState === 'complete') warm();
  else addEventListener('load', warm, { once: true });
}

// Offline play: the service worker built by vite-plugin-pwa precaches the whole game. Never fatal.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  addEventListener('load', () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => undefined);
  });
}

main().catch((e: unknown) => {
  // Before the game exists there is no store to show the error screen: write it plainly.
  const ui = document.getElementById('ui');
  if (ui) {
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.className = 'boot-error';
    p.textContent = `Frontline could not start / Frontline n’a pas pu démarrer : ${(e as Error).message}`;
    ui.replaceChildren(p);
  }
});

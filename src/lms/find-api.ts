/**
 * Finding the SCORM 1.2 API an LMS offers its content, as the SCORM 1.2 Run-Time Environment
 * describes it: an object named `API` on this window or one of its parents, else on the window that
 * opened this one (or one of its parents). Kept small and free of dependencies: it runs on every
 * start, while the LMS adapter itself (`./lms`, with its compression) is loaded only when an API is
 * found, so outside an LMS the game pays nothing for it.
 */
import type { GameStore } from '../state';
import type { KeyValue } from '../platform/storage';

/** The SCORM 1.2 API (RTE 3.3). LMSs return "true"/"false" strings; some return booleans. */
export interface Scorm12Api {
  LMSInitialize(param: ''): unknown;
  LMSFinish(param: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(param: ''): unknown;
  LMSGetLastError(): unknown;
  LMSGetErrorString(code: string): unknown;
  LMSGetDiagnostic?(code: string): unknown;
}

/** What discovery needs of a window: its `API`, its `parent` and its `opener` (fakes in tests). */
export interface ApiHost {
  API?: unknown;
  parent?: ApiHost | null;
  opener?: ApiHost | null;
}

/** Parents climbed from one window: the RTE's sample code gives up after 7; deeper LMS frame sets are unheard of. */
export const MAX_PARENT_DEPTH = 7;
/** Openers followed (a course window opened by a launcher opened by the LMS...). */
export const MAX_OPENER_DEPTH = 3;

const isApi = (x: unknown): x is Scorm12Api =>
  typeof x === 'object' &&
  x !== null &&
  ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString'].every(
    (f) => typeof (x as Record<string, unknown>)[f] === 'function',
  );

/**
 * A property of another window; a window of another origin throws on access (SecurityError):
 * that is "not here", never a crash.
 */
function peek<K extends keyof ApiHost>(win: ApiHost, key: K): ApiHost[K] | undefined {
  try {
    return win[key];
  } catch {
    return undefined;
  }
}

/**
 * This window, then its parents (at most `MAX_PARENT_DEPTH` of them), until one has the API; also
 * the highest window reached, whose opener is where a pop-up course looks next.
 */
function searchUp(start: ApiHost): { api: Scorm12Api | null; top: ApiHost } {
  let win: ApiHost = start;
  for (let depth = 0; ; depth++) {
    const api = peek(win, 'API');
    if (isApi(api)) return { api, top: win };
    const parent = peek(win, 'parent');
    if (!parent || parent === win || depth >= MAX_PARENT_DEPTH) return { api: null, top: win };
    win = parent;
  }
}

/**
 * The SCORM 1.2 API of the LMS that launched this page, or null outside an LMS: this window and
 * its parents, then the window that opened this one (or the top of this frame set) and its
 * parents, and so on for at most `MAX_OPENER_DEPTH` openers.
 */
export function findScormApi(win: ApiHost): Scorm12Api | null {
  let from: ApiHost | null | undefined = win;
  for (let hop = 0; from && hop <= MAX_OPENER_DEPTH; hop++) {
    const { api, top } = searchUp(from);
    if (api) return api;
    const opener: ApiHost | null | undefined = peek(from, 'opener') ?? peek(top, 'opener');
    from = opener === from || opener === top ? null : opener;
  }
  return null;
}

/** The LMS link the game uses (see ./lms): storage for the store, results and exit for the LMS. */
export interface LmsLink {
  /** The learner's name as the LMS gives it ("Last, First"), or ''. */
  readonly learner: string;
  /** Overall score that passes (cmi.student_data.mastery_score, else the game's pass mark). */
  readonly mastery: number;
  /** A storage backend that keeps the run in progress and the career in cmi.suspend_data. */
  storage(fallback: KeyValue): KeyValue;
  /** Reports results, saves and exits through the LMS as the game goes; returns the unbinding. */
  bind(store: GameStore, target: Window, onlyScenario: string | null): () => void;
}

/**
 * Connects to the LMS when the page was launched by one: finds the API and, only then, loads the
 * adapter. Null outside an LMS, or when the LMS refuses to initialise (the game then plays on with
 * the browser's storage, as it does outside an LMS).
 */
export async function loadLms(win: Window): Promise<LmsLink | null> {
  const api = findScormApi(win as unknown as ApiHost);
  if (!api) return null;
  const { connectLms } = await import('./scorm');
  return connectLms(api);
}

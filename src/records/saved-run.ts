/**
 * A scenario in progress, saved after every action: the seed and the event log are enough to
 * rebuild it exactly (the session replays deterministically), plus the clock to return to.
 */
import { LOCALES, type Locale } from '../core/types';
import type { LogEntry } from '../engine/session';
import { MAX_GAME_SECONDS } from './session-report';

export const RUN_VERSION = 1;

export interface SavedRun {
  version: typeof RUN_VERSION;
  scenario: string;
  scenarioVersion: number;
  locale: Locale;
  seed: number;
  mode: 'training' | 'exam';
  startedAt: string;
  /** Game seconds reached. */
  clock: number;
  log: LogEntry[];
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Accepts a stored run, or null when it is not one of this version. The log is checked again by the replay. */
export function checkRun(data: unknown): SavedRun | null {
  if (!isObject(data) || data.version !== RUN_VERSION) return null;
  const ok =
    typeof data.scenario === 'string' &&
    typeof data.scenarioVersion === 'number' &&
    LOCALES.includes(data.locale as Locale) &&
    Number.isInteger(data.seed) &&
    (data.mode === 'training' || data.mode === 'exam') &&
    typeof data.startedAt === 'string' &&
    typeof data.clock === 'number' &&
    data.clock >= 0 &&
    data.clock <= MAX_GAME_SECONDS &&
    Array.isArray(data.log) &&
    data.log.length <= 20_000 &&
    data.log.every((e) => isObject(e) && typeof e.type === 'string' && typeof e.t === 'number' && e.t >= 0 && e.t <= MAX_GAME_SECONDS);
  return ok ? (data as unknown as SavedRun) : null;
}

/**
 * The proctored exam's rules on the server's clock, pure: when a scenario's time is up, whether an
 * event's game time can be true, and the gaps the examiner sees. Tolerances are docs/hub.md's.
 */
import type { Exam } from '../../src/records/exam-file';

/** An event may claim this much more game time than the server's clock allows (clock skew, rounding). */
export const AHEAD_TOLERANCE_MS = 5_000;
/** Events queued offline are still taken this long after the scenario's time is up. */
export const OFFLINE_GRACE_MS = 5 * 60_000;
/** An event is "late" when it arrives this long after it happened: a network cut, shown to the examiner. */
export const LATE_MS = 15_000;

export interface AttemptClock {
  startedAt: number;
  scenarioStartedAt: number;
}

/** When the current scenario's time is up: its own limit or the exam's, extra time included. */
export function scenarioDeadline(exam: Exam, clock: AttemptClock): number {
  const factor = exam.accommodation;
  return Math.min(
    clock.scenarioStartedAt + exam.minutesPerScenario * 60_000 * factor,
    clock.startedAt + exam.minutesTotal * 60_000 * factor,
  );
}

export type TimeCheck = { ok: true; lagMs: number } | { ok: false; code: 'time-up' | 'ahead' | 'backwards'; message: string };

/**
 * Whether an event's game time `t` can be true when it arrives at `now`: not before the previous
 * event's, not ahead of the game time the server's clock has run since the scenario started, and
 * within the scenario's time (plus the offline grace). Its lag is how far behind the server's clock it
 * arrives.
 */
export function checkEventTime(exam: Exam, clock: AttemptClock, clockRate: number, t: number, previousT: number, now: number): TimeCheck {
  const deadline = scenarioDeadline(exam, clock);
  const happened = clock.scenarioStartedAt + (t / clockRate) * 1000;
  if (now > deadline + OFFLINE_GRACE_MS || happened > deadline + AHEAD_TOLERANCE_MS)
    return { ok: false, code: 'time-up', message: 'The time for this scenario is up.' };
  if (t < previousT) return { ok: false, code: 'backwards', message: 'Game time went backwards.' };
  const lagMs = Math.round(now - happened);
  if (lagMs < -AHEAD_TOLERANCE_MS) return { ok: false, code: 'ahead', message: 'Game time runs ahead of the server clock.' };
  return { ok: true, lagMs: Math.max(0, lagMs) };
}

/**
 * Each event's gap: how much later than its scenario's quickest event it arrived, relative to when it
 * happened. The quickest sets the baseline (the briefing read before the desk's clock started, the
 * network's usual delay), so a network cut or a clock slowed by hand shows as a gap that grows.
 */
export function gaps(events: readonly { scenario: number; lagMs: number }[]): number[] {
  const floor = new Map<number, number>();
  return events.map((e) => {
    const base = Math.min(floor.get(e.scenario) ?? e.lagMs, e.lagMs);
    floor.set(e.scenario, base);
    return e.lagMs - base;
  });
}

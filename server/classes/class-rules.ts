/**
 * A live class's rules, pure: its code, the exam the hub makes from the teacher's settings (so a
 * student's run is an attempt, taken and replayed as an exam's), and the class's clock, which stands
 * still while the teacher pauses and runs at the class's time scale.
 */
import { randomInt } from 'node:crypto';
import { EXAM_FORMAT, EXAM_VERSION, type Exam } from '../../src/records/exam-file';
import { CLASS_CODE_ALPHABET, CLASS_CODE_LENGTH, type ClassSettings } from '../../src/records/class-live';
import type { AttemptClock } from '../exams/attempt-rules';

/** A class runs at most this long (the exam clock's limit: the session is the teacher's to end before). */
export const CLASS_MINUTES = 600;

export const newClassCode = (): string =>
  Array.from({ length: CLASS_CODE_LENGTH }, () => CLASS_CODE_ALPHABET[randomInt(CLASS_CODE_ALPHABET.length)]).join('');

/** The exam behind a class: its one scenario, language and variants; scores shown; the student gives a name only. */
export function classExam(settings: ClassSettings, code: string, title: string, seed: number): Exam {
  return {
    format: EXAM_FORMAT,
    version: EXAM_VERSION,
    id: `class-${code}`,
    title,
    locale: settings.locale,
    seed,
    scenarios: [settings.scenario],
    minutesPerScenario: CLASS_MINUTES,
    minutesTotal: CLASS_MINUTES,
    passMark: 50,
    freeTextRequired: false,
    showScores: true,
    candidate: ['name'],
    accommodation: 1,
    review: false,
    variants: settings.variants === 'per-student' ? 'per-candidate' : settings.variants,
  };
}

export interface Pauses {
  pausedAt: number | null;
  pausedMs: number;
}

/** Real ms the class has stood still, up to `now` (the pause under way included). */
export const pausedTotal = (p: Pauses, now: number): number => p.pausedMs + (p.pausedAt !== null ? Math.max(0, now - p.pausedAt) : 0);

/**
 * A student's attempt clock as the class runs it: shifted by the pauses since the student joined
 * (`baseMs`: the class's paused total then), so game time is checked as if the pauses never happened.
 */
export function classClock(clock: AttemptClock, pauses: Pauses, baseMs: number, now: number): AttemptClock {
  const shift = Math.max(0, pausedTotal(pauses, now) - baseMs);
  return { startedAt: clock.startedAt + shift, scenarioStartedAt: clock.scenarioStartedAt + shift };
}

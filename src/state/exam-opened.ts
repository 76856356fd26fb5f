import type { Exam } from '../records/exam-file';
import type { GameState } from './store';

/**
 * The state an exam opens on, from a file or a hub: its conditions screen, the exam's language, the
 * exam's own pace, and nothing of a training run (no session, no pinned seed or variant — an exam gives
 * each candidate theirs).
 */
export function examOpened(exam: Exam, settings: GameState['settings']): Partial<GameState> {
  return {
    mode: 'exam',
    timescale: 1,
    forcedSeed: null,
    forcedVariant: null,
    variant: null,
    screen: 'exam',
    examAgain: null,
    session: null,
    selected: null,
    debrief: null,
    hubLine: null,
    settings: { ...settings, locale: exam.locale },
  };
}

/**
 * Where a checked exam report stands, in one word the pages put into theirs (verify.html's card, the
 * dashboard's row and CSV): verified against the examiner's exam file; verified with extra time that
 * file does not grant; the replay verified but the settings not checked (no exam file given); the
 * replay matched but the report's exam settings differ from the examiner's file (a changed setting,
 * not an edited replay); or not verified for other problems. Also which problem lines are settings
 * differences, which the pages list by the setting's name rather than as a raw field. No DOM here.
 */
import { mismatchCount } from '../engine/capped-list';
import { examResult, newExamRun } from '../engine/exam-rules';
import type { Exam } from '../records/exam-file';
import type { Report } from '../records/session-report';
import type { ExamCheckResult } from './exam-report';
import { type SettingDifference, settingDifferences } from './examiner';

type Checked = Extract<ExamCheckResult, { status: 'verified' | 'failed' }>;

export type ExamStanding =
  /** The replay and the settings both checked: the settings match the examiner's exam file (or fingerprint). */
  | 'verified'
  /** Verified, with extra time the examiner's exam file does not grant: one of its extra-time links. */
  | 'extra-time'
  /** The replay verified, the settings not checked: no exam file or fingerprint was given. */
  | 'unchecked'
  /** Every session replays and its scores follow, but the report's exam settings differ from the examiner's file. */
  | 'settings-differ'
  /** Not verified: a session does not replay, the report does not hold together, or another exam. */
  | 'not-verified';

export interface ExamStatus {
  standing: ExamStanding;
  /** Every session of the report replays and matches its log (whatever the exam settings). */
  replayMatched: boolean;
  /** The settings that differ from the examiner's file, most telling first (for `differs`). */
  differences: SettingDifference[];
  /**
   * Problems besides the settings differences and what follows from them (the report's result, which
   * its own copy of the settings gives): for `settings-differ`, how many more there are.
   */
  otherProblems: number;
  /** The problem lines without the settings differences, which the page shows by the setting's name. */
  technicalLines: string[];
  /** Extra time of the attempt (1: none). */
  factor: number;
}

/** "exam.passMark: the report says …": a settings difference line of `checkExamReport`. */
const SETTING_LINE = /^exam\.(\w+): the report says /;

/** Where a checked exam report stands, and the settings that differ, for the pages to put in words. */
export function examStatus(r: Checked): ExamStatus {
  const replayMatched = r.parts.length > 0 && r.parts.every((p) => p.status === 'verified');
  const differences = r.settings === 'differs' ? settingDifferences(r.report.exam, r.exam) : [];
  const keys = new Set<string>(differences.map((d) => d.key));
  const technicalLines = r.mismatches.filter((m) => !keys.has(SETTING_LINE.exec(m)?.[1] ?? ''));
  // The report's result as its own (changed) copy of the settings gives it: a consequence of the change, not an edit.
  const otherLines =
    r.settings === 'differs' && claimsFollowCopy(r.report.exam, r.parts, r.report)
      ? technicalLines.filter((m) => !m.startsWith('overall: ') && !m.startsWith('passed: '))
      : technicalLines;
  const sessionProblems = r.parts.reduce(
    (n, p) => n + (p.status === 'failed' ? mismatchCount(p.mismatches) : p.status === 'refused' ? p.errors.length : 0),
    0,
  );
  const otherProblems = mismatchCount(otherLines) + sessionProblems;
  const standing: ExamStanding =
    r.status === 'verified'
      ? r.settings === 'extra-time'
        ? 'extra-time'
        : r.settings === 'unchecked'
          ? 'unchecked'
          : 'verified'
      : r.settings === 'differs' && replayMatched
        ? 'settings-differ'
        : 'not-verified';
  return { standing, replayMatched, differences, otherProblems, technicalLines, factor: r.exam.accommodation };
}

/** Whether the report's overall and pass/fail are what its own copy of the exam gives from the replayed sessions. */
function claimsFollowCopy(copy: Exam, parts: Checked['parts'], report: { overall: number; passed: boolean }): boolean {
  const scored = parts.flatMap((p): Report[] => (p.status === 'verified' ? [p.report] : []));
  const own = examResult({ ...newExamRun(copy), reports: scored });
  return own.overall === report.overall && own.passed === report.passed;
}

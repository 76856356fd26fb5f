/**
 * The dashboard's exam results, from checked exam attempts (./exam-check.ts): one row per attempt
 * with its exam-level verdict (an untouched session inside an edited exam report does not make the
 * row verified) and where it stands (../exam-status.ts: settings not checked, extra time to confirm,
 * settings that differ though the replay matched), the report's own fingerprint, the review, the
 * integrity signals and near-identical written replies across candidates of the same exam; the same
 * exam report imported twice, an edited copy of the same attempt (the same sessions: one attempt,
 * counted once, as the file list counts its sessions), the same candidate's attempts at the same
 * exam, and sessions shared between files. Pure: no DOM, no i18n.
 */
import type { Locale } from '../../core/types';
import { recordHash } from '../../engine/fingerprint';
import { type Signals, type SignalFlag, type SimilarPair, similarReplies } from '../../engine/signals';
import type { Exam } from '../../records/exam-file';
import type { Report } from '../../records/session-report';
import type { CheckResult } from '../check';
import type { CheckedFile } from '../common';
import { type SettingsCheck, problemCount } from '../exam-report';
import { type ExamStanding, examStatus } from '../exam-status';
import type { SettingDifference } from '../examiner';
import { type Learner, learnerOf } from '../facts';
import { examFingerprint } from '../../engine/fingerprint';
import type { CheckedAttempt } from './exam-check';

/** What a row's result is: passed, not passed, or provisional until the examiner's review. */
export type Outcome = 'passed' | 'failed' | 'provisional';
/** Whether the exam asks for a review, and where the review stands. */
export type ReviewState = 'not-required' | 'pending' | 'reviewed' | 'refused';
/** The signals a row can raise: the session logs' own, and replies nearly the same as another candidate's. */
export type RowFlag = SignalFlag | 'similar-replies';

export interface SimilarMatch {
  /** The other row's key. */
  other: string;
  scenario: string;
  postId: string;
  similarity: number;
}

export interface ExamRow {
  key: string;
  file: string;
  candidate: Learner;
  /** The candidate's e-mail, when they gave one. */
  email: string | null;
  examId: string;
  examTitle: string;
  /** The fingerprint of the exam written in the report (the candidate's copy), as the builder shows it. */
  fingerprint: string;
  /** The examiner's exam file's fingerprint, when the report's settings differ from it. */
  examinerFingerprint: string | null;
  /** Where the attempt stands (verified, extra time to confirm, settings not checked, settings differ, not verified). */
  standing: ExamStanding;
  /** Extra time the attempt was sat with (1: none). */
  accommodation: number;
  /** Settings that differ from the examiner's file, by name; problem lines besides them; problems besides them. */
  differences: SettingDifference[];
  technicalLines: string[];
  otherProblems: number;
  /** The examiner gave fingerprints only: a report matching none is not said to be "another exam file". */
  fingerprintsOnly: boolean;
  /** The language the exam was sat in. */
  locale: Locale;
  passMark: number;
  startedAt: string;
  /** The exam-level verdict: the exam report holds together and every session replays. */
  verified: boolean;
  problems: number;
  /** Problems with the exam report itself (its sessions' are in `parts`). */
  mismatches: string[];
  claimed: { overall: number; passed: boolean };
  /** Computed again from the replayed sessions, with the examiner's settings when given. */
  automatic: { overall: number; passed: boolean };
  /** The result that stands: the reviewed one when a review was applied, else the automatic one. */
  result: { overall: number; passed: boolean };
  outcome: Outcome;
  review: {
    state: ReviewState;
    file?: string;
    examiner?: string;
    reviewedAt?: string;
    /** Decisions the review changed. */
    changes?: number;
    /** Why a review was refused. */
    refusal?: 'unreadable' | 'edited' | 'other-report';
    /** Where the review does not fit this report, or gives another result in this version. */
    problems: string[];
  };
  settings: SettingsCheck;
  signals: Signals;
  similar: SimilarMatch[];
  flags: RowFlag[];
  /** The exam's optional group question, and the candidate's answer (null: not answered). */
  question: Exam['group'] | null;
  group: string | null;
  /** This attempt among the same candidate's attempts at the same exam, by start time (copies of one attempt count once). */
  attempt: { index: number; of: number };
  /**
   * Another row holding the very same sessions for the same candidate: this file is a copy of that
   * attempt (edited, since the same file is a duplicate), counted once — as the file list counts its sessions.
   */
  sameAttemptAs?: string;
  /** Files of other rows holding one of this row's sessions. */
  sharedSessions: string[];
  /** The exam's scenarios in order, each session's check, and its replayed overall score (null: not reached). */
  scenarios: string[];
  parts: CheckResult[];
  scores: (number | null)[];
}

export interface ExamModel {
  rows: ExamRow[];
  /** Files that look like exam reports but could not be read as one. */
  refused: { file: string; errors: string[] }[];
  /** The same exam report imported again (same content, whatever its layout): counted once. */
  duplicates: { file: string; of: string }[];
}

/** What makes a session the same one wherever it was imported: its scenario, language, seed and log (real times included). */
export function sessionKey(report: Report): string | null {
  if (!Array.isArray(report.log) || report.log.length === 0) return null;
  let key = sessionKeys.get(report);
  if (key === undefined) sessionKeys.set(report, (key = recordHash([report.scenario.id, report.locale, report.seed, report.log])));
  return key;
}
/** Each report's key, computed once: the page works it out again at every file that arrives. */
const sessionKeys = new WeakMap<Report, string>();

/** A checked file, and the files holding the same session. */
export interface SessionFile extends CheckedFile {
  /** The same learner's session, already imported from this file: this one is not counted again. */
  sameSessionAs?: string;
  /** A file holding the same session under another learner's name: both are counted, and flagged. */
  otherName?: string;
}

/**
 * The same session imported twice (alone and inside an exam report, or in two files) is counted
 * once: of the same person's copies, the first verified one is kept (else the first), the others
 * point to it — a session inside an exam report that is not verified as a whole (`demoted`: an
 * edited copy of an exam report) is kept only when no other copy is verified, so the file list and
 * the exam table name the same attempt. The same session under another person's name is a copied
 * report, not a duplicate: both stay in their rows, each pointing to the other. Exact copies of a
 * file are already marked (`duplicateOf`).
 */
export function markSameSessions(checked: readonly CheckedFile[], demoted: (file: string) => boolean = () => false): SessionFile[] {
  const out: SessionFile[] = checked.map((c) => ({ ...c }));
  const groups = new Map<string, { i: number; learner: string }[]>();
  out.forEach((c, i) => {
    if (c.duplicateOf !== undefined || c.result.status === 'refused') return;
    const key = sessionKey(c.result.report);
    if (key === null) return;
    groups.set(key, [...(groups.get(key) ?? []), { i, learner: learnerOf(c.result.report, c.result.file).key }]);
  });
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    for (const learner of new Set(members.map((m) => m.learner))) {
      const mine = members.filter((m) => m.learner === learner).map((m) => m.i);
      const verified = mine.filter((i) => out[i]!.result.status === 'verified');
      const keep = verified.find((i) => !demoted(out[i]!.result.file.split(' › ')[0]!)) ?? verified[0] ?? mine[0]!;
      for (const i of mine) if (i !== keep) out[i]!.sameSessionAs = out[keep]!.result.file;
      const other = members.find((m) => m.learner !== learner);
      if (other) for (const i of mine) out[i]!.otherName = out[other.i]!.result.file;
    }
  }
  return out;
}

/** Files and the sessions they hold, counted apart: an exam report is one file holding a session per scenario. */
export function fileCounts(checked: readonly (CheckedFile & SessionFile)[]): {
  files: number;
  examReports: number;
  refusedFiles: number;
  sessions: number;
  verified: number;
  failed: number;
  refused: number;
  duplicates: number;
} {
  const files = new Map<string, { exam: boolean; refused: boolean }>();
  const counts = { sessions: 0, verified: 0, failed: 0, refused: 0, duplicates: 0 };
  for (const c of checked) {
    const [file, part] = c.result.file.split(' › ');
    const exam = part !== undefined;
    // A file refused as a whole holds no session; a session of an exam report that cannot be read is one.
    if (!exam && c.result.status === 'refused') {
      files.set(c.result.file, { exam, refused: true });
      continue;
    }
    files.set(file!, { exam, refused: false });
    counts.sessions++;
    if (c.duplicateOf !== undefined || c.sameSessionAs !== undefined) counts.duplicates++;
    else counts[c.result.status]++;
  }
  const all = [...files.values()];
  return { files: all.length, examReports: all.filter((f) => f.exam).length, refusedFiles: all.filter((f) => f.refused).length, ...counts };
}

/** Checked results counted in the learners × scenarios table: no copy, each session once. */
export const countedSessions = (files: readonly SessionFile[]): CheckResult[] =>
  files.filter((c) => c.duplicateOf === undefined && c.sameSessionAs === undefined).map((c) => c.result);

/** The candidate of an exam report, as the dashboard groups learners (name, else e-mail, else id; anonymous: per file). */
const candidateOf = (candidate: Record<string, string>, file: string): Learner => learnerOf({ candidate } as unknown as Report, file);

/** The written replies of an attempt's sessions, to compare across candidates. */
function writtenReplies(parts: readonly CheckResult[]): { scenario: string; postId: string; text: string }[] {
  return parts.flatMap((p) =>
    p.status === 'refused'
      ? []
      : p.report.decisions.flatMap((d) =>
          d.source === 'free' ? [{ scenario: p.report.scenario.id, postId: d.postId, text: d.text }] : [],
        ),
  );
}

/**
 * Rows from checked attempts. `copies`: exam report files imported again byte for byte (the report
 * check skips those), to list with the other duplicates.
 */
export function buildExamModel(attempts: readonly CheckedAttempt[], copies: readonly { file: string; of: string }[] = []): ExamModel {
  const refused: ExamModel['refused'] = [];
  const duplicates: ExamModel['duplicates'] = [...copies];
  const rows: ExamRow[] = [];
  const byHash = new Map<string, string>();
  for (const a of attempts) {
    const c = a.check;
    if (c.status === 'refused') {
      refused.push({ file: a.file, errors: c.errors });
      continue;
    }
    const earlier = a.hash === null ? undefined : byHash.get(a.hash);
    if (earlier !== undefined) {
      duplicates.push({ file: a.file, of: earlier });
      continue;
    }
    if (a.hash !== null) byHash.set(a.hash, a.file);
    const automatic = c.recomputed;
    let result = automatic;
    let review: ExamRow['review'] = { state: c.exam.review ? 'pending' : 'not-required', problems: [] };
    if (a.review) {
      const rc = a.review.check;
      if (rc.status === 'applied') {
        const passed = rc.outcome.result.passed ?? rc.outcome.result.overall >= c.exam.passMark;
        result = { overall: rc.outcome.result.overall, passed };
        review = {
          state: 'reviewed',
          file: a.review.file,
          examiner: rc.review.examiner,
          reviewedAt: rc.review.reviewedAt,
          changes: rc.outcome.sessions.reduce((n, s) => n + s.changes.length, 0),
          problems: rc.mismatches,
        };
      } else review = { state: 'refused', file: a.review.file, refusal: rc.code, problems: rc.details };
    }
    const outcome: Outcome = c.exam.review && review.state !== 'reviewed' ? 'provisional' : result.passed ? 'passed' : 'failed';
    const status = examStatus(c);
    const email = c.report.candidate.email?.trim();
    rows.push({
      key: a.key,
      file: a.file,
      candidate: candidateOf(c.report.candidate, a.file),
      email: email ? email : null,
      examId: c.exam.id,
      examTitle: c.exam.title,
      // The report's own fingerprint (the examiner's file's is c.fingerprint when the settings differ).
      fingerprint: examFingerprint(c.report.exam),
      examinerFingerprint: c.settings === 'differs' ? c.fingerprint : null,
      standing: status.standing,
      accommodation: c.exam.accommodation,
      differences: status.differences,
      technicalLines: status.technicalLines,
      otherProblems: status.otherProblems,
      fingerprintsOnly: a.fingerprintsOnly,
      locale: c.exam.locale,
      passMark: c.exam.passMark,
      startedAt: c.report.startedAt,
      verified: c.status === 'verified',
      problems: problemCount(c),
      mismatches: c.mismatches,
      claimed: { overall: c.report.overall, passed: c.report.passed },
      automatic,
      result,
      outcome,
      review,
      settings: c.settings,
      signals: c.signals,
      similar: [],
      flags: [...c.signals.flags],
      question: c.exam.group ?? null,
      group: c.report.group?.trim() ? c.report.group : null,
      attempt: { index: 1, of: 1 },
      sharedSessions: [],
      scenarios: c.exam.scenarios,
      parts: c.parts,
      scores: c.scores,
    });
  }

  // Sessions of each row, to tell a copy of an attempt (the same sessions) from another attempt.
  const sessionsOf = new Map(
    rows.map((r) => [r, new Set(r.parts.flatMap((p) => (p.status === 'refused' ? [] : [sessionKey(p.report)])).filter((k) => k !== null))]),
  );
  const share = (a: ExamRow, b: ExamRow) => [...sessionsOf.get(a)!].some((k) => sessionsOf.get(b)!.has(k));

  // The same candidate's attempts at the same exam: a restart gets the same seeds, so a later attempt is not a fresh one.
  // Rows holding the same sessions are one attempt (an edited copy of its report): counted once, the verified one kept.
  const attemptsOf = new Map<string, ExamRow[]>();
  for (const r of rows) {
    const k = `${r.candidate.key}\u0000${r.examId}`;
    attemptsOf.set(k, [...(attemptsOf.get(k) ?? []), r]);
  }
  for (const list of attemptsOf.values()) {
    const groups: ExamRow[][] = [];
    for (const r of list) {
      const group = groups.find((g) => g.some((o) => share(o, r)));
      if (group) group.push(r);
      else groups.push([r]);
    }
    const start = (g: ExamRow[]) => g.map((r) => r.startedAt).sort()[0]!;
    groups.sort((a, b) => start(a).localeCompare(start(b)));
    groups.forEach((g, i) => {
      const kept = g.find((r) => r.verified) ?? g[0]!;
      for (const r of g) {
        r.attempt = { index: i + 1, of: groups.length };
        if (r !== kept) r.sameAttemptAs = kept.file;
      }
    });
  }

  // Near-identical written replies of different candidates of the same exam, on the same post.
  const byKey = new Map(rows.map((r) => [r.key, r]));
  for (const examId of new Set(rows.map((r) => r.examId))) {
    const same = rows.filter((r) => r.examId === examId);
    const pairs: SimilarPair[] = similarReplies(same.map((r) => ({ who: r.key, replies: writtenReplies(r.parts) })));
    for (const p of pairs) {
      const [a, b] = [byKey.get(p.a)!, byKey.get(p.b)!];
      if (a.candidate.key === b.candidate.key) continue;
      a.similar.push({ other: b.key, scenario: p.scenario, postId: p.postId, similarity: p.similarity });
      b.similar.push({ other: a.key, scenario: p.scenario, postId: p.postId, similarity: p.similarity });
    }
  }
  for (const r of rows) if (r.similar.length > 0) r.flags.push('similar-replies');

  // A session inside two different exam reports.
  const holders = new Map<string, Set<ExamRow>>();
  for (const r of rows)
    for (const p of r.parts) {
      const k = p.status === 'refused' ? null : sessionKey(p.report);
      if (k !== null) holders.set(k, (holders.get(k) ?? new Set()).add(r));
    }
  for (const set of holders.values()) {
    if (set.size < 2) continue;
    for (const r of set)
      for (const o of set) {
        // Copies of one attempt are said to be so; a session in another candidate's attempt, or in another attempt, is shared.
        const copies = (r.sameAttemptAs ?? r.file) === (o.sameAttemptAs ?? o.file) && r.candidate.key === o.candidate.key;
        if (o !== r && !copies && !r.sharedSessions.includes(o.file)) r.sharedSessions.push(o.file);
      }
  }

  rows.sort(
    (a, b) =>
      a.examTitle.localeCompare(b.examTitle) ||
      a.examId.localeCompare(b.examId) ||
      (a.candidate.name || a.file).localeCompare(b.candidate.name || b.file, undefined, { sensitivity: 'base' }) ||
      a.startedAt.localeCompare(b.startedAt),
  );
  return { rows, refused, duplicates };
}

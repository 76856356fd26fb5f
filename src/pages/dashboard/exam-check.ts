/**
 * The dashboard's exam attempts, checked: each exam report's exam-level check (src/pages/exam-report.ts)
 * against the examiner's exam files imported with it (or the fingerprints they typed), and the
 * examiner's review of it when a review file of that very report was imported (src/pages/review.ts);
 * a review of a session report is checked against that report too. Files are told apart by their
 * `format`: an examiner's exam file (`frontline-exam`) and a review file (`frontline-review`) are taken
 * here, everything else is checked as a report. No DOM: the page and the Node tests share it.
 */
import { examFingerprint } from '../../engine/fingerprint';
import type { Exam } from '../../records/exam-file';
import { readRecord } from '../../records/read';
import type { Review } from '../../records/review';
import type { CheckResult, ScenarioLookup } from '../check';
import { type ExamCheckResult, checkExamReport } from '../exam-report';
import { type ReviewCheck, type ReviewTarget, checkReview, reportHash } from '../review';

/** A file of the examiner's: their exam file, a review file, or one of those that cannot be read. */
export type ExaminerFile =
  | { kind: 'exam'; file: string; exam: Exam; fingerprint: string; duplicateOf?: string }
  | { kind: 'review'; file: string; text: string; review: Review; duplicateOf?: string }
  | { kind: 'refused'; file: string; what: 'exam' | 'review'; errors: string[]; duplicateOf?: undefined };

/**
 * The examiner's file in `text`, by its `format`; null when it is neither an exam file nor a review
 * (a report, or a file that is not a record at all: the report check names what it is).
 */
export function readExaminerFile(file: string, text: string): ExaminerFile | null {
  const exam = readRecord('exam', text, file);
  if (exam.ok) return { kind: 'exam', file, exam: exam.value, fingerprint: examFingerprint(exam.value) };
  const { code, found, details } = exam.error;
  if (code === 'wrong-kind') {
    if (found !== 'review') return null;
    const review = readRecord('review', text, file);
    return review.ok
      ? { kind: 'review', file, text, review: review.value }
      : { kind: 'refused', file, what: 'review', errors: review.error.details };
  }
  // Its format said "frontline-exam" (a wrong version or field); too large, not JSON or too deep: a report's refusal.
  return code === 'newer-version' || code === 'older-version' || code === 'invalid'
    ? { kind: 'refused', file, what: 'exam', errors: details }
    : null;
}

/** Adds an examiner's file to the list, marking the same exam (fingerprint) or the same review (seal) seen before. */
export function addExaminerFile(list: ExaminerFile[], f: ExaminerFile): ExaminerFile {
  const earlier =
    f.kind === 'exam'
      ? list.find((o) => o.kind === 'exam' && o.duplicateOf === undefined && o.fingerprint === f.fingerprint)
      : f.kind === 'review'
        ? list.find((o) => o.kind === 'review' && o.duplicateOf === undefined && o.review.seal === f.review.seal)
        : undefined;
  const added = (earlier ? { ...f, duplicateOf: earlier.file } : f) as ExaminerFile;
  list.push(added);
  return added;
}

/** An exam report as imported: its file, its text, and its sessions as the report check left them ("<file> › <n>"). */
export interface ExamInput {
  file: string;
  text: string;
  sessions: readonly CheckResult[];
}

export interface CheckedAttempt {
  /** A key unique in the list (the file name alone may repeat across imports). */
  key: string;
  file: string;
  /** `reportHash` of the file: what a review binds to, and the same exam report imported twice. */
  hash: string | null;
  check: ExamCheckResult;
  /** The review of this report (the latest one when several were imported), as checked. */
  review: { file: string; check: ReviewCheck } | null;
  /** The examiner gave fingerprints and no exam file: a report matching none is told apart from another exam. */
  fingerprintsOnly: boolean;
}

/** A session report (not an exam report) as imported: its file, its text and its check. */
export interface SessionInput {
  file: string;
  text: string;
  result: CheckResult;
}

/** A session report with a review of it imported (the latest one), as checked. */
export interface ReviewedSessionReport {
  /** `session-<n>`: unique beside the attempts' keys. */
  key: string;
  file: string;
  result: CheckResult;
  review: { file: string; check: ReviewCheck };
}

export interface CheckedAttempts {
  attempts: CheckedAttempt[];
  /** Session reports that a review imported is of. */
  sessionReviews: ReviewedSessionReport[];
  /** Each review file (not a copy) -> the key of the attempt or session report it was applied to, or null when it fits none. */
  reviewUse: Map<string, string | null>;
}

/** What the examiner gave besides files: fingerprints typed, and the session reports imported (their reviews apply too). */
export interface CheckOptions {
  fingerprints?: readonly string[];
  sessions?: readonly SessionInput[];
}

export const noAttempts = (): CheckedAttempts => ({ attempts: [], sessionReviews: [], reviewUse: new Map() });

/**
 * Checks exam reports again and again as files arrive, reusing what did not change: an exam report's
 * check is kept while the examiner's exam files stay the same, a review's while its exam does.
 */
export function attemptChecker(
  lookup: ScenarioLookup,
): (inputs: readonly ExamInput[], examiner: readonly ExaminerFile[], options?: CheckOptions) => Promise<CheckedAttempts> {
  const checks = new WeakMap<ExamInput, { examiner: string; result: ExamCheckResult }>();
  const reviews = new WeakMap<object, Map<string, ReviewCheck>>();
  /** A review checked once per report, review and exam used. */
  const checkOnce = async (owner: object, memoKey: string, text: string, target: ReviewTarget, file: string): Promise<ReviewCheck> => {
    const memo = reviews.get(owner) ?? new Map<string, ReviewCheck>();
    reviews.set(owner, memo);
    let reviewCheck = memo.get(memoKey);
    if (!reviewCheck) {
      reviewCheck = await checkReview(text, target, lookup, file).catch((e: unknown): ReviewCheck => ({
        status: 'refused',
        code: 'unreadable',
        details: [String((e as Error)?.message ?? e)],
      }));
      memo.set(memoKey, reviewCheck);
    }
    return reviewCheck;
  };
  return async (inputs, examiner, options = {}) => {
    const exams = examiner.flatMap((f) => (f.kind === 'exam' && f.duplicateOf === undefined ? [f.exam] : []));
    const fingerprints = [...(options.fingerprints ?? [])];
    const examinerKey = [
      ...examiner.flatMap((f) => (f.kind === 'exam' && f.duplicateOf === undefined ? [f.fingerprint] : [])),
      ...fingerprints.map((fp) => `typed:${fp}`),
    ].join(' ');
    const given = exams.length + fingerprints.length > 0 ? { exams, fingerprints } : undefined;
    const fingerprintsOnly = exams.length === 0 && fingerprints.length > 0;
    const reviewFiles = examiner.filter(
      (f): f is Extract<ExaminerFile, { kind: 'review' }> => f.kind === 'review' && f.duplicateOf === undefined,
    );
    const reviewUse = new Map<string, string | null>(reviewFiles.map((r) => [r.file, null]));
    /** The latest review of the report whose hash is given, and every review of it. */
    const reviewsOf = (hash: string | null) => {
      const mine = hash === null ? [] : reviewFiles.filter((r) => r.review.report.hash === hash);
      return { mine, latest: [...mine].sort((a, b) => a.review.reviewedAt.localeCompare(b.review.reviewedAt)).at(-1) };
    };
    const attempts: CheckedAttempt[] = [];
    for (const [i, input] of inputs.entries()) {
      let cached = checks.get(input);
      if (!cached || cached.examiner !== examinerKey) {
        const result = await checkExamReport(input.file, input.text, lookup, input.sessions, given);
        cached = { examiner: examinerKey, result };
        checks.set(input, cached);
      }
      const check = cached.result;
      const key = `exam-${i}`;
      const hash = reportHash(input.text);
      let review: CheckedAttempt['review'] = null;
      const { mine, latest } = reviewsOf(hash);
      if (latest && hash !== null && check.status !== 'refused') {
        const kept = check.parts.filter((p) => p.status !== 'refused');
        const target: ReviewTarget = {
          file: input.file,
          kind: 'exam-report',
          hash,
          sessions: kept.map((p) => p.report),
          exam: check.exam,
          posts: kept.map((p) => p.posts),
        };
        const memoKey = `${latest.review.seal}\u0000${examFingerprint(check.exam)}`;
        review = { file: latest.file, check: await checkOnce(input, memoKey, latest.text, target, latest.file) };
        for (const r of mine) reviewUse.set(r.file, key);
      }
      attempts.push({ key, file: input.file, hash, check, review, fingerprintsOnly });
    }
    // Reviews of session reports (made on verify.html): checked against their report, applied to its scores.
    const sessionReviews: ReviewedSessionReport[] = [];
    for (const [i, input] of (options.sessions ?? []).entries()) {
      const r = input.result;
      if (r.status === 'refused') continue;
      const hash = reportHash(input.text);
      const { mine, latest } = reviewsOf(hash);
      if (!latest || hash === null) continue;
      const key = `session-${i}`;
      const target: ReviewTarget = { file: input.file, kind: 'report', hash, sessions: [r.report], posts: [r.posts] };
      const check = await checkOnce(input, latest.review.seal, latest.text, target, latest.file);
      sessionReviews.push({ key, file: input.file, result: r, review: { file: latest.file, check } });
      for (const f of mine) reviewUse.set(f.file, key);
    }
    return { attempts, sessionReviews, reviewUse };
  };
}

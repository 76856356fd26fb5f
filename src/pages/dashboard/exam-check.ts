/**
 * The dashboard's exam attempts, checked: each exam report's exam-level check (src/pages/exam-report.ts)
 * against the examiner's exam files imported with it, and the examiner's review of it when a review
 * file of that very report was imported (src/pages/review.ts). Files are told apart by their `format`:
 * an examiner's exam file (`frontline-exam`) and a review file (`frontline-review`) are taken here,
 * everything else is checked as a report. No DOM: the page and the Node tests share it.
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
}

export interface CheckedAttempts {
  attempts: CheckedAttempt[];
  /** Each review file (not a copy) -> the key of the attempt it was applied to, or null when it fits none. */
  reviewUse: Map<string, string | null>;
}

/**
 * Checks exam reports again and again as files arrive, reusing what did not change: an exam report's
 * check is kept while the examiner's exam files stay the same, a review's while its exam does.
 */
export function attemptChecker(
  lookup: ScenarioLookup,
): (inputs: readonly ExamInput[], examiner: readonly ExaminerFile[]) => Promise<CheckedAttempts> {
  const checks = new WeakMap<ExamInput, { examiner: string; result: ExamCheckResult }>();
  const reviews = new WeakMap<ExamInput, Map<string, ReviewCheck>>();
  return async (inputs, examiner) => {
    const exams = examiner.flatMap((f) => (f.kind === 'exam' && f.duplicateOf === undefined ? [f.exam] : []));
    const examinerKey = examiner.flatMap((f) => (f.kind === 'exam' && f.duplicateOf === undefined ? [f.fingerprint] : [])).join(' ');
    const reviewFiles = examiner.filter(
      (f): f is Extract<ExaminerFile, { kind: 'review' }> => f.kind === 'review' && f.duplicateOf === undefined,
    );
    const reviewUse = new Map<string, string | null>(reviewFiles.map((r) => [r.file, null]));
    const attempts: CheckedAttempt[] = [];
    for (const [i, input] of inputs.entries()) {
      let cached = checks.get(input);
      if (!cached || cached.examiner !== examinerKey) {
        const result = await checkExamReport(input.file, input.text, lookup, input.sessions, exams.length > 0 ? { exams } : undefined);
        cached = { examiner: examinerKey, result };
        checks.set(input, cached);
      }
      const check = cached.result;
      const key = `exam-${i}`;
      const hash = reportHash(input.text);
      let review: CheckedAttempt['review'] = null;
      const mine = hash === null ? [] : reviewFiles.filter((r) => r.review.report.hash === hash);
      const latest = mine.sort((a, b) => a.review.reviewedAt.localeCompare(b.review.reviewedAt)).at(-1);
      if (latest && hash !== null && check.status !== 'refused') {
        const target: ReviewTarget = {
          file: input.file,
          kind: 'exam-report',
          hash,
          sessions: check.parts.flatMap((p) => (p.status === 'refused' ? [] : [p.report])),
          exam: check.exam,
        };
        const memo = reviews.get(input) ?? new Map<string, ReviewCheck>();
        reviews.set(input, memo);
        const memoKey = `${latest.review.seal}\u0000${examFingerprint(check.exam)}`;
        let reviewCheck = memo.get(memoKey);
        if (!reviewCheck) {
          reviewCheck = await checkReview(latest.text, target, lookup, latest.file).catch((e: unknown): ReviewCheck => ({
            status: 'refused',
            code: 'unreadable',
            details: [String((e as Error)?.message ?? e)],
          }));
          memo.set(memoKey, reviewCheck);
        }
        review = { file: latest.file, check: reviewCheck };
        for (const r of mine) reviewUse.set(r.file, key);
      }
      attempts.push({ key, file: input.file, hash, check, review });
    }
    return { attempts, reviewUse };
  };
}

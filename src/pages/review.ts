/**
 * An examiner's review of a checked report, shared by verify.html, the dashboard and
 * `npm run verify-report`: the written replies to review, the result the review gives (each session
 * scored again, the exam's overall and pass/fail with the examiner's settings), the review file, and
 * a review file read back against its report (refused when edited or of another report). No DOM here.
 */
import type { Exam } from '../records/exam-file';
import { readRecord } from '../records/read';
import type { Review, ReviewedDecision } from '../records/review';
import type { Report } from '../records/session-report';
import type { Decision } from '../core/types';
import { examResult, newExamRun } from '../engine/exam-rules';
import { recordHash } from '../engine/fingerprint';
import { type ReviewRefusal, type SessionReview, checkReviewBinding, reviewSession, sealReview } from '../engine/review';
import type { ScenarioLookup } from './check';

/** A report as the examiner reviews it: its verified sessions (one for a session report) and, for an exam, the examiner's settings. */
export interface ReviewTarget {
  file: string;
  kind: 'report' | 'exam-report';
  /** `recordHash` of the report file's JSON (reportHash). */
  hash: string;
  sessions: readonly Report[];
  /** The exam the result is computed with (the examiner's when they gave it). */
  exam?: Exam;
  /** Per session, the posts the replay showed (CheckResult.posts): the reviewer reads what each reply answers. */
  posts?: readonly (Readonly<Record<string, { author: string; text: string }>> | undefined)[];
}

/** One written reply to review, with its reading: who found each breach, with what confidence. */
export interface ReviewableReply {
  session: number;
  decision: number;
  postId: string;
  scenario: string;
  text: string;
  action: Decision['action'];
  judgement: Decision['judgement'];
  tone: Decision['tone'];
  findings: Decision['breaches'];
  /** The reply model that read it (absent: the rules alone). */
  reader?: string;
  /** The post it answers, as the replay showed it. */
  post?: { author: string; text: string };
}

export interface ReviewResult {
  sessions: SessionReview[];
  result: Review['result'];
  /** Reviewed decisions that fit no decision of the report, in plain words. */
  problems: string[];
}

/** The hash a review binds to: of the report file's content, whatever its layout; null when it is not JSON. */
export function reportHash(text: string): string | null {
  try {
    return recordHash(JSON.parse(text));
  } catch {
    return null;
  }
}

/** Every written reply of the report, in order, as the examiner reviews it. */
export function reviewableReplies(target: ReviewTarget): ReviewableReply[] {
  return target.sessions.flatMap((report, session) =>
    report.decisions.flatMap((d, decision) =>
      d.source === 'free'
        ? [
            {
              session,
              decision,
              postId: d.postId,
              scenario: report.scenario.id,
              text: d.text,
              action: d.action,
              judgement: d.judgement,
              tone: d.tone ?? d.analysis?.tone,
              findings: d.breaches,
              ...(d.analysis?.reader ? { reader: d.analysis.reader } : {}),
              ...(target.posts?.[session]?.[d.postId] ? { post: target.posts[session]![d.postId]! } : {}),
            },
          ]
        : [],
    ),
  );
}

/** The result with the review applied: each session replayed and scored again, the exam's result on top. */
export async function reviewResult(
  target: ReviewTarget,
  items: readonly ReviewedDecision[],
  lookup: ScenarioLookup,
): Promise<ReviewResult> {
  const sessions: SessionReview[] = [];
  const problems: string[] = [];
  for (const [i, report] of target.sessions.entries()) {
    const scenario = await lookup(report.scenario.id, report.locale);
    if (!scenario) throw new Error(`scenario "${report.scenario.id}" (${report.locale}) is not in this game's library`);
    const review = reviewSession(
      report,
      scenario,
      items.filter((d) => d.session === i),
      scenario.replyModel ?? null,
    );
    sessions.push(review);
    problems.push(...review.problems.map((p) => `session ${i + 1}: ${p}`));
  }
  const stray = items.filter((d) => d.session >= target.sessions.length);
  for (const d of stray) problems.push(`session ${d.session + 1}: the report has no such session`);
  const overalls = sessions.map((s) => s.scores.overall);
  if (!target.exam) return { sessions, problems, result: { sessions: overalls, overall: overalls[0] ?? 0, passed: null } };
  const reviewed = target.sessions.map((r, i) => ({ ...r, scores: sessions[i]!.scores }));
  const { overall, passed } = examResult({ ...newExamRun(target.exam), reports: reviewed });
  return { sessions, problems, result: { sessions: overalls, overall, passed } };
}

/** The review file: the examiner's verdicts, the result they give, bound to the report and sealed. */
export async function makeReview(
  target: ReviewTarget,
  items: readonly ReviewedDecision[],
  lookup: ScenarioLookup,
  who: { examiner: string; at: string },
): Promise<Review> {
  const { result } = await reviewResult(target, items, lookup);
  return sealReview({
    report: { hash: target.hash, kind: target.kind, file: target.file },
    examiner: who.examiner,
    reviewedAt: who.at,
    decisions: [...items],
    result,
  });
}

export type ReviewCheck =
  | { status: 'refused'; code: 'unreadable' | ReviewRefusal; details: string[] }
  | { status: 'applied'; review: Review; outcome: ReviewResult; mismatches: string[] };

/** Reads a review file against its report: intact, of this report, and giving the result it says. */
export async function checkReview(text: string, target: ReviewTarget, lookup: ScenarioLookup, source = 'review'): Promise<ReviewCheck> {
  const read = readRecord('review', text, source);
  if (!read.ok) return { status: 'refused', code: 'unreadable', details: read.error.details };
  const review = read.value;
  const binding = checkReviewBinding(review, target.hash);
  if (binding) return { status: 'refused', code: binding, details: [] };
  const outcome = await reviewResult(target, review.decisions, lookup);
  const mismatches = [...outcome.problems];
  if (recordHash(outcome.result) !== recordHash(review.result))
    mismatches.push(
      `result: the review says ${review.result.overall}/100, this version of the game gives ${outcome.result.overall}/100 with the same verdicts`,
    );
  return { status: 'applied', review, outcome, mismatches };
}

/** Which report a review is of, to pair review files with report files. */
export function reviewedHash(text: string): string | null {
  return reviewedReport(text)?.hash ?? null;
}

/** The report a review is of: its hash, and the name of the file it was made from (to ask for that file). */
export function reviewedReport(text: string): { hash: string; file: string } | null {
  const read = readRecord('review', text);
  return read.ok ? { hash: read.value.report.hash, file: read.value.report.file } : null;
}

/**
 * The examiner's reviews beyond the exam table: each session that a valid review (intact, of that very
 * report) was applied to gets its reviewed scores and the rules it still breaks once the overruled
 * findings are set aside, so the results by person, the competencies, the rules broken most often and
 * the CSV use them. A session imported twice (alone and inside the reviewed exam report) is the same
 * session of the same person: the review applies to both. Pure: no DOM, no i18n.
 */
import type { Scores } from '../../core/types';
import type { ReviewChange, SessionReview } from '../../engine/review';
import type { Report } from '../../records/session-report';
import type { CheckResult } from '../check';
import { learnerOf } from '../facts';
import type { CheckedAttempts } from './exam-check';
import { sessionKey } from './exams';

export interface ReviewedSession {
  /** The session's scores with the review. */
  scores: Scores;
  /** Charter rules broken once the overruled findings are set aside, one entry per breach. */
  breaches: string[];
  /** Who reviewed, and from which review file. */
  examiner: string;
  file: string;
  /** Decisions the review changed in this session. */
  changes: number;
}

/** The review applied to a checked session, if any. */
export type ReviewLookup = (result: CheckResult) => ReviewedSession | undefined;

/** Rule ids a report's decisions break, with the review's changes applied (as breachesOf reads them: strings of 64 at most). */
export function reviewedBreaches(report: Report, changes: readonly ReviewChange[]): string[] {
  const out: string[] = [];
  report.decisions.forEach((d, i) => {
    const change = changes.find((c) => c.decision === i);
    const ids = change ? change.after.breaches : d.breaches.map((b) => b.ruleId);
    for (const id of ids) if (typeof id === 'string' && id && id.length <= 64) out.push(id);
  });
  return out;
}

const keyOf = (r: Exclude<CheckResult, { status: 'refused' }>) => {
  const session = sessionKey(r.report);
  return session === null ? null : `${learnerOf(r.report, r.file).key}\u0000${session}`;
};

/** Finds the review applied to each session, from the checked attempts and session reports (applied reviews only). */
export function reviewLookup(checked: CheckedAttempts): ReviewLookup {
  const byResult = new Map<CheckResult, ReviewedSession>();
  const bySession = new Map<string, ReviewedSession>();
  const add = (result: CheckResult, review: SessionReview | undefined, who: { examiner: string; file: string }) => {
    if (!review || result.status === 'refused') return;
    const reviewed: ReviewedSession = {
      scores: review.scores,
      breaches: reviewedBreaches(result.report, review.changes),
      examiner: who.examiner,
      file: who.file,
      changes: review.changes.length,
    };
    byResult.set(result, reviewed);
    const key = keyOf(result);
    if (key !== null && !bySession.has(key)) bySession.set(key, reviewed);
  };
  for (const a of checked.attempts) {
    const rc = a.review?.check;
    if (!a.review || rc?.status !== 'applied' || a.check.status === 'refused') continue;
    // The review's sessions are the exam report's readable sessions, in order.
    const kept = a.check.parts.filter((p) => p.status !== 'refused');
    kept.forEach((p, i) => add(p, rc.outcome.sessions[i], { examiner: rc.review.examiner, file: a.review!.file }));
  }
  for (const s of checked.sessionReviews) {
    const rc = s.review.check;
    if (rc.status === 'applied') add(s.result, rc.outcome.sessions[0], { examiner: rc.review.examiner, file: s.review.file });
  }
  return (result) => {
    if (result.status === 'refused') return undefined;
    const found = byResult.get(result);
    if (found) return found;
    const key = keyOf(result);
    return key === null ? undefined : bySession.get(key);
  };
}

/**
 * An examiner's review applied to a session: each overruled finding is set aside and the written
 * reply judged again without it (its breaches, diplomacy and judgement), a judgement the examiner
 * replaced is taken as given, and the session is scored again with the community as it was played
 * (docs/scoring.md, "Review"). Sealing and checking a review file are here too.
 */
import type { ReplyModel } from '../analysis';
import { type Decision, type Judgement, RULE_KINDS, type RuleKind, type Scores } from '../core/types';
import { REVIEW_FORMAT, REVIEW_VERSION, type Review, type ReviewedDecision } from '../records/review';
import type { Report } from '../records/session-report';
import { recordHash } from './fingerprint';
import { type PlayableScenario, replaySession } from './replay';

/** What a review changed in one decision. */
export interface ReviewChange {
  decision: number;
  postId: string;
  before: { judgement: Judgement; breaches: string[]; diplomacy: number | null };
  after: { judgement: Judgement; breaches: string[]; diplomacy: number | null };
  /** Why: the findings the examiner overruled (rule ids), and whether they replaced the judgement. */
  overruled: string[];
  replaced: boolean;
  /** The reply's judgement once the overruled findings are set aside, before the examiner's own (what "keep" keeps). */
  rejudged: Judgement;
}

export interface SessionReview {
  scores: Scores;
  changes: ReviewChange[];
  /** Reviewed decisions that do not fit the session (another report's review, a decision that is no written reply). */
  problems: string[];
}

const rulesOf = (d: Decision) => d.breaches.map((b) => b.ruleId);
const summary = (d: Decision) => ({ judgement: d.judgement, breaches: rulesOf(d), diplomacy: d.diplomacy ?? null });

/** Replays a session report and scores it again with the examiner's review of its written replies. */
export function reviewSession(
  report: Report,
  scenario: PlayableScenario,
  items: readonly ReviewedDecision[],
  replyModel: ReplyModel | null = null,
): SessionReview {
  const { session } = replaySession(scenario, report, replyModel);
  const decisions = [...session.decisions];
  const changes: ReviewChange[] = [];
  const problems: string[] = [];
  for (const item of items) {
    const where = `decision ${item.decision + 1} (post "${item.postId}")`;
    const d = decisions[item.decision];
    if (!d || d.postId !== item.postId) {
      problems.push(`${where}: this session has no such decision`);
      continue;
    }
    if (d.source !== 'free') {
      problems.push(`${where}: not a written reply, so there is no reading to review`);
      continue;
    }
    const unknown = item.findings.filter((f) => !rulesOf(d).includes(f.ruleId));
    for (const f of unknown) problems.push(`${where}: the game found no breach of "${f.ruleId}" here`);
    const overruled = item.findings.filter((f) => f.verdict === 'overruled').map((f) => f.ruleId);
    const kinds = scenario.charter.rules
      .filter((r) => overruled.includes(r.id))
      .map((r) => r.kind)
      .filter((k): k is RuleKind => (RULE_KINDS as readonly string[]).includes(k));
    let next: Decision = d;
    if (kinds.length > 0) {
      const again = session.rejudge(d, kinds);
      if (again) next = { ...next, ...again };
    }
    const rejudged = next.judgement;
    if (item.judgement) next = { ...next, judgement: item.judgement };
    decisions[item.decision] = next;
    const [before, after] = [summary(d), summary(next)];
    if (JSON.stringify(before) !== JSON.stringify(after))
      changes.push({
        decision: item.decision,
        postId: d.postId,
        before,
        after,
        overruled: overruled.filter((id) => rulesOf(d).includes(id)),
        replaced: item.judgement !== undefined && item.judgement !== rejudged,
        rejudged,
      });
  }
  return { scores: session.scoreWith(decisions).scores, changes, problems };
}

/** A review as saved: everything but the seal, then the seal over it. */
export function sealReview(review: Omit<Review, 'format' | 'version' | 'seal'>): Review {
  const unsealed = { format: REVIEW_FORMAT, version: REVIEW_VERSION, ...review } as const;
  return { ...unsealed, seal: recordHash(unsealed) };
}

export type ReviewRefusal = 'edited' | 'other-report';

/** Whether a review is intact and of this report (`reportHash`: `recordHash` of the report file's JSON). */
export function checkReviewBinding(review: Review, reportHash: string): ReviewRefusal | null {
  const { seal, ...unsealed } = review;
  if (recordHash(unsealed) !== seal) return 'edited';
  if (review.report.hash !== reportHash) return 'other-report';
  return null;
}

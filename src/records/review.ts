/**
 * An examiner's review of a report's automated readings: for each written reply, each finding
 * confirmed or overruled and the judgement kept or replaced, with a note. Saved as its own file,
 * bound to the report by the hash of the report's content and sealed by the hash of its own, so an
 * edited review or a review of another report is refused. Anyone can recompute a hash: the seal
 * stops careless edits, not a forger (the exam server signs reviews).
 */
import * as v from 'valibot';
import { JUDGEMENTS } from '../core/types';

export const REVIEW_FORMAT = 'frontline-review';
export const REVIEW_VERSION = 1;
/** Longest note an examiner writes on one decision. */
export const MAX_NOTE = 4_000;

const hex64 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex'));
const index = v.pipe(v.number(), v.integer(), v.minValue(0));
const score = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100));

export const ReviewedDecisionSchema = v.object({
  /** The session within the report (0 for a session report) and the decision within the session. */
  session: index,
  decision: index,
  postId: v.pipe(v.string(), v.maxLength(200)),
  findings: v.pipe(
    v.array(v.object({ ruleId: v.pipe(v.string(), v.maxLength(200)), verdict: v.picklist(['confirmed', 'overruled']) })),
    v.maxLength(100),
  ),
  /** The examiner's own judgement, when they overrule the game's. */
  judgement: v.optional(v.picklist(JUDGEMENTS)),
  note: v.pipe(v.string(), v.maxLength(MAX_NOTE)),
});

export const ReviewSchema = v.object({
  format: v.literal(REVIEW_FORMAT, `is not "${REVIEW_FORMAT}"`),
  version: v.literal(REVIEW_VERSION, `must be ${REVIEW_VERSION}`),
  /** The report reviewed: the hash of its content, its kind, and its file name when reviewed (for people). */
  report: v.object({ hash: hex64, kind: v.picklist(['report', 'exam-report']), file: v.pipe(v.string(), v.maxLength(500)) }),
  examiner: v.pipe(v.string(), v.maxLength(200)),
  reviewedAt: v.pipe(v.string(), v.isoTimestamp('must be an ISO date')),
  decisions: v.pipe(v.array(ReviewedDecisionSchema), v.maxLength(5_000)),
  /** The result after review, as the examiner saw it: each session's overall score, the exam's overall and pass/fail. */
  result: v.object({ sessions: v.pipe(v.array(score), v.maxLength(100)), overall: score, passed: v.nullable(v.boolean()) }),
  /** SHA-256 of everything above (canonical JSON): an edited review no longer matches it. */
  seal: hex64,
});

export type Review = v.InferOutput<typeof ReviewSchema>;
export type ReviewedDecision = v.InferOutput<typeof ReviewedDecisionSchema>;

/**
 * The session report: a versioned JSON document holding everything needed to replay and re-score
 * a session (scenario id and version, locale, seed, the full event log with game and real times,
 * every decision and analysis, the scores). Verification (src/engine/replay.ts) replays the log
 * through the same engine, so a score edited by hand no longer matches.
 */
import * as v from 'valibot';
import { MAX_NAME } from './domain';
import { DecisionSchema, LocaleSchema, LogSchema, MetersSchema, ReasonSchema, ScoresSchema, WeightsSchema } from './domain';

export const REPORT_FORMAT = 'frontline-report';
/**
 * 2 (Frontline 0.3, and 0.4 which adds optional fields: who found each breach, the reply model's id, the
 * coach's doubts): a written reply is judged on its own reading and logged with where it was sent
 * (docs/scoring.md); a report of version 1 would not replay to the same verdicts, so it is refused
 * with the release that verifies it (REPORT_VERIFIED_BY).
 */
export const REPORT_VERSION = 2;
/** The Frontline release that verifies a report of an older format version. */
export const REPORT_VERIFIED_BY: Readonly<Record<number, string>> = { 1: '0.2' };

const iso = v.pipe(v.string(), v.maxLength(40));

export const ReportSchema = v.object({
  format: v.literal(REPORT_FORMAT, `is not "${REPORT_FORMAT}"`),
  version: v.literal(REPORT_VERSION),
  /** The game version that produced it. */
  app: v.pipe(v.string(), v.maxLength(40)),
  scenario: v.object({
    id: v.string(),
    version: v.pipe(v.number(), v.integer()),
    charter: v.string(),
    title: v.pipe(v.string(), v.maxLength(500)),
  }),
  locale: LocaleSchema,
  seed: v.pipe(v.number(), v.integer(), v.minValue(0)),
  mode: v.picklist(['training', 'exam']),
  startedAt: iso,
  finishedAt: iso,
  candidate: v.optional(v.record(v.string(), v.pipe(v.string(), v.maxLength(MAX_NAME)))),
  exam: v.optional(v.object({ id: v.string(), title: v.string() })),
  log: LogSchema,
  decisions: v.pipe(v.array(DecisionSchema), v.maxLength(5_000)),
  ending: v.nullable(v.object({ id: v.string(), text: v.pipe(v.string(), v.maxLength(20_000)) })),
  meters: v.object({ start: MetersSchema, end: MetersSchema }),
  hints: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
  /** Score weights used (an exam's, or the scenario's). */
  weights: v.optional(WeightsSchema),
  /** The exam required written replies. */
  freeTextRequired: v.optional(v.boolean()),
  scores: ScoresSchema,
  reasons: v.pipe(v.array(ReasonSchema), v.maxLength(20_000)),
});

export type Report = v.InferOutput<typeof ReportSchema>;

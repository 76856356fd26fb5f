/**
 * The session report: a versioned JSON document holding everything needed to replay and re-score
 * a session (scenario id and version, locale, seed, the full event log with game and real times,
 * every decision and analysis, the scores). Verification (verify.ts) replays the log through the
 * same engine, so a score edited by hand no longer matches.
 */
import * as v from 'valibot';
import { INTENTS, LOCALES, RULE_KINDS, SCORE_KEYS, TONES, type Decision, type Meters, type ScoreWeights } from '../core/types';
import type { Reason, Scores } from '../scoring';
import type { LogEntry, Session } from '../engine/session';

export const REPORT_FORMAT = 'frontline-report';
export const REPORT_VERSION = 1;

export interface Report {
  format: typeof REPORT_FORMAT;
  version: typeof REPORT_VERSION;
  /** The game version that produced it. */
  app: string;
  scenario: { id: string; version: number; charter: string; title: string };
  locale: 'fr' | 'en';
  seed: number;
  mode: 'training' | 'exam';
  startedAt: string;
  finishedAt: string;
  candidate?: Record<string, string>;
  exam?: { id: string; title: string };
  log: LogEntry[];
  decisions: Decision[];
  ending: { id: string; text: string } | null;
  meters: { start: Meters; end: Meters };
  hints: number;
  /** Score weights used (an exam's, or the scenario's). */
  weights?: ScoreWeights;
  /** The exam required written replies. */
  freeTextRequired?: boolean;
  scores: Scores;
  reasons: Reason[];
}

export interface ReportMeta {
  app: string;
  mode: Report['mode'];
  startedAt: string;
  finishedAt: string;
  candidate?: Record<string, string>;
  exam?: Report['exam'];
}

export function buildReport(session: Session, meta: ReportMeta): Report {
  const card = session.score();
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    app: meta.app,
    scenario: {
      id: session.manifest.id,
      version: session.manifest.version,
      charter: session.charter.id,
      title: session.manifest.title[session.locale],
    },
    locale: session.locale,
    seed: session.seed,
    mode: meta.mode,
    startedAt: meta.startedAt,
    finishedAt: meta.finishedAt,
    ...(meta.candidate ? { candidate: meta.candidate } : {}),
    ...(meta.exam ? { exam: meta.exam } : {}),
    log: session.log.map((e) => ({ ...e })),
    decisions: session.decisions.map((d) => ({ ...d })),
    ending: session.ending,
    meters: { start: session.startMeters, end: session.meters },
    hints: session.hintsUsed,
    ...(session.weights ? { weights: session.weights } : {}),
    ...(session.freeTextRequired ? { freeTextRequired: true } : {}),
    scores: card.scores,
    reasons: card.reasons,
  };
}

const finite = v.pipe(v.number(), v.finite());
/** No scenario lasts two game days; a larger time would make a replay run for hours. */
export const MAX_GAME_SECONDS = 2 * 24 * 3600;
/** What the analyser said of a written reply, as the log keeps it. */
export const AnalysisSchema = v.object({
  tone: v.picklist(TONES),
  diplomacy: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  violations: v.pipe(
    v.array(v.object({ kind: v.picklist(RULE_KINDS), excerpt: v.pipe(v.string(), v.maxLength(10_000)) })),
    v.maxLength(100),
  ),
  intents: v.pipe(v.array(v.picklist(INTENTS)), v.maxLength(INTENTS.length)),
});
const LogSchema = v.intersect([
  v.object({ t: v.pipe(finite, v.minValue(0), v.maxValue(MAX_GAME_SECONDS, 'is beyond any scenario (48 game hours)')), at: finite }),
  v.variant('type', [
    v.object({ type: v.literal('start'), seed: finite, locale: v.picklist(LOCALES), scenario: v.string(), version: finite }),
    v.object({ type: v.literal('option'), postId: v.string(), index: v.pipe(v.number(), v.integer(), v.minValue(0)), text: v.string() }),
    v.object({ type: v.literal('free'), postId: v.string(), text: v.pipe(v.string(), v.maxLength(10_000)), analysis: AnalysisSchema }),
    v.object({ type: v.literal('deadline'), postId: v.string() }),
    v.object({ type: v.literal('hint'), postId: v.string() }),
    v.object({ type: v.literal('expire') }),
    v.object({ type: v.literal('end'), ending: v.string() }),
  ]),
]);
const score = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100));

/** The fields verification relies on; the rest is carried as written. */
export const ReportSchema = v.looseObject({
  format: v.literal(REPORT_FORMAT, 'is not "frontline-report"'),
  version: v.number(),
  app: v.string(),
  scenario: v.looseObject({ id: v.string(), version: v.pipe(v.number(), v.integer()), charter: v.string() }),
  locale: v.picklist(LOCALES),
  seed: v.pipe(v.number(), v.integer(), v.minValue(0)),
  mode: v.picklist(['training', 'exam']),
  log: v.pipe(v.array(LogSchema), v.maxLength(20_000)),
  decisions: v.array(
    v.looseObject({
      postId: v.string(),
      action: v.string(),
      judgement: v.string(),
      // Verification compares the broken rules and the dashboard counts them.
      breaches: v.optional(
        v.array(
          v.looseObject(
            { ruleId: v.string('is not the id of a charter rule') },
            'expected a broken rule, { "ruleId": "<charter rule id>" }',
          ),
          'is not a list of broken charter rules',
        ),
      ),
    }),
  ),
  hints: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
  weights: v.optional(v.record(v.picklist(SCORE_KEYS), v.pipe(v.number(), v.minValue(0), v.maxValue(10)))),
  freeTextRequired: v.optional(v.boolean()),
  scores: v.object({ diplomacy: score, speed: score, charter: score, judgement: score, outcome: score, overall: score }),
});

/** Whether a stored value is a well-formed report (the menu lists only these). */
export const isReport = (data: unknown): data is Report =>
  v.safeParse(ReportSchema, data).success &&
  typeof (data as Report).finishedAt === 'string' &&
  typeof (data as Report).scenario?.title === 'string';

/** Reads a report file: a clear message naming the field when it is not one. */
export function readReport(text: string, source = 'report'): { ok: true; report: Report } | { ok: false; errors: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`${source}: not valid JSON (${(e as Error).message})`] };
  }
  if (
    typeof data === 'object' &&
    data !== null &&
    (data as { format?: unknown }).format === REPORT_FORMAT &&
    (data as { version?: unknown }).version !== REPORT_VERSION
  ) {
    return {
      ok: false,
      errors: [
        `${source}: report format version ${String((data as { version?: unknown }).version)} is not supported (this game reads version ${REPORT_VERSION})`,
      ],
    };
  }
  const parsed = v.safeParse(ReportSchema, data);
  if (!parsed.success) {
    return { ok: false, errors: parsed.issues.slice(0, 20).map((i) => `${source}: ${v.getDotPath(i) ?? '(root)'}: ${i.message}`) };
  }
  return { ok: true, report: parsed.output as unknown as Report };
}

/**
 * The session report: a versioned JSON document holding everything needed to replay and re-score
 * a session (scenario id and version, locale, seed, the full event log with game and real times,
 * every decision and analysis, the scores). Verification replays the log through the same engine:
 * a score edited by hand no longer matches the replay.
 */
import * as v from 'valibot';
import { LOCALES, type Decision, type Meters } from '../core/types';
import type { Charter, Manifest } from '../content/schema';
import type { Reason, Scores } from '../scoring';
import { type LogEntry, Session } from './session';

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
    scenario: { id: session.manifest.id, version: session.manifest.version, charter: session.charter.id, title: session.manifest.title[session.locale] },
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
    scores: card.scores,
    reasons: card.reasons,
  };
}

const finite = v.pipe(v.number(), v.finite());
const LogSchema = v.intersect([
  v.object({ t: v.pipe(finite, v.minValue(0)), at: finite }),
  v.variant('type', [
    v.object({ type: v.literal('start'), seed: finite, locale: v.picklist(LOCALES), scenario: v.string(), version: finite }),
    v.object({ type: v.literal('option'), postId: v.string(), index: v.pipe(v.number(), v.integer(), v.minValue(0)), text: v.string() }),
    v.object({ type: v.literal('free'), postId: v.string(), text: v.pipe(v.string(), v.maxLength(10_000)), analysis: v.unknown() }),
    v.object({ type: v.literal('deadline'), postId: v.string() }),
    v.object({ type: v.literal('hint'), postId: v.string() }),
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
  decisions: v.array(v.looseObject({ postId: v.string(), action: v.string(), judgement: v.string() })),
  hints: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
  scores: v.object({ diplomacy: score, speed: score, charter: score, judgement: score, outcome: score, overall: score }),
});

/** Reads a report file: a clear message naming the field when it is not one. */
export function readReport(text: string, source = 'report'): { ok: true; report: Report } | { ok: false; errors: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`${source}: not valid JSON (${(e as Error).message})`] };
  }
  if (typeof data === 'object' && data !== null && (data as { format?: unknown }).format === REPORT_FORMAT
    && (data as { version?: unknown }).version !== REPORT_VERSION) {
    return { ok: false, errors: [`${source}: report format version ${String((data as { version?: unknown }).version)} is not supported (this game reads version ${REPORT_VERSION})`] };
  }
  const parsed = v.safeParse(ReportSchema, data);
  if (!parsed.success) {
    return { ok: false, errors: parsed.issues.slice(0, 20).map((i) => `${source}: ${v.getDotPath(i) ?? '(root)'}: ${i.message}`) };
  }
  return { ok: true, report: parsed.output as unknown as Report };
}

export interface Verification {
  ok: boolean;
  /** Every difference between the report and its replay. */
  mismatches: string[];
  replayed: { scores: Scores; ending: string | null; decisions: number };
}

/** Replays a session's log through a fresh session: the same engine, the same numbers. */
export function replaySession(scenario: { manifest: Manifest; charter: Charter; story: string }, report: Pick<Report, 'locale' | 'seed' | 'log'>): { session: Session; problems: string[] } {
  const session = new Session({ manifest: scenario.manifest, charter: scenario.charter, story: scenario.story, locale: report.locale, seed: report.seed });
  const problems: string[] = [];
  for (const [i, e] of report.log.entries()) {
    if (e.type === 'start') continue;
    session.advance(e.t);
    const where = `log[${i}] at ${e.t.toFixed(1)} s`;
    switch (e.type) {
      case 'option':
        if (!session.choose(e.postId, e.index)) problems.push(`${where}: option ${e.index} on post "${e.postId}" was not available`);
        break;
      case 'free': {
        const r = session.write(e.postId, e.text);
        if ('error' in r) problems.push(`${where}: free reply on post "${e.postId}" refused (${r.error})`);
        break;
      }
      case 'hint':
        if (!session.useHint(e.postId)) problems.push(`${where}: no hint to take on post "${e.postId}"`);
        break;
      case 'deadline':
        if (!session.decisions.some((d) => d.postId === e.postId && d.source === 'deadline')) problems.push(`${where}: the deadline on post "${e.postId}" did not pass`);
        break;
      case 'end':
        if (session.ending?.id !== e.ending) problems.push(`${where}: ending "${e.ending}" not reached (replay: ${session.ending?.id ?? 'none'})`);
        break;
    }
  }
  return { session, problems };
}

export function verifyReport(report: Report, scenario: { manifest: Manifest; charter: Charter; story: string }): Verification {
  const mismatches: string[] = [];
  if (report.scenario.id !== scenario.manifest.id) mismatches.push(`scenario: report is for "${report.scenario.id}", not "${scenario.manifest.id}"`);
  if (report.scenario.version !== scenario.manifest.version) mismatches.push(`scenario.version: report was made with version ${report.scenario.version}, this game has version ${scenario.manifest.version}`);
  const start = report.log[0];
  if (start?.type !== 'start' || start.seed !== report.seed || start.locale !== report.locale || start.scenario !== report.scenario.id) {
    mismatches.push('log[0]: the start entry does not match the report’s seed, locale or scenario');
  }
  const { session, problems } = replaySession(scenario, report);
  mismatches.push(...problems);
  const card = session.score();
  for (const key of Object.keys(card.scores) as (keyof Scores)[]) {
    if (report.scores[key] !== card.scores[key]) mismatches.push(`scores.${key}: the report says ${report.scores[key]}, the replay gives ${card.scores[key]}`);
  }
  if (report.decisions.length !== session.decisions.length) {
    mismatches.push(`decisions: the report lists ${report.decisions.length}, the replay makes ${session.decisions.length}`);
  }
  session.decisions.forEach((d, i) => {
    const r = report.decisions[i];
    if (!r) return;
    for (const field of ['postId', 'action', 'judgement'] as const) {
      if (r[field] !== d[field]) mismatches.push(`decisions[${i}].${field}: the report says "${String(r[field])}", the replay gives "${String(d[field])}"`);
    }
  });
  if ((report.ending?.id ?? null) !== (session.ending?.id ?? null)) {
    mismatches.push(`ending: the report says "${report.ending?.id ?? 'none'}", the replay gives "${session.ending?.id ?? 'none'}"`);
  }
  return { ok: mismatches.length === 0, mismatches, replayed: { scores: card.scores, ending: session.ending?.id ?? null, decisions: session.decisions.length } };
}

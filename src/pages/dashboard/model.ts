/**
 * The results dashboard's numbers, from checked reports: people × scenarios (best score per cell),
 * per-competency statistics and the charter rules broken most often. Pure: no DOM, so it is tested
 * in Node. Only verified reports count in statistics and rules; a cell shows an unverified report
 * only when the person has no verified one for that scenario. A session an examiner reviewed counts
 * with its reviewed scores, and the findings they overruled are not counted as rules broken.
 */
import { SCORE_KEYS, type ScoreKey, type Scores } from '../../core/types';
import type { Report } from '../../records/session-report';
import type { CheckResult } from '../check';
import { type Learner, breachesOf, learnerOf } from '../facts';
import type { ReviewLookup, ReviewedSession } from './reviewed';

export interface Entry {
  file: string;
  verified: boolean;
  report: Report;
  learner: Learner;
  /** The scores that stand: the reviewed ones when an examiner's review applies, else the report's. */
  scores: Scores;
  /** Rules broken, one entry per breach: without the findings the examiner overruled. */
  breaches: string[];
  /** The review applied, if any. */
  reviewed?: ReviewedSession;
}

export interface Cell {
  learner: string;
  scenario: string;
  /** The report shown: the best verified one, else the best unverified one. */
  best: Entry;
  attempts: number;
}

export interface Model {
  entries: Entry[];
  learners: Learner[];
  /** Scenario ids in first-seen order (the page sorts them by title). */
  scenarios: string[];
  cells: Map<string, Cell>;
}

export const cellKey = (learner: string, scenario: string) => `${learner}\u0000${scenario}`;

/**
 * Readable reports (verified or not) grouped by person and scenario, with the examiner's reviews
 * applied when `reviewed` finds one. Refused files are left out.
 */
export function buildModel(results: readonly CheckResult[], reviewed: ReviewLookup = () => undefined): Model {
  const entries: Entry[] = [];
  const learners = new Map<string, Learner>();
  const scenarios: string[] = [];
  const cells = new Map<string, Cell>();
  for (const r of results) {
    if (r.status === 'refused') continue;
    const learner = learnerOf(r.report, r.file);
    const review = reviewed(r);
    const entry: Entry = {
      file: r.file,
      verified: r.status === 'verified',
      report: r.report,
      learner,
      scores: review?.scores ?? r.report.scores,
      breaches: review?.breaches ?? breachesOf(r.report),
      ...(review ? { reviewed: review } : {}),
    };
    entries.push(entry);
    if (!learners.has(learner.key)) learners.set(learner.key, learner);
    const id = r.report.scenario.id;
    if (!scenarios.includes(id)) scenarios.push(id);
    const key = cellKey(learner.key, id);
    const cell = cells.get(key);
    if (!cell) cells.set(key, { learner: learner.key, scenario: id, best: entry, attempts: 1 });
    else {
      cell.attempts++;
      if (better(entry, cell.best)) cell.best = entry;
    }
  }
  return { entries, learners: [...learners.values()], scenarios, cells };
}

/** A verified report beats any unverified one; then the higher overall score wins. */
function better(a: Entry, b: Entry): boolean {
  if (a.verified !== b.verified) return a.verified;
  return a.scores.overall > b.scores.overall;
}

export interface Distribution {
  key: ScoreKey | 'overall';
  count: number;
  mean: number;
  min: number;
  median: number;
  max: number;
  /** Counts in bands 0–19, 20–39, 40–59, 60–79, 80–100. */
  bands: number[];
}

export const BANDS: readonly [number, number][] = [
  [0, 19],
  [20, 39],
  [40, 59],
  [60, 79],
  [80, 100],
];
export const STAT_KEYS = [...SCORE_KEYS, 'overall'] as const;

/** Statistics over the cells whose shown report is verified (reviewed scores when reviewed), for one scenario or all. */
export function statistics(model: Model, scenario: string | null): { basis: number; reviewed: number; rows: Distribution[] } {
  const entries = [...model.cells.values()]
    .filter((c) => c.best.verified && (scenario === null || c.scenario === scenario))
    .map((c) => c.best);
  const rows = STAT_KEYS.map((key) => {
    const values = entries.map((e) => e.scores[key]).sort((a, b) => a - b);
    const n = values.length;
    const mid = Math.floor(n / 2);
    return {
      key,
      count: n,
      mean: n ? values.reduce((a, b) => a + b, 0) / n : 0,
      min: n ? values[0]! : 0,
      median: n ? (n % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2) : 0,
      max: n ? values[n - 1]! : 0,
      bands: BANDS.map(([from, to]) => values.filter((v) => v >= from && v <= to).length),
    };
  });
  return { basis: entries.length, reviewed: entries.filter((e) => e.reviewed).length, rows };
}

export interface RuleCount {
  charter: string;
  rule: string;
  count: number;
  /** Keys of the learners who broke it. */
  learners: string[];
}

/** Charter rules broken in verified reports (every attempt counts; findings an examiner overruled do not), most frequent first. */
export function brokenRules(model: Model, scenario: string | null): RuleCount[] {
  const counts = new Map<string, RuleCount>();
  for (const e of model.entries) {
    if (!e.verified || (scenario !== null && e.report.scenario.id !== scenario)) continue;
    for (const rule of e.breaches) {
      const key = `${e.report.scenario.charter}\u0000${rule}`;
      const c = counts.get(key) ?? { charter: e.report.scenario.charter, rule, count: 0, learners: [] };
      c.count++;
      if (!c.learners.includes(e.learner.key)) c.learners.push(e.learner.key);
      counts.set(key, c);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || b.learners.length - a.learners.length || a.rule.localeCompare(b.rule));
}

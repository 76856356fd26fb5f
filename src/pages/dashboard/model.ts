/**
 * The classroom dashboard's numbers, from checked reports: learners × scenarios (best score per
 * cell), per-competency statistics and the charter rules broken most often. Pure: no DOM, so it
 * is tested in Node. Only verified reports count in statistics and rules; a cell shows an
 * unverified report only when the learner has no verified one for that scenario.
 */
import { SCORE_KEYS, type ScoreKey } from '../../core/types';
import type { Report } from '../../records/session-report';
import type { CheckResult } from '../check';
import { type Learner, breachesOf, learnerOf } from '../facts';

export interface Entry {
  file: string;
  verified: boolean;
  report: Report;
  learner: Learner;
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

/** Readable reports (verified or not) grouped by learner and scenario. Refused files are left out. */
export function buildModel(results: readonly CheckResult[]): Model {
  const entries: Entry[] = [];
  const learners = new Map<string, Learner>();
  const scenarios: string[] = [];
  const cells = new Map<string, Cell>();
  for (const r of results) {
    if (r.status === 'refused') continue;
    const learner = learnerOf(r.report, r.file);
    const entry: Entry = { file: r.file, verified: r.status === 'verified', report: r.report, learner };
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
  return a.report.scores.overall > b.report.scores.overall;
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

/** Statistics over the cells whose shown report is verified, for one scenario or all. */
export function statistics(model: Model, scenario: string | null): { basis: number; rows: Distribution[] } {
  const reports = [...model.cells.values()]
    .filter((c) => c.best.verified && (scenario === null || c.scenario === scenario))
    .map((c) => c.best.report);
  const rows = STAT_KEYS.map((key) => {
    const values = reports.map((r) => r.scores[key]).sort((a, b) => a - b);
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
  return { basis: reports.length, rows };
}

export interface RuleCount {
  charter: string;
  rule: string;
  count: number;
  /** Keys of the learners who broke it. */
  learners: string[];
}

/** Charter rules broken in verified reports (every attempt counts), most frequent first. */
export function brokenRules(model: Model, scenario: string | null): RuleCount[] {
  const counts = new Map<string, RuleCount>();
  for (const e of model.entries) {
    if (!e.verified || (scenario !== null && e.report.scenario.id !== scenario)) continue;
    for (const rule of breachesOf(e.report)) {
      const key = `${e.report.scenario.charter}\u0000${rule}`;
      const c = counts.get(key) ?? { charter: e.report.scenario.charter, rule, count: 0, learners: [] };
      c.count++;
      if (!c.learners.includes(e.learner.key)) c.learners.push(e.learner.key);
      counts.set(key, c);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || b.learners.length - a.learners.length || a.rule.localeCompare(b.rule));
}

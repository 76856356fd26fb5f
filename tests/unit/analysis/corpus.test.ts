/**
 * Quality gate on the labelled corpora (tests/corpus/replies.{fr,en}.json).
 * Prints tone accuracy, per-rule precision/recall and intent agreement, for the development
 * part and each held-out round (written blind, by someone who had not seen the lexicons), and fails below
 * 85 % tone accuracy, 90 % precision or 85 % recall per rule kind over everything the lexicons were tuned on.
 * The untouched round is reported, not gated: a gate on it would invite tuning on it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeReply } from '../../../src/analysis';
import {
  INTENTS,
  RULE_KINDS,
  TONES,
  type AnalysisContext,
  type Intent,
  type Locale,
  type ReplyAnalysis,
  type Tone,
} from '../../../src/core/types';

interface Item {
  text: string;
  context: Omit<AnalysisContext, 'locale'>;
  tone: Tone;
  violations: string[];
  intents: Intent[];
  note?: string;
  heldout?: boolean;
  /** Held-out rounds, each written blind by someone who had not seen the lexicons (see docs/analysis.md for which were tuned on afterwards). */
  round?: number;
}
interface Row extends Item {
  locale: Locale;
  got: ReplyAnalysis;
}

const load = (locale: Locale): Item[] =>
  JSON.parse(readFileSync(new URL(`../../corpus/replies.${locale}.json`, import.meta.url), 'utf8')) as Item[];

/** Held-out rounds never tuned on (docs/analysis.md). Once a round's misses are fixed, it leaves this set. */
const UNTOUCHED: ReadonlySet<number> = new Set([7]);

const corpus: Row[] = (['fr', 'en'] as const).flatMap((locale) =>
  load(locale).map((item) => ({ ...item, locale, got: analyzeReply(item.text, { ...item.context, locale }) })),
);

const pct = (x: number): string => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '  n/a');
const ratio = (a: number, b: number): number => (b === 0 ? NaN : a / b);

function toneAccuracy(rows: Row[]): number {
  return ratio(rows.filter((r) => r.got.tone === r.tone).length, rows.length);
}

interface PR {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}
function ruleScores(rows: Row[], kind: string): PR {
  let tp = 0,
    fp = 0,
    fn = 0;
  for (const r of rows) {
    const gold = r.violations.includes(kind);
    const got = r.got.violations.some((v) => v.kind === kind);
    if (gold && got) tp++;
    else if (got) fp++;
    else if (gold) fn++;
  }
  // no prediction and nothing to find is perfect precision
  return { tp, fp, fn, precision: tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}

function intentScores(rows: Row[]): { exact: number; microF1: number } {
  let tp = 0,
    fp = 0,
    fn = 0,
    exact = 0;
  for (const r of rows) {
    const gold = new Set(r.intents);
    const got = new Set(r.got.intents);
    for (const i of INTENTS) {
      if (gold.has(i) && got.has(i)) tp++;
      else if (got.has(i)) fp++;
      else if (gold.has(i)) fn++;
    }
    if (gold.size === got.size && [...gold].every((i) => got.has(i))) exact++;
  }
  return { exact: ratio(exact, rows.length), microF1: ratio(2 * tp, 2 * tp + fp + fn) };
}

function report(): void {
  const rounds = [...new Set(corpus.filter((r) => r.heldout).map((r) => r.round ?? 0))].sort((a, b) => a - b);
  const parts: [string, Row[]][] = [
    ['dev', corpus.filter((r) => !r.heldout)],
    ...rounds.map((n): [string, Row[]] => [`held-out r${n}`, corpus.filter((r) => r.heldout && (r.round ?? 0) === n)]),
    ['all', corpus],
  ];
  const lines: string[] = [];
  lines.push(`Tone accuracy            ${parts.map(([n]) => n.padEnd(14)).join('')}`);
  for (const loc of ['fr', 'en', 'both'] as const) {
    const cells = parts.map(([, rows]) => {
      const rs = loc === 'both' ? rows : rows.filter((r) => r.locale === loc);
      return `${pct(toneAccuracy(rs)).padStart(6)} (${String(rs.length).padStart(3)})`.padEnd(14);
    });
    lines.push(`  ${loc.padEnd(22)} ${cells.join('')}`);
  }
  lines.push('', 'Rule kind        precision / recall (tp fp fn)');
  lines.push(`  ${''.padEnd(14)} ${parts.map(([n]) => n.padEnd(30)).join('')}`);
  for (const kind of RULE_KINDS) {
    const cells = parts.map(([, rows]) => {
      const s = ruleScores(rows, kind);
      return `${pct(s.precision).padStart(6)} / ${pct(s.recall).padStart(6)} (${s.tp} ${s.fp} ${s.fn})`.padEnd(30);
    });
    lines.push(`  ${kind.padEnd(14)} ${cells.join('')}`);
  }
  lines.push('', 'Intents (information)   exact-set / micro-F1');
  for (const [name, rows] of parts) {
    const s = intentScores(rows);
    lines.push(`  ${name.padEnd(22)} ${pct(s.exact)} / ${pct(s.microF1)}`);
  }
  const tones = TONES.map((t) => `${t}: ${corpus.filter((r) => r.tone === t).length}`).join(', ');
  lines.push('', `Gold tones: ${tones}`);
  console.log(lines.join('\n'));
  if (process.env.CORPUS_ERRORS) {
    for (const r of corpus.filter((x) => process.env.CORPUS_ERRORS === 'all' || !x.heldout)) {
      const gotKinds = [...new Set(r.got.violations.map((v) => v.kind))].sort().join(',');
      const wantKinds = [...r.violations].sort().join(',');
      if (r.got.tone !== r.tone || gotKinds !== wantKinds)
        console.log(
          `${r.locale}${r.heldout ? ' H' : ''} | ${r.text}\n   tone ${r.tone} -> ${r.got.tone} | viol [${wantKinds}] -> [${gotKinds}] ${JSON.stringify(r.got.violations)}`,
        );
    }
  }
}

describe('reply analyser on the labelled corpus', () => {
  it('has a well-formed corpus: 110+ items per locale, a third held out, every tone and rule kind covered', () => {
    for (const loc of ['fr', 'en'] as const) {
      const rows = corpus.filter((r) => r.locale === loc);
      expect(rows.length).toBeGreaterThanOrEqual(110);
      expect(rows.filter((r) => r.heldout).length).toBeGreaterThanOrEqual(Math.floor(rows.length / 4));
    }
    for (const r of corpus) {
      expect(TONES).toContain(r.tone);
      for (const k of r.violations) expect(RULE_KINDS as readonly string[]).toContain(k);
      for (const i of r.intents) expect(INTENTS).toContain(i);
    }
    for (const t of TONES) expect(corpus.filter((r) => r.tone === t).length).toBeGreaterThanOrEqual(15);
    for (const k of RULE_KINDS) expect(corpus.filter((r) => r.violations.includes(k)).length).toBeGreaterThanOrEqual(8);
  });

  it('meets the quality bar on what it was tuned on (tone ≥ 85 %, precision ≥ 90 %, recall ≥ 85 % per rule kind)', () => {
    report();
    const tuned = corpus.filter((r) => !(r.heldout && UNTOUCHED.has(r.round ?? 0)));
    expect(toneAccuracy(tuned)).toBeGreaterThanOrEqual(0.85);
    for (const kind of RULE_KINDS) {
      const s = ruleScores(tuned, kind);
      expect.soft(s.precision, `${kind} precision`).toBeGreaterThanOrEqual(0.9);
      expect.soft(s.recall, `${kind} recall`).toBeGreaterThanOrEqual(0.85);
    }
  });

  it('quotes every excerpt from the original reply', () => {
    for (const r of corpus) for (const v of r.got.violations) expect(r.text).toContain(v.excerpt);
  });
});

/** Figures for the reply model and the rule analyser: per-kind precision and recall, tone accuracy and confusion. */
import { RULE_KINDS, TONES, type Locale, type RuleKind, type Tone } from '../../src/core/types';
import type { CorpusItem } from './corpus';

export interface Prediction {
  item: CorpusItem;
  kinds: ReadonlySet<RuleKind>;
  tone: Tone;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  /** Positives in the labels (kinds in `allow` left out). */
  support: number;
}

/** A kind in the reply's `allow` list counts neither way (docs/labelling.md §5). */
export function kindCounts(predictions: readonly Prediction[], kind: RuleKind): Counts {
  const c: Counts = { tp: 0, fp: 0, fn: 0, support: 0 };
  for (const p of predictions) {
    if (p.item.allow.includes(kind)) continue;
    const truth = p.item.breaches.some((b) => b.kind === kind);
    const said = p.kinds.has(kind);
    if (truth) c.support++;
    if (truth && said) c.tp++;
    else if (said) c.fp++;
    else if (truth) c.fn++;
  }
  return c;
}

export const precision = (c: Counts) => (c.tp + c.fp === 0 ? NaN : c.tp / (c.tp + c.fp));
export const recall = (c: Counts) => (c.tp + c.fn === 0 ? NaN : c.tp / (c.tp + c.fn));
export const pct = (x: number) => (Number.isNaN(x) ? '  —  ' : `${(100 * x).toFixed(1)}`.padStart(5));

export function toneAccuracy(predictions: readonly Prediction[]): number {
  return predictions.filter((p) => p.tone === p.item.tone).length / predictions.length;
}

/** confusion[label][predicted], in TONES order. */
export function toneConfusion(predictions: readonly Prediction[]): number[][] {
  return TONES.map((t) => TONES.map((u) => predictions.filter((p) => p.item.tone === t && p.tone === u).length));
}

export interface Threshold {
  threshold: number;
  precision: number;
  recall: number;
  /** Whether some threshold reached the precision target on these replies. */
  reached: boolean;
}

/**
 * The threshold with the best recall among those whose precision reaches `target` (ties: the highest
 * threshold); if none does, the one with the best precision (ties: best recall). Labels of -1 are left out.
 */
export function chooseThreshold(logits: readonly number[], labels: readonly number[], target = 0.9): Threshold {
  const rows = logits.map((l, i) => [l, labels[i]!] as const).filter(([, y]) => y >= 0);
  const positives = rows.filter(([, y]) => y === 1).length;
  const candidates = [...new Set(rows.map(([l]) => l))].sort((a, b) => b - a);
  let best: Threshold | null = null;
  let fallback: Threshold | null = null;
  for (const t of candidates) {
    let tp = 0;
    let fp = 0;
    for (const [l, y] of rows) {
      if (l < t) continue;
      if (y === 1) tp++;
      else fp++;
    }
    if (tp === 0) continue;
    const p = tp / (tp + fp);
    const r = tp / positives;
    if (p >= target && (!best || r > best.recall)) best = { threshold: t, precision: p, recall: r, reached: true };
    if (!fallback || p > fallback.precision || (p === fallback.precision && r > fallback.recall))
      fallback = { threshold: t, precision: p, recall: r, reached: false };
  }
  return best ?? fallback ?? { threshold: Math.max(0, ...logits) + 1, precision: NaN, recall: 0, reached: false };
}

/** Per-kind precision / recall, all and per language, as text lines. */
export function kindTable(predictions: readonly Prediction[]): string[] {
  const langs: Locale[] = ['fr', 'en'];
  const lines = [
    `${'kind'.padEnd(14)} ${'P all'.padStart(5)} ${'R all'.padStart(5)} | ${'P fr'.padStart(5)} ${'R fr'.padStart(5)} | ${'P en'.padStart(5)} ${'R en'.padStart(5)} | positives`,
  ];
  const sum = (cs: Counts[]): Counts =>
    cs.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn, support: a.support + c.support }));
  const all: Counts[] = [];
  for (const kind of RULE_KINDS) {
    const c = kindCounts(predictions, kind);
    all.push(c);
    const byLang = langs.map((l) =>
      kindCounts(
        predictions.filter((p) => p.item.lang === l),
        kind,
      ),
    );
    lines.push(
      `${kind.padEnd(14)} ${pct(precision(c))} ${pct(recall(c))} | ${byLang.map((b) => `${pct(precision(b))} ${pct(recall(b))}`).join(' | ')} | ${c.support} (fr ${byLang[0]!.support}, en ${byLang[1]!.support})`,
    );
  }
  const total = sum(all);
  const totalByLang = langs.map((l) =>
    sum(
      RULE_KINDS.map((k) =>
        kindCounts(
          predictions.filter((p) => p.item.lang === l),
          k,
        ),
      ),
    ),
  );
  lines.push(
    `${'all kinds'.padEnd(14)} ${pct(precision(total))} ${pct(recall(total))} | ${totalByLang.map((b) => `${pct(precision(b))} ${pct(recall(b))}`).join(' | ')} | ${total.support}`,
  );
  return lines;
}

export function toneLines(predictions: readonly Prediction[]): string[] {
  const byLang = (['fr', 'en'] as const).map((l) => predictions.filter((p) => p.item.lang === l));
  const lines = [
    `tone accuracy ${pct(toneAccuracy(predictions))} % (fr ${pct(toneAccuracy(byLang[0]!)).trim()} %, en ${pct(toneAccuracy(byLang[1]!)).trim()} %)`,
    `confusion (rows: label, columns: predicted ${TONES.join(' / ')})`,
  ];
  const m = toneConfusion(predictions);
  TONES.forEach((t, i) => lines.push(`  ${t.padEnd(11)} ${m[i]!.map((n) => String(n).padStart(4)).join(' ')}`));
  return lines;
}

/**
 * Lowers the kinds' thresholds where recall is cheapest, as long as precision over all kinds stays at
 * `target` or above and each kind's at `floor` or above: a kind found almost without error (shouting,
 * competitor) leaves room for one that is harder to read (blame). Each step takes, among the next few
 * lower thresholds of every kind, the one whose added findings are the most precise.
 */
export function spendPrecision(
  kinds: readonly { logits: readonly number[]; labels: readonly number[] }[],
  thresholds: readonly number[],
  target: number,
  floor: number,
  lookahead = 12,
): number[] {
  const rows = kinds.map((k) => k.logits.map((l, i) => [l, k.labels[i]!] as const).filter(([, y]) => y >= 0));
  const count = (kind: number, t: number) => {
    let tp = 0;
    let fp = 0;
    for (const [l, y] of rows[kind]!) {
      if (l < t) continue;
      if (y === 1) tp++;
      else fp++;
    }
    return { tp, fp };
  };
  const out = [...thresholds];
  const now = out.map((t, k) => count(k, t));
  const levels = rows.map((r) => [...new Set(r.map(([l]) => l))].sort((a, b) => b - a));
  for (;;) {
    const tp = now.reduce((a, c) => a + c.tp, 0);
    const fp = now.reduce((a, c) => a + c.fp, 0);
    let best: { kind: number; t: number; c: { tp: number; fp: number }; gain: number } | null = null;
    levels.forEach((ls, k) => {
      const lower = ls.filter((l) => l < out[k]!).slice(0, lookahead);
      for (const t of lower) {
        const c = count(k, t);
        const dtp = c.tp - now[k]!.tp;
        const dfp = c.fp - now[k]!.fp;
        if (dtp <= 0) continue;
        if ((tp + dtp) / (tp + dtp + fp + dfp) < target || c.tp / (c.tp + c.fp) < floor) continue;
        const gain = dtp / (dtp + dfp);
        if (!best || gain > best.gain || (gain === best.gain && dtp > best.c.tp - now[best.kind]!.tp)) best = { kind: k, t, c, gain };
      }
    });
    if (!best) return out;
    const { kind, t, c } = best;
    out[kind] = t;
    now[kind] = c;
  }
}

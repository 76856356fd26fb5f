/**
 * The untouched test batches (corpus/test): written after the reply model's design was fixed, never
 * trained or tuned on (docs/analysis.md, "Honest evaluation"). `figures` measures the analyser as the
 * game reads (rules and model together) on them; `npm run eval:analysis` prints the tables.
 */
import { join } from 'node:path';
import { analyzeReply } from '../../src/analysis';
import { RULE_KINDS, type Locale, type RuleKind } from '../../src/core/types';
import type { ReplyModel } from '../../src/analysis/model';
import { CORPUS_DIR, contextOf, readBatches, type CorpusItem } from './corpus';
import { kindCounts, precision, recall, toneAccuracy, type Counts, type Prediction } from './evaluate';

export const TEST_DIR = join(CORPUS_DIR, '..', 'test');

export function testItems(): CorpusItem[] {
  return readBatches(TEST_DIR).flatMap((b) => b.items);
}

/** Replies written with typos or by a non-native writer (their `style` says so). */
export const isRough = (item: CorpusItem & { style?: string[] }) => (item.style ?? []).some((s) => s === 'misspelt' || s === 'non-native');

export function predict(items: readonly CorpusItem[], model?: ReplyModel | null): Prediction[] {
  return items.map((item) => {
    const a = analyzeReply(item.text, contextOf(item), model);
    return { item, kinds: new Set(a.violations.map((v) => v.kind)), tone: a.tone };
  });
}

export interface Figures {
  replies: number;
  tone: number;
  precision: number;
  recall: number;
  kinds: Record<RuleKind, { precision: number; recall: number; positives: number }>;
}

const total = (cs: Counts[]): Counts =>
  cs.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn, support: a.support + c.support }));

export function figures(predictions: readonly Prediction[]): Figures {
  const counts = RULE_KINDS.map((k) => kindCounts(predictions, k));
  const all = total(counts);
  const kinds = {} as Figures['kinds'];
  RULE_KINDS.forEach(
    (k, i) => (kinds[k] = { precision: precision(counts[i]!), recall: recall(counts[i]!), positives: counts[i]!.support }),
  );
  return { replies: predictions.length, tone: toneAccuracy(predictions), precision: precision(all), recall: recall(all), kinds };
}

export const byLang = (predictions: readonly Prediction[], lang: Locale) => predictions.filter((p) => p.item.lang === lang);

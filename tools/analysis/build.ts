/**
 * Training the reply model from corpus batches: features, the split by batch, the sparse trainer, int8
 * quantisation, thresholds chosen on the validation batches, and the bytes of the model file. Everything
 * here depends only on the batches' contents and the settings, so the same batches give the same bytes.
 */
import { RULE_KINDS, TONES, type RuleKind } from '../../src/core/types';
import { featurize } from '../../src/analysis/model/features';
import { MODEL_FORMAT, MODEL_FORMAT_VERSION, encodeModel, type ModelHeader, type ReplyModel } from '../../src/analysis/model/format';
import { readWithModel } from '../../src/analysis/model/reader';
import { splitSentences, type SentenceSpan } from '../../src/analysis/model/sentences';
import { analyzeReply } from '../../src/analysis';
import { CHAR_MAX, CHAR_MIN } from '../../src/analysis/model/features';
import { contextOf, sha256, splitByBatch, type BatchFile, type CorpusItem } from './corpus';
import { chooseThreshold, spendPrecision, type Threshold } from './evaluate';
import { quantise, trainSparse, type TrainExample } from './sgd';

export interface Settings {
  bits: number;
  epochs: number;
  learningRate: number;
  l2: number;
  /** Precision each kind's threshold must reach on the validation batches. */
  targetPrecision: number;
  /**
   * When set, the thresholds are lowered together from the top (spendPrecision) as long as precision
   * over all kinds stays at this level and each kind's at `kindFloor`; `targetPrecision` then only
   * chooses how far the rules are trusted.
   */
  overallPrecision?: number;
  kindFloor?: number;
  /** Precision a kind's "possible" threshold (a doubt shown, not scored) must reach on the validation batches. */
  possiblePrecision: number;
}

export const SETTINGS: Settings = {
  bits: 17,
  epochs: 25,
  learningRate: 0.5,
  l2: 1e-4,
  targetPrecision: 0.9,
  overallPrecision: 0.91,
  kindFloor: 0.8,
  possiblePrecision: 0.75,
};

/** 1 if the kind is labelled, 0 if not, -1 if it is in the reply's `allow` list (no loss, not counted). */
export const kindLabel = (item: CorpusItem, kind: RuleKind) =>
  item.allow.includes(kind) ? -1 : item.breaches.some((b) => b.kind === kind) ? 1 : 0;

/** A sentence's label: 1 if a labelled evidence of the kind overlaps it, -1 if an evidence cannot be placed. */
export function sentenceLabel(item: CorpusItem, kind: RuleKind, span: SentenceSpan): number {
  const whole = kindLabel(item, kind);
  if (whole <= 0) return whole;
  for (const b of item.breaches) {
    if (b.kind !== kind) continue;
    const at = item.text.indexOf(b.evidence);
    if (at < 0) return -1;
    if (at < span.end && at + b.evidence.length > span.start) return 1;
  }
  return 0;
}

/**
 * A reply's training examples: the whole reply (kinds and tone), and each of its sentences alone when it
 * has several (kinds only, from where the labelled evidence is), so the model learns which words carry a
 * breach rather than which replies contain one.
 */
export function examples(item: CorpusItem, bits: number): TrainExample[] {
  const ctx = contextOf(item);
  const out: TrainExample[] = [
    {
      id: item.id,
      features: featurize(item.text, ctx, bits),
      labels: Int8Array.from(RULE_KINDS, (k) => kindLabel(item, k)),
      cls: TONES.indexOf(item.tone),
    },
  ];
  const spans = splitSentences(item.text);
  if (spans.length > 1)
    spans.forEach((span, i) =>
      out.push({
        id: `${item.id}#${i}`,
        features: featurize(item.text.slice(span.start, span.end), ctx, bits),
        labels: Int8Array.from(RULE_KINDS, (k) => sentenceLabel(item, k, span)),
        cls: -1,
      }),
    );
  return out;
}

/** A logit no reading reaches: a threshold that leaves a kind to the rules. */
export const NEVER = 2 ** 31 - 1;

/**
 * How far the model trusts the rules for one kind, and its own threshold beside them: among veto levels
 * (always trust the rules, never, or a decile of the model's logits on the replies the rules flag), the
 * one whose best threshold gives the best recall at the target precision (ties: the better precision).
 */
export function chooseCombination(
  logits: readonly number[],
  ruled: readonly boolean[],
  labels: readonly number[],
  target: number,
): { veto: number; threshold: Threshold } {
  const flagged = logits.filter((_, i) => ruled[i]).sort((x, y) => x - y);
  const deciles = flagged.length ? Array.from({ length: 9 }, (_, d) => flagged[Math.floor(((d + 1) * flagged.length) / 10)]!) : [];
  const vetoes = [...new Set([Number.MIN_SAFE_INTEGER, ...deciles, NEVER])];
  let best: { veto: number; threshold: Threshold } | null = null;
  for (const veto of vetoes) {
    const threshold = chooseThreshold(
      logits.map((l, i) => (ruled[i] && l >= veto ? NEVER : l)),
      labels,
      target,
    );
    const better =
      !best ||
      (threshold.reached && !best.threshold.reached) ||
      (threshold.reached === best.threshold.reached &&
        (threshold.reached
          ? threshold.recall > best.threshold.recall ||
            (threshold.recall === best.threshold.recall && threshold.precision > best.threshold.precision)
          : threshold.precision > best.threshold.precision));
    if (better) best = { veto, threshold };
  }
  return best!;
}

export interface Built {
  bytes: Uint8Array;
  model: ReplyModel;
  train: CorpusItem[];
  validation: CorpusItem[];
  thresholds: Threshold[];
  seconds: { features: number; training: number; total: number };
}

export function build(batches: readonly BatchFile[], settings: Settings = SETTINGS, clock: () => number = () => 0): Built {
  const t0 = clock();
  const split = splitByBatch(batches.map((b) => b.id));
  const byId = new Map(batches.map((b) => [b.id, b]));
  const train = split.train.flatMap((id) => byId.get(id)!.items);
  const validation = split.validation.flatMap((id) => byId.get(id)!.items);
  const trainExamples = train.flatMap((item) => examples(item, settings.bits));
  const t1 = clock();
  const float = trainSparse(trainExamples, {
    bits: settings.bits,
    binaryOutputs: RULE_KINDS.length,
    classes: TONES.length,
    epochs: settings.epochs,
    learningRate: settings.learningRate,
    l2: settings.l2,
  });
  const t2 = clock();
  const q = quantise(float);
  const header: ModelHeader = {
    format: MODEL_FORMAT,
    formatVersion: MODEL_FORMAT_VERSION,
    id: '',
    bits: settings.bits,
    kinds: [...RULE_KINDS],
    tones: [...TONES],
    kindScales: q.binaryScales,
    toneScale: q.classScale,
    kindBias: q.binaryBias,
    toneBias: q.classBias,
    thresholds: RULE_KINDS.map(() => 0),
    possible: RULE_KINDS.map(() => 0),
    ruleVeto: RULE_KINDS.map(() => Number.MIN_SAFE_INTEGER),
    training: {},
  };
  const model: ReplyModel = { header, weights: q.weights, outputs: RULE_KINDS.length + TONES.length };
  // thresholds: on the quantised model's integer logits of the validation batches, read as the game reads
  const readings = validation.map((item) => readWithModel(model, item.text, contextOf(item)));
  const ruled = validation.map((item) => new Set(analyzeReply(item.text, contextOf(item)).violations.map((v) => v.kind)));
  const choices = RULE_KINDS.map((kind) => {
    const logits = readings.map((r) => r.kinds[kind].logit);
    const labels = validation.map((item) => kindLabel(item, kind));
    const { veto, threshold } = chooseCombination(
      logits,
      ruled.map((r) => r.has(kind)),
      labels,
      settings.targetPrecision,
    );
    const possible = Math.min(threshold.threshold, chooseThreshold(logits, labels, settings.possiblePrecision).threshold);
    return { veto, threshold, possible };
  });
  const thresholds = choices.map((c) => c.threshold);
  header.thresholds = thresholds.map((t) => t.threshold);
  if (settings.overallPrecision !== undefined)
    header.thresholds = spendPrecision(
      RULE_KINDS.map((kind, o) => ({
        logits: readings.map((r, i) => (ruled[i]!.has(kind) && r.kinds[kind].logit >= choices[o]!.veto ? NEVER : r.kinds[kind].logit)),
        labels: validation.map((item) => kindLabel(item, kind)),
      })),
      // from nothing found by the model: the kinds share the precision where it buys the most recall
      header.thresholds.map(() => NEVER),
      settings.overallPrecision,
      settings.kindFloor ?? 0,
    );
  // a doubt is below a finding: never above the (possibly lowered) threshold
  header.possible = choices.map((c, o) => Math.min(c.possible, header.thresholds[o]!));
  header.ruleVeto = choices.map((c) => c.veto);
  header.training = {
    features: `char ${CHAR_MIN}-${CHAR_MAX}-grams, words, bigrams, words x register, capitals, context; FNV-1a, ${1 << settings.bits} buckets`,
    learner: 'logistic regression (9 sigmoid + 1 softmax of 4), AdaGrad, lazy L2, order by FNV-1a(id#epoch)',
    epochs: settings.epochs,
    learningRate: settings.learningRate,
    l2: settings.l2,
    thresholdRule: `per kind, the level from which a rule finding stands (always, never, or a decile of the model logits on rule-flagged replies) (chosen for the best recall at precision >= ${settings.targetPrecision}) and ${settings.overallPrecision !== undefined ? `the model thresholds, lowered together from the top where recall is cheapest while precision over all kinds stays >= ${settings.overallPrecision} and each kind's >= ${settings.kindFloor ?? 0}` : `the model threshold with the best recall at precision >= ${settings.targetPrecision}`}, on the validation batches; "possible" from precision >= ${settings.possiblePrecision}`,
    examples: 'each reply whole (kinds and tone) and each of its sentences alone (kinds, from the labelled evidence)',
    split: 'by batch: every fifth batch in id order is validation',
    batches: batches.map((b) => ({ id: b.id, sha256: b.sha256, validation: split.validation.includes(b.id) })),
    replies: { train: train.length, validation: validation.length },
  };
  header.id = sha256(encodeModel(header, q.weights)).slice(0, 16);
  const bytes = encodeModel(header, q.weights);
  const t3 = clock();
  return {
    bytes,
    model,
    train,
    validation,
    thresholds,
    seconds: { features: (t1 - t0) / 1000, training: (t2 - t1) / 1000, total: (t3 - t0) / 1000 },
  };
}

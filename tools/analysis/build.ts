/**
 * Training the reply model from corpus batches: features, the split by batch, the sparse trainer, int8
 * quantisation, thresholds chosen on the validation batches, and the bytes of the model file. Everything
 * here depends only on the batches' contents and the settings, so the same batches give the same bytes.
 */
import { RULE_KINDS, TONES } from '../../src/core/types';
import { featurize } from '../../src/analysis/model/features';
import { MODEL_FORMAT, MODEL_FORMAT_VERSION, encodeModel, type ModelHeader, type ReplyModel } from '../../src/analysis/model/format';
import { integerLogits } from '../../src/analysis/model/reader';
import { CHAR_MAX, CHAR_MIN } from '../../src/analysis/model/features';
import { contextOf, sha256, splitByBatch, type BatchFile, type CorpusItem } from './corpus';
import { chooseThreshold, type Threshold } from './evaluate';
import { quantise, trainSparse, type TrainExample } from './sgd';

export interface Settings {
  bits: number;
  epochs: number;
  learningRate: number;
  l2: number;
  /** Precision each kind's threshold must reach on the validation batches. */
  targetPrecision: number;
}

export const SETTINGS: Settings = { bits: 17, epochs: 25, learningRate: 0.5, l2: 1e-5, targetPrecision: 0.9 };

/** 1 if the kind is labelled, 0 if not, -1 if it is in the reply's `allow` list (no loss, not counted). */
export const kindLabel = (item: CorpusItem, kind: (typeof RULE_KINDS)[number]) =>
  item.allow.includes(kind) ? -1 : item.breaches.some((b) => b.kind === kind) ? 1 : 0;

export function example(item: CorpusItem, bits: number): TrainExample {
  return {
    id: item.id,
    features: featurize(item.text, contextOf(item), bits),
    labels: Int8Array.from(RULE_KINDS, (k) => kindLabel(item, k)),
    cls: TONES.indexOf(item.tone),
  };
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
  const trainExamples = train.map((item) => example(item, settings.bits));
  const validationExamples = validation.map((item) => example(item, settings.bits));
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
    training: {},
  };
  const model: ReplyModel = { header, weights: q.weights, outputs: RULE_KINDS.length + TONES.length };
  // thresholds: on the quantised model's integer logits of the validation batches
  const logits = validationExamples.map((e) => integerLogits(model, e.features));
  const thresholds = RULE_KINDS.map((kind, o) =>
    chooseThreshold(
      logits.map((l) => l[o]!),
      validation.map((item) => kindLabel(item, kind)),
      settings.targetPrecision,
    ),
  );
  header.thresholds = thresholds.map((t) => t.threshold);
  header.training = {
    features: `char ${CHAR_MIN}-${CHAR_MAX}-grams, words, bigrams, words x register, capitals, context; FNV-1a, ${1 << settings.bits} buckets`,
    learner: 'logistic regression (9 sigmoid + 1 softmax of 4), AdaGrad, lazy L2, order by FNV-1a(id#epoch)',
    epochs: settings.epochs,
    learningRate: settings.learningRate,
    l2: settings.l2,
    thresholdRule: `best recall with precision >= ${settings.targetPrecision} on the validation batches`,
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

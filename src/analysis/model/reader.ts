/**
 * Reading a reply with the trained model: per breach kind an integer logit (found when it reaches the
 * kind's threshold) and a probability for display; the tone with the largest integer logit. The
 * per-sentence variant also reads each sentence alone and, for each kind found in the reply, points at
 * the sentence whose logit for that kind is highest.
 */
import { RULE_KINDS, TONES, type AnalysisContext, type RuleKind, type Tone } from '../../core/types';
import { FIXED_ONE, featurize, textFactor, type Features } from './features';
import type { ReplyModel } from './format';
import { splitSentences, type SentenceSpan } from './sentences';

export interface KindReading {
  /** Integer logit (see integerLogits). */
  logit: number;
  /** Display only: sigmoid(logit × scale). Decisions never read it. */
  probability: number;
  /** logit ≥ the kind's threshold. */
  found: boolean;
}

export interface ModelReading {
  kinds: Record<RuleKind, KindReading>;
  tone: Tone;
  /** Integer logits of the tones (same scale for all four). */
  toneLogits: Record<Tone, number>;
  /** Display only: softmax of the tone logits. */
  toneProbabilities: Record<Tone, number>;
}

export interface SentenceReading extends SentenceSpan {
  text: string;
  /** Integer logits of each kind for this sentence read alone (with the reply's context). */
  logits: Record<RuleKind, number>;
}

export interface ModelEvidence extends SentenceSpan {
  /** Index in `sentences`. */
  sentence: number;
  text: string;
}

export interface ModelReadingBySentence extends ModelReading {
  sentences: SentenceReading[];
  /** For each kind found in the reply, the sentence that carries it best. */
  evidence: Partial<Record<RuleKind, ModelEvidence>>;
}

/**
 * Integer logits of every output (kinds then tones), in units of scale / FIXED_ONE:
 * FIXED_ONE × (bias + Σ fixed weights) + textFactor(m) × Σ words × register + textFactor(n) × Σ text.
 */
export function integerLogits(model: ReplyModel, features: Features): Int32Array {
  const { header, weights, outputs } = model;
  const { buckets, fixed, crossed } = features;
  const k = header.kinds.length;
  const acc = new Int32Array(outputs);
  const sum = new Int32Array(outputs);
  for (let o = 0; o < k; o++) acc[o] = header.kindBias[o]!;
  for (let o = 0; o < header.tones.length; o++) acc[k + o] = header.toneBias[o]!;
  const family = (from: number, to: number, factor: number) => {
    sum.fill(0);
    for (let i = from; i < to; i++) {
      const at = buckets[i]! * outputs;
      for (let o = 0; o < outputs; o++) sum[o]! += weights[at + o]!;
    }
    for (let o = 0; o < outputs; o++) acc[o]! += sum[o]! * factor;
  };
  family(0, fixed, FIXED_ONE);
  family(fixed, crossed, textFactor(crossed - fixed));
  family(crossed, buckets.length, textFactor(buckets.length - crossed));
  return acc;
}

const sigmoid = (x: number) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));

function reading(model: ReplyModel, acc: Int32Array): ModelReading {
  const { header } = model;
  const kinds = {} as Record<RuleKind, KindReading>;
  RULE_KINDS.forEach((kind, o) => {
    const logit = acc[o]!;
    kinds[kind] = { logit, probability: sigmoid((logit * header.kindScales[o]!) / FIXED_ONE), found: logit >= header.thresholds[o]! };
  });
  const k = RULE_KINDS.length;
  const toneLogits = {} as Record<Tone, number>;
  let best = 0;
  TONES.forEach((tone, o) => {
    toneLogits[tone] = acc[k + o]!;
    if (acc[k + o]! > acc[k + best]!) best = o;
  });
  const max = acc[k + best]!;
  const exps = TONES.map((_, o) => Math.exp(((acc[k + o]! - max) * header.toneScale) / FIXED_ONE));
  const sum = exps.reduce((a, b) => a + b, 0);
  const toneProbabilities = {} as Record<Tone, number>;
  TONES.forEach((tone, o) => (toneProbabilities[tone] = exps[o]! / sum));
  return { kinds, tone: TONES[best]!, toneLogits, toneProbabilities };
}

const EMPTY_TEXT = '';

/** The model's reading of a whole reply. */
export function readWithModel(model: ReplyModel, text: string, context: AnalysisContext): ModelReading {
  const t = typeof text === 'string' ? text : EMPTY_TEXT;
  return reading(model, integerLogits(model, featurize(t, context, model.header.bits)));
}

/** The reading of the whole reply, of each sentence alone, and the sentence to quote for each kind found. */
export function readSentencesWithModel(model: ReplyModel, text: string, context: AnalysisContext): ModelReadingBySentence {
  const t = typeof text === 'string' ? text : EMPTY_TEXT;
  const whole = readWithModel(model, t, context);
  const sentences: SentenceReading[] = splitSentences(t).map((span) => {
    const s = t.slice(span.start, span.end);
    const acc = integerLogits(model, featurize(s, context, model.header.bits));
    const logits = {} as Record<RuleKind, number>;
    RULE_KINDS.forEach((kind, o) => (logits[kind] = acc[o]!));
    return { ...span, text: s, logits };
  });
  const evidence: Partial<Record<RuleKind, ModelEvidence>> = {};
  for (const kind of RULE_KINDS) {
    if (!whole.kinds[kind].found || sentences.length === 0) continue;
    let best = 0;
    sentences.forEach((s, i) => {
      if (s.logits[kind] > sentences[best]!.logits[kind]) best = i;
    });
    const s = sentences[best]!;
    evidence[kind] = { sentence: best, start: s.start, end: s.end, text: s.text };
  }
  return { ...whole, sentences, evidence };
}

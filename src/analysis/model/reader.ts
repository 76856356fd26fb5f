/**
 * Reading a reply with the trained model. The model was trained on whole replies and on their sentences
 * alone (tools/analysis/build.ts), so it reads both: a kind's logit is the highest of the whole reply's
 * and each sentence's, and the sentence with the highest logit is the one a finding quotes. A kind is
 * found when its integer logit reaches the kind's threshold, and is a doubt ("possible") from the lower
 * threshold; the probability beside it is for display only. The tone is read on the whole reply.
 */
import { RULE_KINDS, TONES, type AnalysisContext, type RuleKind, type Tone } from '../../core/types';
import { FIXED_ONE, featurize, textFactor, type Features } from './features';
import type { ReplyModel } from './format';
import { splitSentences, type SentenceSpan } from './sentences';

export interface KindReading {
  /** Integer logit (see integerLogits): the highest of the whole reply's and its sentences'. */
  logit: number;
  /** Display only: sigmoid(logit × scale). Decisions never read it. */
  probability: number;
  /** logit ≥ the kind's threshold. */
  found: boolean;
  /** Not found, but logit ≥ the kind's "possible" threshold: a doubt worth a word, never a score. */
  possible: boolean;
  /** The sentence that carries it (the whole reply when it has one sentence). */
  evidence: SentenceSpan & { text: string };
}

export interface ModelReading {
  kinds: Record<RuleKind, KindReading>;
  tone: Tone;
  /** Integer logits of the tones (same scale for all four). */
  toneLogits: Record<Tone, number>;
  /** Display only: softmax of the tone logits. */
  toneProbabilities: Record<Tone, number>;
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

/** The model's reading of a reply: each kind on the whole reply and on each sentence, the tone on the whole. */
export function readWithModel(model: ReplyModel, text: string, context: AnalysisContext): ModelReading {
  const t = typeof text === 'string' ? text : '';
  const { header } = model;
  const whole = integerLogits(model, featurize(t, context, header.bits));
  const spans = splitSentences(t);
  const wholeSpan = spans.length > 0 ? { start: spans[0]!.start, end: spans[spans.length - 1]!.end } : { start: 0, end: 0 };
  const best = RULE_KINDS.map((_, o) => ({ logit: whole[o]!, span: wholeSpan }));
  if (spans.length > 1) {
    const bySentence = spans.map((span) => integerLogits(model, featurize(t.slice(span.start, span.end), context, header.bits)));
    RULE_KINDS.forEach((_, o) => {
      // the sentence with the highest logit is quoted, even when the whole reply reads higher
      let at = 0;
      bySentence.forEach((acc, i) => {
        if (acc[o]! > bySentence[at]![o]!) at = i;
      });
      best[o] = { logit: Math.max(whole[o]!, bySentence[at]![o]!), span: spans[at]! };
    });
  }
  const kinds = {} as Record<RuleKind, KindReading>;
  RULE_KINDS.forEach((kind, o) => {
    const { logit, span } = best[o]!;
    const found = logit >= header.thresholds[o]!;
    kinds[kind] = {
      logit,
      probability: sigmoid((logit * header.kindScales[o]!) / FIXED_ONE),
      found,
      possible: !found && logit >= header.possible[o]!,
      evidence: { ...span, text: t.slice(span.start, span.end) },
    };
  });
  const k = RULE_KINDS.length;
  const toneLogits = {} as Record<Tone, number>;
  let top = 0;
  TONES.forEach((tone, o) => {
    toneLogits[tone] = whole[k + o]!;
    if (whole[k + o]! > whole[k + top]!) top = o;
  });
  const max = whole[k + top]!;
  const exps = TONES.map((_, o) => Math.exp(((whole[k + o]! - max) * header.toneScale) / FIXED_ONE));
  const sum = exps.reduce((a, b) => a + b, 0);
  const toneProbabilities = {} as Record<Tone, number>;
  TONES.forEach((tone, o) => (toneProbabilities[tone] = exps[o]! / sum));
  return { kinds, tone: TONES[top]!, toneLogits, toneProbabilities };
}

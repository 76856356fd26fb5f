/**
 * A small sparse logistic-regression trainer for hashed features (issue #15): one sigmoid output per
 * binary label and one softmax over classes, all sharing the examples' features, trained together by
 * AdaGrad with L2 on the weights of the features present (lazy L2; biases are not regularised).
 *
 * Deterministic: the epochs are fixed, each epoch visits the examples in an order derived from their ids
 * (sorted by FNV-1a of "id#epoch"), and everything is float64 arithmetic in a fixed order, so the same
 * examples give the same weights bit for bit. (Math.exp in the gradient is V8's fdlibm port, identical on
 * every platform Node runs on; no finding depends on it at run time, see src/analysis/model/format.ts.)
 */
import { FIXED_ONE, textFactor, type Features } from '../../src/analysis/model/features';
import { fnvString } from '../../src/analysis/model/hash';

export interface TrainExample {
  id: string;
  /** Bucket indices (repeats add up), valued as src/analysis/model/features.ts says. */
  features: Features;
  /** Per binary output: 1, 0, or -1 when the label is unknown for this example (no loss). */
  labels: Int8Array;
  /** Softmax class, or -1 for none. */
  cls: number;
}

export interface TrainOptions {
  bits: number;
  binaryOutputs: number;
  classes: number;
  epochs: number;
  learningRate: number;
  l2: number;
}

export interface FloatModel {
  bits: number;
  binaryOutputs: number;
  classes: number;
  outputs: number;
  /** (1 << bits) × outputs, bucket-major. */
  weights: Float64Array;
  bias: Float64Array;
}

/** A reply's features → sorted distinct buckets and their values (src/analysis/model/features.ts). */
export function compact(features: Features): { index: Int32Array; value: Float64Array } {
  const { buckets, fixed, crossed } = features;
  const cross = textFactor(crossed - fixed) / FIXED_ONE;
  const text = textFactor(buckets.length - crossed) / FIXED_ONE;
  const order = Array.from(buckets.keys()).sort((a, b) => buckets[a]! - buckets[b]! || a - b);
  const index: number[] = [];
  const value: number[] = [];
  for (const i of order) {
    const v = i < fixed ? 1 : i < crossed ? cross : text;
    if (index.length > 0 && index[index.length - 1] === buckets[i]) value[value.length - 1]! += v;
    else {
      index.push(buckets[i]!);
      value.push(v);
    }
  }
  return { index: Int32Array.from(index), value: Float64Array.from(value) };
}

/** The visiting order of an epoch: by FNV-1a of "id#epoch", ties by id. */
export function epochOrder(ids: readonly string[], epoch: number): number[] {
  const keys = ids.map((id) => fnvString(`${id}#${epoch}`));
  return ids.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]! || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

export function trainSparse(examples: readonly TrainExample[], options: TrainOptions): FloatModel {
  const { bits, binaryOutputs, classes, epochs, learningRate: lr, l2 } = options;
  const outputs = binaryOutputs + classes;
  const weights = new Float64Array((1 << bits) * outputs);
  const squares = new Float64Array(weights.length);
  const bias = new Float64Array(outputs);
  const biasSquares = new Float64Array(outputs);
  const compacted = examples.map((e) => compact(e.features));
  const ids = examples.map((e) => e.id);
  const z = new Float64Array(outputs);
  const g = new Float64Array(outputs);
  const EPS = 1e-6;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const n of epochOrder(ids, epoch)) {
      const { index, value } = compacted[n]!;
      const example = examples[n]!;
      z.set(bias);
      for (let i = 0; i < index.length; i++) {
        const base = index[i]! * outputs;
        const v = value[i]!;
        for (let o = 0; o < outputs; o++) z[o]! += weights[base + o]! * v;
      }
      for (let o = 0; o < binaryOutputs; o++) {
        const y = example.labels[o]!;
        g[o] = y < 0 ? 0 : sigmoid(z[o]!) - y;
      }
      if (classes > 0) {
        if (example.cls < 0) for (let c = 0; c < classes; c++) g[binaryOutputs + c] = 0;
        else {
          let max = -Infinity;
          for (let c = 0; c < classes; c++) max = Math.max(max, z[binaryOutputs + c]!);
          let sum = 0;
          for (let c = 0; c < classes; c++) sum += g[binaryOutputs + c] = Math.exp(z[binaryOutputs + c]! - max);
          for (let c = 0; c < classes; c++) g[binaryOutputs + c] = g[binaryOutputs + c]! / sum - (c === example.cls ? 1 : 0);
        }
      }
      for (let o = 0; o < outputs; o++) {
        if (o < binaryOutputs ? example.labels[o]! < 0 : example.cls < 0) continue;
        const go = g[o]!;
        biasSquares[o]! += go * go;
        bias[o]! -= (lr * go) / (EPS + Math.sqrt(biasSquares[o]!));
      }
      for (let i = 0; i < index.length; i++) {
        const base = index[i]! * outputs;
        const v = value[i]!;
        for (let o = 0; o < outputs; o++) {
          if (o < binaryOutputs ? example.labels[o]! < 0 : example.cls < 0) continue;
          const go = g[o]!;
          const w = weights[base + o]!;
          const grad = go * v + l2 * w;
          squares[base + o]! += grad * grad;
          weights[base + o] = w - (lr * grad) / (EPS + Math.sqrt(squares[base + o]!));
        }
      }
    }
  }
  return { bits, binaryOutputs, classes, outputs, weights, bias };
}

/** Float logits of every output for one reply's features. */
export function floatLogits(model: FloatModel, features: Features): Float64Array {
  const z = Float64Array.from(model.bias);
  const { index, value } = compact(features);
  for (let i = 0; i < index.length; i++) {
    const base = index[i]! * model.outputs;
    for (let o = 0; o < model.outputs; o++) z[o]! += model.weights[base + o]! * value[i]!;
  }
  return z;
}

export interface Quantised {
  weights: Int8Array;
  /** Per binary output, then one for the softmax group. */
  binaryScales: number[];
  classScale: number;
  binaryBias: number[];
  classBias: number[];
}

/**
 * int8 weights, one scale per binary output and one shared by the softmax classes (so their integer
 * logits compare directly): scale = max |w| / 127, q = round(w / scale); biases as integers of the same
 * scale in units of scale / FIXED_ONE (the integer logits' units, see src/analysis/model/reader.ts).
 */
export function quantise(model: FloatModel): Quantised {
  const { outputs, binaryOutputs, classes } = model;
  const buckets = 1 << model.bits;
  const maxAbs = new Float64Array(outputs);
  for (let b = 0; b < buckets; b++) {
    for (let o = 0; o < outputs; o++) maxAbs[o] = Math.max(maxAbs[o]!, Math.abs(model.weights[b * outputs + o]!));
  }
  const scaleOf = (m: number) => (m > 0 ? m / 127 : 1);
  const binaryScales = Array.from({ length: binaryOutputs }, (_, o) => scaleOf(maxAbs[o]!));
  let classMax = 0;
  for (let c = 0; c < classes; c++) classMax = Math.max(classMax, maxAbs[binaryOutputs + c]!);
  const classScale = scaleOf(classMax);
  const scales = [...binaryScales, ...Array.from({ length: classes }, () => classScale)];
  const weights = new Int8Array(model.weights.length);
  for (let b = 0; b < buckets; b++) {
    for (let o = 0; o < outputs; o++) {
      const q = Math.round(model.weights[b * outputs + o]! / scales[o]!);
      weights[b * outputs + o] = Math.max(-127, Math.min(127, q));
    }
  }
  const bias = Array.from(model.bias, (x, o) => Math.round((x / scales[o]!) * FIXED_ONE));
  return { weights, binaryScales, classScale, binaryBias: bias.slice(0, binaryOutputs), classBias: bias.slice(binaryOutputs) };
}

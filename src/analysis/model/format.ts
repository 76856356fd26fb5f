/**
 * The trained reply model as bytes: "FLRM", the format version (u16, little-endian), two reserved bytes,
 * the length of a JSON header (u32), the header (UTF-8), then the weights, one int8 per bucket and
 * output, bucket after bucket (the 13 outputs of a bucket side by side, so a feature costs one lookup).
 *
 * A kind's logit is an integer (reader.ts, integerLogits: the bias and the weights of the reply's
 * features, with the text features weighted by an integer factor that depends on their number); it is
 * found when that integer reaches the kind's threshold (an integer too), so no floating point decides a
 * finding. Times the kind's scale / FIXED_ONE, the logit is the float model's; the probability shown
 * beside it is only for display. The four tones share one scale, so the tone is the largest logit.
 */
import { RULE_KINDS, TONES, type RuleKind, type Tone } from '../../core/types';

export const MODEL_FORMAT = 'frontline-reply-model';
/** Bumped whenever the bytes, the features or the normalisation change: a reader reads one version only. */
export const MODEL_FORMAT_VERSION = 2;
const MAGIC = [0x46, 0x4c, 0x52, 0x4d]; // "FLRM"
const PREAMBLE = 12;

export interface ModelHeader {
  format: typeof MODEL_FORMAT;
  formatVersion: number;
  /** Identifies the weights: the first hex digits of a hash of them, set by the trainer. */
  id: string;
  /** The table has 2^bits buckets. */
  bits: number;
  kinds: RuleKind[];
  tones: Tone[];
  /** Per kind: float logit = integer logit × scale. */
  kindScales: number[];
  /** One scale for the four tones. */
  toneScale: number;
  /** Integer biases, in units of scale / FIXED_ONE (the logits' units). */
  kindBias: number[];
  toneBias: number[];
  /** Per kind, the integer logit from which the kind is found. */
  thresholds: number[];
  /** Per kind, the integer logit from which the kind is a doubt worth a word (below `thresholds`). */
  possible: number[];
  /**
   * Per kind, how far the model trusts a rule's finding (src/analysis/index.ts): the rule's finding stands
   * when the model's logit reaches this level (Number.MIN_SAFE_INTEGER: always, the union of both), and is
   * set aside below it, where the model reads the sentence as clearly innocent (a quoted insult, a
   * negated fault). Chosen by the trainer on the validation batches.
   */
  ruleVeto: number[];
  /** How it was trained (data, hyperparameters, figures): information, never read by the reader. */
  training: Record<string, unknown>;
}

export interface ReplyModel {
  header: ModelHeader;
  /** (1 << bits) × outputs, bucket-major. */
  weights: Int8Array;
  /** kinds.length + tones.length. */
  outputs: number;
}

export type ModelErrorCode = 'not-a-model' | 'version' | 'damaged';

export class ModelFormatError extends Error {
  constructor(
    readonly code: ModelErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ModelFormatError';
  }
}

export function encodeModel(header: ModelHeader, weights: Int8Array): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(PREAMBLE + json.length + weights.length);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  view.setUint16(4, header.formatVersion, true);
  view.setUint32(8, json.length, true);
  out.set(json, PREAMBLE);
  out.set(new Uint8Array(weights.buffer, weights.byteOffset, weights.length), PREAMBLE + json.length);
  return out;
}

const sameList = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const integers = (xs: unknown, n: number) => Array.isArray(xs) && xs.length === n && xs.every((x) => Number.isSafeInteger(x));

/** Reads a model file; throws a ModelFormatError that says in plain words what is wrong. */
export function loadModel(bytes: Uint8Array): ReplyModel {
  if (bytes.length < PREAMBLE || MAGIC.some((m, i) => bytes[i] !== m)) {
    throw new ModelFormatError('not-a-model', 'This file is not a Frontline reply model (it does not start with "FLRM").');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint16(4, true);
  if (version !== MODEL_FORMAT_VERSION) {
    throw new ModelFormatError(
      'version',
      `This reply model is format version ${version}; this reader reads version ${MODEL_FORMAT_VERSION} only. ` +
        (version > MODEL_FORMAT_VERSION
          ? 'It was made by a newer Frontline: update the game, or retrain the model with `npm run train:analysis`.'
          : 'It was made by an older Frontline: retrain it with `npm run train:analysis`.'),
    );
  }
  const length = view.getUint32(8, true);
  if (PREAMBLE + length > bytes.length)
    throw new ModelFormatError('damaged', 'This reply model file is cut short (its header is incomplete).');
  let header: ModelHeader;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(PREAMBLE, PREAMBLE + length))) as ModelHeader;
  } catch {
    throw new ModelFormatError('damaged', 'This reply model file is damaged (its header is not JSON).');
  }
  if (header.format !== MODEL_FORMAT || header.formatVersion !== version) {
    throw new ModelFormatError('damaged', 'This reply model file is damaged (its header does not match its format version).');
  }
  const k = RULE_KINDS.length;
  const t = TONES.length;
  const valid =
    Number.isInteger(header.bits) &&
    header.bits >= 4 &&
    header.bits <= 20 &&
    Array.isArray(header.kinds) &&
    sameList(header.kinds, RULE_KINDS) &&
    Array.isArray(header.tones) &&
    sameList(header.tones, TONES) &&
    Array.isArray(header.kindScales) &&
    header.kindScales.length === k &&
    header.kindScales.every((s) => typeof s === 'number' && s > 0) &&
    typeof header.toneScale === 'number' &&
    header.toneScale > 0 &&
    integers(header.kindBias, k) &&
    integers(header.toneBias, t) &&
    integers(header.thresholds, k) &&
    integers(header.possible, k) &&
    integers(header.ruleVeto, k);
  if (!valid) throw new ModelFormatError('damaged', 'This reply model file is damaged (its header lacks a field or has a wrong one).');
  const outputs = k + t;
  const size = (1 << header.bits) * outputs;
  if (bytes.length !== PREAMBLE + length + size) {
    throw new ModelFormatError(
      'damaged',
      `This reply model file is damaged: ${bytes.length - PREAMBLE - length} bytes of weights where ${size} were expected.`,
    );
  }
  const start = bytes.byteOffset + PREAMBLE + length;
  const weights = new Int8Array(bytes.buffer.slice(start, start + size));
  return { header, weights, outputs };
}

/**
 * Hashed features of a reply (or of one of its sentences), as bucket indices; a bucket may repeat, and
 * each occurrence counts once (a feature's value is how often it occurs).
 *
 *   - character 2- to 5-grams of the normalised text, padded with a space at each end;
 *   - words (letters and digits, an apostrophe kept at the end: `l'`, `t'`), emoji and `!`/`?` runs, as
 *     unigrams and bigrams;
 *   - each word again crossed with the brand's register (`vous` × `ton` is not `tu` × `ton`), present
 *     or not;
 *   - capitals: each word of 3+ letters written in capitals, and how many there are (1, 2, 3+);
 *   - shapes: numbers of 5+, 8+, 12+ digits, a number after `#`, an e-mail, two capitalised words in a
 *     row inside a sentence, `!!` runs (one, two or more);
 *   - context: the reply's language, the brand's register (or none), both together, and whether a
 *     competitor of the context is named (in full or in part: the placeholders of normalize.ts).
 *
 * Each family hashes from its own prefix, so a word and a 2-gram that are spelt alike do not share a
 * feature by construction (they may still share a bucket by collision, like any two features).
 *
 * Values: the context, capitals and shape features (the first `fixed` buckets, each present once at
 * most) count 1 each; the words × register count textFactor(m) / FIXED_ONE each, m being how many there
 * are, and the text features (n-grams, words, bigrams) textFactor(n) / FIXED_ONE, so neither family
 * grows with the text's length (≈ 1/√n, rounded to an integer over FIXED_ONE so that integer logits stay
 * integers: see reader.ts).
 */
import type { Locale, Register } from '../../core/types';
import { bucketOf, fnvString, fnvUnit } from './hash';
import { MODEL_MAX_CHARS, RIVAL, RIVAL_PART, capitalWords, normalizeForModel } from './normalize';

export interface FeatureContext {
  locale: Locale;
  competitors?: readonly string[];
  register?: Register | null;
}

export const CHAR_MIN = 2;
export const CHAR_MAX = 5;

const SEED_CHAR = fnvString('c\u0000');
const SEED_WORD = fnvString('w\u0000');
const SEED_BIGRAM = fnvString('b\u0000');
const SEED_CAPS = fnvString('k\u0000');
const SEED_CTX = fnvString('x\u0000');
const registerSeeds = new Map<string, number>();
const registerSeed = (register: string) => {
  let s = registerSeeds.get(register);
  if (s === undefined) registerSeeds.set(register, (s = fnvString(`r\u0000${register}\u0000`)));
  return s;
};

const TOKEN = /[\p{L}\p{N}]+'?|\p{Extended_Pictographic}|[!?]+/gu;

/** Growable list of bucket indices, reused between calls. */
class Buckets {
  data = new Int32Array(4096);
  length = 0;
  push(b: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = b;
  }
}

/** The context features, the same for every sentence of a reply. */
function contextFeatures(ctx: FeatureContext, out: Set<number>, bits: number): void {
  const register = ctx.register ?? 'none';
  out.add(bucketOf(fnvString(`lang=${ctx.locale}`, SEED_CTX), bits));
  out.add(bucketOf(fnvString(`reg=${register}`, SEED_CTX), bits));
  out.add(bucketOf(fnvString(`lang=${ctx.locale}|reg=${register}`, SEED_CTX), bits));
}

const DIGIT_RUN = /\d(?:[\d .-]?\d)*/g;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/;
const CAPITALISED_PAIR = /(?<![.!?]\s*|^\s*)\b\p{Lu}\p{Ll}+[ -]\p{Lu}\p{Ll}+/u;

/** Shapes that words and n-grams miss: long numbers (by digit count), an e-mail, two capitalised words in a row inside a sentence (a name), `!` runs. */
function shapes(original: string): string[] {
  const out: string[] = [];
  for (const m of original.matchAll(DIGIT_RUN)) {
    const n = m[0].replace(/\D/g, '').length;
    if (n >= 5) out.push(n >= 12 ? 'digits>=12' : n >= 8 ? 'digits>=8' : 'digits>=5');
    if (m.index > 0 && original[m.index - 1] === '#') out.push('#digits');
  }
  if (EMAIL.test(original)) out.push('email');
  if (CAPITALISED_PAIR.test(original)) out.push('name-shape');
  const bangs = original.match(/!{2,}/g)?.length ?? 0;
  if (bangs > 0) out.push('!!');
  if (bangs > 1) out.push('!!x2');
  return out;
}

export interface Features {
  /** Bucket indices: [0, fixed) the fixed features, [fixed, crossed) words × register, then the text features. */
  buckets: Int32Array;
  fixed: number;
  crossed: number;
}

/** Fixed-point one: integer logits are in units of 1/FIXED_ONE of a weight step. */
export const FIXED_ONE = 4096;

/** The integer weight of each text feature in a text of `n` of them: round(FIXED_ONE / √n). */
export function textFactor(n: number): number {
  return n > 0 ? Math.round(FIXED_ONE / Math.sqrt(n)) : 0;
}

/** The features of `text` in a table of 2^bits buckets. */
export function featurize(text: string, ctx: FeatureContext, bits: number): Features {
  const out = new Buckets();
  const fixedSet = new Set<number>();
  contextFeatures(ctx, fixedSet, bits);
  const t = ` ${normalizeForModel(text, ctx.competitors)} `;
  if (t.includes(RIVAL)) fixedSet.add(bucketOf(fnvString('rival', SEED_CTX), bits));
  if (t.includes(RIVAL_PART)) fixedSet.add(bucketOf(fnvString('rival-part', SEED_CTX), bits));

  // capitals and shapes, read on the original text
  const original = text.slice(0, MODEL_MAX_CHARS);
  const caps = capitalWords(original);
  for (const w of caps) fixedSet.add(bucketOf(fnvString(w, SEED_CAPS), bits));
  for (let n = 1; n <= Math.min(caps.length, 3); n++) fixedSet.add(bucketOf(fnvString(`caps>=${n}`, SEED_CTX), bits));
  for (const shape of shapes(original)) fixedSet.add(bucketOf(fnvString(shape, SEED_CTX), bits));
  for (const b of fixedSet) out.push(b);
  const fixed = out.length;

  // words × register
  const reg = ctx.register ? registerSeed(ctx.register) : 0;
  if (reg) for (const m of t.matchAll(TOKEN)) out.push(bucketOf(fnvString(m[0], reg), bits));
  const crossed = out.length;

  // character n-grams: one FNV pass per start position gives every length
  for (let i = 0; i + CHAR_MIN <= t.length; i++) {
    let h = fnvUnit(SEED_CHAR, t.charCodeAt(i));
    const end = Math.min(t.length, i + CHAR_MAX);
    for (let j = i + 1; j < end; j++) {
      h = fnvUnit(h, t.charCodeAt(j));
      out.push(bucketOf(h >>> 0, bits));
    }
  }

  // words and bigrams
  let previous = '';
  for (const m of t.matchAll(TOKEN)) {
    const w = m[0];
    out.push(bucketOf(fnvString(w, SEED_WORD), bits));
    if (previous) out.push(bucketOf(fnvString(w, fnvUnit(fnvString(previous, SEED_BIGRAM), 32)), bits));
    previous = w;
  }
  return { buckets: out.data.slice(0, out.length), fixed, crossed };
}

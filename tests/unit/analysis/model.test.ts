/**
 * The trained reply reader (src/analysis/model) and its trainer (tools/analysis): hashing, features,
 * reproducible training, int8 inference against float inference, the model file's format and version.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_KINDS, TONES, type AnalysisContext, type RuleKind, type Tone } from '../../../src/core/types';
import {
  MODEL_FORMAT,
  MODEL_FORMAT_VERSION,
  ModelFormatError,
  encodeModel,
  featurize,
  fnvString,
  integerLogits,
  loadModel,
  normalizeForModel,
  readWithModel,
  splitSentences,
  type ModelHeader,
  type ReplyModel,
} from '../../../src/analysis/model';
import { compact, epochOrder, floatLogits, quantise, trainSparse, type TrainExample } from '../../../tools/analysis/sgd';
import { chooseThreshold, spendPrecision } from '../../../tools/analysis/evaluate';
import { isValidationBatch, splitByBatch } from '../../../tools/analysis/corpus';

/** FNV-1a 32 as published, byte by byte. */
function fnvBytes(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h >>> 0;
}

const sorted = (a: Int32Array) => [...a].sort((x, y) => x - y);
const textPart = (text: string, ctx: AnalysisContext) => {
  const f = featurize(text, ctx, 16);
  return sorted(f.buckets.subarray(f.crossed));
};

describe('feature hashing', () => {
  it('is FNV-1a over the UTF-16LE bytes, for any script', () => {
    expect(fnvBytes(new TextEncoder().encode('a'))).toBe(0xe40c292c); // the published test vector
    for (const s of ['', 'a', 'merci', 'Élodie', 'привет', 'こんにちは', 'ok 😡🤡', 'مرحبا']) {
      expect(fnvString(s)).toBe(fnvBytes(new Uint8Array(Buffer.from(s, 'utf16le'))));
    }
  });

  it('gives the same features for the same reply, every time', () => {
    const ctx: AnalysisContext = { locale: 'fr', competitors: ['Roulix Bikes'], register: 'vous' };
    const text = 'Bonjour ! Chez Roulix ils font pire, TOUJOURS, appelez le 06 12 34 56 78 !!';
    const a = featurize(text, ctx, 17);
    const b = featurize(text, ctx, 17);
    expect(Buffer.from(a.buckets.buffer).equals(Buffer.from(b.buckets.buffer))).toBe(true);
    expect([a.fixed, a.crossed]).toEqual([b.fixed, b.crossed]);
    expect(a.buckets.every((x) => x >= 0 && x < 1 << 17)).toBe(true);
  });

  it('reads any language or script the same way: no word list, no language-specific rule', () => {
    for (const [locale, text] of [
      ['en', 'Привет, это просто тест'],
      ['fr', 'これはテストです 😊'],
      ['en', 'Γεια σου, ευχαριστούμε'],
    ] as const) {
      const f = featurize(text, { locale }, 16);
      expect(f.buckets.length - f.crossed).toBeGreaterThan(text.length); // n-grams and words of any script
    }
    expect(textPart('Привет мир', { locale: 'en' })).not.toEqual(textPart('Привет дом', { locale: 'en' }));
    // the locale is a context feature, not a switch: the text features do not depend on it
    expect(textPart('Merci beaucoup !', { locale: 'fr' })).toEqual(textPart('Merci beaucoup !', { locale: 'en' }));
  });

  it('folds accents, case, elongations and digits, and masks the competitors of the context', () => {
    expect(normalizeForModel('  Ça   DÉPEND… merciiiii !!!!  Commande 48120937 ')).toBe('ca depend.. mercii !! commande 00000000');
    expect(textPart('Élodie, on est désolés', { locale: 'fr' })).toEqual(textPart('elodie, on est desoles', { locale: 'fr' }));
    // a competitor's name never becomes a feature: two brands' rivals read the same
    expect(textPart('Unlike Roulix, our batteries last', { locale: 'en', competitors: ['Roulix'] })).toEqual(
      textPart('Unlike Cyclade, our batteries last', { locale: 'en', competitors: ['Cyclade'] }),
    );
    expect(normalizeForModel("Crossfield's fans and Crossfield Athletic", ['Crossfield Athletic'])).toBe("xrivpartx 's fans and xrivalx");
    expect(normalizeForModel('pas un nuage à l’horizon', ['Horizon Énergie'])).toBe("pas un nuage a l'horizon");
  });
});

describe('sentences', () => {
  it('splits at end marks before a blank and at line breaks, not inside numbers', () => {
    const text = 'Bonjour ! Le prix est de 29.90 €. On regarde ça 🙏 Merci\nÀ bientôt';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Bonjour !',
      'Le prix est de 29.90 €.',
      'On regarde ça 🙏 Merci',
      'À bientôt',
    ]);
    expect(splitSentences('   ')).toEqual([]);
  });
});

// A tiny synthetic corpus: the kinds are carried by words the classifier must find.
const KIND_WORDS: Partial<Record<RuleKind, string[]>> = {
  aggression: ['idiot', 'clown', 'crétin'],
  shouting: ['JAMAIS', 'NEVER', 'TOUJOURS'],
  promise: ['remboursé demain', 'refund tomorrow'],
};
const TONE_WORDS: Record<Tone, string> = {
  empathetic: 'sorry désolés',
  neutral: 'horaires schedule',
  defensive: 'however pourtant',
  aggressive: 'idiot',
};
const FILLERS = ['le colis', 'the parcel', 'votre box', 'your order', 'la boutique', 'the app', 'le vélo', 'the train'];

function synthetic(count: number, salt: string) {
  const rows: { id: string; text: string; ctx: AnalysisContext; kinds: RuleKind[]; tone: Tone }[] = [];
  for (let i = 0; i < count; i++) {
    const h = fnvString(`${salt}${i}`);
    const kinds: RuleKind[] = [];
    const tone = TONES[h % 4]!;
    let text = `${FILLERS[h % FILLERS.length]} ${TONE_WORDS[tone]}`;
    if (tone === 'aggressive') kinds.push('aggression');
    else if ((h >>> 3) % 3 === 0) {
      kinds.push('aggression');
      text += ` ${KIND_WORDS.aggression![(h >>> 5) % 3]}`;
    }
    if ((h >>> 7) % 3 === 0) {
      kinds.push('shouting');
      text += ` ${KIND_WORDS.shouting![(h >>> 9) % 3]}`;
    }
    if ((h >>> 11) % 3 === 0) {
      kinds.push('promise');
      text += ` ${KIND_WORDS.promise![(h >>> 13) % 2]}`;
    }
    rows.push({ id: `${salt}-${String(i).padStart(4, '0')}`, text, ctx: { locale: h % 2 ? 'fr' : 'en' }, kinds, tone });
  }
  return rows;
}

const BITS = 12;
const OPTIONS = { bits: BITS, binaryOutputs: RULE_KINDS.length, classes: TONES.length, epochs: 8, learningRate: 0.5, l2: 1e-5 };
const examplesOf = (rows: ReturnType<typeof synthetic>): TrainExample[] =>
  rows.map((r) => ({
    id: r.id,
    features: featurize(r.text, r.ctx, BITS),
    labels: Int8Array.from(RULE_KINDS, (k) => (r.kinds.includes(k) ? 1 : 0)),
    cls: TONES.indexOf(r.tone),
  }));

function modelOf(examples: TrainExample[]): { float: ReturnType<typeof trainSparse>; model: ReplyModel; bytes: Uint8Array } {
  const float = trainSparse(examples, OPTIONS);
  const q = quantise(float);
  const header: ModelHeader = {
    format: MODEL_FORMAT,
    formatVersion: MODEL_FORMAT_VERSION,
    id: 'test',
    bits: BITS,
    kinds: [...RULE_KINDS],
    tones: [...TONES],
    kindScales: q.binaryScales,
    toneScale: q.classScale,
    kindBias: q.binaryBias,
    toneBias: q.classBias,
    thresholds: RULE_KINDS.map(() => 0),
    possible: RULE_KINDS.map(() => -1),
    ruleVeto: RULE_KINDS.map(() => Number.MIN_SAFE_INTEGER),
    training: {},
  };
  const bytes = encodeModel(header, q.weights);
  return { float, model: loadModel(bytes), bytes };
}

describe('the sparse trainer', () => {
  const train = synthetic(240, 'train');
  const examples = examplesOf(train);

  it('visits examples in an order fixed by their ids, different each epoch', () => {
    const ids = train.map((r) => r.id);
    expect(epochOrder(ids, 0)).toEqual(epochOrder([...ids], 0));
    expect(epochOrder(ids, 0)).not.toEqual(epochOrder(ids, 1));
    expect([...epochOrder(ids, 3)].sort((a, b) => a - b)).toEqual(ids.map((_, i) => i));
  });

  it('adds up repeated buckets and values each family as the reader does', () => {
    const c = compact({ buckets: Int32Array.from([5, 9, 9, 2, 2, 2]), fixed: 1, crossed: 1 });
    expect([...c.index]).toEqual([2, 5, 9]);
    expect([...c.value]).toEqual([(3 * 1832) / 4096, 1, (2 * 1832) / 4096]); // five text features: textFactor(5) = round(4096 / √5)
  });

  it('is reproducible bit for bit, and learns the synthetic set', () => {
    const a = modelOf(examples);
    const b = modelOf(examplesOf(synthetic(240, 'train')));
    expect(Buffer.from(a.float.weights.buffer).equals(Buffer.from(b.float.weights.buffer))).toBe(true);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    for (const rows of [train, synthetic(80, 'held-out')]) {
      for (const r of rows) {
        const reading = readWithModel(a.model, r.text, r.ctx);
        expect(reading.tone).toBe(r.tone);
        for (const kind of ['aggression', 'shouting', 'promise'] as const)
          expect(reading.kinds[kind].found, `${kind}: ${r.text}`).toBe(r.kinds.includes(kind));
      }
    }
  });

  it('decides the same with int8 weights as with float weights', () => {
    const { float, model } = modelOf(examples);
    const rows = [...train, ...synthetic(80, 'held-out')];
    for (const r of rows) {
      const features = featurize(r.text, r.ctx, BITS);
      const z = floatLogits(float, features);
      const q = integerLogits(model, features);
      RULE_KINDS.forEach((_, o) => expect(q[o]! >= 0, r.text).toBe(z[o]! >= 0));
      const argmax = (xs: ArrayLike<number>, from: number) =>
        TONES.reduce((best, _, c) => (xs[from + c]! > xs[from + best]! ? c : best), 0);
      expect(argmax(q, RULE_KINDS.length)).toBe(argmax(z, RULE_KINDS.length));
    }
  });
});

describe('thresholds and the split', () => {
  it('chooses the threshold with the best recall at the target precision', () => {
    const logits = [9, 8, 7, 6, 5, 4, 3, 2];
    const labels = [1, 1, 0, 1, 1, 0, 0, 1];
    expect(chooseThreshold(logits, labels, 0.75)).toEqual({ threshold: 5, precision: 0.8, recall: 0.8, reached: true });
    expect(chooseThreshold(logits, labels, 1).threshold).toBe(8);
    expect(chooseThreshold([1, 2], [-1, -1]).recall).toBe(0);
  });

  it('spends the precision of an easy kind on the recall of a hard one, within the floors', () => {
    // easy: 10 positives, all above 5, no error; hard: positives and negatives interleaved
    const easy = { logits: [9, 9, 9, 9, 9, 8, 8, 8, 8, 8, 1, 1], labels: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0] };
    const hard = { logits: [9, 8, 7, 6, 5, 4, 3, 2], labels: [1, 1, 0, 1, 0, 1, 0, 1] };
    const start = [8, 8];
    const [e, h] = spendPrecision([easy, hard], start, 0.85, 0.6);
    expect(e).toBe(8); // lowering it finds nothing more
    // hard at 4: 4 found, 2 wrong (0.67 ≥ 0.6) and overall 14/16 = 0.875 ≥ 0.85; at 2 it would be 5/8 and 15/18 < 0.85
    expect(h).toBe(4);
    expect(spendPrecision([easy, hard], start, 0.95, 0.6)).toEqual([8, 8]);
    expect(spendPrecision([easy, hard], start, 0.5, 0.7)[1]).toBe(6); // the kind's floor binds: 3/4 at 6, 4/6 at 4
  });

  it('holds out every fifth batch by its id alone', () => {
    expect(['w02-b01', 'w03-b02', 'w04-b03', 'w05-b04', 'w07-b01'].every(isValidationBatch)).toBe(true);
    expect(['w01-b01', 'w01-b04', 'w02-b02', 'w06-b01', 'w06-b04'].some(isValidationBatch)).toBe(false);
    const ids = ['w02-b02', 'w02-b01', 'w01-b01'];
    expect(splitByBatch(ids)).toEqual({ train: ['w01-b01', 'w02-b02'], validation: ['w02-b01'] });
  });
});

describe('the model file', () => {
  const { bytes } = modelOf(examplesOf(synthetic(40, 'file')));

  it('loads what it wrote', () => {
    const model = loadModel(bytes);
    expect(model.header.formatVersion).toBe(MODEL_FORMAT_VERSION);
    expect(model.weights.length).toBe((1 << BITS) * (RULE_KINDS.length + TONES.length));
  });

  it('refuses a file of another version, saying which', () => {
    const other = bytes.slice();
    new DataView(other.buffer).setUint16(4, MODEL_FORMAT_VERSION + 1, true);
    expect(() => loadModel(other)).toThrow(ModelFormatError);
    expect(() => loadModel(other)).toThrow(
      `format version ${MODEL_FORMAT_VERSION + 1}; this reader reads version ${MODEL_FORMAT_VERSION} only`,
    );
    try {
      loadModel(other);
    } catch (e) {
      expect((e as ModelFormatError).code).toBe('version');
    }
  });

  it('refuses what is not a model, or is cut short', () => {
    expect(() => loadModel(new TextEncoder().encode('{"format":"frontline-reply-model"}'))).toThrow('not a Frontline reply model');
    expect(() => loadModel(bytes.subarray(0, bytes.length - 10))).toThrow('damaged');
    expect(() => loadModel(bytes.subarray(0, 20))).toThrow('cut short');
  });
});

const SHIPPED = join(__dirname, '..', '..', '..', 'models', 'reply-model.bin');

describe.skipIf(!existsSync(SHIPPED))('the shipped model', () => {
  const model = loadModel(readFileSync(SHIPPED));

  it('is this format, with at most 2^17 buckets, and quotes the sentence that carries a finding', () => {
    expect(model.header.formatVersion).toBe(MODEL_FORMAT_VERSION);
    expect(model.header.bits).toBeLessThanOrEqual(17);
    const text =
      "Bonjour Karim, désolés pour l'attente. Franchement, si vous aviez lu la notice, vous n'en seriez pas là, c'est ÉCRIT partout !!";
    const ctx: AnalysisContext = { locale: 'fr', register: 'vous', competitors: [] };
    const r = readWithModel(model, text, ctx);
    expect(r.kinds.shouting.found).toBe(true);
    const sentences = splitSentences(text).map((s) => readWithModel(model, text.slice(s.start, s.end), ctx));
    for (const kind of RULE_KINDS) {
      const e = r.kinds[kind].evidence;
      expect(text.slice(e.start, e.end)).toBe(e.text);
      // the quoted sentence is the one that reads highest for the kind; the kind's logit is at least as high
      const best = Math.max(...sentences.map((s) => s.kinds[kind].logit));
      expect(readWithModel(model, e.text, ctx).kinds[kind].logit).toBe(best);
      expect(r.kinds[kind].logit).toBeGreaterThanOrEqual(best);
    }
    expect(r.kinds.shouting.evidence.text).toContain('ÉCRIT');
  });
});

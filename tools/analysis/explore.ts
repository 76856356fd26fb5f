/**
 * `npm run explore:analysis -- [flags]`: compares designs of the reply reader on the VALIDATION
 * batches only (never corpus/test/). Trains on the training batches, chooses the thresholds and rule
 * vetoes on validation as build.ts does (so every figure is optimistic, alike for every design), and
 * prints per kind precision/recall, tone accuracy, FR/EN apart, for the model alone and for the rules and
 * the model together (as src/analysis/index.ts combines them). Float logits, no quantisation.
 *
 * Flags (any combination):
 *   --post            the post it answers (postFamilies: its words and bigrams in their own hash space,
 *                     its kind and channel, post kind × reply words, how much of the reply repeats the
 *                     post), read from the whole reply even for a sentence
 *   --neighbours      a sentence is read with the words of the sentences before and after it
 *   --hidden=H        a hidden layer of H ReLU units over hashed words, bigrams and context (2^dbits
 *                     buckets, --dbits=15; its AdaGrad learning rate --dlr=0.1, initial weights from a
 *                     seeded PRNG) beside the linear part (wide and deep)
 *   --epochs=N --lr=X --l2=X --seed=N   trainer settings (25, 0.5, 1e-4, 1)
 *   --posweight=W     positive examples of blame, personal-data and confidential weigh W
 *   --shipped         also print the shipped model's validation figures (models/reply-model.bin)
 *   --out=FILE        append a JSON summary line
 */
import { appendFileSync } from 'node:fs';
import { RULE_KINDS, TONES, type AnalysisContext, type RuleKind, type Tone } from '../../src/core/types';
import { FIXED_ONE, featurize, textFactor } from '../../src/analysis/model/features';
import { bucketOf, fnvString, fnvUnit } from '../../src/analysis/model/hash';
import { normalizeForModel } from '../../src/analysis/model/normalize';
import { splitSentences } from '../../src/analysis/model/sentences';
import { analyzeReply } from '../../src/analysis';
import { makeDoc } from '../../src/analysis/doc';
import { insultsTheReader } from '../../src/analysis/rules';
import { CORPUS_DIR, contextOf, readBatches, splitByBatch, type CorpusItem } from './corpus';
import { kindLabel, sentenceLabel, chooseCombination, NEVER } from './build';
import {
  chooseThreshold,
  kindCounts,
  kindTable,
  precision,
  recall,
  spendPrecision,
  toneAccuracy,
  toneLines,
  type Prediction,
} from './evaluate';
import { epochOrder } from './sgd';
import { shippedReplyModel } from './paths';

const flag = (name: string) => process.argv.includes(`--${name}`);
const opt = (name: string, fallback: number) => {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`));
  return a ? Number(a.slice(name.length + 3)) : fallback;
};
const cfg = {
  bits: 17,
  post: flag('post'),
  neighbours: flag('neighbours'),
  hidden: opt('hidden', 0),
  dbits: opt('dbits', 15),
  epochs: opt('epochs', 25),
  lr: opt('lr', 0.5),
  l2: opt('l2', 1e-4),
  seed: opt('seed', 1),
  posWeight: opt('posweight', 1),
  dlr: opt('dlr', 0.1),
};
const clock = () => performance.now();

interface Sparse {
  index: Int32Array;
  value: Float64Array;
}
type Extra = { buckets: number[]; scaled: boolean };
type Item = CorpusItem & { post?: string; postKind?: string; channel?: string };

/** Families of buckets → sorted distinct buckets and values (fixed: 1 each; scaled: ≈ 1/√n each). */
function compactFamilies(families: Extra[]): Sparse {
  const m = new Map<number, number>();
  for (const f of families) {
    const v = f.scaled ? textFactor(f.buckets.length) / FIXED_ONE : 1;
    for (const b of f.buckets) m.set(b, (m.get(b) ?? 0) + v);
  }
  const index = Int32Array.from([...m.keys()].sort((a, b) => a - b));
  return { index, value: Float64Array.from(index, (b) => m.get(b)!) };
}

const TOKEN = /[\p{L}\p{N}]+'?|\p{Extended_Pictographic}|[!?]+/gu;
const tokens = (text: string, competitors?: readonly string[]) =>
  [...` ${normalizeForModel(text, competitors)} `.matchAll(TOKEN)].map((m) => m[0]);
const S = (s: string) => fnvString(`${s}\u0000`);
const SEED = { pw: S('pw'), pb: S('pb'), px: S('px'), pk: S('pk'), nb: S('nb'), dw: S('dw'), db: S('db'), dx: S('dx') };
const words = (ws: string[], seed: number, bits: number) => ws.map((w) => bucketOf(fnvString(w, seed), bits));
const bigrams = (ws: string[], seed: number, bits: number) =>
  ws.slice(1).map((w, i) => bucketOf(fnvString(w, fnvUnit(fnvString(ws[i]!, seed), 32)), bits));

/** The shipped features (features.ts) as families. */
function baseFamilies(text: string, ctx: AnalysisContext, bits: number): Extra[] {
  const f = featurize(text, ctx, bits);
  const b = Array.from(f.buckets);
  return [
    { buckets: b.slice(0, f.fixed), scaled: false },
    { buckets: b.slice(f.fixed, f.crossed), scaled: true },
    { buckets: b.slice(f.crossed), scaled: true },
  ];
}

/**
 * The post's features, read from the whole reply even for a sentence (its context): the post's kind,
 * channel, kind × language, how much of the reply's words of 4+ letters repeat the post's (none, some,
 * 15 %+, 30 %+), the post's words and bigrams, and the reply's words × the post's kind.
 */
function postFamilies(item: Item, bits: number): Extra[] {
  const replyWords = tokens(item.text, item.brand.competitors);
  const pw = tokens(item.post ?? '', item.brand.competitors);
  const kind = item.postKind ?? 'none';
  const fixed = [`pk=${kind}`, `ch=${item.channel ?? 'none'}`, `pk=${kind}|lang=${item.lang}`].map((s) =>
    bucketOf(fnvString(s, SEED.pk), bits),
  );
  const content = replyWords.filter((w) => w.length >= 4);
  const postSet = new Set(pw);
  const share = content.length ? content.filter((w) => postSet.has(w)).length / content.length : 0;
  fixed.push(bucketOf(fnvString(`overlap>=${share >= 0.3 ? 3 : share >= 0.15 ? 2 : share > 0 ? 1 : 0}`, SEED.pk), bits));
  return [
    { buckets: fixed, scaled: false },
    { buckets: [...words(pw, SEED.pw, bits), ...bigrams(pw, SEED.pb, bits)], scaled: true },
    { buckets: words(replyWords, fnvString(kind, SEED.px), bits), scaled: true },
  ];
}

/** The deep part's input: words, bigrams, context (and the post's kind and words with --post). */
function deepInput(text: string, item: Item, bits: number): Sparse {
  const ws = tokens(text, item.brand.competitors);
  const ctx = [`lang=${item.lang}`, `reg=${item.brand.register ?? 'none'}`];
  if (cfg.post) ctx.push(`pk=${item.postKind ?? 'none'}`);
  const fams: Extra[] = [
    { buckets: ctx.map((s) => bucketOf(fnvString(s, SEED.dx), bits)), scaled: false },
    { buckets: [...words(ws, SEED.dw, bits), ...bigrams(ws, SEED.db, bits)], scaled: true },
  ];
  if (cfg.post) {
    const pw = tokens(item.post ?? '', item.brand.competitors);
    fams.push({ buckets: words(pw, SEED.pw, bits), scaled: true });
  }
  return compactFamilies(fams);
}

interface Ex {
  id: string;
  x: Sparse;
  d: Sparse | null;
  labels: Int8Array;
  cls: number;
}

/** A reply's whole-reply example and one per sentence (as build.ts), with this design's features. */
function examplesOf(item: Item, withLabels: boolean): { whole: Ex; sentences: Ex[] } {
  const ctx = contextOf(item);
  const post = cfg.post ? postFamilies(item, cfg.bits) : [];
  const spans = splitSentences(item.text);
  const make = (id: string, text: string, extra: Extra[], labels: Int8Array, cls: number): Ex => ({
    id,
    x: compactFamilies([...baseFamilies(text, ctx, cfg.bits), ...post, ...extra]),
    d: cfg.hidden ? deepInput(text, item, cfg.dbits) : null,
    labels,
    cls,
  });
  const none = new Int8Array(RULE_KINDS.length);
  const whole = make(
    item.id,
    item.text,
    [],
    withLabels ? Int8Array.from(RULE_KINDS, (k) => kindLabel(item, k)) : none,
    TONES.indexOf(item.tone),
  );
  const sentences =
    spans.length > 1
      ? spans.map((span, i) => {
          const extra: Extra[] = [];
          if (cfg.neighbours) {
            const around = [spans[i - 1], spans[i + 1]].filter((s) => s).map((s) => item.text.slice(s!.start, s!.end));
            extra.push({ buckets: words(tokens(around.join(' '), item.brand.competitors), SEED.nb, cfg.bits), scaled: true });
          }
          return make(
            `${item.id}#${i}`,
            item.text.slice(span.start, span.end),
            extra,
            withLabels ? Int8Array.from(RULE_KINDS, (k) => sentenceLabel(item, k, span)) : none,
            -1,
          );
        })
      : [];
  return { whole, sentences };
}

/** Seeded PRNG (mulberry32) for the hidden layer's initial weights. */
function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const K = RULE_KINDS.length;
const O = K + TONES.length;
const WEAK = new Set<RuleKind>(['blame', 'personal-data', 'confidential']);

interface Net {
  w: Float64Array;
  b: Float64Array;
  e: Float64Array | null;
  c: Float64Array | null;
  v: Float64Array | null;
}

function forward(net: Net, ex: Ex, z: Float64Array, h: Float64Array | null) {
  z.set(net.b);
  const { index, value } = ex.x;
  for (let i = 0; i < index.length; i++) {
    const base = index[i]! * O;
    const x = value[i]!;
    for (let o = 0; o < O; o++) z[o]! += net.w[base + o]! * x;
  }
  if (h && net.e && ex.d) {
    const H = cfg.hidden;
    h.set(net.c!);
    for (let i = 0; i < ex.d.index.length; i++) {
      const base = ex.d.index[i]! * H;
      const x = ex.d.value[i]!;
      for (let j = 0; j < H; j++) h[j]! += net.e[base + j]! * x;
    }
    for (let j = 0; j < H; j++) {
      if (h[j]! < 0) h[j] = 0;
      const hj = h[j]!;
      if (hj === 0) continue;
      for (let o = 0; o < O; o++) z[o]! += net.v![j * O + o]! * hj;
    }
  }
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

function trainNet(examples: Ex[]): Net {
  const H = cfg.hidden;
  const rand = mulberry32(cfg.seed);
  const net: Net = {
    w: new Float64Array((1 << cfg.bits) * O),
    b: new Float64Array(O),
    e: H ? Float64Array.from({ length: (1 << cfg.dbits) * H }, () => (rand() - 0.5) * 0.2) : null,
    c: H ? new Float64Array(H).fill(0.01) : null,
    v: H ? Float64Array.from({ length: H * O }, () => (rand() - 0.5) * 0.2) : null,
  };
  const sq = {
    w: new Float64Array(net.w.length),
    b: new Float64Array(O),
    e: H ? new Float64Array(net.e!.length) : null,
    c: new Float64Array(H),
    v: new Float64Array(H * O),
  };
  const z = new Float64Array(O);
  const g = new Float64Array(O);
  const h = H ? new Float64Array(H) : null;
  const dh = new Float64Array(H);
  const EPS = 1e-6;
  const { lr, l2, dlr } = cfg;
  const weak = RULE_KINDS.map((k) => (WEAK.has(k) ? cfg.posWeight : 1));
  const ids = examples.map((e) => e.id);
  for (let epoch = 0; epoch < cfg.epochs; epoch++) {
    for (const n of epochOrder(ids, epoch)) {
      const ex = examples[n]!;
      forward(net, ex, z, h);
      for (let o = 0; o < K; o++) {
        const y = ex.labels[o]!;
        g[o] = y < 0 ? 0 : (sigmoid(z[o]!) - y) * (y === 1 ? weak[o]! : 1);
      }
      if (ex.cls < 0) for (let c = K; c < O; c++) g[c] = 0;
      else {
        let max = -Infinity;
        for (let c = K; c < O; c++) max = Math.max(max, z[c]!);
        let sum = 0;
        for (let c = K; c < O; c++) sum += g[c] = Math.exp(z[c]! - max);
        for (let c = K; c < O; c++) g[c] = g[c]! / sum - (c - K === ex.cls ? 1 : 0);
      }
      const active = (o: number) => (o < K ? ex.labels[o]! >= 0 : ex.cls >= 0);
      // deep part first (uses V before its update)
      if (H && h) {
        dh.fill(0);
        for (let j = 0; j < H; j++) {
          if (h[j] === 0) continue;
          let s = 0;
          for (let o = 0; o < O; o++) if (active(o)) s += net.v![j * O + o]! * g[o]!;
          dh[j] = s;
          for (let o = 0; o < O; o++) {
            if (!active(o)) continue;
            const grad = g[o]! * h[j]!;
            sq.v[j * O + o]! += grad * grad;
            net.v![j * O + o]! -= (dlr * grad) / (EPS + Math.sqrt(sq.v[j * O + o]!));
          }
        }
        for (let j = 0; j < H; j++) {
          if (dh[j] === 0) continue;
          sq.c[j]! += dh[j]! * dh[j]!;
          net.c![j]! -= (dlr * dh[j]!) / (EPS + Math.sqrt(sq.c[j]!));
        }
        const d = ex.d!;
        for (let i = 0; i < d.index.length; i++) {
          const base = d.index[i]! * H;
          const x = d.value[i]!;
          for (let j = 0; j < H; j++) {
            if (dh[j] === 0) continue;
            const grad = dh[j]! * x + l2 * net.e![base + j]!;
            sq.e![base + j]! += grad * grad;
            net.e![base + j]! -= (dlr * grad) / (EPS + Math.sqrt(sq.e![base + j]!));
          }
        }
      }
      for (let o = 0; o < O; o++) {
        if (!active(o)) continue;
        sq.b[o]! += g[o]! * g[o]!;
        net.b[o]! -= (lr * g[o]!) / (EPS + Math.sqrt(sq.b[o]!));
      }
      const { index, value } = ex.x;
      for (let i = 0; i < index.length; i++) {
        const base = index[i]! * O;
        const x = value[i]!;
        for (let o = 0; o < O; o++) {
          if (!active(o)) continue;
          const w = net.w[base + o]!;
          const grad = g[o]! * x + l2 * w;
          sq.w[base + o]! += grad * grad;
          net.w[base + o] = w - (lr * grad) / (EPS + Math.sqrt(sq.w[base + o]!));
        }
      }
    }
  }
  return net;
}

interface Reading {
  kind: number[];
  tone: Tone;
}

function read(net: Net, item: Item): Reading {
  const { whole, sentences } = examplesOf(item, false);
  const z = new Float64Array(O);
  const h = cfg.hidden ? new Float64Array(cfg.hidden) : null;
  forward(net, whole, z, h);
  const kind = Array.from(z.subarray(0, K));
  let top = 0;
  for (let c = 1; c < TONES.length; c++) if (z[K + c]! > z[K + top]!) top = c;
  const tone = TONES[top]!;
  for (const s of sentences) {
    forward(net, s, z, h);
    for (let o = 0; o < K; o++) kind[o] = Math.max(kind[o]!, z[o]!);
  }
  return { kind, tone };
}

/** Thresholds and vetoes on validation (build.ts's policy), then predictions: model alone and together. */
function decide(readings: Reading[], validation: Item[], rules: { kinds: Set<RuleKind>; firm: boolean }[]) {
  const labels = RULE_KINDS.map((k) => validation.map((item) => kindLabel(item, k)));
  const choices = RULE_KINDS.map((kind, o) =>
    chooseCombination(
      readings.map((r) => r.kind[o]!),
      rules.map((r) => r.kinds.has(kind)),
      labels[o]!,
      0.9,
    ),
  );
  const thresholds = spendPrecision(
    RULE_KINDS.map((kind, o) => ({
      logits: readings.map((r, i) => (rules[i]!.kinds.has(kind) && r.kind[o]! >= choices[o]!.veto ? NEVER : r.kind[o]!)),
      labels: labels[o]!,
    })),
    RULE_KINDS.map(() => NEVER),
    0.91,
    0.8,
  );
  const alone = RULE_KINDS.map(
    (_, o) =>
      chooseThreshold(
        readings.map((r) => r.kind[o]!),
        labels[o]!,
        0.9,
      ).threshold,
  );
  const model: Prediction[] = validation.map((item, i) => ({
    item,
    kinds: new Set(RULE_KINDS.filter((_, o) => readings[i]!.kind[o]! >= alone[o]!)),
    tone: readings[i]!.tone,
  }));
  const together: Prediction[] = validation.map((item, i) => {
    const r = readings[i]!;
    const kinds = new Set(
      RULE_KINDS.filter((kind, o) => {
        const firm = kind === 'aggression' && rules[i]!.firm;
        const byRules = rules[i]!.kinds.has(kind) && (firm || r.kind[o]! >= choices[o]!.veto);
        return byRules || r.kind[o]! >= thresholds[o]!;
      }),
    );
    let tone = r.tone;
    if (kinds.has('aggression')) tone = 'aggressive';
    else if (kinds.has('blame') && (tone === 'empathetic' || tone === 'neutral')) tone = 'defensive';
    return { item, kinds, tone };
  });
  return { model, together };
}

function summary(name: string, p: Prediction[]) {
  const all = RULE_KINDS.map((k) => kindCounts(p, k));
  const sum = all.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn, support: a.support + c.support }));
  const lang = (l: string) => {
    const q = p.filter((x) => x.item.lang === l);
    const s = RULE_KINDS.map((k) => kindCounts(q, k)).reduce((a, c) => ({
      tp: a.tp + c.tp,
      fp: a.fp + c.fp,
      fn: a.fn + c.fn,
      support: a.support + c.support,
    }));
    return { P: precision(s), R: recall(s), tone: toneAccuracy(q) };
  };
  return {
    name,
    P: precision(sum),
    R: recall(sum),
    tone: toneAccuracy(p),
    fr: lang('fr'),
    en: lang('en'),
    kinds: Object.fromEntries(RULE_KINDS.map((k, o) => [k, { P: precision(all[o]!), R: recall(all[o]!) }])),
  };
}

function main() {
  const t0 = clock();
  const batches = readBatches(CORPUS_DIR, { committedOnly: true });
  if (batches.some((b) => b.id.startsWith('test') || !/^[wt]\d+-b\d+$/.test(b.id))) throw new Error('unexpected batch');
  const split = splitByBatch(batches.map((b) => b.id));
  const byId = new Map(batches.map((b) => [b.id, b]));
  const train = split.train.flatMap((id) => byId.get(id)!.items) as Item[];
  const validation = split.validation.flatMap((id) => byId.get(id)!.items) as Item[];
  const name =
    process.argv
      .slice(2)
      .filter((a) => !a.startsWith('--out') && a !== '--shipped')
      .join(' ') || 'baseline';
  console.log(`${name}: ${train.length} replies to train, ${validation.length} to validate (validation batches only)`);
  const rules = validation.map((item) => {
    const ctx = contextOf(item);
    return { kinds: new Set(analyzeReply(item.text, ctx).violations.map((v) => v.kind)), firm: insultsTheReader(makeDoc(item.text, ctx)) };
  });
  if (flag('shipped')) {
    const shipped = shippedReplyModel()!;
    const p = validation.map((item) => {
      const a = analyzeReply(item.text, contextOf(item), shipped);
      return { item, kinds: new Set(a.violations.map((v) => v.kind)), tone: a.tone };
    });
    console.log(`\nShipped model ${shipped.header.id}, rules and model together:`);
    console.log(kindTable(p).join('\n'));
    console.log(toneLines(p).join('\n'));
    if (process.argv.some((a) => a.startsWith('--out=')))
      appendFileSync(
        process.argv.find((a) => a.startsWith('--out='))!.slice(6),
        JSON.stringify({ ...summary('shipped', p), together: true }) + '\n',
      );
  }
  const exs = train.flatMap((item) => {
    const { whole, sentences } = examplesOf(item, true);
    return [whole, ...sentences];
  });
  const t1 = clock();
  const net = trainNet(exs);
  const t2 = clock();
  const readings = validation.map((item) => read(net, item));
  const { model, together } = decide(readings, validation, rules);
  console.log(`features ${((t1 - t0) / 1000).toFixed(1)} s, training ${((t2 - t1) / 1000).toFixed(1)} s (${exs.length} examples)`);
  console.log('\nModel alone (per-kind threshold at precision 90 % on validation):');
  console.log(kindTable(model).join('\n'));
  console.log(toneLines(model).join('\n'));
  console.log('\nRules and model together (as the game combines them):');
  console.log(kindTable(together).join('\n'));
  console.log(toneLines(together).join('\n'));
  const out = process.argv.find((a) => a.startsWith('--out='));
  if (out)
    appendFileSync(
      out.slice(6),
      JSON.stringify({ ...summary(name, together), trainSeconds: (t2 - t1) / 1000, alone: summary(name, model) }) + '\n',
    );
}

main();

/**
 * Agreement between the corpus writers' labels and an independent second labeller's, on the 10 %
 * sample of each batch (corpus/relabels/<batch>.jsonl, see docs/labelling.md §9): Cohen's κ for the
 * tone and for each breach kind (present or not), with raw agreement and counts.
 *
 *   npx tsx tools/corpus/agreement.ts            # every batch that has a relabel file
 *   npx tsx tools/corpus/agreement.ts t09 t10    # only the batches whose id starts with one of these
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_KINDS, TONES } from '../../src/core/types';

interface Labels {
  id: string;
  tone: string;
  breaches: { kind: string }[];
}

const ROOT = join(import.meta.dirname, '..', '..', 'corpus');
const lines = (file: string): Labels[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labels);

/** Cohen's κ for two raters' labels of the same items. */
function kappa<T>(a: readonly T[], b: readonly T[]): number {
  const n = a.length;
  if (n === 0) return NaN;
  const categories = [...new Set([...a, ...b])];
  const observed = a.filter((x, i) => x === b[i]).length / n;
  const expected = categories.reduce((sum, c) => sum + (a.filter((x) => x === c).length / n) * (b.filter((x) => x === c).length / n), 0);
  return expected === 1 ? 1 : (observed - expected) / (1 - expected);
}

function main(only: readonly string[]): void {
  const pairs: [Labels, Labels][] = [];
  const batches: string[] = [];
  for (const file of readdirSync(join(ROOT, 'relabels'))
    .filter((f) => f.endsWith('.jsonl') && (only.length === 0 || only.some((prefix) => f.startsWith(prefix))))
    .sort()) {
    // training batches, the untouched test batches and the held-out ones are labelled alike
    const batchFile = ['batches', 'test', 'holdout'].map((dir) => join(ROOT, dir, file)).find((f) => existsSync(f));
    if (!batchFile) continue;
    const first = new Map(lines(batchFile).map((l) => [l.id, l]));
    for (const second of lines(join(ROOT, 'relabels', file))) {
      const one = first.get(second.id);
      if (one) pairs.push([one, second]);
    }
    batches.push(file.replace(/\.jsonl$/, ''));
  }
  console.log(`${pairs.length} replies labelled twice, from ${batches.length} batches (${batches.join(', ')})`);
  const row = (name: string, a: unknown[], b: unknown[], positives?: [number, number]) => {
    const agree = a.filter((x, i) => x === b[i]).length;
    const k = kappa(a, b);
    const pos = positives ? `  positives ${positives[0]} / ${positives[1]}` : '';
    console.log(
      `${name.padEnd(14)} κ ${Number.isNaN(k) ? '  —  ' : k.toFixed(2).padStart(5)}  agreement ${((100 * agree) / a.length).toFixed(0).padStart(3)} %${pos}`,
    );
  };
  row(
    'tone',
    pairs.map(([a]) => a.tone),
    pairs.map(([, b]) => b.tone),
  );
  for (const kind of RULE_KINDS) {
    const a = pairs.map(([x]) => x.breaches.some((v) => v.kind === kind));
    const b = pairs.map(([, y]) => y.breaches.some((v) => v.kind === kind));
    row(kind, a, b, [a.filter(Boolean).length, b.filter(Boolean).length]);
  }
  const anyA = pairs.map(([x]) => x.breaches.length > 0);
  const anyB = pairs.map(([, y]) => y.breaches.length > 0);
  row('any breach', anyA, anyB, [anyA.filter(Boolean).length, anyB.filter(Boolean).length]);
  const confusion = TONES.map((t) => `${t}: ${TONES.map((u) => pairs.filter(([a, b]) => a.tone === t && b.tone === u).length).join(' ')}`);
  console.log(`tone confusion (rows: writer, columns: second labeller; ${TONES.join(', ')})\n  ${confusion.join('\n  ')}`);
}

main(process.argv.slice(2));

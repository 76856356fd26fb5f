/**
 * `npm run train:analysis`: trains the reply model from corpus/batches/*.jsonl, writes
 * models/reply-model.bin and prints its figures on the validation batches beside the rule
 * analyser's (docs/analysis.md, "The trained model").
 *
 * Batches not committed as they stand (still being written or corrected by others) are left out, so
 * that a clone can check the file; `-- --all` takes every batch that reads.
 *
 * `npm run train:analysis -- --check`: retrains from exactly the batches the shipped file names (each
 * must still be there with the same SHA-256) and exits 1 unless the result is identical byte for byte.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { analyzeReply } from '../../src/analysis';
import { RULE_KINDS, type RuleKind } from '../../src/core/types';
import { loadModel, readWithModel, type ReplyModel } from '../../src/analysis/model';
import { build, SETTINGS } from './build';
import { CORPUS_DIR, contextOf, listBatchIds, readBatch, readBatches, type BatchFile, type CorpusItem } from './corpus';
import { kindTable, pct, toneLines, type Prediction } from './evaluate';
import { MODEL_FILE } from './paths';

const clock = () => performance.now();

function check(): number {
  if (!existsSync(MODEL_FILE)) {
    console.error(`No model at ${MODEL_FILE}: run npm run train:analysis first.`);
    return 1;
  }
  const shipped = readFileSync(MODEL_FILE);
  const listed = (loadModel(shipped).header.training.batches ?? []) as { id: string; sha256: string }[];
  const batches: BatchFile[] = [];
  for (const { id, sha256 } of listed) {
    if (!existsSync(join(CORPUS_DIR, `${id}.jsonl`))) {
      console.error(`The shipped model was trained on batch ${id}, which is no longer in corpus/batches.`);
      return 1;
    }
    const batch = readBatch(id);
    if (batch.sha256 !== sha256) {
      console.error(
        `Batch ${id} changed since the shipped model was trained (SHA-256 ${batch.sha256.slice(0, 12)}…, was ${sha256.slice(0, 12)}…).`,
      );
      return 1;
    }
    batches.push(batch);
  }
  const t0 = clock();
  const { bytes } = build(batches);
  const same = bytes.length === shipped.length && bytes.every((b, i) => b === shipped[i]);
  const newer = listBatchIds().filter((id) => !listed.some((b) => b.id === id));
  console.log(`retrained from the ${listed.length} batches the shipped model names in ${((clock() - t0) / 1000).toFixed(1)} s`);
  if (newer.length)
    console.log(
      `(${newer.length} batch(es) not in the shipped model: ${newer.join(', ')}; npm run train:analysis takes them once they are committed)`,
    );
  if (!same) {
    console.error(`models/reply-model.bin differs from the retrained model (${shipped.length} vs ${bytes.length} bytes).`);
    return 1;
  }
  console.log('models/reply-model.bin is identical to the retrained model, byte for byte.');
  return 0;
}

function modelPredictions(model: ReplyModel, items: readonly CorpusItem[]): Prediction[] {
  return items.map((item) => {
    const r = readWithModel(model, item.text, contextOf(item));
    return { item, kinds: new Set(RULE_KINDS.filter((k) => r.kinds[k].found)), tone: r.tone };
  });
}

/** The analyser as the game runs it: the rules alone, or the rules and the model together. */
export function analyserPredictions(items: readonly CorpusItem[], model?: ReplyModel): Prediction[] {
  return items.map((item) => {
    const a = analyzeReply(item.text, contextOf(item), model);
    return { item, kinds: new Set(a.violations.map((v) => v.kind)), tone: a.tone };
  });
}

/** How often the sentence the model quotes for a kind it rightly found overlaps the labelled evidence. */
function evidenceHits(model: ReplyModel, items: readonly CorpusItem[]): { hits: number; total: number } {
  let hits = 0;
  let total = 0;
  for (const item of items) {
    const r = readWithModel(model, item.text, contextOf(item));
    for (const b of item.breaches) {
      const k = r.kinds[b.kind as RuleKind];
      if (!k.found) continue;
      total++;
      const at = item.text.indexOf(b.evidence);
      if (at >= 0 && at < k.evidence.end && at + b.evidence.length > k.evidence.start) hits++;
    }
  }
  return { hits, total };
}

function main(): number {
  if (process.argv.includes('--check')) return check();
  const t0 = clock();
  const batches = readBatches(CORPUS_DIR, { committedOnly: !process.argv.includes('--all') });
  const built = build(batches, SETTINGS, clock);
  writeFileSync(MODEL_FILE, built.bytes);
  const { model, validation } = built;
  const gz = gzipSync(built.bytes, { level: 9 }).length;
  const valBatches = [...new Set(validation.map((i) => i.batch))];
  console.log(
    `reply model ${model.header.id}: ${batches.length} batches, ${built.train.length} replies to train, ${validation.length} to validate`,
  );
  console.log(`validation batches: ${valBatches.join(', ')}`);
  console.log(
    `features ${built.seconds.features.toFixed(1)} s, training ${built.seconds.training.toFixed(1)} s; file ${(built.bytes.length / 1024).toFixed(0)} KiB, ${(gz / 1024).toFixed(0)} KiB gzipped`,
  );
  console.log(
    `\nPer kind: combination with the rules, threshold and doubt level (integer logits), chosen on the validation batches (${String(model.header.training.thresholdRule)}); P and R at the per-kind start:`,
  );
  RULE_KINDS.forEach((k, o) => {
    const t = built.thresholds[o]!;
    console.log(
      `  ${k.padEnd(14)} rules kept from ${String(model.header.ruleVeto[o]).padStart(17)}  threshold ${String(model.header.thresholds[o]).padStart(10)} (from ${t.threshold})  possible ${String(model.header.possible[o]).padStart(8)}  P ${pct(t.precision)}  R ${pct(t.recall)}${t.reached ? '' : '  (target not reached)'}`,
    );
  });
  const m = modelPredictions(model, validation);
  const r = analyserPredictions(validation);
  const c = analyserPredictions(validation, model);
  console.log('\nVALIDATION batches (used to choose thresholds and settings: optimistic; npm run eval:analysis measures the test batches)');
  console.log('\nModel, breach kinds:');
  console.log(kindTable(m).join('\n'));
  console.log(toneLines(m).join('\n'));
  console.log('\nRules alone (analyzeReply without the model), same replies:');
  console.log(kindTable(r).join('\n'));
  console.log(toneLines(r).join('\n'));
  console.log('\nRules and model together (analyzeReply with the model, as the game reads), same replies:');
  console.log(kindTable(c).join('\n'));
  console.log(toneLines(c).join('\n'));
  const ev = evidenceHits(model, validation);
  console.log(
    `\nModel evidence: the quoted sentence overlaps the labelled evidence for ${ev.hits} of ${ev.total} kinds rightly found (${pct(ev.hits / ev.total).trim()} %)`,
  );
  console.log(`\ntotal ${((clock() - t0) / 1000).toFixed(1)} s`);
  return 0;
}

process.exitCode = main();

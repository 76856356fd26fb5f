/**
 * The labelled corpus for training and measuring the reply model: batches of corpus/batches/*.jsonl
 * (docs/labelling.md §8), fingerprinted by SHA-256, and the split by batch (never a reply of a batch on
 * both sides).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fnvString } from '../../src/analysis/model/hash';
import type { AnalysisContext, Locale, Register, RuleKind, Tone } from '../../src/core/types';

export const CORPUS_DIR = join(import.meta.dirname, '..', '..', 'corpus', 'batches');

export interface CorpusItem {
  id: string;
  batch: string;
  lang: Locale;
  brand: { name: string; register: Register | null; competitors: string[] };
  text: string;
  tone: Tone;
  breaches: { kind: RuleKind; evidence: string }[];
  allow: RuleKind[];
}

export interface BatchFile {
  id: string;
  sha256: string;
  items: CorpusItem[];
}

export const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** The batches in the folder, in id order (every `*.jsonl`). */
export function listBatchIds(dir = CORPUS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => f.slice(0, -'.jsonl'.length))
    .sort();
}

export function readBatch(id: string, dir = CORPUS_DIR): BatchFile {
  const bytes = readFileSync(join(dir, `${id}.jsonl`));
  const items = bytes
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => ({ ...(JSON.parse(l) as Omit<CorpusItem, 'batch'>), batch: id }));
  return { id, sha256: sha256(bytes), items };
}

const complete = (item: CorpusItem) =>
  typeof item.id === 'string' &&
  (item.lang === 'fr' || item.lang === 'en') &&
  typeof item.text === 'string' &&
  typeof item.tone === 'string' &&
  Array.isArray(item.breaches) &&
  Array.isArray(item.allow) &&
  Array.isArray(item.brand?.competitors);

/**
 * Batches that git tracks with no change since their last commit, or null when git cannot tell (no
 * repository). A batch that is not committed, or changed since, is still being written or corrected:
 * a model trained on it could not be checked from a clone.
 */
export function committedBatchIds(dir = CORPUS_DIR): Set<string> | null {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const name = (path: string) => path.replace(/^.*\//, '').replace(/\.jsonl$/, '');
    const tracked = git('ls-files', '--', '.')
      .split('\n')
      .filter((l) => l.endsWith('.jsonl'))
      .map(name);
    const changed = new Set(
      git('status', '--porcelain', '--', '.')
        .split('\n')
        .filter((l) => l.endsWith('.jsonl'))
        .map(name),
    );
    return new Set(tracked.filter((id) => !changed.has(id)));
  } catch {
    return null;
  }
}

/**
 * Every batch that reads: a batch being written by someone else (a line cut short, a field missing) is
 * left out with a warning, and taken next time. With `committedOnly`, so is a batch that is not
 * committed as it stands (see committedBatchIds).
 */
export function readBatches(
  dir = CORPUS_DIR,
  { committedOnly = false, warn = console.warn }: { committedOnly?: boolean; warn?: (message: string) => void } = {},
): BatchFile[] {
  const out: BatchFile[] = [];
  const committed = committedOnly ? committedBatchIds(dir) : null;
  const skipped = committed ? listBatchIds(dir).filter((id) => !committed.has(id)) : [];
  if (skipped.length) warn(`left out, not committed as they stand (being written?): ${skipped.join(', ')}`);
  for (const id of listBatchIds(dir)) {
    if (skipped.includes(id)) continue;
    try {
      const batch = readBatch(id, dir);
      if (batch.items.length > 0 && batch.items.every(complete)) out.push(batch);
      else warn(`batch ${id} left out: a reply lacks a field (being written?)`);
    } catch {
      warn(`batch ${id} left out: a line is not JSON (being written?)`);
    }
  }
  return out;
}

/**
 * Whether a batch is held out for validation: batch `wMM-bNN` is at position 4 × (MM − 1) + NN (waves
 * have four batches), and every fifth position is validation: w02-b01, w03-b02, w04-b03, w05-b04,
 * w07-b01… That is every fifth batch in id order, decided by the id alone, so a batch never changes
 * side when others arrive. An id of another shape is validation when FNV-1a(id) % 5 = 0.
 */
export function isValidationBatch(id: string): boolean {
  const m = /^w(\d+)-b(\d+)$/.exec(id);
  if (m) return (4 * (Number(m[1]) - 1) + Number(m[2])) % 5 === 0;
  return fnvString(id) % 5 === 0;
}

export function splitByBatch(ids: readonly string[]): { train: string[]; validation: string[] } {
  const sorted = [...ids].sort();
  return { train: sorted.filter((id) => !isValidationBatch(id)), validation: sorted.filter(isValidationBatch) };
}

/** The run-time context of a corpus reply, as the game would give it to the analyser. */
export function contextOf(item: CorpusItem): AnalysisContext {
  const context: AnalysisContext = { locale: item.lang, competitors: item.brand.competitors };
  if (item.brand.register) context.register = item.brand.register;
  return context;
}

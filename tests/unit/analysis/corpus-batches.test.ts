/**
 * The labelled corpus (corpus/batches, docs/labelling.md §8) stays well formed: every line parses,
 * uses the guide's values, quotes its evidence exactly, and the corpus keeps the sizes #15 asks for.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS, INTENTS, POST_KINDS, RULE_KINDS, TONES } from '../../../src/core/types';

const CORPUS = join(__dirname, '..', '..', '..', 'corpus');
const DIR = join(CORPUS, 'batches');
const REGISTERS = { fr: ['tu', 'vous', null], en: ['casual', 'formal', null] } as const;

interface Line {
  id: string;
  lang: 'fr' | 'en';
  channel: string;
  postKind: string;
  brand: { register: string | null; competitors: string[] };
  text: string;
  tone: string;
  breaches: { kind: string; evidence: string }[];
  intents: string[];
  allow: string[];
}

const read = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => ({ id: f.replace(/\.jsonl$/, ''), lines: readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean) }));
const batches = read(DIR);
// the untouched test batches (corpus/test) and the held-out ones (corpus/holdout) are held to the same format
const checked = [...batches, ...read(join(CORPUS, 'test')), ...read(join(CORPUS, 'holdout'))];

describe('the labelled corpus', () => {
  it('has every line well formed, in the guide’s values, with its evidence quoted exactly', () => {
    const problems: string[] = [];
    for (const batch of checked) {
      batch.lines.forEach((text, i) => {
        const where = `${batch.id}:${i + 1}`;
        let r: Line;
        try {
          r = JSON.parse(text) as Line;
        } catch {
          problems.push(`${where}: not JSON`);
          return;
        }
        const kinds = r.breaches.map((b) => b.kind);
        const ok =
          r.id === `${batch.id}-${String(i + 1).padStart(4, '0')}` &&
          (r.lang === 'fr' || r.lang === 'en') &&
          (CHANNELS as readonly string[]).includes(r.channel) &&
          (POST_KINDS as readonly string[]).includes(r.postKind) &&
          (TONES as readonly string[]).includes(r.tone) &&
          (REGISTERS[r.lang] as readonly (string | null)[]).includes(r.brand.register) &&
          kinds.every((k) => (RULE_KINDS as readonly string[]).includes(k)) &&
          new Set(kinds).size === kinds.length &&
          r.intents.every((x) => (INTENTS as readonly string[]).includes(x)) &&
          r.allow.every((k) => (RULE_KINDS as readonly string[]).includes(k) && !kinds.includes(k)) &&
          (r.brand.register !== null || !kinds.includes('register'));
        if (!ok) problems.push(`${where}: a field is outside the guide's values`);
        for (const b of r.breaches) if (!b.evidence || !r.text.includes(b.evidence)) problems.push(`${where}: evidence not in the reply`);
      });
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('holds at least 8,000 replies, 3,500 per language, 35 % clean, 500 of each kind (200 per language)', () => {
    const lines = batches.flatMap((b) => b.lines.map((l) => JSON.parse(l) as Line));
    const per = (lang: string) => lines.filter((r) => r.lang === lang);
    expect(lines.length).toBeGreaterThanOrEqual(8_000);
    expect(Math.min(per('fr').length, per('en').length)).toBeGreaterThanOrEqual(3_500);
    expect(lines.filter((r) => r.breaches.length === 0).length / lines.length).toBeGreaterThanOrEqual(0.35);
    for (const kind of RULE_KINDS) {
      const has = (r: Line) => r.breaches.some((b) => b.kind === kind);
      expect(lines.filter(has).length, kind).toBeGreaterThanOrEqual(500);
      for (const lang of ['fr', 'en']) expect(per(lang).filter(has).length, `${kind} ${lang}`).toBeGreaterThanOrEqual(200);
    }
    expect(batches.length).toBeGreaterThanOrEqual(16);
  });
});

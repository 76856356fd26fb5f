import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { fr } from '../../../src/i18n/fr';
import { sharedEn } from '../../../src/i18n/shared.en';
import { sharedFr } from '../../../src/i18n/shared.fr';

type Tree = { [k: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): Record<string, string> =>
  Object.entries(tree).reduce<Record<string, string>>(
    (acc, [k, v]) => (typeof v === 'string' ? { ...acc, [prefix + k]: v } : { ...acc, ...flatten(v, `${prefix}${k}.`) }),
    {},
  );

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });

describe('UI strings', () => {
  // The game's instance reads its own strings, then the shared ones (src/i18n/setup.ts).
  const frKeys = { ...flatten(sharedFr as unknown as Tree), ...flatten(fr as unknown as Tree) };
  const enKeys = { ...flatten(sharedEn as unknown as Tree), ...flatten(en as unknown as Tree) };

  it('exist in French and English with the same keys and placeholders', () => {
    expect(Object.keys(enKeys).sort()).toEqual(Object.keys(frKeys).sort());
    for (const [key, text] of Object.entries(frKeys)) {
      const vars = (s: string) => [...s.matchAll(/{{(\w+)(?:, *\w+)?}}/g)].map((m) => m[1]).sort();
      expect(vars(enKeys[key]!), key).toEqual(vars(text));
      expect(text.trim().length, key).toBeGreaterThan(0);
    }
  });

  it('cover every literal key the code asks for', () => {
    const missing: string[] = [];
    for (const file of files(join(__dirname, '../../../src')).filter((f) => /[\\/](ui|scenes)[\\/]/.test(f))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)) {
        if (!(m[1]! in frKeys)) missing.push(`${file}: ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('cover every key built from a domain value', async () => {
    const { ACTION_KINDS, CHANNELS, DEPARTMENTS, JUDGEMENTS, SEGMENTS, TONES, SCORE_KEYS } = await import('../../../src/core/types');
    const need = [
      ...ACTION_KINDS.map((a) => `action.${a}`),
      ...CHANNELS.map((c) => `channel.${c}`),
      ...DEPARTMENTS.map((d) => `department.${d}`),
      ...JUDGEMENTS.map((j) => `judgement.${j}`),
      ...SEGMENTS.map((s) => `segment.${s}`),
      ...TONES.map((t) => `tone.${t}`),
      ...SCORE_KEYS.map((k) => `score.${k}`),
      ...SCORE_KEYS.map((k) => `scoreHelp.${k}`),
      'memoFrom.manager',
      'memoFrom.coach',
      'briefing.handOver',
      'reason.diplomacy.low',
      'reason.diplomacy.silent',
      'reason.speed.unanswered',
      'reason.speed.late',
      'reason.charter.breach',
      'reason.judgement.good',
      'reason.judgement.poor',
      'reason.judgement.bad',
      'reason.outcome.change',
      'reason.overall.hints',
    ];
    expect(need.filter((k) => !(k in frKeys))).toEqual([]);
  });
});

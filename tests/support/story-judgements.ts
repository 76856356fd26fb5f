/**
 * What the story says of each reply option, read from its ink source by the test itself: browser
 * tests pick an option by its visible text (`.option-text`), since the desk shows options in a
 * shuffled order under opaque `data-option` identifiers that say nothing about their worth.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Judgement } from '../../src/core/types';

/** Choice lines: `* [text #tag: …]`, `+ {condition} [text #…]`. */
const CHOICE = /^\s*[*+]+\s*(?:\{[^}]*\}\s*)*\[(.*)\]\s*$/;

/** Option text as shown -> the judgement its author gave it, for one scenario in one language. */
export function storyJudgements(scenario: string, locale: 'fr' | 'en'): Map<string, Judgement> {
  const source = readFileSync(join(process.cwd(), 'scenarios', scenario, `${scenario}.${locale}.ink`), 'utf8');
  const out = new Map<string, Judgement>();
  for (const line of source.split('\n')) {
    const inside = CHOICE.exec(line)?.[1];
    if (!inside) continue;
    const [text = '', ...tags] = inside.split(/(?<!\\)#/);
    const judgement = tags.map((t) => /^\s*judgement:\s*(\w+)/.exec(t)?.[1]).find(Boolean);
    if (judgement) out.set(text.replace(/\\(.)/g, '$1').trim(), judgement as Judgement);
  }
  return out;
}

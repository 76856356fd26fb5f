/**
 * What the story says of each reply option, read from its ink source by the test itself: browser
 * tests pick an option by its visible text (`.option-text`), since the desk shows options in a
 * shuffled order under opaque `data-option` identifiers that say nothing about their worth.
 *
 * A scenario with variants (docs/authoring.md, "Variants") shows its options with its variables filled
 * in and one alternative of each ink shuffle, as the run's variant draws them: every text an option can
 * show (each value a variable may take, each alternative) is listed, so any variant is recognised.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Judgement } from '../../src/core/types';

/** Choice lines: `* [text #tag: …]`, `+ {condition} [text #…]`. */
const CHOICE = /^\s*[*+]+\s*(?:\{[^}]*\}\s*)*\[(.*)\]\s*$/;
/** `VAR name = "value"`: a string variable and the value the story is written with. */
const STRING_VAR = /^\s*VAR\s+([a-z][a-z0-9_]*)\s*=\s*"((?:[^"\\]|\\.)*)"/;
/** A variable printed in a text. */
const PRINTED = /\{([a-z][a-z0-9_]*)\}/g;
/** An innermost ink sequence or shuffle (`{~a|b}`, `{&a|b}`, `{!a|b}`, `{a|b}`): its alternatives. */
const ALTERNATIVES = /\{[~&!]?([^{}]*\|[^{}]*)\}/;
/** More forms than this for one option: the helper gives up on it (a story's options have a handful). */
const MAX_FORMS = 5000;

interface VariantsJson {
  values?: Record<string, Record<'fr' | 'en', string[]>>;
  personas?: Record<string, { name: string; handle: string }[]>;
}

/** Every value each string variable may take in this language: as written, and as any variant draws it. */
function variableValues(scenario: string, locale: 'fr' | 'en', source: string): Map<string, Set<string>> {
  const values = new Map<string, Set<string>>();
  const add = (name: string, value: string) => (values.get(name) ?? values.set(name, new Set()).get(name)!).add(value);
  for (const line of source.split('\n')) {
    const m = STRING_VAR.exec(line);
    if (m) add(m[1]!, m[2]!.replace(/\\(.)/g, '$1'));
  }
  const manifest = JSON.parse(readFileSync(join(process.cwd(), 'scenarios', scenario, 'manifest.json'), 'utf8')) as {
    variants?: VariantsJson;
  };
  for (const [name, byLocale] of Object.entries(manifest.variants?.values ?? {})) for (const v of byLocale[locale]) add(name, v);
  for (const [id, identities] of Object.entries(manifest.variants?.personas ?? {})) {
    for (const who of identities) {
      add(`${id}_name`, who.name);
      add(`${id}_first`, who.name.split(/\s+/)[0]!);
      add(`${id}_handle`, who.handle);
    }
  }
  return values;
}

/** Every text an option's written form can show: each variable's values, each alternative of each shuffle. */
function forms(text: string, values: Map<string, Set<string>>): string[] {
  let out = [text];
  // Variables first (they may sit inside a shuffle's alternatives), one at a time.
  for (let guard = 0; guard < 50; guard++) {
    const name = out.map((t) => [...t.matchAll(PRINTED)].map((m) => m[1]!).find((n) => values.has(n))).find(Boolean);
    if (!name) break;
    out = out.flatMap((t) => [...values.get(name)!].map((v) => t.split(`{${name}}`).join(v)));
    if (out.length > MAX_FORMS) return [];
  }
  for (let guard = 0; guard < 50 && out.some((t) => ALTERNATIVES.test(t)); guard++) {
    out = out.flatMap((t) => {
      const m = ALTERNATIVES.exec(t);
      return m ? m[1]!.split('|').map((alt) => t.slice(0, m.index) + alt + t.slice(m.index + m[0].length)) : [t];
    });
    if (out.length > MAX_FORMS) return [];
  }
  return out;
}

/** Option text as shown -> the judgement its author gave it, for one scenario in one language. */
export function storyJudgements(scenario: string, locale: 'fr' | 'en'): Map<string, Judgement> {
  const source = readFileSync(join(process.cwd(), 'scenarios', scenario, `${scenario}.${locale}.ink`), 'utf8');
  const values = variableValues(scenario, locale, source);
  const out = new Map<string, Judgement>();
  for (const line of source.split('\n')) {
    const inside = CHOICE.exec(line)?.[1];
    if (!inside) continue;
    const [text = '', ...tags] = inside.split(/(?<!\\)#/);
    const judgement = tags.map((t) => /^\s*judgement:\s*(\w+)/.exec(t)?.[1]).find(Boolean);
    if (!judgement) continue;
    for (const form of forms(text, values)) out.set(form.replace(/\\(.)/g, '$1').trim(), judgement as Judgement);
  }
  return out;
}

/**
 * Pattern matching on folded text: whole-word alternations and a negation check.
 * Patterns are regex sources written against folded text (lowercase, no accents, straight ').
 */
import type { Locale } from '../core/types';
import type { Folded } from './normalize';

export interface Hit {
  start: number;
  end: number;
}

/** Hard cap on hits per pattern set, so pathological input stays linear. */
const MAX_HITS = 40;

const cache = new Map<string, RegExp>();

/** One regex per pattern list: letters/digits may not touch either end of a match. */
export function compile(patterns: readonly string[]): RegExp {
  const key = patterns.join('\u0000');
  let re = cache.get(key);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${patterns.join('|')})(?![\\p{L}\\p{N}_])`, 'gu');
    cache.set(key, re);
  }
  return re;
}

export function findAll(patterns: readonly string[], text: string): Hit[] {
  if (patterns.length === 0 || text.length === 0) return [];
  const re = compile(patterns);
  re.lastIndex = 0;
  const hits: Hit[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && hits.length < MAX_HITS) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    hits.push({ start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

const NEGATORS: Record<Locale, RegExp> = {
  fr: /^(ne|n|pas|jamais|aucun|aucune|aucunement|sans|ni|nullement|guere)$/,
  en: /^(not|no|never|without|nobody|nothing|hardly|cannot|cant|wont|dont|didnt|doesnt|isnt|wasnt|arent|werent|aint|neither|nor|nah)$/,
};
/** Where a clause starts: negation does not cross these. */
const CLAUSE_BREAK = /[.!?;:,()\n]| mais | but | however | though | cependant | pourtant | par contre | et | and /g;

/**
 * Is the hit negated? Looks at up to four words before it in the same clause
 * ("pas de souci", "not bad", "ce n'est pas votre faute"), and in French at a bare
 * "pas"/"jamais" right after it ("on rembourse pas").
 */
export function isNegated(f: Folded, hit: Hit, locale: Locale): boolean {
  const from = Math.max(0, hit.start - 60);
  let before = f.text.slice(from, hit.start);
  let cut = -1;
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(before)) !== null) cut = m.index + m[0].length;
  if (cut >= 0) before = before.slice(cut);
  const words = before
    .replace(/n't\b/g, 'nt')
    .split(/[^a-z']+/)
    .flatMap((w) => (w.includes("'") ? w.split("'") : [w]))
    .filter(Boolean)
    .slice(-4);
  if (words.some((w) => NEGATORS[locale].test(w))) return true;
  if (locale === 'fr') {
    const after = f.text.slice(hit.end, hit.end + 20);
    if (/^ (pas|jamais|plus)\b(?! (de|d'|du|des|mal|grand|encore)\b)/.test(after)) return true;
  }
  return false;
}

/** Hits that are not negated. */
export function findAffirmed(patterns: readonly string[], f: Folded, locale: Locale): Hit[] {
  return findAll(patterns, f.text).filter((h) => !isNegated(f, h, locale));
}

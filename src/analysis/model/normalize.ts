/**
 * The model's own text normalisation, frozen with the model's format version (it does not follow
 * src/analysis/normalize.ts, whose changes would silently change the features a trained file expects).
 *
 * NFKD, diacritics removed, œ/æ spelt out, curly apostrophes, dashes and odd spaces straightened; the
 * brand context's competitor names replaced by placeholder words (so a name never becomes a feature of
 * its own); lowercase; elongations squeezed to two (`merciiii` → `mercii`, `!!!!` → `!!`); every digit
 * written 0 (`48120937` → `00000000`: the shape of a number, not its value); blanks collapsed.
 */

/** Work is capped like the rule analyser's: a pasted novel still reads in a few milliseconds. */
export const MODEL_MAX_CHARS = 10_000;

/** Stands for a competitor named in full (folded, whole words, spaces and hyphens interchangeable). */
export const RIVAL = 'xrivalx';
/** Stands for a capitalised word of four letters or more out of a competitor's multi-word name (`Crossfield's`). */
export const RIVAL_PART = 'xrivpartx';

const MARKS = /\p{M}+/gu;
const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4]/g;
const DASHES = /[\u2010-\u2015]/g;
const ODD_SPACES = /[\u00A0\u202F\u200B\u2009\u2007]/g;
const ELONGATION = /(\D)\1{2,}/gu;
const DIGIT = /\d/g;
const BLANKS = /\s+/g;

/** Accents off, ligatures spelt out, punctuation straightened; case kept. */
export function unaccent(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .replace(ODD_SPACES, ' ');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

interface RivalPatterns {
  full: RegExp | null;
  part: RegExp | null;
}
const rivalCache = new Map<string, RivalPatterns>();

function rivalPatterns(competitors: readonly string[]): RivalPatterns {
  const key = competitors.join('\u0000');
  let p = rivalCache.get(key);
  if (p) return p;
  const names = competitors.map((c) => unaccent(c).toLowerCase().trim()).filter((c) => c.length >= 2);
  const fulls = names
    .map((n) =>
      n
        .split(/[\s-]+/)
        .map(escape)
        .join('[\\s-]+'),
    )
    .sort((a, b) => b.length - a.length);
  const parts = [...new Set(names.flatMap((n) => (n.split(/[\s-]+/).length > 1 ? n.split(/[\s-]+/).filter((w) => w.length >= 4) : [])))];
  p = {
    full: fulls.length ? new RegExp(`${NOT_WORD_BEFORE}(?:${fulls.join('|')})${NOT_WORD_AFTER}`, 'giu') : null,
    part: parts.length ? new RegExp(`${NOT_WORD_BEFORE}(?:${parts.map(escape).join('|')})${NOT_WORD_AFTER}`, 'giu') : null,
  };
  if (rivalCache.size > 256) rivalCache.clear();
  rivalCache.set(key, p);
  return p;
}

/** Replaces competitor names by the placeholders, on unaccented text whose case is still there. */
export function maskRivals(text: string, competitors: readonly string[] | undefined): string {
  if (!competitors || competitors.length === 0) return text;
  const { full, part } = rivalPatterns(competitors);
  let out = full ? text.replace(full, ` ${RIVAL} `) : text;
  if (part) out = out.replace(part, (m) => (m[0] !== m[0]!.toLowerCase() ? ` ${RIVAL_PART} ` : m));
  return out;
}

/** Words of three letters or more written in capitals, in the original text (folded, lowercase). */
export function capitalWords(original: string): string[] {
  const out: string[] = [];
  for (const m of unaccent(original).matchAll(/\p{L}{3,}/gu)) {
    const w = m[0];
    if (w === w.toUpperCase() && w !== w.toLowerCase()) out.push(w.toLowerCase());
  }
  return out;
}

/** The folded text the n-grams and words are read from. */
export function normalizeForModel(text: string, competitors?: readonly string[]): string {
  return maskRivals(unaccent(text.slice(0, MODEL_MAX_CHARS)), competitors)
    .toLowerCase()
    .replace(ELONGATION, '$1$1')
    .replace(DIGIT, '0')
    .replace(BLANKS, ' ')
    .trim();
}

/**
 * Text normalisation with an offset map.
 * Matching runs on a folded copy (NFKD, no diacritics, lowercase, straight apostrophes,
 * elongations squeezed, HTML tags blanked) while excerpts are cut from the original text,
 * so every folded character remembers where it came from.
 */

/** Work is capped so a pasted novel still analyses in a few milliseconds. */
export const MAX_CHARS = 10_000;

export interface Folded {
  /** The original text (possibly truncated to MAX_CHARS). */
  original: string;
  /** Folded text used for matching. */
  text: string;
  /** map[i] = index in `original` of the character that produced text[i]; map[text.length] = original.length. */
  map: number[];
}

const COMBINING = /\p{M}/u;
const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4]/;
const DASHES = /[\u2010-\u2015]/;
const SPACES = /[\s\u00A0\u202F\u200B]/;

const foldCache = new Map<string, string>();

/** Fold one code point (cached: replies reuse few distinct characters). */
function foldChar(ch: string): string {
  let f = foldCache.get(ch);
  if (f === undefined) {
    f = foldCharUncached(ch);
    if (foldCache.size < 4096) foldCache.set(ch, f);
  }
  return f;
}

/** Fold one code point; returns '' to drop it. */
function foldCharUncached(ch: string): string {
  if (APOSTROPHES.test(ch)) return "'";
  if (DASHES.test(ch)) return '-';
  if (SPACES.test(ch)) return ' ';
  if (ch === '\u0153') return 'oe';
  if (ch === '\u00E6') return 'ae';
  const decomposed = ch.normalize('NFKD');
  let out = '';
  for (const c of decomposed) if (!COMBINING.test(c)) out += c;
  return out.toLowerCase();
}

export function fold(input: string): Folded {
  const original = typeof input === 'string' ? input.slice(0, MAX_CHARS) : '';
  const parts: string[] = [];
  const map: number[] = [];
  let i = 0;
  for (const ch of original) {
    const code = ch.charCodeAt(0);
    // ASCII fast path: most replies are mostly ASCII
    const f =
      code < 0x80
        ? code >= 65 && code <= 90
          ? String.fromCharCode(code + 32)
          : code === 96
            ? "'"
            : code === 9 || code === 10 || code === 13
              ? ' '
              : ch
        : foldChar(ch);
    for (let k = 0; k < f.length; k++) map.push(i);
    parts.push(f);
    i += ch.length;
  }
  map.push(original.length);
  return squeezeElongations(blankTags({ original, text: parts.join(''), map }));
}

/** HTML tags become spaces of the same length: "<b>nul</b>" reads as " nul ". */
function blankTags(f: Folded): Folded {
  const text = f.text.replace(/<\/?[a-z][^<>]{0,200}>/g, (m) => ' '.repeat(m.length));
  return { ...f, text };
}

/** "merciiii", "nuuul", "sooorry": a run of three or more identical letters counts as one. */
function squeezeElongations(f: Folded): Folded {
  if (!/([a-z])\1\1/.test(f.text)) return f;
  const t = f.text;
  let text = '';
  const map: number[] = [];
  let i = 0;
  while (i < t.length) {
    const c = t[i] as string;
    let j = i + 1;
    while (j < t.length && t[j] === c) j++;
    const run = j - i;
    const keep = c >= 'a' && c <= 'z' && run >= 3 ? 1 : run;
    for (let k = 0; k < keep; k++) {
      text += c;
      map.push(f.map[i + k] as number);
    }
    i = j;
  }
  map.push(f.original.length);
  return { original: f.original, text, map };
}

/** The original text behind folded range [start, end). */
export function excerpt(f: Folded, start: number, end: number): string {
  const s = f.map[Math.max(0, Math.min(start, f.map.length - 1))] as number;
  const lastIdx = Math.max(start, end - 1);
  const lastOrig = f.map[Math.min(lastIdx, f.map.length - 1)] as number;
  // include the whole original code point (and any combining marks) behind the last folded char
  let e = lastOrig + 1;
  while (e < f.original.length && (isLowSurrogate(f.original.charCodeAt(e)) || COMBINING.test(f.original[e] as string))) e++;
  if (end <= start) e = s;
  return f.original.slice(s, e).trim();
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

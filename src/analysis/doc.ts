/**
 * A reply prepared once for every rule: folded text, locale, lexicon and context.
 */
import type { AnalysisContext, Locale, RuleKind, Violation } from '../core/types';
import { LEXICONS, type Lexicon } from './lexicon';
import { excerpt, fold, type Folded } from './normalize';
import { findAffirmed, findAll, type Hit } from './match';

export interface Doc {
  f: Folded;
  locale: Locale;
  lex: Lexicon;
  ctx: AnalysisContext;
}

export function makeDoc(text: string, ctx: AnalysisContext): Doc {
  const locale: Locale = ctx.locale === 'en' ? 'en' : 'fr';
  return { f: fold(text), locale, lex: LEXICONS[locale], ctx };
}

/** Hits of a pattern list, negation-aware unless told otherwise. */
export function hits(doc: Doc, patterns: readonly string[], negatable = true): Hit[] {
  return negatable ? findAffirmed(patterns, doc.f, doc.locale) : findAll(patterns, doc.f.text);
}

/** At most this many violations of one kind are reported: enough to show, not to flood. */
const MAX_PER_KIND = 3;

export function toViolations(doc: Doc, kind: RuleKind, found: readonly Hit[]): Violation[] {
  const out: Violation[] = [];
  const seen = new Set<string>();
  for (const h of [...found].sort((a, b) => a.start - b.start)) {
    const text = excerpt(doc.f, h.start, h.end);
    if (!text || seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    out.push({ kind, excerpt: text });
    if (out.length >= MAX_PER_KIND) break;
  }
  return out;
}

/** The sentence (in folded text) around a position. */
export function sentenceAround(text: string, pos: number): Hit {
  let start = pos;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1] as string)) start--;
  let end = pos;
  while (end < text.length && !/[.!?\n]/.test(text[end] as string)) end++;
  return { start, end };
}

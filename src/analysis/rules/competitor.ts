/**
 * Naming a competitor (context.competitors and the real rivals of context.industry, whole words,
 * accent/case-insensitive), or
 * commenting on a competitor's troubles without naming one ("chez la concurrence ça plante").
 */
import type { Violation } from '../../core/types';
import { fold } from '../normalize';
import { competitorsOf, wordRivalsIn } from '../rivals';
import { findAll, type Hit } from '../match';
import { hits, sentenceAround, toViolations, type Doc } from '../doc';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Competitor mentions, and among them the digs (a competitor's troubles in the same sentence). */
export function competitorHits(doc: Doc): { mentions: Hit[]; digs: number } {
  const names = competitorsOf(doc.ctx)
    .map((n) => fold(n).text.trim().replace(/\s+/g, ' '))
    .filter((n) => n.length > 0)
    .slice(0, 80)
    .map((n) => escape(n).replace(/ /g, '[ -]?'));
  const named: Hit[] = names.length > 0 ? findAll(names, doc.f.text) : [];
  // the trade's rivals named by ordinary words ("an Orange shop"), found on the original text's capitals
  for (const r of wordRivalsIn(doc.f.original, doc.ctx.industry)) {
    const start = doc.f.map.indexOf(r.start);
    const end = doc.f.map.findIndex((i) => i >= r.end);
    if (start >= 0 && end > start && !named.some((h) => h.start < end && h.end > start)) named.push({ start, end });
  }
  // "nous ne commentons pas la concurrence" was already dropped by the negation check;
  // a negated trouble still counts ("au moins nos batteries ne prennent pas feu" is a dig)
  const troubled = (h: Hit): boolean => {
    const s = sentenceAround(doc.f.text, h.start);
    return findAll(doc.lex.troubles, doc.f.text.slice(s.start, s.end)).length > 0;
  };
  const compared = (h: Hit): boolean => findAll(doc.lex.comparison, doc.f.text.slice(Math.max(0, h.start - 25), h.start)).length > 0;
  const generic = hits(doc, doc.lex.competitorGeneric).filter(troubled);
  return { mentions: [...named, ...generic], digs: generic.length + named.filter((h) => troubled(h) || compared(h)).length };
}

export function competitor(doc: Doc): Violation[] {
  return toViolations(doc, 'competitor', competitorHits(doc).mentions);
}

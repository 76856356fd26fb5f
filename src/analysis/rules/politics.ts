/** Political, religious or personal stances (incl. an employee's personal view on company matters). */
import type { Violation } from '../../core/types';
import { findAll } from '../match';
import { hits, sentenceAround, toViolations, type Doc } from '../doc';

export function politics(doc: Doc): Violation[] {
  // "we're not here to judge government policy" keeps out of politics: drop that sentence's hits
  const found = hits(doc, doc.lex.politics).filter((h) => {
    const s = sentenceAround(doc.f.text, h.start);
    return findAll(doc.lex.politicsDisclaimer, doc.f.text.slice(s.start, s.end)).length === 0;
  });
  return toViolations(doc, 'politics', found);
}

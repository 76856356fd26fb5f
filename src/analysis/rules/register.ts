/**
 * Register: French tu/vous, English casual/formal, checked only when the context sets one.
 * "formal"/"casual" in French mean vous/tu; "tu"/"vous" in English mean casual/formal.
 */
import type { Violation } from '../../core/types';
import { findAll } from '../match';
import { hits, sentenceAround, toViolations, type Doc } from '../doc';

export function register(doc: Doc): Violation[] {
  const r = doc.ctx.register;
  if (!r) return [];
  const wantsInformal = r === 'tu' || r === 'casual';
  // the other register's markers are the violation
  let found = hits(doc, wantsInformal ? doc.lex.formal : doc.lex.informal, false);
  // A brand on "tu" still says "vous" to many ("merci à tous, vous avez été nombreux"): within the sentence
  // that says so, or all through a reply that opens on it ("Bonjour à tous !").
  if (wantsInformal && doc.lex.groupAddress.length > 0) {
    const toMany = (s: { start: number; end: number }) => findAll(doc.lex.groupAddress, doc.f.text.slice(s.start, s.end)).length > 0;
    const text = doc.f.text;
    if (toMany(sentenceAround(text, text.search(/\S|$/)))) return [];
    found = found.filter((h) => !toMany(sentenceAround(text, h.start)));
  }
  return toViolations(doc, 'register', found).slice(0, 1);
}

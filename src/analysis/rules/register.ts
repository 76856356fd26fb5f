/**
 * Register: French tu/vous, English casual/formal, checked only when the context sets one.
 * "formal"/"casual" in French mean vous/tu; "tu"/"vous" in English mean casual/formal.
 */
import type { Violation } from '../../core/types';
import { hits, toViolations, type Doc } from '../doc';

export function register(doc: Doc): Violation[] {
  const r = doc.ctx.register;
  if (!r) return [];
  const wantsInformal = r === 'tu' || r === 'casual';
  // the other register's markers are the violation
  const wrong = wantsInformal ? doc.lex.formal : doc.lex.informal;
  return toViolations(doc, 'register', hits(doc, wrong, false)).slice(0, 1);
}

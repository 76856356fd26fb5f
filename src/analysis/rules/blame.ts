/** Blaming the customer ("vous avez dû mal l'utiliser"); "ce n'est pas votre faute" is fine. */
import type { Violation } from '../../core/types';
import { hits, toViolations, type Doc } from '../doc';

export function blame(doc: Doc): Violation[] {
  return toViolations(doc, 'blame', hits(doc, doc.lex.blame));
}

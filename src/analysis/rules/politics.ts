/** Political, religious or personal stances (incl. an employee's personal view on company matters). */
import type { Violation } from '../../core/types';
import { hits, toViolations, type Doc } from '../doc';

export function politics(doc: Doc): Violation[] {
  return toViolations(doc, 'politics', hits(doc, doc.lex.politics));
}

/**
 * Commitments a CM may not make: refunds, compensation, delivery/fix dates, legal liability.
 * "We'll look into it" is a promise intent, not a violation (see intents.ts).
 */
import type { Violation } from '../../core/types';
import { hits, toViolations, type Doc } from '../doc';

export function promise(doc: Doc): Violation[] {
  return toViolations(doc, 'promise', [...hits(doc, doc.lex.forbiddenPromise), ...hits(doc, doc.lex.liability)]);
}

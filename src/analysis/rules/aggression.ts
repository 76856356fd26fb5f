/** Insults, contempt, sarcasm and hostile emoji aimed at a person. */
import type { Violation } from '../../core/types';
import { hits, toViolations, type Doc } from '../doc';

export function aggression(doc: Doc): Violation[] {
  const { lex } = doc;
  return toViolations(doc, 'aggression', [
    ...hits(doc, lex.insult), // "ce n'est pas idiot" is a compliment
    ...hits(doc, lex.contempt, false),
    ...hits(doc, lex.sarcasm, false),
    ...hits(doc, lex.angryEmoji, false),
  ]);
}

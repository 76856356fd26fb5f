/**
 * Insults, contempt, sarcasm and hostile emoji aimed at a person. Not at ourselves ("on est des
 * clowns 🤡") and not an insult to politicians with no one here addressed (that is the politics rule's business).
 */
import type { Violation } from '../../core/types';
import { findAll, type Hit } from '../match';
import { hits, sentenceAround, toViolations, type Doc } from '../doc';

export function aggression(doc: Doc): Violation[] {
  const { lex, f } = doc;
  const inSentenceWith = (h: Hit, patterns: readonly string[]): boolean => {
    const s = sentenceAround(f.text, h.start);
    return findAll(patterns, f.text.slice(s.start, s.end)).length > 0;
  };
  const atSomeone = (h: Hit): boolean => !inSentenceWith(h, lex.selfMockery);
  const atPoliticians = (h: Hit): boolean => inSentenceWith(h, lex.politics) && !inSentenceWith(h, lex.addressee);
  return toViolations(doc, 'aggression', [
    ...hits(doc, lex.insult).filter((h) => atSomeone(h) && !atPoliticians(h)), // "ce n'est pas idiot" is a compliment
    ...hits(doc, lex.contempt, false),
    ...hits(doc, lex.sarcasm, false),
    ...hits(doc, lex.angryEmoji, false).filter(atSomeone),
  ]);
}

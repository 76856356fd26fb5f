/**
 * Insults, contempt, sarcasm and hostile emoji aimed at a person. Not at ourselves ("on est des
 * clowns 🤡") and not an insult to politicians with no one here addressed (that is the politics rule's business).
 */
import type { Violation } from '../../core/types';
import { findAll, type Hit } from '../match';
import { hits, sentenceAround, toViolations, type Doc } from '../doc';

function insults(doc: Doc) {
  const { lex, f } = doc;
  const inSentenceWith = (h: Hit, patterns: readonly string[]): boolean => {
    const s = sentenceAround(f.text, h.start);
    return findAll(patterns, f.text.slice(s.start, s.end)).length > 0;
  };
  const atSomeone = (h: Hit): boolean => !inSentenceWith(h, lex.selfMockery);
  const atPoliticians = (h: Hit): boolean => inSentenceWith(h, lex.politics) && !inSentenceWith(h, lex.addressee);
  return { inSentenceWith, atSomeone, found: hits(doc, lex.insult).filter((h) => atSomeone(h) && !atPoliticians(h)) }; // "ce n'est pas idiot" is a compliment
}

export function aggression(doc: Doc): Violation[] {
  const { lex } = doc;
  const { atSomeone, found } = insults(doc);
  return toViolations(doc, 'aggression', [
    ...found,
    ...hits(doc, lex.contempt, false),
    ...hits(doc, lex.sarcasm, false),
    ...hits(doc, lex.mockOthers, false),
    ...hits(doc, lex.angryEmoji, false).filter(atSomeone),
  ]);
}

const QUOTED = /["«“”»]/;

/**
 * An insult thrown at the reader ("you pathetic clown", « espèce de clown, toi »): in a sentence that
 * addresses someone, not in quotation marks. No reading of the rest of the reply can excuse it, so the
 * trained reader never sets this finding aside (src/analysis/index.ts).
 */
export function insultsTheReader(doc: Doc): boolean {
  const { inSentenceWith, found } = insults(doc);
  const quoted = (h: Hit) =>
    QUOTED.test(doc.f.text.slice(Math.max(0, h.start - 2), h.start)) || QUOTED.test(doc.f.text.slice(h.end, h.end + 2));
  return found.some((h) => inSentenceWith(h, doc.lex.addressee) && !quoted(h));
}

/**
 * Someone else mocked in public to flatter the reader (« contrairement à certains ce matin », "unlike some
 * people"): the words leave no innocent reading, and the model, which learnt "unlike" as a comparison with a
 * rival, reads them as a competitor remark. The finding stands whatever the model says (src/analysis/index.ts).
 */
export function mocksOthers(doc: Doc): Hit[] {
  return hits(doc, doc.lex.mockOthers, false);
}

/**
 * Counts of the cues that tone, intents and diplomacy are read from, computed once.
 */
import { hits, type Doc } from './doc';
import { findAll } from './match';
import { competitorHits } from './rules/competitor';
import { namedColleagues } from './rules/confidential';

export interface Signals {
  greet: number;
  apologise: number;
  thank: number;
  empathy: number;
  warmEmoji: number;
  explain: number;
  askDetails: number;
  moveToDm: number;
  escalate: number;
  refuse: number;
  promiseIntent: number;
  correct: number;
  defensive: number;
  /** The fault passed to someone else to clear the brand (counted in `defensive` too). */
  deflect: number;
  mockLaugh: number;
  /** "pas idiote", "not bad": a negated insult is a compliment. */
  negatedInsult: number;
  /** Sentences that talk about a competitor's troubles: deflection by comparison. */
  competitorDigs: number;
  /** Naming a colleague in public is mostly done to pass the blame ("Julien est en arrêt"). */
  namedColleague: number;
  boilerplate: number;
  /** Words in the reply (capped by the normaliser). */
  words: number;
}

export function readSignals(doc: Doc): Signals {
  const { lex } = doc;
  const n = (patterns: readonly string[], negatable = true): number => hits(doc, patterns, negatable).length;
  const deflect = n(lex.deflect, false);
  return {
    greet: n(lex.greet, false),
    apologise: n(lex.apologise),
    thank: n(lex.thank),
    empathy: n(lex.empathy),
    warmEmoji: n(lex.warmEmoji, false),
    explain: n(lex.explain),
    askDetails: n(lex.askDetails),
    moveToDm: n(lex.moveToDm),
    escalate: n(lex.escalate),
    refuse: n(lex.refuse, false),
    promiseIntent: n(lex.promiseIntent),
    correct: n(lex.correct, false),
    defensive: n(lex.defensive, false) + n(lex.defensiveNeg) + deflect,
    deflect,
    mockLaugh: n(lex.mockLaugh, false),
    negatedInsult: findAll(lex.insult, doc.f.text).length - n(lex.insult),
    competitorDigs: competitorHits(doc).digs,
    namedColleague: namedColleagues(doc).length > 0 ? 1 : 0,
    boilerplate: n(lex.boilerplate, false),
    words: (doc.f.text.match(/[\p{L}\p{N}]+/gu) ?? []).length,
  };
}

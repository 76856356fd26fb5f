/**
 * The shape of a language's lexicon. Every entry is a regex source matched against folded
 * text (see normalize.ts), as a whole word/phrase. Keeping both languages behind one shape
 * lets the rules stay language-agnostic.
 */
import type { Locale } from '../core/types';
import { FR } from './lexicon.fr';
import { EN } from './lexicon.en';

export interface Lexicon {
  // intents and warmth
  greet: string[];
  apologise: string[];
  thank: string[];
  /** Acknowledges feelings, reassures, offers help. */
  empathy: string[];
  warmEmoji: string[];
  explain: string[];
  askDetails: string[];
  moveToDm: string[];
  escalate: string[];
  /** Refusals carry their own negation: never negation-checked. */
  refuse: string[];
  /** Commitments a CM may make ("we'll look into it"). */
  promiseIntent: string[];
  /** Corrections of wrong information; may carry negation. */
  correct: string[];
  // defensiveness
  /** Self-contained (often negative) defensive phrases: not negation-checked. */
  defensive: string[];
  /** Defensive phrases that a negation cancels ("ce n'est pas normal" is not minimising). */
  defensiveNeg: string[];
  // aggression
  insult: string[];
  contempt: string[];
  sarcasm: string[];
  angryEmoji: string[];
  /** Words for the person the reply speaks to: an insult in a political rant aimed at no one here is politics, not aggression. */
  addressee: string[];
  /** The brand laughing at itself ("on est des clowns 🤡", "clown behaviour from us"): no aggression in that sentence. */
  selfMockery: string[];
  /** Mocking someone else in public to flatter the reader ("unlike some people this morning…"): aggression at a third party. */
  mockOthers: string[];
  /** Laughing at someone: weak cue, only aggressive next to other cues. */
  mockLaugh: string[];
  // charter rules
  blame: string[];
  politics: string[];
  forbiddenPromise: string[];
  liability: string[];
  confidential: string[];
  /** Role words that, followed by a capitalised name, reveal a colleague. */
  colleagueRole: string[];
  /** Staff details that never belong in public. */
  staffDetails: string[];
  /** Statements that keep out of politics ("nous n'avons pas à juger"): politics hits in that sentence are dropped. */
  politicsDisclaimer: string[];
  /** The fault passed to a colleague, a department or a partner to clear the brand ("that's on them, not us"): push-back, not blame. */
  deflect: string[];
  /** "pas comme", "unlike": a named competitor right after is a comparison, i.e. a dig. */
  comparison: string[];
  competitorGeneric: string[];
  troubles: string[];
  boilerplate: string[];
  // register
  /** FR: tu-forms; EN: casual markers. */
  informal: string[];
  /** FR: vous-forms; EN: formal markers. */
  formal: string[];
  /** FR: a sentence speaking to many ("merci à tous", "chacun d'entre vous"), whose vous is plural, not formal. EN: none. */
  groupAddress: string[];
}

export const LEXICONS: Record<Locale, Lexicon> = { fr: FR, en: EN };

/**
 * Shared domain types. This module imports nothing: every other layer speaks these words.
 * Game time is always in game seconds since the scenario started.
 */

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A string in every supported language. */
export type Localized = Record<Locale, string>;

/** Where a post is published; each channel has its own card style and response-time target. */
export const CHANNELS = ['microblog', 'comments', 'forum', 'reviews', 'dm'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Community segments a member (and so a persona) belongs to. */
export const SEGMENTS = ['fan', 'neutral', 'critic', 'troll', 'influencer', 'journalist'] as const;
export type Segment = (typeof SEGMENTS)[number];

export const AGE_BANDS = ['15-25', '26-35', '36-50', '51+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Departments a community manager routes requests to. */
export const DEPARTMENTS = ['after-sales', 'product', 'legal', 'press', 'management', 'hr'] as const;
export type Department = (typeof DEPARTMENTS)[number];

/** What the community manager can do about a post. `ignore` is what happens when they do nothing. */
export const ACTION_KINDS = ['reply', 'dm', 'escalate', 'like', 'hide', 'delete', 'ban', 'ignore'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/**
 * What a post is, as the scenario author classifies it: drives the community's reaction and judgement.
 * `personal-data`: a post exposing someone's personal data (a bill, an address), whoever wrote it; hiding it protects.
 */
export const POST_KINDS = ['complaint', 'question', 'praise', 'abuse', 'spam', 'rumour', 'info', 'request', 'personal-data'] as const;
export type PostKind = (typeof POST_KINDS)[number];

/** The author's emotional state: drives how the post spreads. */
/**
 * What a post is about, for the comments under it (`# facts:` in a story): the product or service, where
 * (with its preposition: « à Rennes », "in Leeds"), how long (« deux jours », "two days"), the price, an
 * event. In French a product is written with its article (« le Zadig », « la box »).
 */
export const FACT_KEYS = ['product', 'place', 'delay', 'price', 'event'] as const;
export type FactKey = (typeof FACT_KEYS)[number];
export type Facts = Partial<Record<FactKey, string>>;

/** What a complaint or a question is about (`# subject:`), for the comments before the brand answers. */
export const SUBJECTS = ['defect', 'delivery', 'stock', 'service', 'price', 'outage', 'game', 'safety', 'policy'] as const;
export type Subject = (typeof SUBJECTS)[number];

export const MOODS = ['furious', 'angry', 'worried', 'neutral', 'happy', 'enthusiastic', 'hostile'] as const;
export type Mood = (typeof MOODS)[number];

export const TONES = ['empathetic', 'neutral', 'defensive', 'aggressive'] as const;
export type Tone = (typeof TONES)[number];

/** Standard charter rule kinds, detected automatically in any reply. */
export const RULE_KINDS = [
  'aggression',
  'blame',
  'competitor',
  'politics',
  'personal-data',
  'promise',
  'register',
  'confidential',
  'shouting',
] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/** The brand's trade: the well-known real rivals of each (src/analysis/rivals.ts) are competitors too. */
export const INDUSTRIES = ['telecom', 'cycling', 'bakery', 'streetwear', 'video-games'] as const;
export type Industry = (typeof INDUSTRIES)[number];

export type Severity = 'minor' | 'major' | 'critical';

/** What a reply does, as read from its text (free text) or declared by the author (scripted option). */
export const INTENTS = [
  'apologise',
  'explain',
  'thank',
  'ask-details',
  'move-to-dm',
  'escalate',
  'refuse',
  'promise',
  'greet',
  'correct',
] as const;
export type Intent = (typeof INTENTS)[number];

export interface Violation {
  kind: RuleKind;
  /** The offending words, quoted from the reply (the model quotes the whole sentence). */
  excerpt: string;
  /** Who found it: an exact rule, or the trained model (absent in reports made before the model). */
  by?: 'rule' | 'model';
  /** The model's confidence, 0–100, for display only (findings are decided on integer logits). */
  confidence?: number;
}

/** A sentence the model thinks may breach a rule, below its threshold: the coach's doubt, never scored. */
export interface Doubt {
  kind: RuleKind;
  excerpt: string;
  confidence: number;
}

/** The result of analysing a reply's text (see src/analysis). */
export interface ReplyAnalysis {
  tone: Tone;
  /** 0–100. */
  diplomacy: number;
  violations: Violation[];
  intents: Intent[];
  /** The trained model that read it with the rules (its id), absent when the rules read it alone. */
  reader?: string;
  doubts?: Doubt[];
}

export type Register = 'tu' | 'vous' | 'formal' | 'casual';

export interface AnalysisContext {
  locale: Locale;
  competitors?: string[];
  /** The brand's trade: its well-known real rivals are competitors too, whatever `competitors` lists. */
  industry?: Industry;
  register?: Register;
  /**
   * Who reads the words: the public (default), the person alone (a private message may hold their own
   * details), or colleagues (a hand-over note: nothing in it is said to the public but an insult).
   */
  audience?: 'public' | 'private' | 'team';
  /**
   * The name of the person the reply answers, as their post shows it: calling them by it ("Mr Lefèvre")
   * discloses nothing, where another person's full name would.
   */
  addressee?: string;
  /**
   * Kinds that only break a rule about what is said in public (the charter's `public` rules): not found in a
   * private message. Personal data when not given (a private message may hold the person's own details).
   */
  publicOnly?: readonly RuleKind[];
  /** Kinds an examiner overruled on review: the reply is read as if they had not been found. */
  overruled?: readonly RuleKind[];
}

/** A named member of the community who writes posts in a scenario. */
export interface Persona {
  id: string;
  name: string;
  handle: string;
  segment: Segment;
  age?: AgeBand;
  followers: number;
  /** Short description for the briefing, per locale. */
  bio?: Localized;
  /** A person (not an account) a variant renamed: called by their first name though the id is the scenario's. */
  person?: true;
}

/** How a scenario describes its community; the simulation generates members from it. */
export interface AudienceSpec {
  /** Number of simulated members. */
  size: number;
  /** Share of each segment, summing to 1. */
  segments: Partial<Record<Segment, number>>;
  /** Share of each age band, summing to 1. */
  ages?: Partial<Record<AgeBand, number>>;
  /** Starting mean sentiment toward the brand, −100..100. */
  baseSentiment?: number;
  description?: Localized;
}

/** Score dimensions. */
export const SCORE_KEYS = ['diplomacy', 'speed', 'charter', 'judgement', 'outcome'] as const;
export type ScoreKey = (typeof SCORE_KEYS)[number];
export type ScoreWeights = Partial<Record<ScoreKey, number>>;
/** Every score of a session, 0–100 integers, and the overall one. */
export type Scores = Record<ScoreKey | 'overall', number>;

/** Why a score moved; `code` is translated by the UI, `params` fill its placeholders. */
export interface Reason {
  key: ScoreKey | 'overall';
  code: string;
  postId?: string;
  /** Points this reason added to (positive) or took from (negative) its score. */
  points: number;
  params: Record<string, string | number>;
}

/** Community meters shown on the desk. */
export interface Meters {
  /** −100..100 */
  sentiment: number;
  /** Members exposed to the brand's conversation so far. */
  reach: number;
  /** 0..100 e-reputation index. */
  reputation: number;
}

/**
 * Why a written reply got its judgement, line by line (src/scoring/judgement.ts), each put into words
 * by the debrief (`verdict.<code>`): the route chosen against what the post called for, what the words
 * do or leave out, each rule broken, and whether the story had a branch for the route.
 */
export const VERDICT_CODES = [
  'route-best',
  'route-good',
  'route-other',
  'route-unoffered',
  'department-wrong',
  'does-what-best-does',
  'leaves-out',
  'breach',
  'no-branch',
] as const;
export type VerdictCode = (typeof VERDICT_CODES)[number];
export interface VerdictLine {
  code: VerdictCode;
  /** Codes, not words (an action, a department, intents joined by commas, a rule id, an excerpt). */
  params: Record<string, string>;
}

/** Where a written reply goes: chosen by the player in the composer (`data-reply-action`). */
export const WRITTEN_ACTIONS = ['reply', 'dm', 'escalate'] as const;
export type WrittenAction = (typeof WRITTEN_ACTIONS)[number];

/** How right an action is for a post, as the scenario author judges it. */
export const JUDGEMENTS = ['best', 'good', 'poor', 'bad'] as const;
export type Judgement = (typeof JUDGEMENTS)[number];

/** One thing the player did about one post, with everything scoring and the debrief need. */
export interface Decision {
  postId: string;
  channel: Channel;
  postKind: PostKind;
  /** Game seconds. */
  arrivedAt: number;
  decidedAt: number;
  action: ActionKind;
  department?: Department;
  /** What the player sent: the option's text or their own words. */
  text: string;
  /** Picked from the options, written by the player, or taken by a deadline. */
  source: 'option' | 'free' | 'deadline';
  judgement: Judgement;
  tone?: Tone;
  /** 0–100, from the option's tag or the analysis of the player's text. */
  diplomacy?: number;
  /** Charter rules broken, with the offending words when found in the text, and who found them in a written reply. */
  breaches: { ruleId: string; excerpt?: string; by?: Violation['by']; confidence?: number }[];
  /** The author's explanation of this option, for the debrief. */
  why: string;
  /** The best option's text on the same post, when this decision was not the best. */
  better?: string;
  /** Why a written reply's tone lowered its judgement (over-apology, aggression, defensiveness). */
  adjustments?: ('over-apology' | 'aggressive' | 'defensive')[];
  analysis?: ReplyAnalysis;
  /** A written reply's verdict, composed from its own reading (its `why` is empty). */
  verdict?: VerdictLine[];
  /**
   * The action of the option the story went on with, when the post had no branch for the one the
   * player chose (a written reply only).
   */
  storyAs?: ActionKind;
}

export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };
export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });

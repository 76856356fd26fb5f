/**
 * The mutable state of one simulated community, and the single place where a member's
 * sentiment changes (so running sums, per-segment means and brand follows stay consistent).
 */
import { AGE_BANDS, SEGMENTS } from '../core/types';
import type {
  ActionKind,
  AgeBand,
  AudienceSpec,
  Channel,
  Department,
  Mood,
  Persona,
  PostKind,
  RuleKind,
  Segment,
  Severity,
  Tone,
} from '../core/types';
import type { Rng } from '../core/rng';
import type { Members } from './generate';
import type { SimParams } from './params';
import type { BreachTopic, Phase, Situation, Stance } from './voice';

export interface SimPost {
  id: string;
  /** Persona id of the author. */
  authorId: string;
  channel: Channel;
  kind: PostKind;
  mood: Mood;
  /** Game seconds. */
  time: number;
}

export interface SimResponse {
  postId: string;
  action: ActionKind;
  department?: Department;
  tone?: Tone;
  /** 0..100 */
  diplomacy?: number;
  /** 0..n charter breaches, severity-weighted. */
  breaches?: number;
  /**
   * The charter rules the response broke, by kind and the charter's severity. Each sets off a wave
   * (reaction.ts, `breachWave`): a screenshot that spreads, readers who sour, a scar on e-reputation.
   * Absent (old callers): no wave, only `breaches` lowering the reply's quality.
   */
  breachKinds?: BreachKind[];
  time: number;
  /** Answered within the channel's response-time target (computed from params.responseTargets when absent). */
  onTime?: boolean;
}

/** A broken charter rule as the simulation needs it: what kind of rule, and how grave the charter says it is. */
export interface BreachKind {
  kind: RuleKind | 'custom';
  severity: Severity;
}

/** A wave set off by a response that broke the charter: its screenshot is a post of its own. */
export interface BreachWave {
  /** The post the offending response was made on. */
  of: string;
  /** Id of the screenshot post (`<of>#breach<n>`), spreading from the original post's author. */
  postId: string;
  kinds: BreachKind[];
  /** Severity weight × how public the words were (docs/simulation.md). */
  weight: number;
  time: number;
}

/**
 * A short reply written by a simulated member under a post: who, in what situation, and the draw that
 * picks the words (src/sim/voice.ts turns it into a line in the session's language).
 */
export interface Chatter {
  /** Sequence number, unique within the community. */
  id: number;
  postId: string;
  member: number;
  /** Set when the member is one of the scenario's personas. */
  personaId?: string;
  segment: Segment;
  /** The member's age band: how they write (src/sim/voice.ts `Register`) and what they are called (src/sim/people.ts). */
  age: AgeBand;
  stance: Stance;
  situation: Situation;
  /** 0..1, from the chatter stream: which line of the situation's bank. */
  r: number;
  /** An answer to the brand's public reply rather than to the post. */
  toBrand: boolean;
  time: number;
}

/**
 * How a post's class shapes reactions: fair criticism, false information, abuse, exposed personal data,
 * good news, or the screenshot of a brand response that broke the charter (`breach`, made by the simulation).
 */
export type KindClass = 'fair' | 'rumour' | 'abuse' | 'privacy' | 'positive' | 'breach';

export interface PostState {
  post: SimPost;
  index: number;
  author: number;
  kindClass: KindClass;
  /** Per member: 0 unseen, 1 exposed, 2 shared. */
  state: Uint8Array;
  exposedList: number[];
  sharers: number[];
  shareTimes: number[];
  reach: number;
  /** Exposures after which the member's sentiment was negative. */
  negativeReach: number;
  likes: number;
  shares: number;
  comments: number;
  /** Time-independent part of the share probability (mood, kind, channel, author reach). */
  baseShare: number;
  /** Sentiment shift on exposure before responses. */
  baseValence: number;
  /** Multiplier on spread accumulated from the responses. */
  mult: number;
  /** Added to each exposure's sentiment shift by the responses. */
  valenceShift: number;
  /** Target for a response, game seconds after posting. */
  target: number;
  /** Set once a response that counts as an answer was given. */
  answered: boolean;
  /** The post (or its author) was hidden, deleted or banned. */
  removed: boolean;
  /** 0..1: how well the brand took care of this post (for the reputation index); null while not judged. */
  care: number | null;
  lastBump: number;
  /** Bumps of the post while neglected ("still no answer?"). */
  bumps: number;
  /** Per segment: extra multiplier on the share probability (a breach's screenshot draws the press); null for most posts. */
  segmentShare: Float32Array | null;
  /** Set on a breach's screenshot: the wave it carries. */
  wave: BreachWave | null;
  chatterTick: number;
  chatterInTick: number;
  /** Comments drawn about this post so far (its screenshots' included): witnesses of a breach speak only into a quiet thread. */
  voiced: number;
  /** Where its thread stands for what people write (src/sim/voice.ts). */
  voice: { phase: Phase; breach?: BreachTopic };
}

export type ReplayCall = { op: 'publish'; post: SimPost } | { op: 'respond'; response: SimResponse } | { op: 'advance'; to: number };

export interface MetricSeries {
  time: number[];
  sentiment: number[];
  reach: number[];
  reputation: number[];
  likes: number[];
  shares: number[];
  comments: number[];
  followersGained: number[];
  followersLost: number[];
}

export interface Community {
  readonly params: SimParams;
  readonly seed: number;
  readonly spec: AudienceSpec;
  readonly personas: Persona[];
  readonly members: Members;
  /** Dynamics (exposures, shares, follows). */
  readonly rng: Rng;
  /** Phrase picks only, so that text never perturbs the dynamics. */
  readonly chatterRng: Rng;
  tick: number;
  time: number;
  posts: PostState[];
  postIndex: Map<string, number>;
  /** tick -> flattened [postIndex, member, u] share decisions due at that tick. */
  queue: Map<number, number[]>;
  /** FIFO of flattened [postIndex, sharer, next follower offset]: exposures still to make. */
  broadcasts: number[];
  everExposed: Uint8Array;
  exposedCount: number;
  exposedSentimentSum: number;
  sentimentSum: number;
  segmentSum: Float64Array;
  segmentCount: Int32Array;
  likes: number;
  shares: number;
  comments: number;
  followersGained: number;
  followersLost: number;
  reputation: number;
  nextSample: number;
  series: MetricSeries;
  chatter: Chatter[];
  chatterSeq: number;
  /** Waves set off by responses that broke the charter, in order. */
  waves: BreachWave[];
  /**
   * Flattened [tick, postIndex, member, needed]: readers of a post who will say in its thread what they saw in the
   * brand's public reply, unless the thread already has `needed` comments (see chatter.ts `scheduleWitnesses`).
   */
  witnesses: number[];
  log: ReplayCall[];
  spreadCache?: unknown;
  /** Lookup tables per segment and age band (hot loops avoid record lookups). */
  persuadability: Float32Array;
  ageSensitivity: Float32Array;
  ageShare: Float32Array;
}

export const clampSentiment = (x: number): number => (x < -100 ? -100 : x > 100 ? 100 : x);

export function segmentTable(params: SimParams, pick: (s: Segment) => number): Float32Array {
  return Float32Array.from(SEGMENTS, pick);
}

export function ageTable(values: SimParams['ageShare']): Float32Array {
  return Float32Array.from(AGE_BANDS, (a) => values[a]);
}

/**
 * Shifts member i's sentiment by a raw `delta`, scaled by who they are: trolls barely move,
 * loyal members resist bad news, the young react more. Keeps every running sum in step and
 * lets the member follow or unfollow the brand when they cross a threshold.
 */
export function shiftSentiment(c: Community, i: number, delta: number): void {
  const m = c.members;
  let d = delta * c.persuadability[m.segment[i]!]! * c.ageSensitivity[m.age[i]!]!;
  if (d < 0) d *= 1 - 0.6 * m.loyalty[i]!;
  if (d === 0) return;
  const before = m.sentiment[i]!;
  m.sentiment[i] = clampSentiment(before + d);
  const moved = m.sentiment[i]! - before;
  c.sentimentSum += moved;
  c.segmentSum[m.segment[i]!]! += moved;
  if (c.everExposed[i]) c.exposedSentimentSum += moved;
  const p = c.params;
  const s = m.sentiment[i]!;
  if (m.followsBrand[i]) {
    if (s < p.unfollowThreshold && c.rng.next() < p.unfollowChance * c.ageSensitivity[m.age[i]!]!) {
      m.followsBrand[i] = 0;
      c.followersLost++;
    }
  } else if (s > p.followThreshold && c.rng.next() < p.followChance * c.ageSensitivity[m.age[i]!]!) {
    m.followsBrand[i] = 1;
    c.followersGained++;
  }
}

/** Marks member i as part of the conversation (first exposure to any post). */
export function markExposed(c: Community, i: number): void {
  if (c.everExposed[i]) return;
  c.everExposed[i] = 1;
  c.exposedCount++;
  c.exposedSentimentSum += c.members.sentiment[i]!;
}

/**
 * The living feed: short replies from simulated members under a post, picked from localized
 * phrase banks by who the member is (segment) and how they feel about the brand (bucket).
 */
import type { Mood, Segment } from '../core/types';
import { segmentOf } from './generate';
import { PHRASES_EN } from './phrases.en';
import { PHRASES_FR } from './phrases.fr';
import type { ChatterBucket, Community, PostState } from './community';

export type PhraseBank = 'fan' | 'neutral' | 'critic' | 'troll' | 'journalist';
export type PhraseBook = Record<PhraseBank, Record<ChatterBucket, readonly string[]>>;

export const PHRASE_BOOKS = { fr: PHRASES_FR, en: PHRASES_EN } as const;

/**
 * Positive replies that react to the brand's answer ("thanks for the quick reply"): only
 * plausible once the post was answered. Indices hold for both languages (banks are aligned).
 */
export const ANSWER_PHRASES: Record<PhraseBank, readonly number[]> = {
  fan: [8, 10],
  neutral: [1, 5, 6, 8, 10],
  critic: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
  troll: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
  journalist: [0, 1, 2, 3, 4, 5, 6, 7],
};

/** Phrase indices usable for this bank and bucket, given whether the brand answered the post. */
export function usablePhrases(bank: PhraseBank, bucket: ChatterBucket, answered: boolean, length: number): number[] {
  const all = Array.from({ length }, (_, k) => k);
  if (answered || bucket !== 'positive') return all;
  const skip = new Set(ANSWER_PHRASES[bank]);
  return all.filter((k) => !skip.has(k));
}

/** Influencers speak like fans or critics depending on where they stand. */
export function bankFor(segment: Segment, sentiment: number): PhraseBank {
  if (segment === 'influencer') return sentiment >= 0 ? 'fan' : 'critic';
  return segment;
}

export function bucketFor(sentiment: number): ChatterBucket {
  return sentiment < -20 ? 'negative' : sentiment > 20 ? 'positive' : 'neutral';
}

export function moodFor(segment: Segment, sentiment: number, bucket: ChatterBucket, postNegative: boolean): Mood {
  if (segment === 'troll') return 'hostile';
  if (bucket === 'negative') return sentiment < -60 ? 'furious' : 'angry';
  if (bucket === 'positive') return sentiment > 60 ? 'enthusiastic' : 'happy';
  return postNegative ? 'worried' : 'neutral';
}

/** Records a member's reply as a chatter item, within the per-post, per-tick allowance. */
export function emitChatter(c: Community, ps: PostState, j: number, now: number): void {
  if (ps.chatterTick !== c.tick) {
    ps.chatterTick = c.tick;
    ps.chatterInTick = 0;
  }
  if (ps.chatterInTick >= c.params.chatterPerPostPerTick) return;
  ps.chatterInTick++;
  const segment = segmentOf(c.members, j);
  const sentiment = c.members.sentiment[j]!;
  let bucket = bucketFor(sentiment);
  const bank = bankFor(segment, sentiment);
  let usable = usablePhrases(bank, bucket, ps.answered, Math.min(PHRASES_FR[bank][bucket].length, PHRASES_EN[bank][bucket].length));
  if (usable.length === 0) {
    // Nothing positive to say before the brand speaks: wait-and-see instead.
    bucket = 'neutral';
    usable = usablePhrases(bank, bucket, ps.answered, Math.min(PHRASES_FR[bank][bucket].length, PHRASES_EN[bank][bucket].length));
  }
  const fr = PHRASES_FR[bank][bucket];
  const en = PHRASES_EN[bank][bucket];
  const k = usable[Math.floor(c.chatterRng.next() * usable.length)]!;
  const personaId = c.members.memberPersona.get(j);
  c.chatter.push({
    id: c.chatterSeq++,
    postId: ps.wave?.of ?? ps.post.id, // a breach's screenshot is talked about under the post it came from
    member: j,
    ...(personaId !== undefined ? { personaId } : {}),
    segment,
    mood: moodFor(segment, sentiment, bucket, ps.baseValence < 0),
    bucket,
    text: { fr: fr[k]!, en: en[k]! },
    time: now,
  });
  if (c.chatter.length > c.params.chatterBuffer) c.chatter.splice(0, c.chatter.length - c.params.chatterBuffer);
}

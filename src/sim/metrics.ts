/**
 * Metrics read from the running sums kept by community.ts, so that a snapshot costs O(posts),
 * not O(members): sentiment, reach, engagement, brand followers and the e-reputation index.
 */
import { SEGMENTS } from '../core/types';
import type { Meters, Segment } from '../core/types';
import { isNeglected } from './cascade';
import type { Community, MetricSeries } from './community';

export interface PostMetrics {
  reach: number;
  /** Exposures after which the member felt negative about the brand. */
  negativeReach: number;
  likes: number;
  shares: number;
  comments: number;
  /** Mean sentiment of the members who saw the post (−100..100). */
  sentiment: number;
}

/** A breach's wave: how far its screenshot went and whom it reached. */
export interface WaveMetrics {
  of: string;
  postId: string;
  kinds: { kind: string; severity: string }[];
  weight: number;
  time: number;
  reach: number;
  shares: number;
  /** Journalists and influencers who saw the screenshot. */
  journalists: number;
  influencers: number;
  /** E-reputation target points it costs now. */
  reputationCost: number;
}

export interface CommunitySnapshot {
  time: number;
  meters: Meters;
  engagement: { likes: number; shares: number; comments: number };
  followersGained: number;
  followersLost: number;
  /** Accounts following the brand now. */
  brandFollowers: number;
  segmentSentiment: Record<Segment, number>;
  posts: Record<string, PostMetrics>;
  /** Waves set off by responses that broke the charter (their screenshots are also in `posts`). */
  waves: WaveMetrics[];
  /** Everyone who saw at least one of those screenshots, each counted once, and the journalists and creators among them. */
  breachAudience: { reach: number; journalists: number; influencers: number };
}

export function emptySeries(): MetricSeries {
  return {
    time: [],
    sentiment: [],
    reach: [],
    reputation: [],
    likes: [],
    shares: [],
    comments: [],
    followersGained: [],
    followersLost: [],
  };
}

/**
 * Sentiment meter: the whole community's mean, pulled toward the mean of the members taking
 * part in the conversation (exposed to a post) as that conversation grows — a crisis seen by
 * 2% of members must move the needle even though 98% never heard of it.
 */
export function sentimentMeter(c: Community): number {
  const n = c.members.size;
  const all = c.sentimentSum / n;
  if (c.exposedCount === 0) return all;
  const exposed = c.exposedSentimentSum / c.exposedCount;
  const w = c.params.exposedSentimentWeight * Math.min(1, c.exposedCount / (c.params.exposedSentimentSaturation * n));
  return Math.max(-100, Math.min(100, all + w * (exposed - all)));
}

/** Care term in −1..1: how well posts that needed the brand were looked after (0 when none did yet). */
export function careTerm(c: Community): number {
  let sum = 0;
  let count = 0;
  for (const ps of c.posts) {
    if (ps.care !== null) {
      sum += ps.care;
      count++;
    } else if (isNeglected(ps, c.time)) count++; // past its target with no answer: care 0
  }
  return count === 0 ? 0 : 2 * (sum / count) - 1;
}

/** E-reputation target points a wave costs: its weight, from half to full as its screenshot reaches the community. */
function waveCost(c: Community, weight: number, reach: number): number {
  const p = c.params;
  const reached = Math.min(1, reach / (p.breachReachScale * c.members.size));
  return p.repBreach * weight * (0.5 + 0.5 * reached);
}

/** E-reputation target points lost to breaches, all waves together (capped). */
export function breachScar(c: Community): number {
  let scar = 0;
  for (const w of c.waves) scar += waveCost(c, w.weight, c.posts[c.postIndex.get(w.postId)!]!.reach);
  return Math.min(c.params.repBreachCap, scar);
}

export function reputationTarget(c: Community): number {
  const p = c.params;
  const net = (c.followersGained - c.followersLost) / (0.01 * c.members.size + 1);
  const target = 50 + p.repSentiment * sentimentMeter(c) + p.repCare * careTerm(c) + p.repFollowers * Math.tanh(net) - breachScar(c);
  return Math.max(0, Math.min(100, target));
}

/** Reputation follows its target slowly: trust is not won (or lost) in one tick. */
export function updateReputation(c: Community, dt: number): void {
  const k = 1 - Math.exp(-dt / c.params.reputationSeconds);
  c.reputation = Math.max(0, Math.min(100, c.reputation + (reputationTarget(c) - c.reputation) * k));
}

export function meters(c: Community): Meters {
  return { sentiment: sentimentMeter(c), reach: c.exposedCount, reputation: c.reputation };
}

export function sample(c: Community): void {
  const s = c.series;
  s.time.push(c.time);
  s.sentiment.push(sentimentMeter(c));
  s.reach.push(c.exposedCount);
  s.reputation.push(c.reputation);
  s.likes.push(c.likes);
  s.shares.push(c.shares);
  s.comments.push(c.comments);
  s.followersGained.push(c.followersGained);
  s.followersLost.push(c.followersLost);
}

/** Mean sentiment of a post's readers; strided over at most 2,000 of them to stay cheap. */
function readersSentiment(c: Community, list: number[]): number {
  if (list.length === 0) return 0;
  const stride = Math.max(1, Math.ceil(list.length / 2000));
  let sum = 0;
  let n = 0;
  for (let k = 0; k < list.length; k += stride) {
    sum += c.members.sentiment[list[k]!]!;
    n++;
  }
  return sum / n;
}

export function takeSnapshot(c: Community): CommunitySnapshot {
  const segmentSentiment = {} as Record<Segment, number>;
  SEGMENTS.forEach((s, k) => {
    const n = c.segmentCount[k]!;
    segmentSentiment[s] = n > 0 ? c.segmentSum[k]! / n : 0;
  });
  const posts: Record<string, PostMetrics> = {};
  const waves: WaveMetrics[] = c.waves.map((w) => {
    const ps = c.posts[c.postIndex.get(w.postId)!]!;
    let journalists = 0;
    let influencers = 0;
    for (const j of ps.exposedList) {
      const s = SEGMENTS[c.members.segment[j]!];
      if (s === 'journalist') journalists++;
      else if (s === 'influencer') influencers++;
    }
    return {
      of: w.of,
      postId: w.postId,
      kinds: w.kinds.map((k) => ({ ...k })),
      weight: w.weight,
      time: w.time,
      reach: ps.reach,
      shares: ps.shares,
      journalists,
      influencers,
      reputationCost: waveCost(c, w.weight, ps.reach),
    };
  });
  // The same member may have seen several screenshots: counted once here, unlike the waves' own reach.
  const seen = new Set<number>();
  for (const w of c.waves) for (const j of c.posts[c.postIndex.get(w.postId)!]!.exposedList) seen.add(j);
  const breachAudience = { reach: seen.size, journalists: 0, influencers: 0 };
  for (const j of seen) {
    const s = SEGMENTS[c.members.segment[j]!];
    if (s === 'journalist') breachAudience.journalists++;
    else if (s === 'influencer') breachAudience.influencers++;
  }
  for (const ps of c.posts) {
    posts[ps.post.id] = {
      reach: ps.reach,
      negativeReach: ps.negativeReach,
      likes: ps.likes,
      shares: ps.shares,
      comments: ps.comments,
      sentiment: readersSentiment(c, ps.exposedList),
    };
  }
  let brandFollowers = 0;
  const follows = c.members.followsBrand;
  for (let i = 0; i < follows.length; i++) brandFollowers += follows[i]!;
  return {
    time: c.time,
    meters: meters(c),
    engagement: { likes: c.likes, shares: c.shares, comments: c.comments },
    followersGained: c.followersGained,
    followersLost: c.followersLost,
    brandFollowers,
    segmentSentiment,
    posts,
    waves,
    breachAudience,
  };
}

export function copySeries(s: MetricSeries): MetricSeries {
  return {
    time: [...s.time],
    sentiment: [...s.sentiment],
    reach: [...s.reach],
    reputation: [...s.reputation],
    likes: [...s.likes],
    shares: [...s.shares],
    comments: [...s.comments],
    followersGained: [...s.followersGained],
    followersLost: [...s.followersLost],
  };
}

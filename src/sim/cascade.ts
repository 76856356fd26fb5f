/**
 * Independent-cascade spread of posts through the follower network.
 * When a member shares, each of their followers is exposed once; each exposed member draws
 * one uniform number u and will share after a random delay if u stays below the share
 * probability at that moment (which rises with mood and author reach, falls with age, and
 * follows the brand's responses). Work per tick is proportional to what actually happens.
 */
import type { PostKind } from '../core/types';
import { markExposed, shiftSentiment } from './community';
import type { Community, KindClass, PostState, SimPost } from './community';
import { emitChatter, emitWitnesses } from './chatter';

/** Share decisions are pre-filtered at exposure with this headroom over the current probability. */
const HEADROOM = 3;

export function kindClassOf(kind: PostKind): KindClass {
  switch (kind) {
    case 'complaint':
    case 'question':
    case 'request':
      return 'fair';
    case 'rumour':
      return 'rumour';
    case 'abuse':
    case 'spam':
      return 'abuse';
    case 'personal-data':
      return 'privacy';
    default:
      return 'positive';
  }
}

export function createPostState(c: Community, post: SimPost, author: number): PostState {
  const p = c.params;
  const infl = c.members.influence[author]!;
  return {
    post,
    index: c.posts.length,
    author,
    kindClass: kindClassOf(post.kind),
    state: new Uint8Array(c.members.size),
    exposedList: [],
    sharers: [],
    shareTimes: [],
    reach: 0,
    negativeReach: 0,
    likes: 0,
    shares: 0,
    comments: 0,
    baseShare:
      p.shareBase *
      p.moodIntensity[post.mood] *
      p.kindVirality[post.kind] *
      p.channelSpread[post.channel] *
      (1 + p.authorReachBoost * infl),
    baseValence: p.exposureImpact * (0.6 * p.kindValence[post.kind] + 0.4 * p.moodValence[post.mood]),
    mult: 1,
    valenceShift: 0,
    target: p.responseTargets[post.channel],
    answered: false,
    removed: false,
    care: null,
    lastBump: post.time,
    bumps: 0,
    segmentShare: null,
    wave: null,
    chatterTick: -1,
    chatterInTick: 0,
    voiced: 0,
    voice: { phase: 'before' },
  };
}

/**
 * True while a post that needs an answer has none and is past its target. Exposed personal data
 * stays neglected until it is taken down: words beside it leave it on show.
 */
export function isNeglected(ps: PostState, now: number): boolean {
  if (ps.removed || now - ps.post.time <= ps.target) return false;
  if (ps.kindClass === 'privacy') return true;
  return (ps.kindClass === 'fair' || ps.kindClass === 'rumour') && !ps.answered;
}

/** Ignored complaints grow: spread multiplier from neglect, 1 when the post is looked after. */
export function neglectFactor(c: Community, ps: PostState, now: number): number {
  if (!isNeglected(ps, now)) return 1;
  const p = c.params;
  return Math.min(p.ignoreCap, 1 + p.ignoreGrowth * ((now - ps.post.time - ps.target) / ps.target));
}

/** Post-wide part of the share probability at time `now`. */
function postFactor(c: Community, ps: PostState, now: number): number {
  const age = Math.max(0, now - ps.post.time);
  return ps.baseShare * Math.exp(-age / c.params.decaySeconds) * ps.mult * neglectFactor(c, ps, now);
}

/** Stance: members pass on what matches their view of the brand. */
function stance(c: Community, ps: PostState, j: number): number {
  const dir = Math.sign(ps.baseValence);
  const s = 1 + (c.params.stanceAlignment * dir * c.members.sentiment[j]!) / 100;
  return s < 0.2 ? 0.2 : s > 2.5 ? 2.5 : s;
}

function shareProbability(c: Community, ps: PostState, j: number, factor: number): number {
  const m = c.members;
  let p = factor * m.temperament[j]! * c.ageShare[m.age[j]!]! * stance(c, ps, j);
  if (ps.segmentShare !== null) p *= ps.segmentShare[m.segment[j]!]!;
  return p > c.params.shareCap ? c.params.shareCap : p;
}

function schedule(c: Community, ps: PostState, j: number, u: number): void {
  const p = c.params;
  const delay = -Math.log(1 - c.rng.next()) * p.shareDelaySeconds;
  const due = c.tick + 1 + Math.floor(delay / p.tickSeconds);
  let bucket = c.queue.get(due);
  if (!bucket) {
    bucket = [];
    c.queue.set(due, bucket);
  }
  bucket.push(ps.index, j, u);
}

/** Per-post quantities that stay fixed within one flush (computed once, not per exposure). */
interface FlushContext {
  factor: number;
  valence: number;
  commentDrive: number;
}

function flushContext(c: Community, ps: PostState, now: number): FlushContext {
  const neglect = neglectFactor(c, ps, now);
  return {
    factor: postFactor(c, ps, now),
    valence: (ps.baseValence < 0 ? ps.baseValence * neglect : ps.baseValence) + ps.valenceShift,
    commentDrive: c.params.commentBase * (0.3 + c.params.moodIntensity[ps.post.mood]) * 2,
  };
}

/** Member j sees the post for the first time. */
function expose(c: Community, ps: PostState, j: number, now: number, fc: FlushContext): void {
  const m = c.members;
  ps.state[j] = 1;
  ps.exposedList.push(j);
  ps.reach++;
  markExposed(c, j);
  shiftSentiment(c, j, fc.valence);
  const s = m.sentiment[j]!;
  if (s < 0) ps.negativeReach++;
  const rng = c.rng;
  const temperament = m.temperament[j]!;
  const agree = stance(c, ps, j);
  if (rng.next() < c.params.likeBase * agree * temperament) {
    ps.likes++;
    c.likes++;
  }
  if (rng.next() < fc.commentDrive * temperament * (0.5 + Math.abs(s) / 100)) {
    ps.comments++;
    c.comments++;
    emitChatter(c, ps, j, now);
  }
  const u = rng.next();
  let p = fc.factor * temperament * c.ageShare[m.age[j]!]! * agree;
  if (ps.segmentShare !== null) p *= ps.segmentShare[m.segment[j]!]!;
  if (p > c.params.shareCap) p = c.params.shareCap;
  if (u < HEADROOM * p) schedule(c, ps, j, u);
}

/**
 * Member j shares: their followers who have not seen the post will be exposed. The exposure
 * work is queued (see flushBroadcasts) so that a hub with 30,000 followers reaches them over
 * a few ticks, as a feed would, instead of stalling one tick.
 */
export function share(c: Community, ps: PostState, j: number, now: number): void {
  if (ps.state[j] !== 2) {
    ps.state[j] = 2;
    ps.shares++;
    c.shares++;
    ps.sharers.push(j);
    ps.shareTimes.push(now);
  }
  c.broadcasts.push(ps.index, j, c.members.network.followerOff[j]!);
}

/** Exposes queued followers, oldest broadcast first, within the per-tick work budget. */
export function flushBroadcasts(c: Community, now: number): void {
  const net = c.members.network;
  const queue = c.broadcasts;
  let exposures = c.params.maxExposuresPerTick;
  let visits = c.params.maxLinkVisitsPerTick;
  const contexts = new Map<number, FlushContext>();
  let head = 0;
  while (head < queue.length && exposures > 0 && visits > 0) {
    const ps = c.posts[queue[head]!]!;
    const j = queue[head + 1]!;
    let fc = contexts.get(ps.index);
    if (fc === undefined) {
      fc = flushContext(c, ps, now);
      contexts.set(ps.index, fc);
    }
    const end = net.followerOff[j + 1]!;
    let k = queue[head + 2]!;
    for (; k < end && exposures > 0 && visits > 0; k++) {
      visits--;
      const f = net.followerIdx[k]!;
      if (ps.state[f] === 0) {
        expose(c, ps, f, now, fc);
        exposures--;
      }
    }
    if (k < end) {
      queue[head + 2] = k;
      break;
    }
    head += 3;
  }
  if (head > 0) queue.splice(0, head);
}

/** `count` earlier readers reconsider sharing with a fresh draw (bump, screenshot, "they deleted it!"). */
export function reseed(c: Community, ps: PostState, count: number): void {
  const n = ps.exposedList.length;
  if (n === 0 || count <= 0) return;
  const factor = postFactor(c, ps, c.time);
  for (let q = 0; q < count; q++) {
    const j = ps.exposedList[Math.floor(c.rng.next() * n)]!;
    if (ps.state[j] !== 1) continue;
    const u = c.rng.next();
    if (u < HEADROOM * shareProbability(c, ps, j, factor)) schedule(c, ps, j, u);
  }
}

/** One fixed time step: due share decisions, then bumps of neglected posts. */
export function step(c: Community): void {
  c.tick++;
  c.time = c.tick * c.params.tickSeconds;
  const now = c.time;
  const due = c.queue.get(c.tick);
  if (due) {
    c.queue.delete(c.tick);
    const factors = new Map<number, number>();
    for (let k = 0; k < due.length; k += 3) {
      const ps = c.posts[due[k]!]!;
      const j = due[k + 1]!;
      if (ps.state[j] === 2) continue;
      let factor = factors.get(ps.index);
      if (factor === undefined) {
        factor = postFactor(c, ps, now);
        factors.set(ps.index, factor);
      }
      if (due[k + 2]! < shareProbability(c, ps, j, factor)) share(c, ps, j, now);
    }
  }
  flushBroadcasts(c, now);
  emitWitnesses(c, now);
  const p = c.params;
  for (const ps of c.posts) {
    if (!isNeglected(ps, now) || now - ps.lastBump < p.relaunchSeconds) continue;
    // "Still no answer?": the author gets angrier, the thread is bumped to earlier readers, and
    // everyone who read it sees the brand still silent: sentiment sinks while the post waits.
    ps.lastBump = now;
    shiftSentiment(c, ps.author, p.ignoreAuthorDelta);
    ps.bumps++;
    if (p.ignoreWitnessDelta !== 0 && ps.bumps <= p.ignoreWitnessBumps) {
      for (const j of ps.exposedList) if (j !== ps.author) shiftSentiment(c, j, p.ignoreWitnessDelta);
    }
    reseed(c, ps, p.relaunchMembers);
  }
}

/**
 * A breach's screenshot goes out: its author and the relays (readers who had shared the original
 * post) see it and pass it on at once; their followers are exposed within the per-tick budget.
 */
export function seedWave(c: Community, ps: PostState, relays: readonly number[]): void {
  seedPost(c, ps);
  const fc = flushContext(c, ps, c.time);
  for (const j of relays) {
    if (ps.state[j] !== 0) continue;
    ps.state[j] = 1;
    ps.exposedList.push(j);
    ps.reach++;
    markExposed(c, j);
    shiftSentiment(c, j, fc.valence);
    share(c, ps, j, c.time);
  }
  flushBroadcasts(c, c.time);
}

/** The author publishes: their followers see it at once. */
export function seedPost(c: Community, ps: PostState): void {
  ps.state[ps.author] = 2;
  markExposed(c, ps.author);
  // A private message has no public audience: only the author sees it.
  if (c.params.channelSpread[ps.post.channel] > 0) {
    share(c, ps, ps.author, c.time);
    flushBroadcasts(c, c.time);
  }
  ps.reach++;
  ps.exposedList.push(ps.author);
}

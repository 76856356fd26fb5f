/**
 * Community simulation: the public API. Everything here is deterministic: the same seed and
 * the same sequence of calls give the same numbers, so a game is saved as its call log.
 */
import { SEGMENTS } from '../core/types';
import type { AgeBand, AudienceSpec, Meters, Persona, Segment } from '../core/types';
import { createRng } from '../core/rng';
import { createPostState, seedPost, step } from './cascade';
import { ageOf, generateMembers, segmentOf } from './generate';
import { copySeries, emptySeries, meters, reputationTarget, sample, takeSnapshot, updateReputation } from './metrics';
import type { CommunitySnapshot } from './metrics';
import { mergeParams } from './params';
import type { SimParams } from './params';
import { applyResponse } from './reaction';
import { segmentSpread } from './spread';
import type { SegmentSpread } from './spread';
import { ageTable, segmentTable } from './community';
import type { Chatter, Community, MetricSeries, ReplayCall, SimPost, SimResponse } from './community';
import { validateAudience, validatePersonas } from './validate';

export { DEFAULT_PARAMS, mergeParams } from './params';
export type { SegmentProfile, SimParams } from './params';
export type { BreachKind, BreachWave, Chatter, Community, MetricSeries, ReplayCall, SimPost, SimResponse } from './community';
export type { CommunitySnapshot, PostMetrics, WaveMetrics } from './metrics';
export type { SegmentSpread } from './spread';
export { validateAudience, validatePersonas, MAX_AUDIENCE, MIN_AUDIENCE } from './validate';
export { breachWeight, replyQuality, responseEffect } from './reaction';
export type { ResponseEffect } from './reaction';
export {
  breachSeen,
  breachTopicOf,
  contractEnglish,
  contractFrench,
  fits,
  moveFor,
  sayAuthor,
  sayLine,
  sayRejoinder,
  sayRemoval,
  situationKey,
  stanceOf,
  topicOf,
  VOICES,
} from './voice';
export type { Avoid, Fill, Heard, Move, Register, Scene, Speaker } from './voice';
export type { AuthorMove, AuthorTopic, Said, Situation, Stance, Topic, Phase, Flag, Line, BreachTopic, Removal } from './voice';
export { affectedOf, callNameOf, castOf, customerOf, fieldOf, firstNameOf, personOf } from './people';
export type { Field, Person, Profile } from './people';
export { facetsOf, promiseOf, type PostFacets } from './scene';
export { quoteOf } from './quote';

/** Default community size when a scenario does not care. */
export const DEFAULT_SIZE = 5000;

/**
 * Generates a community from a scenario's audience and personas. Throws an Error listing every
 * problem when the input is invalid (see validateAudience for a non-throwing check).
 */
export function createCommunity(
  spec: AudienceSpec,
  personas: Persona[],
  seed: number,
  params?: Partial<SimParams>,
  scenarioId = 'scenario',
): Community {
  const problems: string[] = [];
  const audience = validateAudience(spec, scenarioId);
  if (!audience.ok) problems.push(...audience.error);
  const cast = validatePersonas(personas, scenarioId);
  if (!cast.ok) problems.push(...cast.error);
  if (typeof seed !== 'number' || !Number.isFinite(seed))
    problems.push(`scenario "${scenarioId}": seed must be a finite number (got ${String(seed)})`);
  const p = mergeParams(params);
  if (!(p.tickSeconds > 0) || !(p.sampleEverySeconds > 0))
    problems.push(`scenario "${scenarioId}": params.tickSeconds and params.sampleEverySeconds must be positive`);
  if (problems.length > 0) throw new Error(problems.join('\n'));

  const root = createRng((seed >>> 0) ^ Math.floor(seed / 4294967296));
  const genRng = root.fork('generate');
  const rng = root.fork('dynamics');
  const chatterRng = root.fork('chatter');
  const members = generateMembers(spec, personas, p, genRng);

  const segmentSum = new Float64Array(SEGMENTS.length);
  const segmentCount = new Int32Array(SEGMENTS.length);
  let sentimentSum = 0;
  for (let i = 0; i < members.size; i++) {
    const s = members.sentiment[i]!;
    sentimentSum += s;
    segmentSum[members.segment[i]!]! += s;
    segmentCount[members.segment[i]!]!++;
  }
  const c: Community = {
    params: p,
    seed,
    spec,
    personas: [...personas],
    members,
    rng,
    chatterRng,
    tick: 0,
    time: 0,
    posts: [],
    postIndex: new Map(),
    queue: new Map(),
    broadcasts: [],
    everExposed: new Uint8Array(members.size),
    exposedCount: 0,
    exposedSentimentSum: 0,
    sentimentSum,
    segmentSum,
    segmentCount,
    likes: 0,
    shares: 0,
    comments: 0,
    followersGained: 0,
    followersLost: 0,
    reputation: 50,
    nextSample: 0,
    series: emptySeries(),
    chatter: [],
    chatterSeq: 0,
    waves: [],
    witnesses: [],
    log: [],
    persuadability: segmentTable(p, (s) => p.segmentProfiles[s].persuadability),
    ageSensitivity: ageTable(p.ageSensitivity),
    ageShare: ageTable(p.ageShare),
  };
  c.reputation = reputationTarget(c);
  sample(c);
  c.nextSample = p.sampleEverySeconds;
  return c;
}

/** Runs fixed ticks while the next one ends at or before `toTime` (game seconds). */
export function advance(c: Community, toTime: number): void {
  if (!Number.isFinite(toTime)) throw new Error(`advance: time must be a finite number (got ${String(toTime)})`);
  if (toTime < c.time + c.params.tickSeconds) return;
  c.log.push({ op: 'advance', to: toTime });
  runUntil(c, toTime);
}

function runUntil(c: Community, toTime: number): void {
  const dt = c.params.tickSeconds;
  while (c.time + dt <= toTime + 1e-9) {
    step(c);
    updateReputation(c, dt);
    while (c.time >= c.nextSample) {
      sample(c);
      c.nextSample += c.params.sampleEverySeconds;
    }
  }
}

/** A persona publishes a post at `post.time` (the community first catches up to that time). */
export function publishPost(c: Community, post: SimPost): void {
  if (!post || typeof post.id !== 'string' || post.id === '') throw new Error('publishPost: post.id must be a non-empty string');
  if (c.postIndex.has(post.id)) throw new Error(`publishPost: post "${post.id}" was already published`);
  const author = c.members.personaMember.get(post.authorId);
  if (author === undefined)
    throw new Error(`publishPost: post "${post.id}" has unknown author "${post.authorId}" (not a persona of this community)`);
  if (!Number.isFinite(post.time)) throw new Error(`publishPost: post "${post.id}" has no valid time`);
  if (!(post.mood in c.params.moodIntensity) || !(post.kind in c.params.kindValence) || !(post.channel in c.params.channelSpread)) {
    throw new Error(`publishPost: post "${post.id}" has an unknown mood, kind or channel`);
  }
  c.log.push({ op: 'publish', post: { ...post } });
  runUntil(c, post.time);
  const ps = createPostState(c, { ...post }, author);
  c.posts.push(ps);
  c.postIndex.set(post.id, ps.index);
  seedPost(c, ps);
}

/** The community manager acts on a post at `r.time`. */
export function respond(c: Community, r: SimResponse): void {
  const index = c.postIndex.get(r?.postId);
  if (index === undefined) throw new Error(`respond: unknown post "${String(r?.postId)}"`);
  if (!Number.isFinite(r.time)) throw new Error(`respond: response to "${r.postId}" has no valid time`);
  if (r.diplomacy !== undefined && !(r.diplomacy >= 0 && r.diplomacy <= 100)) {
    throw new Error(`respond: diplomacy must be within 0..100 (got ${r.diplomacy})`);
  }
  c.log.push({ op: 'respond', response: { ...r } });
  runUntil(c, r.time);
  applyResponse(c, c.posts[index]!, r);
}

/**
 * The community's figures now (read-only). A snapshot walks every exposure of every post, and the desk
 * asks for one each frame; the community only changes when its log grows, so the last one is kept.
 */
export function snapshot(c: Community): CommunitySnapshot {
  const known = snapshots.get(c);
  if (known && known.logLength === c.log.length) return known.snap;
  const snap = takeSnapshot(c);
  snapshots.set(c, { logLength: c.log.length, snap });
  return snap;
}
const snapshots = new WeakMap<Community, { logLength: number; snap: CommunitySnapshot }>();

/** The meters now, from running totals: what the desk reads every frame, without a whole snapshot. */
export function currentMeters(c: Community): Meters {
  return meters(c);
}

/** A post's running counts, without the snapshot's pass over its readers; undefined for an unknown post. */
export function postCounts(c: Community, postId: string): { reach: number; likes: number; shares: number; comments: number } | undefined {
  const index = c.postIndex.get(postId);
  const ps = index === undefined ? undefined : c.posts[index];
  return ps && { reach: ps.reach, likes: ps.likes, shares: ps.shares, comments: ps.comments };
}

/** Metric time series sampled every `params.sampleEverySeconds` (a copy). */
export function series(c: Community): MetricSeries {
  return copySeries(c.series);
}

/** Member replies produced since the last drain, oldest first. */
export function drainChatter(c: Community): Chatter[] {
  const out = c.chatter;
  c.chatter = [];
  return out;
}

/** Who member `j` is (their segment and age band), for their name and their words; the member modulo the community's size. */
export function memberOf(c: Community, j: number): { member: number; segment: Segment; age: AgeBand } {
  const member = ((Math.floor(j) % c.members.size) + c.members.size) % c.members.size;
  return { member, segment: segmentOf(c.members, member), age: ageOf(c.members, member) };
}

/** A post's spread by audience segment over the whole community (the desk's spread view). */
export function spreadBySegment(c: Community, postId?: string): SegmentSpread[] {
  return segmentSpread(c, postId);
}

/** The calls made on a community so far: with its seed, spec and personas, enough to rebuild it. */
export function replayLog(c: Community): ReplayCall[] {
  return c.log.map((call) => ({ ...call }));
}

/** Rebuilds a community by replaying a call log (how a saved game is restored). */
export function replay(spec: AudienceSpec, personas: Persona[], seed: number, log: ReplayCall[], params?: Partial<SimParams>): Community {
  const c = createCommunity(spec, personas, seed, params);
  for (const call of log) {
    if (call.op === 'publish') publishPost(c, call.post);
    else if (call.op === 'respond') respond(c, call.response);
    else advance(c, call.to);
  }
  return c;
}

/**
 * The living feed: who comments under a post, and in what situation (src/sim/voice.ts writes the words).
 * Each comment costs one draw of the chatter stream, so comments never change the community's dynamics.
 */
import type { PostKind } from '../core/types';
import { ageOf, segmentOf } from './generate';
import type { Community, PostState, SimResponse } from './community';
import { breachSeen, breachTopicOf, stanceOf, topicOf, type Phase, type Situation } from './voice';

/**
 * Where a thread stands after the brand's response: answered well or badly in public, privately, or
 * with a charter breach whose screenshot people now talk about. A breach the public cannot see on the
 * reply's face (`breachSeen`) is read as what the reply looks like: a stiff register as a poor reply, a
 * warm thank-you that breaks a rule of the brand's own as a warm thank-you.
 */
export function voiceAfter(current: PostState['voice'], r: SimResponse, kind: PostKind): PostState['voice'] {
  const seen = r.breachKinds?.filter((b) => breachSeen(b.kind));
  const breach = seen?.find((b) => b.severity === 'critical') ?? seen?.[0];
  if (breach && r.action === 'reply') return { phase: 'poor', breach: breachTopicOf(breach.kind) };
  if (r.action === 'reply') {
    // (old callers give only a count of breaches: all taken as seen)
    const unseenOnly = !!r.breachKinds?.length && !r.breachKinds.some((b) => b.kind !== 'custom');
    const good =
      (r.tone === 'empathetic' || r.tone === 'neutral' || r.tone === undefined) &&
      (r.diplomacy ?? 60) >= 55 &&
      (!(r.breaches ?? 0) || unseenOnly);
    return { phase: good ? 'good' : 'poor' };
  }
  if (r.action === 'like') return kind === 'praise' ? { phase: 'good' } : current;
  if (r.action === 'ignore' || current.phase === 'good' || current.phase === 'poor') return current;
  // a private message, a hand-over, a moderation: nothing the public can read as an answer
  return current.phase === 'before' ? { phase: 'private' as Phase } : current;
}

/** Records a member's comment, within the per-post, per-tick allowance. */
export function emitChatter(c: Community, ps: PostState, j: number, now: number): void {
  if (ps.chatterTick !== c.tick) {
    ps.chatterTick = c.tick;
    ps.chatterInTick = 0;
  }
  if (ps.chatterInTick >= c.params.chatterPerPostPerTick) return;
  ps.chatterInTick++;
  const segment = segmentOf(c.members, j);
  const r = c.chatterRng.next();
  // a breach's screenshot is talked about under the post it came from
  const wave = ps.wave;
  const origin = wave ? c.posts[c.postIndex.get(wave.of) ?? -1] : undefined;
  const topic = topicOf((origin ?? ps).post.kind, (origin ?? ps).post.mood);
  // a screenshot shows what the reply shows: a breach nobody can see in it is talked about as the reply reads
  const seen = wave?.kinds.find((k) => breachSeen(k.kind));
  const voice = origin && !seen ? origin.voice : ps.voice;
  const situation: Situation = seen
    ? { topic, phase: 'poor', breach: breachTopicOf(seen.kind) }
    : { topic, phase: voice.phase, ...(voice.breach ? { breach: voice.breach } : {}) };
  const personaId = c.members.memberPersona.get(j);
  (origin ?? ps).voiced++;
  c.chatter.push({
    id: c.chatterSeq++,
    postId: wave?.of ?? ps.post.id,
    member: j,
    ...(personaId !== undefined ? { personaId } : {}),
    segment,
    age: ageOf(c.members, j),
    stance: stanceOf(segment, c.members.sentiment[j]!),
    situation,
    r,
    // after a public answer, about half of the comments answer the brand rather than the post
    toBrand: situation.phase === 'good' || situation.phase === 'poor' ? (r * 7919) % 1 < 0.5 : false,
    time: now,
  });
  if (c.chatter.length > c.params.chatterBuffer) c.chatter.splice(0, c.chatter.length - c.params.chatterBuffer);
}

/** How many readers of a post say in its thread what they saw in a public reply that broke the charter, and when (seconds after it). */
const WITNESS_DELAYS = [60, 200, 420] as const;

/**
 * A public reply that broke the charter is read where it was written, not only in its screenshot: a few
 * of the post's readers (its author's followers when nobody else read it) say so in the thread in the
 * minutes after it, a journalist among them first, each only if the thread has not yet drawn that many
 * comments since (a busy thread needs no witness; a quiet one is no longer silent). Picked from the
 * chatter stream, so the dynamics are untouched.
 */
export function scheduleWitnesses(c: Community, ps: PostState): void {
  const net = c.members.network;
  const readers = ps.exposedList.filter((j) => j !== ps.author);
  const followers = net.followerIdx.subarray(net.followerOff[ps.author]!, net.followerOff[ps.author + 1]!);
  const pool = [...new Set(readers.length > 0 ? readers : followers)];
  const picked = new Set<number>();
  // a journalist who read the post is the first to ask about the reply
  const press = pool.find((j) => segmentOf(c.members, j) === 'journalist');
  if (press !== undefined) picked.add(press);
  if (press !== undefined) c.witnesses.push(c.tick + Math.ceil(WITNESS_DELAYS[0] / c.params.tickSeconds), ps.index, press, ps.voiced + 1);
  for (const delay of WITNESS_DELAYS.slice(picked.size)) {
    if (picked.size >= pool.length) break;
    let k = Math.floor(c.chatterRng.next() * pool.length);
    while (picked.has(pool[k]!)) k = (k + 1) % pool.length;
    picked.add(pool[k]!);
    c.witnesses.push(c.tick + Math.ceil(delay / c.params.tickSeconds), ps.index, pool[k]!, ps.voiced + picked.size);
  }
}

/** The witnesses due at this tick comment under the post they read. */
export function emitWitnesses(c: Community, now: number): void {
  if (c.witnesses.length === 0) return;
  const later: number[] = [];
  for (let k = 0; k < c.witnesses.length; k += 4) {
    const [tick, post, j, needed] = [c.witnesses[k]!, c.witnesses[k + 1]!, c.witnesses[k + 2]!, c.witnesses[k + 3]!];
    const ps = c.posts[post]!;
    if (tick > c.tick) later.push(tick, post, j, needed);
    else if (ps.voiced < needed) emitChatter(c, ps, j, now);
  }
  c.witnesses = later;
}

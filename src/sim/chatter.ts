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

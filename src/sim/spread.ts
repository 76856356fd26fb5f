/**
 * How far a post has spread, by audience segment: who saw it and who is sharing it right now, counted
 * over the whole community (the desk's spread view).
 */
import type { Segment } from '../core/types';
import { segmentOf } from './generate';
import type { Community } from './community';

/** Members who shared within the sharing window, for one post or all. */
function recentSharers(c: Community, postId?: string): Set<number> {
  const since = c.time - c.params.sharingWindowSeconds;
  const out = new Set<number>();
  for (const ps of c.posts) {
    if (postId !== undefined && ps.post.id !== postId) continue;
    for (let k = ps.shareTimes.length - 1; k >= 0 && ps.shareTimes[k]! >= since; k--) out.add(ps.sharers[k]!);
    if (ps.post.time >= since) out.add(ps.author);
  }
  return out;
}

/** One audience segment's share of a post's spread: how many members it has, how many saw the post, how many share it now. */
export interface SegmentSpread {
  segment: Segment;
  members: number;
  seen: number;
  sharing: number;
}

/**
 * A post's spread counted over the whole community by segment (every post when none is given): the
 * desk's spread view reads groups, not a sample of dots. One pass over the members.
 */
export function segmentSpread(c: Community, postId?: string): SegmentSpread[] {
  const ps = postId === undefined ? undefined : c.posts[c.postIndex.get(postId) ?? -1];
  if (postId !== undefined && !ps) throw new Error(`spreadBySegment: unknown post "${postId}"`);
  const sharing = recentSharers(c, ps ? postId : undefined);
  const out = new Map<Segment, SegmentSpread>();
  for (let i = 0; i < c.members.size; i++) {
    const segment = segmentOf(c.members, i);
    let row = out.get(segment);
    if (!row) out.set(segment, (row = { segment, members: 0, seen: 0, sharing: 0 }));
    row.members++;
    if (ps ? ps.state[i]! > 0 : c.everExposed[i]! > 0) row.seen++;
    if (sharing.has(i)) row.sharing++;
  }
  return [...out.values()];
}

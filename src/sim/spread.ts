/**
 * Data for the spread map: a stable sample of members (biggest hubs, personas, then a random
 * fill) with deterministic positions in [0,1]², their links, and which of them have seen or
 * are sharing a post right now.
 */
import type { Segment } from '../core/types';
import { segmentOf } from './generate';
import type { Community } from './community';

export const SPREAD_SAMPLE = 480;
const HUB_SHARE = 0.2;

export interface SpreadNode {
  member: number;
  x: number;
  y: number;
  segment: Segment;
  followers: number;
  hub: boolean;
  personaId?: string;
  sentiment: number;
  /** Has seen the post (or any post when no post is given). */
  exposed: boolean;
  /** Shared it within the last `sharingWindowSeconds`. */
  sharing: boolean;
  /** Wrote the post. */
  author: boolean;
}

export interface SpreadFrame {
  time: number;
  postId: string | null;
  nodes: SpreadNode[];
  /** Follow links between sampled members, as [follower, followee] indices into `nodes`. */
  links: Array<[number, number]>;
  exposedCount: number;
  sharingCount: number;
}

interface SpreadLayout {
  members: Int32Array;
  x: Float32Array;
  y: Float32Array;
  hubs: number;
  links: Array<[number, number]>;
}

function degreeOf(c: Community, i: number): number {
  const off = c.members.network.followerOff;
  return off[i + 1]! - off[i]!;
}

function buildLayout(c: Community): SpreadLayout {
  const n = c.members.size;
  const rng = c.layoutRng.fork('sample');
  const size = Math.min(n, SPREAD_SAMPLE);
  const chosen = new Map<number, number>(); // member -> sample slot
  const members: number[] = [];
  const add = (i: number): void => {
    if (!chosen.has(i) && members.length < size) {
      chosen.set(i, members.length);
      members.push(i);
    }
  };

  // Biggest hubs first: partial selection over follower counts (ties by index, so stable).
  const hubCount = Math.min(size, Math.max(1, Math.round(size * HUB_SHARE)));
  const byDegree = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => degreeOf(c, b) - degreeOf(c, a) || a - b);
  for (let k = 0; k < hubCount; k++) add(byDegree[k]!);
  const hubs = members.length;
  for (const i of [...c.members.personaMember.values()].sort((a, b) => a - b)) add(i);
  let guard = size * 50;
  while (members.length < size && guard-- > 0) add(Math.floor(rng.next() * n));
  for (let i = 0; members.length < size && i < n; i++) add(i);

  // Hubs on a golden-angle spiral (biggest in the middle); others near the biggest hub they follow.
  const x = new Float32Array(members.length);
  const y = new Float32Array(members.length);
  const golden = Math.PI * (3 - Math.sqrt(5));
  for (let k = 0; k < hubs; k++) {
    const r = 0.4 * Math.sqrt((k + 0.5) / hubs);
    x[k] = 0.5 + r * Math.cos(k * golden);
    y[k] = 0.5 + r * Math.sin(k * golden);
  }
  const net = c.members.network;
  const links: Array<[number, number]> = [];
  for (let k = 0; k < members.length; k++) {
    const i = members[k]!;
    let anchor = -1;
    for (let e = net.followingOff[i]!; e < net.followingOff[i + 1]!; e++) {
      const slot = chosen.get(net.followingIdx[e]!);
      if (slot === undefined) continue;
      links.push([k, slot]);
      if (slot < hubs && (anchor < 0 || slot < anchor)) anchor = slot;
    }
    if (k < hubs) continue;
    const angle = rng.next() * 2 * Math.PI;
    if (anchor >= 0) {
      const r = 0.04 + rng.next() * 0.1;
      x[k] = x[anchor]! + r * Math.cos(angle);
      y[k] = y[anchor]! + r * Math.sin(angle);
    } else {
      const r = 0.47 * Math.sqrt(rng.next());
      x[k] = 0.5 + r * Math.cos(angle);
      y[k] = 0.5 + r * Math.sin(angle);
    }
  }
  // A few rounds of short-range repulsion so dots do not sit on top of each other.
  for (let round = 0; round < 8; round++) {
    for (let a = 0; a < members.length; a++) {
      for (let b = a + 1; b < members.length; b++) {
        const dx = x[b]! - x[a]!;
        const dy = y[b]! - y[a]!;
        const d2 = dx * dx + dy * dy;
        if (d2 > 0.0004 || d2 === 0) continue;
        const push = ((0.02 - Math.sqrt(d2)) * 0.5) / Math.sqrt(d2);
        x[a]! -= dx * push;
        y[a]! -= dy * push;
        x[b]! += dx * push;
        y[b]! += dy * push;
      }
    }
  }
  for (let k = 0; k < members.length; k++) {
    x[k] = Math.min(0.98, Math.max(0.02, x[k]!));
    y[k] = Math.min(0.98, Math.max(0.02, y[k]!));
  }
  return { members: Int32Array.from(members), x, y, hubs, links };
}

function layoutOf(c: Community): SpreadLayout {
  if (!c.spreadCache) c.spreadCache = buildLayout(c);
  return c.spreadCache as SpreadLayout;
}

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

export function buildSpreadFrame(c: Community, postId?: string): SpreadFrame {
  const ps = postId === undefined ? undefined : c.posts[c.postIndex.get(postId) ?? -1];
  if (postId !== undefined && !ps) throw new Error(`spreadSample: unknown post "${postId}"`);
  const layout = layoutOf(c);
  const sharing = recentSharers(c, postId);
  let exposedCount = 0;
  let sharingCount = 0;
  const nodes: SpreadNode[] = [];
  for (let k = 0; k < layout.members.length; k++) {
    const i = layout.members[k]!;
    const exposed = ps ? ps.state[i]! > 0 : c.everExposed[i]! > 0;
    const isSharing = sharing.has(i);
    if (exposed) exposedCount++;
    if (isSharing) sharingCount++;
    const personaId = c.members.memberPersona.get(i);
    nodes.push({
      member: i,
      x: layout.x[k]!,
      y: layout.y[k]!,
      segment: segmentOf(c.members, i),
      followers: c.members.followers[i]!,
      hub: k < layout.hubs,
      ...(personaId !== undefined ? { personaId } : {}),
      sentiment: c.members.sentiment[i]!,
      exposed,
      sharing: isSharing,
      author: ps ? ps.author === i : c.posts.some((p) => p.author === i),
    });
  }
  return { time: c.time, postId: postId ?? null, nodes, links: layout.links.map(([a, b]) => [a, b]), exposedCount, sharingCount };
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

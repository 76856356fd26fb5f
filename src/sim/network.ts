/**
 * The follower network: directed "a follows b" links grown by preferential attachment,
 * stored twice in CSR form (followers of b, accounts a follows) in typed arrays so that
 * 100,000 members and ~1M links fit in a few megabytes and a cascade step is a flat loop.
 */
import type { Rng } from '../core/rng';

/** Links under construction: `follower[k]` follows `followee[k]`. */
export interface EdgeList {
  follower: Int32Array;
  followee: Int32Array;
  count: number;
}

export interface Network {
  size: number;
  links: number;
  /** Members who see what member i shares: followerIdx[followerOff[i] .. followerOff[i + 1]). */
  followerOff: Int32Array;
  followerIdx: Int32Array;
  /** Accounts member i follows: followingIdx[followingOff[i] .. followingOff[i + 1]). */
  followingOff: Int32Array;
  followingIdx: Int32Array;
}

/**
 * Grows links in creation order: each newcomer follows `avgFollowing` earlier members, picked
 * with probability proportional to their follower count (by drawing a random existing link's
 * followee) or, with probability `uniformAttachment`, uniformly. Early members become hubs.
 * `extraCapacity` leaves room for links added afterwards (persona audiences).
 */
export function growFollowerLinks(
  order: Int32Array,
  avgFollowing: number,
  uniformAttachment: number,
  rng: Rng,
  extraCapacity: number,
): EdgeList {
  const n = order.length;
  const m = Math.max(1, Math.round(avgFollowing));
  const capacity = n * m + extraCapacity;
  const follower = new Int32Array(capacity);
  const followee = new Int32Array(capacity);
  let count = 0;
  const picked = new Int32Array(m);
  for (let k = 1; k < n; k++) {
    const v = order[k]!;
    const want = Math.min(k, m);
    let got = 0;
    for (let attempt = 0; attempt < want * 4 && got < want; attempt++) {
      const target =
        count === 0 || rng.next() < uniformAttachment ? order[Math.floor(rng.next() * k)]! : followee[Math.floor(rng.next() * count)]!;
      let dup = false;
      for (let q = 0; q < got; q++)
        if (picked[q] === target) {
          dup = true;
          break;
        }
      if (dup) continue;
      picked[got++] = target;
    }
    for (let q = 0; q < got; q++) {
      follower[count] = v;
      followee[count] = picked[q]!;
      count++;
    }
  }
  return { follower, followee, count };
}

/** In-degree (follower count) of every member. */
export function followerCounts(size: number, edges: EdgeList): Int32Array {
  const deg = new Int32Array(size);
  for (let k = 0; k < edges.count; k++) deg[edges.followee[k]!]!++;
  return deg;
}

/**
 * Gives `member` extra followers, drawn uniformly among members not already following it,
 * until it has `target` followers. Returns the follower count reached.
 */
export function addFollowers(edges: EdgeList, size: number, member: number, target: number, current: number, rng: Rng): number {
  if (current >= target) return current;
  const already = new Uint8Array(size);
  already[member] = 1;
  for (let k = 0; k < edges.count; k++) if (edges.followee[k] === member) already[edges.follower[k]!] = 1;
  let have = current;
  let guard = (target - current) * 20 + 100;
  while (have < target && edges.count < edges.follower.length && guard-- > 0) {
    const f = Math.floor(rng.next() * size);
    if (already[f]) continue;
    already[f] = 1;
    edges.follower[edges.count] = f;
    edges.followee[edges.count] = member;
    edges.count++;
    have++;
  }
  return have;
}

function toCsr(size: number, from: Int32Array, to: Int32Array, count: number): { off: Int32Array; idx: Int32Array } {
  const off = new Int32Array(size + 1);
  for (let k = 0; k < count; k++) off[from[k]! + 1]!++;
  for (let i = 0; i < size; i++) off[i + 1]! += off[i]!;
  const fill = off.slice(0, size);
  const idx = new Int32Array(count);
  for (let k = 0; k < count; k++) idx[fill[from[k]!]!++] = to[k]!;
  return { off, idx };
}

export function buildNetwork(size: number, edges: EdgeList): Network {
  const followers = toCsr(size, edges.followee, edges.follower, edges.count);
  const following = toCsr(size, edges.follower, edges.followee, edges.count);
  return {
    size,
    links: edges.count,
    followerOff: followers.off,
    followerIdx: followers.idx,
    followingOff: following.off,
    followingIdx: following.idx,
  };
}

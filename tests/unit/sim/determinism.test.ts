import { describe, expect, it } from 'vitest';
import {
  advance,
  createCommunity,
  currentMeters,
  drainChatter,
  postCounts,
  publishPost,
  replay,
  replayLog,
  respond,
  series,
  snapshot,
  spreadBySegment,
} from '../../../src/sim';
import { PERSONAS, SCENARIO, SPEC } from '../../support/sim-fixtures';

function session(seed: number) {
  const c = createCommunity(SPEC, PERSONAS, seed);
  publishPost(c, SCENARIO[0]!);
  advance(c, 150);
  respond(c, { postId: 'broken', action: 'reply', tone: 'defensive', diplomacy: 40, time: 200 });
  publishPost(c, SCENARIO[2]!);
  respond(c, { postId: 'insult', action: 'ban', time: 900 });
  publishPost(c, SCENARIO[4]!);
  advance(c, 2400);
  return { c, snap: snapshot(c), series: series(c), chatter: drainChatter(c), spread: spreadBySegment(c, 'rumour') };
}

describe('determinism', () => {
  it('gives identical numbers for the same seed and calls', () => {
    const a = session(9);
    const b = session(9);
    expect(b.snap).toEqual(a.snap);
    expect(b.series).toEqual(a.series);
    expect(b.chatter).toEqual(a.chatter);
    expect(b.spread).toEqual(a.spread);
    expect(Array.from(b.c.members.sentiment)).toEqual(Array.from(a.c.members.sentiment));
  });

  it('gives different numbers for another seed', () => {
    const a = session(9);
    const b = session(10);
    expect(b.snap.posts.broken!.reach).not.toBe(a.snap.posts.broken!.reach);
  });

  it('keeps a snapshot only while the community stands still', () => {
    const c = createCommunity(SPEC, PERSONAS, 4);
    publishPost(c, SCENARIO[0]!);
    const first = snapshot(c);
    expect(snapshot(c)).toBe(first);
    advance(c, 5); // less than a tick: nothing moves
    expect(snapshot(c)).toBe(first);
    advance(c, 600);
    const later = snapshot(c);
    expect(later).not.toBe(first);
    expect(later.time).toBe(600);
    expect(later.posts.broken!.reach).toBeGreaterThan(first.posts.broken!.reach);
    // The kept snapshot is what a fresh community replayed to the same point computes.
    expect(later).toEqual(snapshot(replay(SPEC, PERSONAS, 4, replayLog(c))));
  });

  it("reads the meters and a post's counts as a snapshot would, without taking one", () => {
    const { c, snap } = session(6);
    expect(currentMeters(c)).toEqual(snap.meters);
    for (const [id, p] of Object.entries(snap.posts)) {
      expect(postCounts(c, id)).toEqual({ reach: p.reach, likes: p.likes, shares: p.shares, comments: p.comments });
      expect(p.reach).toBeGreaterThan(0);
    }
    expect(Object.keys(snap.posts)).toHaveLength(3);
    expect(postCounts(c, 'nobody-posted-this')).toBeUndefined();
  });

  it('rebuilds the same community from its call log (save = seed + calls)', () => {
    const a = session(5);
    const restored = replay(SPEC, PERSONAS, 5, replayLog(a.c));
    expect(snapshot(restored)).toEqual(a.snap);
    expect(series(restored)).toEqual(a.series);
  });

  it('does not let reading the spread map or chatter change the dynamics', () => {
    const plain = createCommunity(SPEC, PERSONAS, 11);
    const watched = createCommunity(SPEC, PERSONAS, 11);
    for (const c of [plain, watched]) publishPost(c, SCENARIO[0]!);
    for (let t = 100; t <= 1200; t += 100) {
      advance(plain, t);
      advance(watched, t);
      spreadBySegment(watched);
      spreadBySegment(watched, 'broken');
      drainChatter(watched);
      snapshot(watched);
    }
    expect(snapshot(watched)).toEqual(snapshot(plain));
  });

  it('samples series on the fixed grid whatever the advance steps', () => {
    const coarse = createCommunity(SPEC, PERSONAS, 2);
    const fine = createCommunity(SPEC, PERSONAS, 2);
    publishPost(coarse, SCENARIO[0]!);
    publishPost(fine, SCENARIO[0]!);
    advance(coarse, 1800);
    for (let t = 17; t <= 1800; t += 17) advance(fine, t);
    advance(fine, 1800);
    expect(series(fine)).toEqual(series(coarse));
    expect(series(coarse).time.slice(0, 4)).toEqual([0, 60, 120, 180]);
  });
});

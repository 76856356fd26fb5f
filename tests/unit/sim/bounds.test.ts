import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ACTION_KINDS, MOODS, POST_KINDS, TONES } from '../../../src/core/types';
import { advance, createCommunity, publishPost, respond, series, snapshot } from '../../../src/sim';
import { PERSONAS, SPEC } from '../../support/sim-fixtures';

describe('bounds', () => {
  it('keeps sentiment within −100..100 and reputation within 0..100 whatever the player does', () => {
    const step = fc.record({
      author: fc.constantFrom(...PERSONAS.map((p) => p.id)),
      kind: fc.constantFrom(...POST_KINDS),
      mood: fc.constantFrom(...MOODS),
      action: fc.constantFrom(...ACTION_KINDS),
      tone: fc.constantFrom(...TONES),
      diplomacy: fc.integer({ min: 0, max: 100 }),
      breaches: fc.integer({ min: 0, max: 6 }),
      delay: fc.integer({ min: 0, max: 1200 }),
    });
    fc.assert(
      fc.property(fc.integer(), fc.array(step, { minLength: 1, maxLength: 6 }), (seed, steps) => {
        const c = createCommunity({ ...SPEC, size: 1500 }, PERSONAS, seed);
        steps.forEach((s, k) => {
          const time = 300 * k;
          publishPost(c, { id: `p${k}`, authorId: s.author, channel: 'microblog', kind: s.kind, mood: s.mood, time });
          respond(c, {
            postId: `p${k}`,
            action: s.action,
            tone: s.tone,
            diplomacy: s.diplomacy,
            breaches: s.breaches,
            time: time + s.delay,
          });
        });
        advance(c, 300 * steps.length + 3600);
        for (const v of c.members.sentiment) if (!(v >= -100 && v <= 100)) return false;
        const snap = snapshot(c);
        const ser = series(c);
        return (
          ser.reputation.every((r) => r >= 0 && r <= 100) &&
          ser.sentiment.every((s) => s >= -100 && s <= 100) &&
          Object.values(snap.segmentSentiment).every((s) => s >= -100 && s <= 100) &&
          Object.values(snap.posts).every((p) => p.reach <= c.members.size && p.sentiment >= -100 && p.sentiment <= 100) &&
          snap.meters.reach <= c.members.size
        );
      }),
      { numRuns: 25, seed: 1234 },
    );
  });

  it('counts engagement monotonically over time', () => {
    const c = createCommunity(SPEC, PERSONAS, 4);
    publishPost(c, { id: 'p', authorId: 'influencer', channel: 'microblog', kind: 'complaint', mood: 'furious', time: 0 });
    advance(c, 3600);
    const s = series(c);
    for (let k = 1; k < s.time.length; k++) {
      expect(s.reach[k]!).toBeGreaterThanOrEqual(s.reach[k - 1]!);
      expect(s.shares[k]!).toBeGreaterThanOrEqual(s.shares[k - 1]!);
      expect(s.likes[k]!).toBeGreaterThanOrEqual(s.likes[k - 1]!);
      expect(s.comments[k]!).toBeGreaterThanOrEqual(s.comments[k - 1]!);
    }
    expect(s.time.length).toBe(61);
  });

  it('keeps a private message private', () => {
    const c = createCommunity(SPEC, PERSONAS, 4);
    publishPost(c, { id: 'dm', authorId: 'influencer', channel: 'dm', kind: 'complaint', mood: 'furious', time: 0 });
    advance(c, 3600);
    expect(snapshot(c).posts.dm!.reach).toBe(1);
  });
});

describe('work per tick', () => {
  it('delivers a hub post over several ticks within the exposure budget, then to all its followers', () => {
    const c = createCommunity(
      { ...SPEC, size: 20_000 },
      [{ id: 'star', name: 'S', handle: '@s', segment: 'influencer', followers: 5000 }],
      3,
      { maxExposuresPerTick: 1000 },
    );
    publishPost(c, { id: 'p', authorId: 'star', channel: 'microblog', kind: 'info', mood: 'neutral', time: 0 });
    expect(snapshot(c).posts.p!.reach).toBeLessThanOrEqual(1001);
    let last = snapshot(c).posts.p!.reach;
    for (let t = 10; t <= 100; t += 10) {
      advance(c, t);
      const reach = snapshot(c).posts.p!.reach;
      expect(reach - last).toBeLessThanOrEqual(1000);
      last = reach;
    }
    expect(last).toBeGreaterThanOrEqual(5000);
  });
});

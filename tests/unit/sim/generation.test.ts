import { describe, expect, it } from 'vitest';
import { AGE_BANDS, SEGMENTS } from '../../../src/core/types';
import { createCommunity } from '../../../src/sim';
import type { Community } from '../../../src/sim';
import { PERSONAS, SPEC } from '../../support/sim-fixtures';

const followersOf = (c: Community, i: number): number => c.members.network.followerOff[i + 1]! - c.members.network.followerOff[i]!;

describe('community generation', () => {
  const c = createCommunity(SPEC, PERSONAS, 42);
  const n = c.members.size;

  it('draws segments and age bands in the spec proportions', () => {
    SEGMENTS.forEach((s, k) => {
      const count = c.members.segment.reduce((acc, v) => acc + (v === k ? 1 : 0), 0);
      expect(Math.abs(count / n - (SPEC.segments[s] ?? 0))).toBeLessThan(0.005);
    });
    AGE_BANDS.forEach((a, k) => {
      const count = c.members.age.reduce((acc, v) => acc + (v === k ? 1 : 0), 0);
      expect(Math.abs(count / n - (SPEC.ages?.[a] ?? 0))).toBeLessThan(0.005);
    });
  });

  it('links members on a follower network of about 10 links per member with hubs', () => {
    const links = c.members.network.links;
    expect(links / n).toBeGreaterThan(9);
    expect(links / n).toBeLessThanOrEqual(10.5);
    const degrees = Array.from({ length: n }, (_, i) => followersOf(c, i)).sort((a, b) => b - a);
    const avg = links / n;
    // Heavy tail: the biggest accounts have tens of times the average audience...
    expect(degrees[0]!).toBeGreaterThan(30 * avg);
    // ...the top 1% hold a large share of all follow links, and most members have few followers.
    const top = degrees.slice(0, Math.ceil(n / 100)).reduce((a, b) => a + b, 0);
    expect(top / links).toBeGreaterThan(0.15);
    expect(degrees[Math.floor(n / 2)]!).toBeLessThan(avg);
  });

  it('makes influencers and journalists hubs compared with ordinary members', () => {
    const meanFollowers = (seg: number): number => {
      let sum = 0;
      let count = 0;
      for (let i = 0; i < n; i++)
        if (c.members.segment[i] === seg) {
          sum += followersOf(c, i);
          count++;
        }
      return sum / count;
    };
    const neutral = meanFollowers(SEGMENTS.indexOf('neutral'));
    expect(meanFollowers(SEGMENTS.indexOf('influencer'))).toBeGreaterThan(5 * neutral);
    expect(meanFollowers(SEGMENTS.indexOf('journalist'))).toBeGreaterThan(3 * neutral);
  });

  it('maps every persona to a distinct member of its segment with about its declared followers', () => {
    const used = new Set<number>();
    for (const p of PERSONAS) {
      const i = c.members.personaMember.get(p.id);
      expect(i).toBeDefined();
      used.add(i!);
      expect(SEGMENTS[c.members.segment[i!]!]).toBe(p.segment);
      expect(c.members.memberPersona.get(i!)).toBe(p.id);
      expect(c.members.followers[i!]).toBe(p.followers);
      expect(Math.abs(followersOf(c, i!) - p.followers)).toBeLessThanOrEqual(Math.max(3, 0.1 * p.followers));
    }
    expect(used.size).toBe(PERSONAS.length);
  });

  it('caps a persona audience bigger than the community', () => {
    const star = { id: 'star', name: 'Star', handle: '@star', segment: 'influencer' as const, followers: 2_000_000 };
    const small = createCommunity({ ...SPEC, size: 1000 }, [star], 3);
    const i = small.members.personaMember.get('star')!;
    expect(followersOf(small, i)).toBeLessThanOrEqual(0.3 * 1000);
    expect(followersOf(small, i)).toBeGreaterThan(250);
    expect(small.members.influence[i]).toBe(1);
  });

  it('keeps traits in range and honours the base sentiment', () => {
    for (let i = 0; i < n; i++) {
      expect(Math.abs(c.members.sentiment[i]!)).toBeLessThanOrEqual(100);
      expect(c.members.loyalty[i]!).toBeGreaterThanOrEqual(0);
      expect(c.members.loyalty[i]!).toBeLessThanOrEqual(1);
      expect(c.members.influence[i]!).toBeLessThanOrEqual(1);
    }
    const hostile = createCommunity({ ...SPEC, baseSentiment: -30 }, PERSONAS, 42);
    const avg = hostile.members.sentiment.reduce((a, b) => a + b, 0) / n;
    expect(avg).toBeGreaterThan(-33);
    expect(avg).toBeLessThan(-27);
  });

  it('scales to 100,000 members and about a million links', () => {
    const big = createCommunity({ ...SPEC, size: 100_000 }, PERSONAS, 7);
    expect(big.members.size).toBe(100_000);
    expect(big.members.network.links).toBeGreaterThan(950_000);
    expect(big.members.network.followerIdx).toBeInstanceOf(Int32Array);
  });
});

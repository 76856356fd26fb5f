import { describe, expect, it } from 'vitest';
import { SEGMENTS } from '../../../src/core/types';
import { advance, createCommunity, drainChatter, publishPost, respond, spreadSample, type SimResponse } from '../../../src/sim';
import { PERSONAS, SPEC } from '../../support/sim-fixtures';

describe('living feed', () => {
  it('records who comments under a spreading post and in what situation, and drains them', () => {
    const c = createCommunity(SPEC, PERSONAS, 8);
    publishPost(c, { id: 'p', authorId: 'influencer', channel: 'microblog', kind: 'complaint', mood: 'furious', time: 0 });
    advance(c, 600);
    const chatter = drainChatter(c);
    expect(chatter.length).toBeGreaterThan(10);
    for (const item of chatter) {
      expect(item.postId).toBe('p');
      expect(SEGMENTS).toContain(item.segment);
      expect(item.situation).toEqual({ topic: 'grievance', phase: 'before' });
      expect(item.toBrand).toBe(false);
      expect(item.r).toBeGreaterThanOrEqual(0);
      expect(item.r).toBeLessThan(1);
      expect(item.time).toBeLessThanOrEqual(600);
    }
    // Several kinds of people speak, ids increase.
    expect(new Set(chatter.map((x) => x.stance)).size).toBeGreaterThan(2);
    chatter.forEach((x, k) => k > 0 && expect(x.id).toBeGreaterThan(chatter[k - 1]!.id));
    expect(drainChatter(c)).toEqual([]);
  });

  it('follows the brand’s response: a good public answer, a private one, a breach', () => {
    const after = (r: Omit<SimResponse, 'postId' | 'time'>) => {
      const c = createCommunity(SPEC, PERSONAS, 8);
      publishPost(c, { id: 'p', authorId: 'influencer', channel: 'microblog', kind: 'complaint', mood: 'furious', time: 0 });
      advance(c, 300);
      respond(c, { postId: 'p', time: 300, ...r });
      drainChatter(c);
      advance(c, 2400);
      return drainChatter(c).filter((x) => x.postId === 'p');
    };
    const good = after({ action: 'reply', tone: 'empathetic', diplomacy: 90 });
    expect(good.every((x) => x.situation.phase === 'good' && !x.situation.breach)).toBe(true);
    expect(good.some((x) => x.toBrand)).toBe(true);
    const dm = after({ action: 'dm', tone: 'empathetic', diplomacy: 90 });
    expect(dm.every((x) => x.situation.phase === 'private' && !x.toBrand)).toBe(true);
    const insult = after({
      action: 'reply',
      tone: 'aggressive',
      diplomacy: 0,
      breaches: 1,
      breachKinds: [{ kind: 'aggression', severity: 'critical' }],
    });
    expect(insult.length).toBeGreaterThan(0);
    expect(insult.every((x) => x.situation.breach === 'aggression')).toBe(true);
  });
});

describe('spread map data', () => {
  const c = createCommunity(SPEC, PERSONAS, 12);
  publishPost(c, { id: 'a', authorId: 'journalist', channel: 'microblog', kind: 'rumour', mood: 'worried', time: 0 });
  advance(c, 200);

  it('is a stable sample of hubs, personas and others, laid out in the unit square', () => {
    const f1 = spreadSample(c);
    const f2 = spreadSample(c, 'a');
    expect(f1.nodes.length).toBeGreaterThanOrEqual(300);
    expect(f1.nodes.length).toBeLessThanOrEqual(600);
    expect(f2.nodes.map((n) => [n.member, n.x, n.y])).toEqual(f1.nodes.map((n) => [n.member, n.x, n.y]));
    for (const n of f1.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(1);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeLessThanOrEqual(1);
    }
    expect(new Set(f1.nodes.map((n) => n.member)).size).toBe(f1.nodes.length);
    const hubs = f1.nodes.filter((n) => n.hub);
    const others = f1.nodes.filter((n) => !n.hub);
    expect(Math.min(...hubs.map((n) => n.followers))).toBeGreaterThanOrEqual(
      Math.max(...others.filter((n) => !n.personaId).map((n) => n.followers)),
    );
    for (const p of PERSONAS) expect(f1.nodes.some((n) => n.personaId === p.id)).toBe(true);
    expect(f1.links.length).toBeGreaterThan(0);
    for (const [a, b] of f1.links) {
      expect(f1.nodes[a]).toBeDefined();
      expect(f1.nodes[b]).toBeDefined();
    }
  });

  it('lights up the members a post reached and the ones sharing it now', () => {
    const f = spreadSample(c, 'a');
    expect(f.exposedCount).toBeGreaterThan(0);
    expect(f.nodes.filter((n) => n.author)).toHaveLength(1);
    expect(f.nodes.find((n) => n.author)!.personaId).toBe('journalist');
    publishPost(c, { id: 'b', authorId: 'average', channel: 'microblog', kind: 'question', mood: 'neutral', time: 210 });
    const fb = spreadSample(c, 'b');
    expect(fb.exposedCount).toBeLessThan(f.exposedCount);
    advance(c, 20_000);
    const late = spreadSample(c, 'a');
    expect(late.sharingCount).toBe(0);
    expect(late.exposedCount).toBeGreaterThanOrEqual(f.exposedCount);
  });
});

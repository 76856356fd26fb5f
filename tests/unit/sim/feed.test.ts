import { describe, expect, it } from 'vitest';
import { SEGMENTS } from '../../../src/core/types';
import { advance, createCommunity, drainChatter, publishPost, respond, spreadBySegment, type SimResponse } from '../../../src/sim';
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

describe('spread by audience segment', () => {
  const c = createCommunity(SPEC, PERSONAS, 12);
  publishPost(c, { id: 'a', authorId: 'journalist', channel: 'microblog', kind: 'rumour', mood: 'worried', time: 0 });
  advance(c, 200);
  const total = (rows: ReturnType<typeof spreadBySegment>, key: 'members' | 'seen' | 'sharing') => rows.reduce((a, r) => a + r[key], 0);

  it('counts every member once, in their segment, with no more seeing or sharing than there are members', () => {
    const rows = spreadBySegment(c, 'a');
    expect(total(rows, 'members')).toBe(c.members.size);
    expect(new Set(rows.map((r) => r.segment)).size).toBe(rows.length);
    for (const r of rows) {
      expect(r.seen).toBeLessThanOrEqual(r.members);
      expect(r.sharing).toBeLessThanOrEqual(r.members);
    }
  });

  it('counts the members a post reached and the ones sharing it now', () => {
    const a = spreadBySegment(c, 'a');
    expect(total(a, 'seen')).toBeGreaterThan(0);
    publishPost(c, { id: 'b', authorId: 'average', channel: 'microblog', kind: 'question', mood: 'neutral', time: 210 });
    expect(total(spreadBySegment(c, 'b'), 'seen')).toBeLessThan(total(a, 'seen'));
    advance(c, 20_000);
    const late = spreadBySegment(c, 'a');
    expect(total(late, 'sharing')).toBe(0);
    expect(total(late, 'seen')).toBeGreaterThanOrEqual(total(a, 'seen'));
  });
});

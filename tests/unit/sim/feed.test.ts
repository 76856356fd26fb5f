import { describe, expect, it } from 'vitest';
import { SEGMENTS } from '../../../src/core/types';
import { PHRASE_BOOKS, advance, createCommunity, drainChatter, publishPost, respond, spreadSample } from '../../../src/sim';
import { PERSONAS, SPEC } from '../../support/sim-fixtures';

describe('phrase banks', () => {
  const banks = ['fan', 'neutral', 'critic', 'troll', 'journalist'] as const;
  const buckets = ['negative', 'neutral', 'positive'] as const;

  it('are aligned between French and English, with at least 15 replies per main segment and mood', () => {
    for (const bank of banks) {
      for (const bucket of buckets) {
        const fr = PHRASE_BOOKS.fr[bank][bucket];
        const en = PHRASE_BOOKS.en[bank][bucket];
        expect(fr.length).toBe(en.length);
        expect(fr.length).toBeGreaterThanOrEqual(bank === 'journalist' ? 8 : 15);
        expect(new Set(fr).size).toBe(fr.length);
        expect(new Set(en).size).toBe(en.length);
        for (const s of [...fr, ...en]) expect(s.trim().length).toBeGreaterThan(1);
      }
    }
  });
});

describe('living feed', () => {
  it('produces member replies in both languages for a spreading post, and drains them', () => {
    const c = createCommunity(SPEC, PERSONAS, 8);
    publishPost(c, { id: 'p', authorId: 'influencer', channel: 'microblog', kind: 'complaint', mood: 'furious', time: 0 });
    advance(c, 600);
    const chatter = drainChatter(c);
    expect(chatter.length).toBeGreaterThan(10);
    for (const item of chatter) {
      expect(item.postId).toBe('p');
      expect(SEGMENTS).toContain(item.segment);
      expect(item.text.fr.length).toBeGreaterThan(0);
      expect(item.text.en.length).toBeGreaterThan(0);
      const bank = item.segment === 'influencer' ? (item.bucket === 'negative' ? 'critic' : 'fan') : item.segment;
      const k = PHRASE_BOOKS.fr[bank][item.bucket].indexOf(item.text.fr);
      expect(k).toBeGreaterThanOrEqual(0);
      expect(PHRASE_BOOKS.en[bank][item.bucket][k]).toBe(item.text.en);
      expect(item.time).toBeLessThanOrEqual(600);
    }
    // Several segments and moods speak, ids increase.
    expect(new Set(chatter.map((x) => x.segment)).size).toBeGreaterThan(2);
    expect(new Set(chatter.map((x) => x.bucket)).size).toBeGreaterThan(1);
    chatter.forEach((x, k) => k > 0 && expect(x.id).toBeGreaterThan(chatter[k - 1]!.id));
    expect(drainChatter(c)).toEqual([]);
  });

  it('does not thank the brand for an answer it has not given', () => {
    const c = createCommunity(SPEC, PERSONAS, 8);
    publishPost(c, { id: 'p', authorId: 'influencer', channel: 'microblog', kind: 'complaint', mood: 'furious', time: 0 });
    advance(c, 3000);
    const before = drainChatter(c);
    expect(before.some((x) => x.text.en === 'Thanks for being so quick, really ❤️')).toBe(false);
    expect(before.some((x) => x.bucket === 'positive' && x.segment === 'critic')).toBe(false);
    respond(c, { postId: 'p', action: 'reply', tone: 'empathetic', diplomacy: 90, time: 3010 });
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

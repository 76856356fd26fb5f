import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/engine/session';
import { fixtureLibrary } from '../../support/helpers';

const lib = fixtureLibrary();
const mini = lib.scenarios[0]!;
const make = (locale: 'fr' | 'en' = 'en', seed = 7) =>
  new Session({ manifest: mini.manifest, charter: mini.charter, story: mini.stories[locale], locale, seed });

describe('Session', () => {
  it('reveals posts in game time, not before', () => {
    const s = make();
    expect(s.feed).toHaveLength(0);
    s.advance(59);
    expect(s.feed).toHaveLength(0);
    s.advance(60);
    expect(s.feed.map((p) => [p.id, p.state, p.at])).toEqual([['p1', 'open', 60]]);
    s.advance(180);
    expect(s.memos.map((m) => m.text)).toEqual(['Customer service knows.']);
  });

  it('records a decision with its timing and moves the story on', () => {
    const s = make();
    s.advance(60 + 300);
    const d = s.choose('p1', 0);
    expect(d).toMatchObject({ postId: 'p1', action: 'dm', judgement: 'best', arrivedAt: 60, decidedAt: 360, source: 'option' });
    expect(d?.better).toBeUndefined();
    expect(s.feed.find((p) => p.id === 'p1')?.state).toBe('answered');
    s.advance(360 + 180);
    expect(s.feed[0]).toMatchObject({ id: 'p2', state: 'open' });
  });

  it('offers a better answer when the choice was not the best', () => {
    const s = make();
    s.advance(60);
    const d = s.choose('p1', 1);
    expect(d?.better).toBe('Sorry Ana, please DM us.');
    expect(d?.breaches).toEqual([{ ruleId: 'no-blame' }]);
  });

  it('takes the hidden ignore option when a deadline passes', () => {
    const s = make();
    s.advance(60 + 20 * 60);
    expect(s.decisions).toHaveLength(1);
    expect(s.decisions[0]).toMatchObject({ postId: 'p1', action: 'ignore', source: 'deadline', decidedAt: 60 + 1200 });
    expect(s.log.at(-1)).toMatchObject({ type: 'deadline', postId: 'p1' });
  });

  it('refuses options on posts that have not arrived and unknown indexes', () => {
    const s = make();
    expect(s.choose('p1', 0)).toBeNull();
    s.advance(60);
    expect(s.choose('p1', 9)).toBeNull();
    expect(s.choose('nope', 0)).toBeNull();
  });

  it('plays to an ending and scores within 0–100', () => {
    const s = make();
    s.advance(60);
    s.choose('p1', 0);
    s.advance(s.now + 180);
    s.choose('p2', s.visibleOptions('p2').find((o) => o.action === 'hide')!.index);
    s.advance(s.now + 300);
    expect(s.ended).toBe(true);
    expect(s.ending).toEqual({ id: 'calm', text: 'Things calm down.' });
    const { scores } = s.score();
    for (const v of Object.values(scores)) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(100);
    }
    expect(scores.judgement).toBe(100);
    expect(scores.charter).toBe(100);
  });

  it('sends free text where the player says and scores the words actually written', () => {
    const s = make();
    s.advance(60);
    const d = s.write('p1', 'So sorry about this, Ana! Could you send us a private message so we can sort it out?', { action: 'dm' });
    expect('error' in (d as object)).toBe(false);
    expect(d).toMatchObject({ source: 'free', action: 'dm', judgement: 'best' });
    expect((d as { analysis: { tone: string } }).analysis.tone).toBe('empathetic');
  });

  it('finds charter breaches in free text and quotes them', () => {
    const s = make();
    s.advance(60);
    const d = s.write('p1', 'You clearly opened it wrong, read the instructions next time. Call me on 06 12 34 56 78.');
    if ('error' in d) throw new Error(d.error);
    expect(d.breaches.map((b) => b.ruleId).sort()).toEqual(['no-blame', 'no-personal-data']);
    expect(d.breaches.every((b) => (b.excerpt ?? '').length > 0)).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['   \n ', 'empty'],
    ['x'.repeat(2001), 'too-long'],
  ])('refuses a bad free-text reply (%#) with a reason', (text, error) => {
    const s = make();
    s.advance(60);
    expect(s.write('p1', text)).toEqual({ error });
    expect(s.decisions).toHaveLength(0);
  });

  it('replays identically from the same seed and actions', () => {
    const run = () => {
      const s = make('fr', 99);
      s.advance(200);
      s.choose('p1', 1);
      s.advance(s.now + 400);
      s.choose('p2', s.visibleOptions('p2').find((o) => o.action === 'reply')!.index);
      s.advance(s.now + 600);
      return { meters: s.meters, score: s.score(), feed: s.feed.map((p) => p.stats), ending: s.ending };
    };
    expect(run()).toEqual(run());
  });

  it('different strategies lead to different endings and scores', () => {
    const good = make();
    good.advance(60);
    good.choose('p1', 0);
    good.advance(good.now + 180);
    good.choose('p2', good.visibleOptions('p2').find((o) => o.action === 'hide')!.index);
    good.advance(good.now + 600);
    const bad = make();
    bad.advance(60 + 1200);
    bad.advance(bad.now + 180);
    bad.choose('p2', bad.visibleOptions('p2').find((o) => o.action === 'reply')!.index);
    bad.advance(bad.now + 600);
    expect(good.ending?.id).toBe('calm');
    expect(bad.ending?.id).toBe('storm');
    expect(good.score().scores.overall).toBeGreaterThan(bad.score().scores.overall + 20);
  });
});

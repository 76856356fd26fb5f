/**
 * The facts the simulation is calibrated to reproduce (docs/simulation.md). Each compares
 * runs that differ only in the fact under test, averaged over several seeds.
 */
import { describe, expect, it } from 'vitest';
import { BAD, GOOD, SEEDS, mean, play, runOne } from '../../support/sim-fixtures';
import type { SimPost } from '../../../src/sim';

const COMPLAINT: Omit<SimPost, 'id' | 'authorId'> = { channel: 'microblog', kind: 'complaint', mood: 'angry', time: 60 };
const seeds = SEEDS(8);

describe('calibration', () => {
  it('a negative post by an influencer reaches at least 5x more members than by an average member', () => {
    const influencer = seeds.map((s) => runOne(s, { ...COMPLAINT, authorId: 'influencer' }).after.posts.p!.reach);
    const average = seeds.map((s) => runOne(s, { ...COMPLAINT, authorId: 'average' }).after.posts.p!.reach);
    expect(mean(influencer)).toBeGreaterThanOrEqual(5 * mean(average));
    // and not only on average: on every seed
    influencer.forEach((r, k) => expect(r).toBeGreaterThanOrEqual(5 * average[k]!));
  });

  it('an empathetic public reply within the target slows the post compared with no reply', () => {
    const post = { ...COMPLAINT, authorId: 'critic' };
    const reply = { action: 'reply' as const, tone: 'empathetic' as const, diplomacy: 85, time: 180, onTime: true };
    const answered = seeds.map((s) => runOne(s, post, reply));
    const ignored = seeds.map((s) => runOne(s, post, { action: 'ignore', time: 180 }));
    // Reach gained after the response moment: identical runs up to there.
    const gain = (r: ReturnType<typeof runOne>): number => r.after.posts.p!.reach - r.before!.posts.p!.reach;
    expect(mean(answered.map(gain))).toBeLessThan(0.6 * mean(ignored.map(gain)));
    expect(mean(answered.map((r) => r.after.posts.p!.reach))).toBeLessThan(mean(ignored.map((r) => r.after.posts.p!.reach)));
  });

  it('an aggressive reply raises reach and lowers sentiment more than no reply at all', () => {
    const post = { ...COMPLAINT, authorId: 'critic' };
    // As the engine sends it: an aggressive reply breaks the charter's (critical) rule against aggression.
    const insult = { action: 'reply', tone: 'aggressive', diplomacy: 10, time: 180, breaches: 1 } as const;
    const breachKinds = [{ kind: 'aggression', severity: 'critical' }] as const;
    const aggressive = seeds.map((s) => runOne(s, post, { ...insult, breachKinds: [...breachKinds] }).after);
    const none = seeds.map((s) => runOne(s, post, { action: 'ignore', time: 180 }).after);
    expect(mean(aggressive.map((a) => a.posts.p!.reach))).toBeGreaterThan(1.2 * mean(none.map((a) => a.posts.p!.reach)));
    expect(mean(aggressive.map((a) => a.meters.sentiment))).toBeLessThan(mean(none.map((a) => a.meters.sentiment)));
    expect(mean(aggressive.map((a) => a.posts.p!.sentiment))).toBeLessThan(mean(none.map((a) => a.posts.p!.sentiment)));
  });

  it('deleting a fair complaint leads to more negative reach than answering it', () => {
    const post = { ...COMPLAINT, authorId: 'critic' };
    const deleted = seeds.map((s) => runOne(s, post, { action: 'delete', time: 180 }).after.posts.p!);
    const answered = seeds.map((s) => runOne(s, post, { action: 'reply', tone: 'empathetic', diplomacy: 85, time: 180 }).after.posts.p!);
    expect(mean(deleted.map((p) => p.negativeReach))).toBeGreaterThan(1.5 * mean(answered.map((p) => p.negativeReach)));
    expect(mean(deleted.map((p) => p.reach))).toBeGreaterThan(mean(answered.map((p) => p.reach)));
  });

  it("removing an abusive troll post raises fans' sentiment", () => {
    const post: Omit<SimPost, 'id'> = { authorId: 'troll', channel: 'microblog', kind: 'abuse', mood: 'hostile', time: 60 };
    const removed = seeds.map((s) => runOne(s, post, { action: 'delete', time: 200 }, 1800));
    const ignored = seeds.map((s) => runOne(s, post, { action: 'ignore', time: 200 }, 1800));
    for (const r of removed) expect(r.after.segmentSentiment.fan).toBeGreaterThan(r.before!.segmentSentiment.fan);
    expect(mean(removed.map((r) => r.after.segmentSentiment.fan))).toBeGreaterThan(mean(ignored.map((r) => r.after.segmentSentiment.fan)));
  });

  it('taking down exposed personal data protects, where taking down a fair complaint backfires', () => {
    const exposure: Omit<SimPost, 'id'> = { authorId: 'critic', channel: 'comments', kind: 'personal-data', mood: 'angry', time: 60 };
    const complaint: Omit<SimPost, 'id'> = { ...COMPLAINT, authorId: 'critic' };
    const kind = { action: 'reply' as const, tone: 'empathetic' as const, diplomacy: 85, time: 180 };
    const gain = (r: ReturnType<typeof runOne>): number => r.after.posts.p!.reach - r.before!.posts.p!.reach;
    const negative = (r: ReturnType<typeof runOne>): number => r.after.posts.p!.negativeReach;
    const hidden = seeds.map((s) => runOne(s, exposure, { action: 'hide', time: 180 }));
    const replied = seeds.map((s) => runOne(s, exposure, kind));
    const ignored = seeds.map((s) => runOne(s, exposure, { action: 'ignore', time: 180 }));
    // Words beside the data leave it on show; only taking it down stops it.
    expect(mean(hidden.map(gain))).toBeLessThan(0.3 * mean(replied.map(gain)));
    expect(mean(hidden.map(negative))).toBeLessThan(mean(ignored.map(negative)));
    hidden.forEach((r, k) => expect(r.after.segmentSentiment.neutral).toBeGreaterThan(ignored[k]!.after.segmentSentiment.neutral));
    // The same gesture on a fair complaint: more negative reach than leaving it alone.
    const complaintHidden = seeds.map((s) => runOne(s, complaint, { action: 'hide', time: 180 }));
    const complaintIgnored = seeds.map((s) => runOne(s, complaint, { action: 'ignore', time: 180 }));
    expect(mean(complaintHidden.map(negative))).toBeGreaterThan(mean(complaintIgnored.map(negative)));
  });

  it('outcomes vary with the seed but a good strategy beats a bad one on every seed (50 seeds)', () => {
    const seeds50 = SEEDS(50, 101);
    const good = seeds50.map((s) => play(s, GOOD));
    const bad = seeds50.map((s) => play(s, BAD));
    good.forEach((g, k) => {
      expect(g.meters.reputation).toBeGreaterThan(bad[k]!.meters.reputation);
      expect(g.meters.sentiment).toBeGreaterThan(bad[k]!.meters.sentiment);
    });
    const spread = (xs: number[]): number => Math.max(...xs) - Math.min(...xs);
    expect(spread(good.map((g) => g.meters.reach))).toBeGreaterThan(0);
    expect(spread(good.map((g) => g.meters.reputation))).toBeGreaterThan(0.5);
    expect(new Set(bad.map((b) => Math.round(b.meters.reach))).size).toBeGreaterThan(10);
  });
});

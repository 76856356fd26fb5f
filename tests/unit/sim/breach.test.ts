/**
 * Breaches set off waves (docs/simulation.md, "Breaches set off waves"): a response that broke the
 * charter publishes its screenshot through the community, within minutes, sized by the severity the
 * charter gives the rule and by the audience of the post; good answers calm the author's followers;
 * an unanswered complaint lets sentiment sink. Each fact compares runs that differ only in it.
 */
import { describe, expect, it } from 'vitest';
import { PERSONAS, SEEDS, SPEC, mean, runOne } from '../../support/sim-fixtures';
import { createCommunity, publishPost, replay, replayLog, respond, advance, snapshot } from '../../../src/sim';
import type { BreachKind, SimPost, SimResponse } from '../../../src/sim';

const COMPLAINT: Omit<SimPost, 'id'> = { authorId: 'critic', channel: 'microblog', kind: 'complaint', mood: 'angry', time: 60 };
const seeds = SEEDS(6);
/** A neutral, on-time public reply: the same words with or without a broken rule. */
const REPLY: Omit<SimResponse, 'postId'> = { action: 'reply', tone: 'neutral', diplomacy: 50, time: 240, onTime: true };
const TEN_MINUTES = 240 + 600;

const withBreach = (kinds: BreachKind[]): Omit<SimResponse, 'postId'> => ({ ...REPLY, breaches: kinds.length, breachKinds: kinds });
const plain = { ...REPLY, breaches: 1 };

describe('breaches set off waves', () => {
  const cases: [string, BreachKind][] = [
    ['an insult', { kind: 'aggression', severity: 'critical' }],
    ['a blamed customer', { kind: 'blame', severity: 'major' }],
    ['exposed personal data', { kind: 'personal-data', severity: 'critical' }],
    ['a public promise', { kind: 'promise', severity: 'major' }],
    ['a leak', { kind: 'confidential', severity: 'critical' }],
  ];
  const baseline = seeds.map((s) => runOne(s, COMPLAINT, plain, TEN_MINUTES).after);

  it.each(cases)(
    '%s: its screenshot is shared, reaches journalists or creators, and lowers sentiment and e-reputation within ten minutes',
    (_, kind) => {
      const runs = seeds.map((s) => runOne(s, COMPLAINT, withBreach([kind]), TEN_MINUTES).after);
      const waves = runs.map((r) => r.waves[0]!);
      expect(waves.every((w) => w.of === 'p' && w.postId === 'p#breach1')).toBe(true);
      expect(mean(waves.map((w) => w.shares))).toBeGreaterThan(5);
      expect(mean(waves.map((w) => w.journalists + w.influencers))).toBeGreaterThan(3);
      expect(mean(runs.map((r) => r.meters.sentiment))).toBeLessThan(mean(baseline.map((r) => r.meters.sentiment)) - 0.5);
      expect(mean(runs.map((r) => r.meters.reputation))).toBeLessThan(mean(baseline.map((r) => r.meters.reputation)) - 1);
    },
  );

  it('counts each person who saw a screenshot once, however many screenshots they saw', () => {
    for (const s of seeds) {
      const c = createCommunity(SPEC, PERSONAS, s);
      publishPost(c, { ...COMPLAINT, id: 'a' });
      publishPost(c, { ...COMPLAINT, id: 'b', time: 90 });
      advance(c, 240);
      respond(c, { postId: 'a', ...withBreach([{ kind: 'aggression', severity: 'critical' }]) });
      respond(c, { postId: 'b', ...withBreach([{ kind: 'blame', severity: 'major' }]) });
      advance(c, 2400);
      const snap = snapshot(c);
      expect(snap.waves).toHaveLength(2);
      const sum = snap.waves.reduce((n, w) => n + w.reach, 0);
      expect(snap.breachAudience.reach).toBeLessThanOrEqual(c.members.size);
      expect(snap.breachAudience.reach).toBeLessThanOrEqual(sum);
      expect(snap.breachAudience.reach).toBeGreaterThanOrEqual(Math.max(...snap.waves.map((w) => w.reach)));
    }
  });

  it('is sized by the charter severity of the broken rule', () => {
    const run = (severity: BreachKind['severity']) =>
      seeds.map((s) => runOne(s, COMPLAINT, withBreach([{ kind: 'aggression', severity }]), 1800).after);
    const [minor, critical] = [run('minor'), run('critical')];
    const reach = (rs: typeof minor) => mean(rs.map((r) => r.waves[0]!.reach));
    const sentiment = (rs: typeof minor) => mean(rs.map((r) => r.meters.sentiment));
    console.log(
      `[breach] aggression minor vs critical: screenshot reach ${reach(minor).toFixed(0)} vs ${reach(critical).toFixed(0)}, ` +
        `sentiment ${sentiment(minor).toFixed(1)} vs ${sentiment(critical).toFixed(1)}, baseline ${mean(baseline.map((r) => r.meters.sentiment)).toFixed(1)}`,
    );
    expect(reach(critical)).toBeGreaterThan(1.5 * reach(minor));
    expect(sentiment(critical)).toBeLessThan(sentiment(minor) - 1);
  });

  it('is sized by the audience: the same insult under an influencer post travels further than under an average member', () => {
    const insult = withBreach([{ kind: 'aggression', severity: 'critical' }]);
    const big = seeds.map((s) => runOne(s, { ...COMPLAINT, authorId: 'influencer' }, insult, 1800).after.waves[0]!.reach);
    const small = seeds.map((s) => runOne(s, { ...COMPLAINT, authorId: 'average' }, insult, 1800).after.waves[0]!.reach);
    expect(mean(big)).toBeGreaterThan(3 * mean(small));
  });

  it('a private message spreads less than a public reply, and a hand-over note not at all', () => {
    const kinds: BreachKind[] = [{ kind: 'promise', severity: 'major' }];
    const reach = (action: SimResponse['action']) =>
      mean(seeds.map((s) => runOne(s, COMPLAINT, { ...withBreach(kinds), action }, 1800).after.waves[0]?.reach ?? 0));
    expect(reach('dm')).toBeLessThan(reach('reply'));
    expect(reach('escalate')).toBe(0);
  });

  it('replays exactly from the call log', () => {
    const c = createCommunity(SPEC, PERSONAS, 11);
    publishPost(c, { id: 'p', ...COMPLAINT });
    respond(c, { postId: 'p', ...withBreach([{ kind: 'blame', severity: 'major' }]) });
    advance(c, 1800);
    expect(snapshot(replay(SPEC, PERSONAS, 11, replayLog(c)))).toEqual(snapshot(c));
  });
});

describe('answers and silence', () => {
  it("a good answer to an angry person calms that person's followers", () => {
    const followersMean = (r: ReturnType<typeof runOne>) => {
      const m = r.c.members;
      const author = m.personaMember.get('critic')!;
      const net = m.network;
      let sum = 0;
      for (let k = net.followerOff[author]!; k < net.followerOff[author + 1]!; k++) sum += m.sentiment[net.followerIdx[k]!]!;
      return sum / (net.followerOff[author + 1]! - net.followerOff[author]!);
    };
    const good = { action: 'reply', tone: 'empathetic', diplomacy: 85, time: 240 } as const;
    const answered = seeds.map((s) => followersMean(runOne(s, COMPLAINT, good, 1800)));
    const ignored = seeds.map((s) => followersMean(runOne(s, COMPLAINT, { action: 'ignore', time: 240 }, 1800)));
    expect(mean(answered)).toBeGreaterThan(mean(ignored) + 3);
  });

  it('ignoring a fair complaint lets sentiment sink over time', () => {
    const at = (until: number) => seeds.map((s) => runOne(s, COMPLAINT, { action: 'ignore', time: 240 }, until).after.meters.sentiment);
    const [early, late] = [mean(at(600)), mean(at(4800))];
    expect(late).toBeLessThan(early - 1);
  });
});

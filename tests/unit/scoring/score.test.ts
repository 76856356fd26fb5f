import { describe, expect, it } from 'vitest';
import type { Decision } from '../../../src/core/types';
import { judgeFreeText, scoreSession } from '../../../src/scoring';

const charter = {
  rules: [
    { id: 'no-blame', severity: 'major' as const },
    { id: 'no-aggression', severity: 'critical' as const },
  ],
  responseMinutes: { microblog: 30, reviews: 240 },
};
const calm = { start: { sentiment: 10, reach: 0, reputation: 50 }, end: { sentiment: 10, reach: 500, reputation: 50 } };

const decision = (over: Partial<Decision>): Decision => ({
  postId: 'p',
  channel: 'microblog',
  postKind: 'complaint',
  arrivedAt: 0,
  decidedAt: 600,
  action: 'reply',
  text: 'x',
  source: 'option',
  judgement: 'best',
  breaches: [],
  why: '',
  tone: 'empathetic',
  ...over,
});

describe('scoreSession', () => {
  it('gives full marks to fast, empathetic, compliant, well-judged play in a stable community', () => {
    const { scores } = scoreSession({ decisions: [decision({})], charter, meters: calm });
    expect(scores).toMatchObject({ diplomacy: 90, speed: 100, charter: 100, judgement: 100, outcome: 60 });
  });

  it.each([
    [30, 100],
    [45, 83],
    [60, 67],
    [90, 33],
    [120, 0],
    [500, 0],
  ])('speed: answered after %i min against a 30 min target scores %i', (minutes, speed) => {
    const { scores } = scoreSession({ decisions: [decision({ decidedAt: minutes * 60 })], charter, meters: calm });
    expect(scores.speed).toBe(speed);
  });

  it('uses each channel’s target', () => {
    const { scores } = scoreSession({ decisions: [decision({ channel: 'reviews', decidedAt: 200 * 60 })], charter, meters: calm });
    expect(scores.speed).toBe(100);
  });

  it('counts an ignored complaint as unanswered, but not a spam left alone on purpose', () => {
    const ignored = scoreSession({
      decisions: [decision({ action: 'ignore', source: 'deadline', judgement: 'bad', tone: undefined })],
      charter,
      meters: calm,
    });
    expect(ignored.scores.speed).toBe(0);
    expect(ignored.reasons.some((r) => r.code === 'speed.unanswered')).toBe(true);
    const spam = scoreSession({
      decisions: [decision({ postKind: 'spam', action: 'ignore', judgement: 'best', tone: undefined })],
      charter,
      meters: calm,
    });
    expect(spam.scores.speed).toBe(100);
  });

  it('times the taking down of exposed personal data', () => {
    const late = scoreSession({
      decisions: [decision({ postKind: 'personal-data', action: 'hide', decidedAt: 90 * 60, tone: undefined })],
      charter,
      meters: calm,
    });
    expect(late.scores.speed).toBe(33);
  });

  it('takes points per broken rule by severity, floors at 0 and quotes the rule', () => {
    const { scores, reasons } = scoreSession({
      decisions: [
        decision({ breaches: [{ ruleId: 'no-blame', excerpt: 'your fault' }] }),
        decision({ breaches: [{ ruleId: 'no-aggression' }] }),
      ],
      charter,
      meters: calm,
    });
    expect(scores.charter).toBe(100 - 20 - 40);
    expect(reasons.filter((r) => r.code === 'charter.breach').map((r) => r.params.rule)).toEqual(['no-blame', 'no-aggression']);
    const many = Array.from({ length: 5 }, () => decision({ breaches: [{ ruleId: 'no-aggression' }] }));
    expect(scoreSession({ decisions: many, charter, meters: calm }).scores.charter).toBe(0);
  });

  it('averages judgement and diplomacy over decisions', () => {
    const { scores } = scoreSession({
      decisions: [decision({ judgement: 'best' }), decision({ judgement: 'bad', tone: 'aggressive' })],
      charter,
      meters: calm,
    });
    expect(scores.judgement).toBe(50);
    expect(scores.diplomacy).toBe(Math.round((90 + 5) / 2));
  });

  it('rewards a community that ends better than it started, within 0–100', () => {
    const better = scoreSession({
      decisions: [],
      charter,
      meters: { start: calm.start, end: { sentiment: 40, reach: 0, reputation: 65 } },
    });
    const worse = scoreSession({
      decisions: [],
      charter,
      meters: { start: calm.start, end: { sentiment: -80, reach: 0, reputation: 10 } },
    });
    expect(better.scores.outcome).toBe(100);
    expect(worse.scores.outcome).toBe(0);
  });

  it('weights the overall score and subtracts hint penalties', () => {
    const input = { decisions: [decision({ judgement: 'bad' })], charter, meters: calm };
    const even = scoreSession(input).scores.overall;
    const judgementHeavy = scoreSession({ ...input, weights: { judgement: 5 } }).scores.overall;
    expect(judgementHeavy).toBeLessThan(even);
    expect(scoreSession({ ...input, hintPenalty: 6 }).scores.overall).toBe(even - 6);
  });

  it('keeps every score an integer in 0–100 for any input', () => {
    for (let i = 0; i < 200; i++) {
      const d = decision({
        decidedAt: (i * 977) % 50000,
        judgement: (['best', 'good', 'poor', 'bad'] as const)[i % 4],
        tone: (['empathetic', 'neutral', 'defensive', 'aggressive'] as const)[i % 4],
        breaches: i % 3 ? [] : [{ ruleId: 'no-blame' }],
      });
      const { scores } = scoreSession({
        decisions: [d, d],
        charter,
        meters: { start: calm.start, end: { sentiment: (i % 201) - 100, reach: 0, reputation: i % 101 } },
      });
      for (const v of Object.values(scores)) {
        expect(Number.isInteger(v)).toBe(true);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(100);
      }
    }
  });
});

describe('judgeFreeText', () => {
  const analysis = (tone: 'empathetic' | 'neutral' | 'defensive' | 'aggressive', intents: ('apologise' | 'thank')[] = []) => ({
    tone,
    diplomacy: 50,
    violations: [],
    intents,
  });
  it('does not let an aggressive reply ride on a good option', () => {
    expect(judgeFreeText('best', 'complaint', analysis('aggressive'))).toEqual({ judgement: 'bad', adjustments: ['aggressive'] });
  });
  it('marks down an apology to someone praising the brand', () => {
    expect(judgeFreeText('best', 'praise', analysis('empathetic', ['apologise', 'thank']))).toEqual({
      judgement: 'good',
      adjustments: ['over-apology'],
    });
    expect(judgeFreeText('best', 'praise', analysis('empathetic', ['thank']))).toEqual({ judgement: 'best', adjustments: [] });
  });
  it('marks down defensiveness on a fair complaint or on exposed personal data', () => {
    expect(judgeFreeText('best', 'complaint', analysis('defensive')).judgement).toBe('poor');
    expect(judgeFreeText('best', 'personal-data', analysis('defensive')).judgement).toBe('poor');
  });
  it('lets an apology for exposed personal data stand', () => {
    expect(judgeFreeText('best', 'personal-data', analysis('empathetic', ['apologise']))).toEqual({ judgement: 'best', adjustments: [] });
  });
});

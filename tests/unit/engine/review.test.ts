/**
 * Issue #18, examiner review: overruling a finding or a judgement changes that decision's diplomacy,
 * charter and judgement scores only (the community as played), and a review file is refused when it
 * was edited or is of another report.
 */
import { describe, expect, it } from 'vitest';
import { recordHash } from '../../../src/engine/fingerprint';
import { checkReviewBinding, reviewSession, sealReview } from '../../../src/engine/review';
import { shippedScenario } from '../../support/long-run';
import { scriptedReport } from '../../support/reports';

const scenario = shippedScenario('defect-crisis');
// Does what the best answer does (thanks, explains) and promises a refund in public besides.
const PROMISE =
  'Thanks for asking, Noah. We have found a problem with some chargers delivered recently and we are contacting every affected customer: full refund by Friday 14 March for all of them, you have our word!';
const report = scriptedReport(scenario, { locale: 'en', seed: 11, strategy: 'best', written: { p4: PROMISE } });
const replayable = { manifest: scenario.manifest, charter: scenario.charter, story: scenario.stories.en! };
const promised = report.decisions.findIndex((d) => d.postId === 'p4');

describe('an examiner’s review', () => {
  it('the written reply was read as breaking the promise rule', () => {
    expect(report.decisions[promised]).toMatchObject({ source: 'free', judgement: 'poor' });
    expect(report.decisions[promised]!.breaches.map((b) => b.ruleId)).toEqual(['no-promise']);
  });

  it('without verdicts the scores are the report’s', () => {
    expect(reviewSession(report, replayable, []).scores).toEqual(report.scores);
  });

  it('confirming the finding changes nothing', () => {
    const r = reviewSession(report, replayable, [
      {
        session: 0,
        decision: promised,
        postId: 'p4',
        findings: [{ ruleId: 'no-promise', verdict: 'confirmed' }],
        note: 'A public promise.',
      },
    ]);
    expect(r.scores).toEqual(report.scores);
    expect(r.changes).toEqual([]);
  });

  it('overruling it lifts the charter, diplomacy and judgement of that reply, not the community outcome or speed', () => {
    const r = reviewSession(report, replayable, [
      {
        session: 0,
        decision: promised,
        postId: 'p4',
        findings: [{ ruleId: 'no-promise', verdict: 'overruled' }],
        note: 'A goodwill gesture.',
      },
    ]);
    expect(r.problems).toEqual([]);
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0]!.after.breaches).toEqual([]);
    expect(r.scores.charter).toBeGreaterThan(report.scores.charter);
    expect(r.scores.judgement).toBeGreaterThan(report.scores.judgement);
    expect(r.changes[0]!.after.diplomacy!).toBeGreaterThan(r.changes[0]!.before.diplomacy!);
    expect(r.scores.outcome).toBe(report.scores.outcome);
    expect(r.scores.speed).toBe(report.scores.speed);
    expect(r.scores.overall).toBeGreaterThan(report.scores.overall);
  });

  it('a judgement the examiner replaces is taken as given', () => {
    const r = reviewSession(report, replayable, [
      { session: 0, decision: promised, postId: 'p4', findings: [], judgement: 'bad', note: 'Worse than read.' },
    ]);
    expect(r.changes[0]!.after).toMatchObject({ judgement: 'bad', breaches: ['no-promise'] });
    expect(r.scores.judgement).toBeLessThan(report.scores.judgement);
    expect(r.scores.charter).toBe(report.scores.charter);
  });

  it('verdicts on decisions that are not written replies, or not there, are named, not applied', () => {
    const option = report.decisions.findIndex((d) => d.source === 'option');
    const r = reviewSession(report, replayable, [
      { session: 0, decision: option, postId: report.decisions[option]!.postId, findings: [], judgement: 'bad', note: '' },
      { session: 0, decision: 999, postId: 'p4', findings: [], note: '' },
    ]);
    expect(r.problems).toHaveLength(2);
    expect(r.scores).toEqual(report.scores);
  });

  it('a sealed review is bound to its report: an edited one and another report’s are refused', () => {
    const hash = recordHash(report);
    const review = sealReview({
      report: { hash, kind: 'report', file: 'r.json' },
      examiner: 'A. Examiner',
      reviewedAt: '2026-12-07T10:00:00.000Z',
      decisions: [{ session: 0, decision: promised, postId: 'p4', findings: [{ ruleId: 'no-promise', verdict: 'overruled' }], note: 'ok' }],
      result: { sessions: [80], overall: 80, passed: null },
    });
    expect(checkReviewBinding(review, hash)).toBeNull();
    expect(checkReviewBinding({ ...review, result: { ...review.result, overall: 95 } }, hash)).toBe('edited');
    expect(checkReviewBinding(review, recordHash({ ...report, seed: 12 }))).toBe('other-report');
  });
});

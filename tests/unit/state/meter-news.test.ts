import { describe, expect, it } from 'vitest';
import { meterCues, meterNews } from '../../../src/state/meter-news';

const m = (sentiment: number, reach: number, reputation: number) => ({ sentiment, reach, reputation });

describe('meterNews', () => {
  it('stays quiet while the indicators drift', () => {
    expect(meterNews(m(0, 1000, 50), m(9.4, 1400, 54.4))).toEqual([]);
  });

  it('tells a sentiment swing of 10 points either way, rounded as shown', () => {
    expect(meterNews(m(-5, 0, 50), m(-15.2, 0, 50))).toEqual([{ meter: 'sentiment', from: -5, to: -15 }]);
    expect(meterNews(m(-5, 0, 50), m(4.6, 0, 50))).toEqual([{ meter: 'sentiment', from: -5, to: 5 }]);
  });

  it('tells reach when it grows by half again, once it counts', () => {
    expect(meterNews(m(0, 40, 50), m(0, 90, 50))).toEqual([]);
    expect(meterNews(m(0, 1000, 50), m(0, 1500, 50))).toEqual([{ meter: 'reach', from: 1000, to: 1500 }]);
  });

  it('tells a reputation move of 5 points, and several changes at once', () => {
    expect(meterNews(m(20, 100, 60), m(5, 400, 52))).toEqual([
      { meter: 'sentiment', from: 20, to: 5 },
      { meter: 'reach', from: 100, to: 400 },
      { meter: 'reputation', from: 60, to: 52 },
    ]);
  });

  it('tells nothing in an exam, where a line after a decision would grade it (the meters stay on screen)', () => {
    expect(meterNews(m(20, 100, 60), m(5, 400, 66), 'exam')).toEqual([]);
    expect(meterNews(m(20, 100, 60), m(5, 400, 66), 'training')).toHaveLength(3);
    expect(meterCues('exam')).toBe(false);
    expect(meterCues('training')).toBe(true);
  });
});

import type { Meters } from '../core/types';

/** A change in the community's indicators worth telling a screen-reader user about. */
export interface MeterNews {
  meter: keyof Meters;
  from: number;
  to: number;
}

/** How far an indicator must move from what was last told before it is told again. */
export const NEWS_STEP = { sentiment: 10, reputation: 5, reachRatio: 1.5, reachMin: 100 } as const;

/**
 * The indicators that moved enough since they were last told (rounded, as the desk shows them).
 * Small drifts are left out: a live region that speaks every second is one people turn off.
 */
export function meterNews(told: Meters, now: Meters): MeterNews[] {
  const news: MeterNews[] = [];
  const round = (m: Meters) => ({ sentiment: Math.round(m.sentiment), reach: Math.round(m.reach), reputation: Math.round(m.reputation) });
  const a = round(told);
  const b = round(now);
  if (Math.abs(b.sentiment - a.sentiment) >= NEWS_STEP.sentiment) news.push({ meter: 'sentiment', from: a.sentiment, to: b.sentiment });
  if (b.reach >= NEWS_STEP.reachMin && b.reach >= a.reach * NEWS_STEP.reachRatio) news.push({ meter: 'reach', from: a.reach, to: b.reach });
  if (Math.abs(b.reputation - a.reputation) >= NEWS_STEP.reputation)
    news.push({ meter: 'reputation', from: a.reputation, to: b.reputation });
  return news;
}

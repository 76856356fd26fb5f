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
 * Whether the desk calls attention to the meters' moves (a spoken line, a green or red ring): in training
 * only. In an exam the meters stay on screen for everyone to read, as part of the simulation, but a cue
 * right after a decision ("Reputation up to 66 (was 60)", a green ring) would grade it for the candidate.
 */
export const meterCues = (mode: 'training' | 'exam'): boolean => mode === 'training';

/**
 * The indicators that moved enough since they were last told (rounded, as the desk shows them).
 * Small drifts are left out: a live region that speaks every second is one people turn off.
 * Nothing in an exam (see meterCues).
 */
export function meterNews(told: Meters, now: Meters, mode: 'training' | 'exam' = 'training'): MeterNews[] {
  if (!meterCues(mode)) return [];
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

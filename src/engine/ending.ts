/**
 * The ending follows the community, not only the story. A story chooses its ending from its own
 * variables; the community and the charter may disagree with it (one insult among good replies
 * leaves the story on its best branch). The rule (docs/authoring.md, "Endings and the community"):
 * the story's *good* ending — the one it reaches when every post gets its author's best option — is
 * overruled when a critical charter rule was broken, or when community sentiment ended more than
 * `SOURED_POINTS` below where it started. Every other ending stands as the story wrote it.
 */
import type { Decision, Locale, Meters, RuleKind } from '../core/types';
import type { Charter } from '../content/schema';
import { StoryRunner } from '../narrative';
import type { CommunitySnapshot, WaveMetrics } from '../sim';

/** Sentiment points below the start at which a good ending no longer describes the community. */
export const SOURED_POINTS = 5;

export interface SessionEnding {
  id: string;
  /** The story's text of its ending; empty when the engine overruled it (the debrief words it from `overruled`). */
  text: string;
  /** Set when the engine overruled the story: the ending the story had reached. */
  story?: string;
  /** What the engine's ending says: the critical breaches, how far their screenshots went, the meters. */
  overruled?: Overruled;
}

export interface Overruled {
  /** The kinds of the critical rules broken (`custom` for a teacher's own rule); none when the community soured. */
  kinds: (RuleKind | 'custom')[];
  shares: number;
  reach: number;
  /** Journalists and creators among those who saw a screenshot. */
  press: number;
  start: { sentiment: number; reputation: number };
  end: { sentiment: number; reputation: number };
}

const RANK = { best: 0, good: 1, poor: 2, bad: 3 } as const;
const bestEndings = new Map<string, string | null>();

/**
 * The ending a story reaches when every post gets its author's best option (the first in authored
 * order when there are several; deadlines never pass). A walk of the story alone, without community
 * or clock, so it costs a few milliseconds; kept per story.
 */
export function bestPathEnding(story: string): string | null {
  const known = bestEndings.get(story);
  if (known !== undefined) return known;
  let found: string | null = null;
  try {
    const runner = new StoryRunner(story);
    let step = runner.continue();
    for (let guard = 0; guard < 1000; guard++) {
      const end = step.events.find((e) => e.type === 'end');
      if (end?.type === 'end') {
        found = end.ending;
        break;
      }
      const shown = step.options.filter((o) => !o.hidden);
      if (step.ended || shown.length === 0) break;
      const pick = [...shown].sort((a, b) => RANK[a.judgement] - RANK[b.judgement] || a.index - b.index)[0]!;
      step = runner.choose(pick.index);
    }
  } catch {
    found = null; // a story that cannot be walked keeps its endings as written
  }
  if (bestEndings.size >= 32) bestEndings.delete(bestEndings.keys().next().value!);
  bestEndings.set(story, found);
  return found;
}

export interface EndingContext {
  story: string;
  locale: Locale;
  charter: Charter;
  decisions: readonly Decision[];
  start: Meters;
  end: Meters;
  waves: readonly WaveMetrics[];
  /** Who saw the screenshots, each person once (src/sim/metrics.ts). */
  breachAudience: CommunitySnapshot['breachAudience'];
}

/** The ending the session records: the story's, or the engine's when the community contradicts a good one. */
export function settleEnding(reached: { id: string; text: string }, ctx: EndingContext): SessionEnding {
  if (reached.id !== bestPathEnding(ctx.story)) return reached;
  const critical: (RuleKind | 'custom')[] = [];
  for (const d of ctx.decisions) {
    for (const b of d.breaches) {
      const rule = ctx.charter.rules.find((r) => r.id === b.ruleId);
      if (rule?.severity === 'critical' && !critical.includes(rule.kind)) critical.push(rule.kind);
    }
  }
  const soured = ctx.end.sentiment < ctx.start.sentiment - SOURED_POINTS;
  if (critical.length === 0 && !soured) return reached;
  const meters = (m: Meters) => ({ sentiment: Math.round(m.sentiment), reputation: Math.round(m.reputation) });
  const overruled: Overruled = {
    kinds: critical,
    shares: ctx.waves.reduce((n, w) => n + w.shares, 0),
    reach: ctx.breachAudience.reach,
    press: ctx.breachAudience.journalists + ctx.breachAudience.influencers,
    start: meters(ctx.start),
    end: meters(ctx.end),
  };
  return { id: critical.length === 0 ? 'community-soured' : 'critical-breach', text: '', story: reached.id, overruled };
}

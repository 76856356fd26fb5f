/**
 * Genuine session reports made in Node for the teacher tools' tests: a session played with
 * scripted decisions, then `buildReport`, exactly as the game does at the end of a shift.
 */
import type { Charter, Manifest } from '../../src/content/schema';
import type { Locale, ScoreWeights } from '../../src/core/types';
import type { ReplyModel } from '../../src/analysis';
import type { Report } from '../../src/records/session-report';
import { buildReport } from '../../src/engine/build-report';
import { Session } from '../../src/engine/session';

export interface PlayableScenario {
  manifest: Manifest;
  charter: Charter;
  stories: Partial<Record<Locale, string>>;
}

export type Strategy = 'best' | 'worst' | 'first' | 'last';

export interface ScriptedPlay {
  locale: Locale;
  seed: number;
  strategy: Strategy;
  /** Game seconds the player takes before answering each post. */
  think?: number;
  /** Posts on which the player asks the coach for a hint first. */
  hints?: string[];
  candidate?: Record<string, string>;
  finishedAt?: string;
  /** Posts answered in the player's own words (a public reply) instead of an option. */
  written?: Record<string, string>;
  /** The reply reader that reads written replies with the rules (the game's shipped model in the browser); none: the rules alone. */
  replyModel?: ReplyModel | null;
  /** Real ms the player takes before their i-th decision (default: 100 ms per game second of thinking). */
  gap?: (i: number) => number;
  /** The variant seed (src/engine/variant.ts); none: the scenario as written. */
  variant?: number;
  /** Real time (ms) the session starts at. */
  start?: number;
  /** An exam's conditions (src/engine/exam-rules.ts, examConditions): its weights and written-replies rule. */
  conditions?: { weights?: ScoreWeights; freeTextRequired?: boolean };
}

const RANK = { best: 0, good: 1, poor: 2, bad: 3 } as const;

/** Plays a whole session with a fixed strategy and returns its report. */
export function scriptedReport(scenario: PlayableScenario, play: ScriptedPlay): Report {
  const story = scenario.stories[play.locale];
  if (!story) throw new Error(`${scenario.manifest.id} has no ${play.locale} story`);
  let real = play.start ?? Date.parse('2026-11-23T09:00:00Z');
  let decisions = 0;
  const session = new Session({
    manifest: scenario.manifest,
    charter: scenario.charter,
    story,
    locale: play.locale,
    seed: play.seed,
    ...(play.variant !== undefined ? { variant: play.variant } : {}),
    realClock: () => real,
    replyModel: play.replyModel ?? null,
    ...play.conditions,
  });
  const think = play.think ?? 30;
  for (let guard = 0; !session.ended && guard < 5_000; guard++) {
    const post = session.feed.find((p) => p.state === 'open');
    if (!post) {
      const next = session.nextEventAt();
      session.advance(next ?? session.now + 60);
      real += 1_000;
      continue;
    }
    if (play.hints?.includes(post.id)) session.useHint(post.id);
    session.advance(session.now + think);
    real += play.gap ? play.gap(decisions++) : think * 100;
    const options = session.visibleOptions(post.id).filter((o) => !o.hidden && o.action !== 'ignore');
    if (options.length === 0) continue; // its deadline passed while thinking
    const own = play.written?.[post.id];
    if (own !== undefined && !('error' in session.write(post.id, own))) continue;
    const sorted = [...options].sort((a, b) => RANK[a.judgement] - RANK[b.judgement] || b.breaks.length - a.breaks.length);
    const option = { best: sorted[0], worst: sorted[sorted.length - 1], first: options[0], last: options[options.length - 1] }[
      play.strategy
    ]!;
    session.choose(post.id, option.index);
  }
  if (!session.ended) throw new Error(`${scenario.manifest.id}: the scripted session did not end`);
  return buildReport(session, {
    app: 'test',
    mode: 'training',
    startedAt: '2026-11-23T09:00:00Z',
    finishedAt: play.finishedAt ?? '2026-11-23T09:20:00Z',
    ...(play.candidate ? { candidate: play.candidate } : {}),
  });
}

/**
 * Story test on the shipped exposed-data scenario: the community must reward what the scenario
 * teaches. Taking down a customer's exposed data (and explaining it to her in private) protects;
 * a player who only talks beside the data leaves it on show, and the community sees it.
 */
import { describe, expect, it } from 'vitest';
import type { ActionKind } from '../../../src/core/types';
import { Session } from '../../../src/engine/session';
import { shippedScenario } from '../../support/long-run';

const scenario = shippedScenario('exposed-data');
const REMOVALS: ReadonlySet<ActionKind> = new Set(['hide', 'delete', 'ban']);

/** Plays every post two game minutes after it arrives: the scenario's best options, or (`removes` false) never a removal. */
function play(seed: number, removes: boolean) {
  const session = new Session({
    manifest: scenario.manifest,
    charter: scenario.charter,
    story: scenario.stories.en,
    locale: 'en',
    seed,
    audienceSize: 5000,
  });
  for (let steps = 0; !session.ended && steps < 200; steps++) {
    const post = session.feed.find((p) => p.state === 'open');
    if (!post) {
      const next = session.nextEventAt();
      session.advance(next !== null ? Math.max(next, session.now + 60) : session.now + 1800);
      continue;
    }
    session.advance(session.now + 120);
    const options = session.visibleOptions(post.id);
    const best = options.find((o) => o.judgement === 'best');
    // The talker picks the scenario's best option unless it removes something; then the best of the rest.
    const talk =
      options.find((o) => !REMOVALS.has(o.action) && o.judgement === 'best') ??
      options.find((o) => !REMOVALS.has(o.action) && o.judgement === 'good');
    const option = removes ? best : (talk ?? best);
    if (option && !session.ended) session.choose(post.id, option.index);
  }
  return {
    removed: session.decisions.filter((d) => REMOVALS.has(d.action)).length,
    scores: session.score().scores,
    meters: session.meters,
  };
}

describe('exposed-data: protecting is not censoring', () => {
  it('taking the exposed data down leaves a better community than talking beside it, on every seed', () => {
    for (const seed of [1, 2, 3]) {
      const protect = play(seed, true);
      const talk = play(seed, false);
      expect(protect.removed).toBeGreaterThanOrEqual(2);
      expect(talk.removed).toBe(0);
      expect(protect.meters.reputation).toBeGreaterThan(talk.meters.reputation + 2);
      expect(protect.scores.outcome).toBeGreaterThan(talk.scores.outcome);
    }
  });
});

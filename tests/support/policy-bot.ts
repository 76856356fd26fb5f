/**
 * A player bot for calibration tests: it plays a shipped scenario through the engine in Node, as
 * `scriptedReport` does, picking among the options as the desk shows them (in the engine's order,
 * the hidden deadline fallback left out) with a policy that sees only what a player sees.
 */
import type { Locale } from '../../src/core/types';
import type { ReplyOption } from '../../src/narrative';
import { Session } from '../../src/engine/session';
import { createRng } from '../../src/core/rng';
import type { LoadedScenario } from '../../tools/scenarios/load';

/** Picks one of the options shown on a post; `shown` is in display order. */
export type Policy = (shown: readonly ReplyOption[], postId: string) => ReplyOption;

/** Always the first option shown. */
export const firstShown: Policy = (shown) => shown[0]!;

/** Uniformly at random among the options shown, from its own seeded generator (not the run's). */
export const randomPlay = (label: string): Policy => {
  const rng = createRng(`random-player:${label}`);
  return (shown) => rng.pick(shown);
};

export interface BotRun {
  session: Session;
  /** Every post answered, with the options as shown and the one picked. */
  seen: { postId: string; shown: ReplyOption[]; picked: ReplyOption }[];
}

/** Plays a whole session: each post that waits is answered after `think` game seconds. */
export function playWith(
  scenario: LoadedScenario,
  opts: { locale: Locale; seed: number; policy: Policy; think?: number; audienceSize?: number },
): BotRun {
  const session = new Session({
    manifest: scenario.manifest,
    charter: scenario.charter,
    story: scenario.stories[opts.locale],
    locale: opts.locale,
    seed: opts.seed,
    ...(opts.audienceSize ? { audienceSize: opts.audienceSize } : {}),
  });
  const think = opts.think ?? 30;
  const seen: BotRun['seen'] = [];
  for (let guard = 0; !session.ended && guard < 5_000; guard++) {
    const post = session.feed.find((p) => p.state === 'open');
    if (!post) {
      session.advance(session.nextEventAt() ?? session.now + 60);
      continue;
    }
    session.advance(session.now + think);
    const shown = session.visibleOptions(post.id).filter((o) => !o.hidden);
    if (shown.length === 0) continue; // its deadline passed while thinking
    const picked = opts.policy(shown, post.id);
    seen.push({ postId: post.id, shown, picked });
    session.choose(post.id, picked.index);
  }
  if (!session.ended) throw new Error(`${scenario.manifest.id}: the bot's session did not end`);
  return { session, seen };
}

export const mean = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / values.length;

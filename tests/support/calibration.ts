/**
 * Calibration through the engine (#14 item 6): plays a shipped scenario in Node, in both languages
 * over many seeds, with the policies a player might follow — the author's best option everywhere,
 * at random, the worst option, ignoring everything, and best play but for one insult written from the
 * brand account — and returns each run's scores, final meters and ending.
 */
import type { Locale } from '../../src/core/types';
import { createRng } from '../../src/core/rng';
import { Session } from '../../src/engine/session';
import type { ReplyOption } from '../../src/narrative';
import type { LoadedScenario } from '../../tools/scenarios/load';
import { shippedReplyModel } from '../../tools/analysis/paths';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Play = 'best' | 'random' | 'worst' | 'ignore' | 'insult' | Written;
/** Every post answered in the player's own words: good, flat or rude replies (tests/fixtures/calibration-replies.json). */
export type Written = 'write-good' | 'write-neutral' | 'write-rude';
export const PLAYS: Play[] = ['best', 'random', 'worst', 'ignore', 'insult', 'write-good', 'write-neutral', 'write-rude'];

/**
 * Replies per language, post kind and quality, written for this test by a session that saw neither the
 * game's code nor the analyser's word lists, so the test is not circular. `{name}` is the author's first name.
 */
const REPLIES = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'calibration-replies.json'), 'utf8')) as Record<
  Locale | 'fr-tu',
  Record<string, Record<'good' | 'neutral' | 'rude', string[]>>
>;

/**
 * The insult, written for this test without looking at the analyser's word lists: what a community
 * manager who lost their temper might post.
 */
export const INSULT: Record<Locale, string> = {
  en: 'Shut up, you pathetic clown. Nobody cares about your whining, idiot.',
  fr: 'Tais-toi, espèce de clown pathétique. Tout le monde se fiche de tes jérémiades, abruti.',
};

export interface CalibrationRun {
  overall: number;
  outcome: number;
  sentiment: number;
  reputation: number;
  startSentiment: number;
  ending: string;
  /** The insult run: the rules its written reply broke, by severity. */
  insultSeverities: string[];
}

const RANK = { best: 0, good: 1, poor: 2, bad: 3 } as const;
const FAIR = ['complaint', 'question', 'request'];
const byJudgement = (shown: readonly ReplyOption[]) =>
  [...shown].sort((a, b) => RANK[a.judgement] - RANK[b.judgement] || a.breaks.length - b.breaks.length || a.index - b.index);

/** One whole session; `audienceSize` shrinks the community to keep the suite fast. */
export function calibrationRun(scenario: LoadedScenario, locale: Locale, seed: number, play: Play, audienceSize: number): CalibrationRun {
  const session = new Session({
    manifest: scenario.manifest,
    charter: scenario.charter,
    story: scenario.stories[locale],
    locale,
    seed,
    audienceSize,
    // the game reads written replies with its trained reader: so does the calibration
    replyModel: shippedReplyModel(),
  });
  const rng = createRng(`calibration:${scenario.manifest.id}:${locale}:${seed}`);
  let insulted = false;
  const insultSeverities: string[] = [];
  for (let guard = 0; !session.ended && guard < 5_000; guard++) {
    const post = session.feed.find((p) => p.state === 'open');
    if (!post || play === 'ignore') {
      session.advance(session.nextEventAt() ?? session.now + 60);
      continue;
    }
    session.advance(session.now + 30);
    const shown = session.visibleOptions(post.id).filter((o) => !o.hidden);
    if (shown.length === 0) continue;
    if (play === 'insult' && !insulted && FAIR.includes(post.kind)) {
      const decision = session.write(post.id, INSULT[locale]);
      if (!('error' in decision)) {
        insulted = true;
        for (const b of decision.breaches) {
          const rule = scenario.charter.rules.find((r) => r.id === b.ruleId);
          if (rule) insultSeverities.push(rule.severity);
        }
        continue;
      }
    }
    if (play.startsWith('write-')) {
      const quality = play.slice('write-'.length) as 'good' | 'neutral' | 'rude';
      // a French brand that says « tu » to its community gets replies that do too
      const set = REPLIES[locale === 'fr' && scenario.charter.register.fr === 'tu' ? 'fr-tu' : locale];
      const texts = set[post.kind]?.[quality] ?? set.complaint![quality];
      const first = post.persona.name.split(' ')[0] ?? '';
      const text = rng.pick(texts).replaceAll('{name}', first);
      if (!('error' in session.write(post.id, text))) continue;
    }
    const sorted = byJudgement(shown);
    const pick = play === 'random' ? rng.pick(shown) : play === 'worst' ? sorted[sorted.length - 1]! : sorted[0]!;
    session.choose(post.id, pick.index);
  }
  if (!session.ended) throw new Error(`${scenario.manifest.id} ${locale} seed ${seed} (${play}): the session did not end`);
  if (play === 'insult' && !insulted) throw new Error(`${scenario.manifest.id}: no post took the written insult`);
  const scores = session.score().scores;
  return {
    overall: scores.overall,
    outcome: scores.outcome,
    sentiment: session.meters.sentiment,
    reputation: session.meters.reputation,
    startSentiment: session.startMeters.sentiment,
    ending: session.ending?.id ?? 'none',
    insultSeverities,
  };
}

export const average = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

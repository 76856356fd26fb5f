/**
 * Free text follows the story through the scripted option that resembles it most: the same broken
 * rules above all (a story must not go on as if the player had leaked data they did not leak), then the
 * same judgement (a reply judged bad does not go on as the best one: the customer it blamed does not
 * thank the brand later), the same kind of action (public reply or private message), tone, shared intents.
 */
import type { Judgement, ReplyAnalysis, Tone } from '../core/types';
import type { ReplyOption } from '../narrative';

const TONE_ORDER: Tone[] = ['empathetic', 'neutral', 'defensive', 'aggressive'];
const JUDGEMENT_ORDER: Judgement[] = ['best', 'good', 'poor', 'bad'];
/** Rule kinds that wrong the person answered: blaming them and mocking them lead the story the same way. */
const WRONGS: readonly string[] = ['blame', 'aggression'];

/** What the written reply was found to be, beyond its reading: its judgement, and the kind of each rule id. */
export interface JudgedReply {
  judgement?: Judgement;
  kindOf?: (ruleId: string) => string | undefined;
}

function resemblance(option: ReplyOption, analysis: ReplyAnalysis, broken: readonly string[], reading: JudgedReply): number {
  const wantsDm = analysis.intents.includes('move-to-dm');
  const wrongs = (rule: string) => WRONGS.includes(reading.kindOf?.(rule) ?? '');
  let score = 0;
  for (const rule of option.breaks) score += broken.includes(rule) ? 4 : wrongs(rule) && broken.some(wrongs) ? 2 : -6;
  if (option.action === 'reply') score += wantsDm ? 1 : 3;
  else if (option.action === 'dm') score += wantsDm ? 3 : 1;
  if (option.tone) {
    const gap = Math.abs(TONE_ORDER.indexOf(option.tone) - TONE_ORDER.indexOf(analysis.tone));
    score += [3, 1, 0, -1][gap] ?? 0;
  }
  if (reading.judgement) {
    const gap = Math.abs(JUDGEMENT_ORDER.indexOf(option.judgement) - JUDGEMENT_ORDER.indexOf(reading.judgement));
    score += [2, 1, -1, -3][gap] ?? 0;
  }
  score += option.intents.filter((i) => analysis.intents.includes(i)).length;
  return score;
}

/**
 * The option (never a hidden one) whose broken rules, judgement, action, tone and intents are closest;
 * ties go to the earlier one. `reading` is what the judge found, when known (not to guess a destination).
 */
export function closestOption(
  options: readonly ReplyOption[],
  analysis: ReplyAnalysis,
  broken: readonly string[] = [],
  reading: JudgedReply = {},
): ReplyOption {
  let best = options[0];
  let bestScore = -Infinity;
  for (const option of options) {
    if (option.hidden) continue;
    const score = resemblance(option, analysis, broken, reading);
    if (score > bestScore) {
      best = option;
      bestScore = score;
    }
  }
  if (!best) throw new Error('closestOption needs at least one option');
  return best;
}

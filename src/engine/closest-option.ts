/**
 * Free text follows the story through the scripted option that resembles it most: the same broken
 * rules above all (a story must not go on as if the player had leaked data they did not leak), then the
 * same kind of action (public reply or private message), tone, shared intents.
 */
import type { ReplyAnalysis, Tone } from '../core/types';
import type { ReplyOption } from '../narrative';

const TONE_ORDER: Tone[] = ['empathetic', 'neutral', 'defensive', 'aggressive'];

function resemblance(option: ReplyOption, analysis: ReplyAnalysis, broken: readonly string[]): number {
  const wantsDm = analysis.intents.includes('move-to-dm');
  let score = 0;
  for (const rule of option.breaks) score += broken.includes(rule) ? 4 : -6;
  if (option.action === 'reply') score += wantsDm ? 1 : 3;
  else if (option.action === 'dm') score += wantsDm ? 3 : 1;
  if (option.tone) {
    const gap = Math.abs(TONE_ORDER.indexOf(option.tone) - TONE_ORDER.indexOf(analysis.tone));
    score += [3, 1, 0, -1][gap] ?? 0;
  }
  score += option.intents.filter((i) => analysis.intents.includes(i)).length;
  return score;
}

/** The option (never a hidden one) whose broken rules, action, tone and intents are closest; ties go to the earlier one. */
export function closestOption(options: readonly ReplyOption[], analysis: ReplyAnalysis, broken: readonly string[] = []): ReplyOption {
  let best = options[0];
  let bestScore = -Infinity;
  for (const option of options) {
    if (option.hidden) continue;
    const score = resemblance(option, analysis, broken);
    if (score > bestScore) {
      best = option;
      bestScore = score;
    }
  }
  if (!best) throw new Error('closestOption needs at least one option');
  return best;
}

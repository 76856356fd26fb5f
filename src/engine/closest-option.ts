/**
 * Free text follows the story through the scripted option that resembles it most:
 * same kind of action (public reply or private message), same tone, shared intents.
 */
import type { ReplyAnalysis, Tone } from '../core/types';
import type { ReplyOption } from '../narrative';

const TONE_ORDER: Tone[] = ['empathetic', 'neutral', 'defensive', 'aggressive'];

function resemblance(option: ReplyOption, analysis: ReplyAnalysis): number {
  const wantsDm = analysis.intents.includes('move-to-dm');
  let score = 0;
  if (option.action === 'reply') score += wantsDm ? 1 : 3;
  else if (option.action === 'dm') score += wantsDm ? 3 : 1;
  if (option.tone) {
    const gap = Math.abs(TONE_ORDER.indexOf(option.tone) - TONE_ORDER.indexOf(analysis.tone));
    score += [3, 1, 0, -1][gap] ?? 0;
  }
  score += option.intents.filter((i) => analysis.intents.includes(i)).length;
  return score;
}

/** The option (never a hidden one) whose action, tone and intents are closest; ties go to the earlier one. */
export function closestOption(options: readonly ReplyOption[], analysis: ReplyAnalysis): ReplyOption {
  let best = options[0];
  let bestScore = -Infinity;
  for (const option of options) {
    if (option.hidden) continue;
    const score = resemblance(option, analysis);
    if (score > bestScore) {
      best = option;
      bestScore = score;
    }
  }
  if (!best) throw new Error('closestOption needs at least one option');
  return best;
}

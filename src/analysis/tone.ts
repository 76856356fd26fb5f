/**
 * Tone from cues. Aggression wins (an insult is not excused by a "merci"); blame and
 * minimising make a reply defensive unless warmth clearly outweighs them; warmth
 * (apology, thanks, understanding, help) makes it empathetic; otherwise neutral.
 */
import type { Tone, Violation } from '../core/types';
import type { Signals } from './signals';

export interface ToneScores {
  warmth: number;
  defence: number;
  hostility: number;
}

export function toneScores(s: Signals, violations: readonly Violation[]): ToneScores {
  const count = (k: string): number => violations.filter((v) => v.kind === k).length;
  const warmth = s.apologise + s.thank + s.empathy + s.negatedInsult + 0.5 * Math.min(s.warmEmoji, 2);
  const defence = s.defensive + 1.5 * count('blame') + 0.5 * s.mockLaugh + s.competitorDigs + 0.5 * s.namedColleague;
  const hostility =
    3 * count('aggression') +
    (count('shouting') > 0 ? 1 + 0.5 * count('shouting') : 0) +
    (count('blame') > 0 ? 1 : 0) +
    (s.mockLaugh > 0 ? 0.5 : 0);
  return { warmth, defence, hostility };
}

export function readTone(s: Signals, violations: readonly Violation[]): Tone {
  const { warmth, defence, hostility } = toneScores(s, violations);
  const count = (k: string): number => violations.filter((v) => v.kind === k).length;
  if (violations.some((v) => v.kind === 'aggression')) return 'aggressive';
  // shouting at someone while blaming or minimising is aggressive; one word stressed in capitals
  // beside a reproach ("c'est ÉCRIT partout") is defensive
  if (hostility > 2.5 && defence > 0) return 'aggressive';
  // capitals with no warmth and no argument at all read as shouting at the reader
  if (count('shouting') > 0 && warmth === 0 && defence === 0) return 'aggressive';
  if (defence > 0 && defence >= warmth) return 'defensive';
  if (warmth > 0) return 'empathetic';
  return 'neutral';
}

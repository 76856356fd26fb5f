/**
 * Diplomacy 0–100 (formula documented in docs/analysis.md):
 * base 50, + warmth (≤ 18) + helpfulness (≤ 20) + greeting (2),
 * − tone penalty, − violations, − boilerplate without substance, − terse or overlong.
 */
import type { Tone, Violation } from '../core/types';
import type { Signals } from './signals';

const TONE_PENALTY: Record<Tone, number> = { empathetic: 0, neutral: 5, defensive: 20, aggressive: 40 };
/** Kinds that hurt people or the brand most cost more. */
const HEAVY = new Set(['aggression', 'personal-data', 'politics', 'confidential']);

export function diplomacyScore(s: Signals, tone: Tone, violations: readonly Violation[], length: number): number {
  if (s.words === 0) return 0;
  const warmth = Math.min(18, 6 * (Math.min(s.apologise, 1) + Math.min(s.thank, 1) + Math.min(s.empathy, 2) + (s.warmEmoji > 0 ? 0.5 : 0)));
  const helpful = [s.explain, s.askDetails, s.moveToDm, s.escalate, s.correct, s.promiseIntent].filter((x) => x > 0).length;
  const help = Math.min(20, 6 * helpful);
  const kinds = new Set(violations.map((v) => v.kind));
  let penalty = TONE_PENALTY[tone];
  for (const k of kinds) penalty += HEAVY.has(k) ? 18 : 12;
  // corporate boilerplate reads as a brush-off, worse when nothing concrete follows
  penalty += Math.min(15, 5 * s.boilerplate) + (s.boilerplate > 0 && helpful === 0 ? 10 : 0);
  if (s.words < 4) penalty += 15;
  if (length > 700) penalty += Math.min(15, 3 * Math.floor((length - 700) / 150));
  const score = 50 + warmth + help + (s.greet > 0 ? 2 : 0) - penalty;
  return Math.max(0, Math.min(100, Math.round(score)));
}

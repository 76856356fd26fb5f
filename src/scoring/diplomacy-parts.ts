/**
 * What earned and cost a written reply its diplomacy, for the debrief: the analyser's formula
 * (docs/analysis.md, src/analysis/diplomacy.ts) retold from its reading. Warm words, helpful acts,
 * the greeting, the tone and each kind of breach are known from the reading; what it does not carry
 * (empathy and warm emoji beyond an apology or thanks; stock phrases, a curt or overlong reply) is the
 * difference to the score, so the parts always add up to it.
 */
import type { Intent, ReplyAnalysis, RuleKind, Tone } from '../core/types';

export interface DiplomacyPart {
  code: 'base' | 'apology' | 'thanks' | 'help' | 'greeting' | 'warmth' | 'tone' | 'breach' | 'wording' | 'bounds';
  points: number;
  /** `acts` (intents joined by commas) for help; `kind` and `excerpt` for a breach. */
  params: Record<string, string>;
}

/** Mirrors src/analysis/diplomacy.ts (scoring does not import the analyser). */
const BASE = 50;
const TONE_PENALTY: Record<Tone, number> = { empathetic: 0, neutral: 5, defensive: 20, aggressive: 40 };
const HEAVY: ReadonlySet<RuleKind> = new Set(['aggression', 'personal-data', 'politics', 'confidential']);
const HELPFUL: readonly Intent[] = ['explain', 'ask-details', 'move-to-dm', 'escalate', 'correct', 'promise'];

export function diplomacyParts(analysis: ReplyAnalysis): DiplomacyPart[] {
  const value = Math.round(analysis.diplomacy);
  const has = (i: Intent) => analysis.intents.includes(i);
  const parts: DiplomacyPart[] = [{ code: 'base', points: BASE, params: {} }];
  if (has('apologise')) parts.push({ code: 'apology', points: 6, params: {} });
  if (has('thank')) parts.push({ code: 'thanks', points: 6, params: {} });
  const acts = HELPFUL.filter(has);
  if (acts.length > 0) parts.push({ code: 'help', points: Math.min(20, 6 * acts.length), params: { acts: acts.join(',') } });
  if (has('greet')) parts.push({ code: 'greeting', points: 2, params: {} });
  if (TONE_PENALTY[analysis.tone] > 0) parts.push({ code: 'tone', points: -TONE_PENALTY[analysis.tone], params: {} });
  const seen = new Set<RuleKind>();
  for (const v of analysis.violations) {
    if (seen.has(v.kind)) continue;
    seen.add(v.kind);
    parts.push({ code: 'breach', points: HEAVY.has(v.kind) ? -18 : -12, params: { kind: v.kind, excerpt: v.excerpt } });
  }
  const raw = parts.reduce((sum, p) => sum + p.points, 0);
  const rest = value - raw;
  if ((value === 0 && raw < 0) || (value === 100 && raw > 100)) parts.push({ code: 'bounds', points: rest, params: {} });
  else if (rest > 0) parts.push({ code: 'warmth', points: rest, params: {} });
  else if (rest < 0) parts.push({ code: 'wording', points: rest, params: {} });
  return parts;
}

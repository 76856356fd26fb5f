/**
 * Scores a finished (or running) session from its decisions, the brand's charter and the
 * community's state. Pure: the same inputs give the same scores and reasons. Formulas: docs/scoring.md.
 */
import type { Channel, Decision, Judgement, Meters, PostKind, Reason, ScoreWeights, Scores, Severity, Tone } from '../core/types';

export interface CharterForScoring {
  rules: readonly { id: string; severity: Severity }[];
  /** Response-time target per channel, in game minutes. */
  responseMinutes: Partial<Record<Channel, number>>;
}

export interface ScoringInput {
  decisions: readonly Decision[];
  charter: CharterForScoring;
  meters: { start: Meters; end: Meters };
  weights?: ScoreWeights;
  /** Points taken off the overall score for hints asked (training only). */
  hintPenalty?: number;
}

export interface ScoreCard {
  scores: Scores;
  reasons: Reason[];
}

export const TONE_DIPLOMACY: Record<Tone, number> = { empathetic: 90, neutral: 70, defensive: 35, aggressive: 5 };
export const JUDGEMENT_POINTS: Record<Judgement, number> = { best: 100, good: 70, poor: 30, bad: 0 };
export const SEVERITY_PENALTY: Record<Severity, number> = { minor: 10, major: 20, critical: 40 };
/** Past the target, speed falls linearly to 0 at this many times the target. */
export const SPEED_ZERO_AT = 4;
/** Posts that call for an answer: timing counts for these. */
const NEEDS_ANSWER: ReadonlySet<PostKind> = new Set(['complaint', 'question', 'request', 'rumour', 'abuse', 'personal-data']);

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));
const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);
const SPEAKS = new Set(['reply', 'dm']);

function diplomacyOf(d: Decision): number | null {
  if (!SPEAKS.has(d.action)) return null;
  if (d.diplomacy !== undefined) return d.diplomacy;
  return d.tone ? TONE_DIPLOMACY[d.tone] : null;
}

function scoreDiplomacy(decisions: readonly Decision[], reasons: Reason[]): number {
  const values: number[] = [];
  for (const d of decisions) {
    const value = diplomacyOf(d);
    if (value === null) continue;
    values.push(value);
    // A written reply's diplomacy is always explained: what earned and cost it points (diplomacy-parts.ts).
    if (d.source === 'free' && d.analysis)
      reasons.push({ key: 'diplomacy', code: 'diplomacy.written', postId: d.postId, points: value - 100, params: { value } });
    else if (value < 60)
      reasons.push({
        key: 'diplomacy',
        code: 'diplomacy.low',
        postId: d.postId,
        points: value - 100,
        params: { value, tone: d.tone ?? 'neutral' },
      });
  }
  const m = mean(values);
  if (m === null) {
    reasons.push({ key: 'diplomacy', code: 'diplomacy.silent', points: -100, params: {} });
    return 0;
  }
  return clamp(m);
}

function scoreSpeed(decisions: readonly Decision[], charter: CharterForScoring, reasons: Reason[]): number {
  const values: number[] = [];
  for (const d of decisions) {
    if (!NEEDS_ANSWER.has(d.postKind)) continue;
    // Leaving a post alone when that is right is a choice about content, not about speed.
    if (d.action === 'ignore' && (d.judgement === 'best' || d.judgement === 'good')) continue;
    const targetMin = charter.responseMinutes[d.channel] ?? 60;
    const minutes = Math.max(0, (d.decidedAt - d.arrivedAt) / 60);
    let value: number;
    if (d.action === 'ignore') {
      value = 0;
      reasons.push({ key: 'speed', code: 'speed.unanswered', postId: d.postId, points: -100, params: { target: targetMin } });
    } else if (minutes <= targetMin) {
      value = 100;
    } else {
      value = 100 * Math.max(0, 1 - (minutes - targetMin) / ((SPEED_ZERO_AT - 1) * targetMin));
      reasons.push({
        key: 'speed',
        code: 'speed.late',
        postId: d.postId,
        points: Math.round(value - 100),
        params: { minutes: Math.round(minutes), target: targetMin },
      });
    }
    values.push(value);
  }
  return clamp(mean(values) ?? 100);
}

function scoreCharter(decisions: readonly Decision[], charter: CharterForScoring, reasons: Reason[]): number {
  let total = 100;
  for (const d of decisions) {
    for (const breach of d.breaches) {
      const rule = charter.rules.find((r) => r.id === breach.ruleId);
      const penalty = SEVERITY_PENALTY[rule?.severity ?? 'major'];
      total -= penalty;
      reasons.push({
        key: 'charter',
        code: 'charter.breach',
        postId: d.postId,
        points: -penalty,
        params: { rule: breach.ruleId, excerpt: breach.excerpt ?? '' },
      });
    }
  }
  return clamp(total);
}

function scoreJudgement(decisions: readonly Decision[], reasons: Reason[]): number {
  const values = decisions.map((d) => {
    const value = JUDGEMENT_POINTS[d.judgement];
    if (d.judgement !== 'best')
      reasons.push({
        key: 'judgement',
        code: `judgement.${d.judgement}`,
        postId: d.postId,
        points: value - 100,
        params: { action: d.action },
      });
    return value;
  });
  return clamp(mean(values) ?? 0);
}

/** Change in e-reputation and sentiment since the start: a crisis that ends calmer than it began scores high. */
function scoreOutcome(meters: ScoringInput['meters'], reasons: Reason[]): number {
  const dRep = meters.end.reputation - meters.start.reputation;
  const dSent = meters.end.sentiment - meters.start.sentiment;
  const value = clamp(60 + 2 * dRep + 0.5 * dSent);
  reasons.push({
    key: 'outcome',
    code: 'outcome.change',
    points: value - 60,
    params: { reputation: Math.round(dRep), sentiment: Math.round(dSent) },
  });
  return value;
}

export function scoreSession(input: ScoringInput): ScoreCard {
  const reasons: Reason[] = [];
  const scores = {
    diplomacy: scoreDiplomacy(input.decisions, reasons),
    speed: scoreSpeed(input.decisions, input.charter, reasons),
    charter: scoreCharter(input.decisions, input.charter, reasons),
    judgement: scoreJudgement(input.decisions, reasons),
    outcome: scoreOutcome(input.meters, reasons),
    overall: 0,
  };
  let weighted = 0;
  let weightSum = 0;
  for (const key of ['diplomacy', 'speed', 'charter', 'judgement', 'outcome'] as const) {
    const w = input.weights?.[key] ?? 1;
    weighted += w * scores[key];
    weightSum += w;
  }
  const penalty = input.hintPenalty ?? 0;
  if (penalty > 0) reasons.push({ key: 'overall', code: 'overall.hints', points: -penalty, params: { points: penalty } });
  scores.overall = clamp((weightSum > 0 ? weighted / weightSum : 0) - penalty);
  return { scores, reasons };
}

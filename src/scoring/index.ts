export { scoreSession, TONE_DIPLOMACY, JUDGEMENT_POINTS, SEVERITY_PENALTY, SPEED_ZERO_AT } from './score';
export type { CharterForScoring, Reason, ScoreCard, Scores, ScoringInput } from './score';
export { judgeFreeText } from './judgement';
export type { FreeTextJudgement } from './judgement';

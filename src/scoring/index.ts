export { scoreSession, TONE_DIPLOMACY, JUDGEMENT_POINTS, SEVERITY_PENALTY, SPEED_ZERO_AT } from './score';
export type { CharterForScoring, ScoreCard, ScoringInput } from './score';
export type { Reason, Scores } from '../core/types';
export { judgeFreeText } from './judgement';
export type { FreeTextJudgement } from './judgement';

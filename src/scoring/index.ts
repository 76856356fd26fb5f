export { scoreSession, TONE_DIPLOMACY, JUDGEMENT_POINTS, SEVERITY_PENALTY, SPEED_ZERO_AT } from './score';
export type { CharterForScoring, ScoreCard, ScoringInput } from './score';
export type { Reason, Scores } from '../core/types';
export { judgeFreeText, judgeWrittenReply, BREACH_CAP, INTENT_COVERAGE } from './judgement';
export type { FreeTextJudgement, ReferenceOption, WrittenReplyInput, WrittenReplyJudgement } from './judgement';
export { diplomacyParts } from './diplomacy-parts';
export type { DiplomacyPart } from './diplomacy-parts';

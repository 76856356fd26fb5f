/**
 * Free-text reply analyser: tone, diplomacy, charter violations and intents of a community
 * manager's reply, in French or English. Pure and deterministic; imports only src/core.
 */
import type { AnalysisContext, ReplyAnalysis } from '../core/types';
import { makeDoc } from './doc';
import { readSignals } from './signals';
import { violations as findViolations } from './rules';
import { readTone } from './tone';
import { readIntents } from './intents';
import { diplomacyScore } from './diplomacy';

export { fold, excerpt, MAX_CHARS } from './normalize';

const EMPTY: ReplyAnalysis = { tone: 'neutral', diplomacy: 0, violations: [], intents: [] };

export function analyzeReply(text: string, context: AnalysisContext): ReplyAnalysis {
  if (typeof text !== 'string' || text.trim().length === 0) return { ...EMPTY, violations: [], intents: [] };
  const doc = makeDoc(text, context ?? { locale: 'fr' });
  const signals = readSignals(doc);
  const violations = findViolations(doc);
  const tone = readTone(signals, violations);
  return {
    tone,
    diplomacy: diplomacyScore(signals, tone, violations, doc.f.original.length),
    violations,
    intents: readIntents(signals, violations),
  };
}

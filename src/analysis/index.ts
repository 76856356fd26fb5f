/**
 * Free-text reply analyser: tone, diplomacy, charter violations and intents of a community
 * manager's reply, in French or English. Pure and deterministic; imports only src/core.
 *
 * Two readers work together when the trained model is given (docs/analysis.md): the rules keep their
 * exact, explainable findings (an e-mail, a phone number, a rival's name, capitals) and the model finds
 * what word lists miss, quoting the sentence that carries it. A kind is found when the model finds it, or
 * when a rule does and the model does not read that reply as clearly innocent of it (the level, per kind,
 * is chosen by the trainer on validation data and shipped in the model's header) — save an insult thrown
 * at the reader, which nothing excuses. The tone is the model's, save for the labelling guide's first two
 * rules: a reply with an aggression in it is aggressive, and one that blames the customer pushes back
 * (a blame outweighs any warmth but the most effusive), so it is not read as warm or neutral.
 */
import { RULE_KINDS, type AnalysisContext, type Doubt, type ReplyAnalysis, type RuleKind, type Tone, type Violation } from '../core/types';
import { makeDoc } from './doc';
import { readSignals } from './signals';
import { insultsTheReader, mocksOthers, violations as findViolations } from './rules';
import { findAll } from './match';
import { fold } from './normalize';
import { rivalsForModel } from './rivals';
import { readTone } from './tone';
import { readIntents } from './intents';
import { diplomacyScore } from './diplomacy';
import { readWithModel, type ModelReading, type ReplyModel } from './model';

export { fold, excerpt, MAX_CHARS } from './normalize';
export { loadModel, ModelFormatError } from './model';
export type { ReplyModel } from './model';

const EMPTY: ReplyAnalysis = { tone: 'neutral', diplomacy: 0, violations: [], intents: [] };

const percent = (p: number) => Math.max(0, Math.min(100, Math.round(100 * p)));

/** The rules' findings and the model's, per kind as the model's header says; and the model's doubts. */
function combine(
  ruled: readonly Violation[],
  model: ReplyModel,
  reading: ModelReading,
  firm: ReadonlySet<RuleKind>,
): { violations: Violation[]; doubts: Doubt[] } {
  const violations: Violation[] = [];
  const doubts: Doubt[] = [];
  RULE_KINDS.forEach((kind, o) => {
    const m = reading.kinds[kind];
    const byRules = firm.has(kind) || m.logit >= model.header.ruleVeto[o]! ? ruled.filter((v) => v.kind === kind) : [];
    const confidence = percent(m.probability);
    if (byRules.length > 0) violations.push(...byRules);
    else if (m.found) violations.push({ kind, excerpt: m.evidence.text, by: 'model', confidence });
    // capitals are read exactly by the rules: the model's doubt about shouting is about a rival's name or an acronym
    else if (m.possible && kind !== 'shouting') doubts.push({ kind, excerpt: m.evidence.text, confidence });
  });
  return { violations, doubts };
}

/** What may be said to whom: the findings that do not count for the reply's audience go (see AnalysisContext). */
const countsFor =
  ({ audience, overruled = [], publicOnly = ['personal-data'] }: AnalysisContext) =>
  (kind: RuleKind) =>
    !overruled.includes(kind) && (audience === 'team' ? kind === 'aggression' : audience === 'private' ? !publicOnly.includes(kind) : true);

/**
 * Reads a reply. With `model` (the trained reader, src/analysis/model) the rules and the model read it
 * together; without, the rules alone (as before the model, and wherever it could not be loaded).
 */
export function analyzeReply(text: string, context: AnalysisContext, model?: ReplyModel | null): ReplyAnalysis {
  if (typeof text !== 'string' || text.trim().length === 0) return { ...EMPTY, violations: [], intents: [] };
  const ctx = context ?? { locale: 'fr' };
  const doc = makeDoc(text, ctx);
  const signals = readSignals(doc);
  const counts = countsFor(ctx);
  const ruled = findViolations(doc)
    .filter((v) => counts(v.kind))
    .map((v): Violation => ({ ...v, by: 'rule' }));
  if (!model) {
    const tone = readTone(signals, ruled);
    return {
      tone,
      diplomacy: diplomacyScore(signals, tone, ruled, doc.f.original.length),
      violations: ruled,
      intents: readIntents(signals, ruled),
    };
  }
  const reading = readWithModel(model, text, ctx.industry ? { ...ctx, competitors: rivalsForModel(ctx) } : ctx);
  const mocking = mocksOthers(doc).length > 0;
  const combined = combine(ruled, model, reading, new Set(insultsTheReader(doc) || mocking ? ['aggression'] : []));
  // "unlike some people…" compares the reader with other people, not with a rival
  const notARival = (v: Violation) =>
    !(mocking && v.kind === 'competitor' && v.by === 'model' && findAll(doc.lex.mockOthers, fold(v.excerpt).text).length > 0);
  const violations = combined.violations.filter((v) => counts(v.kind) && notARival(v));
  const doubts = combined.doubts.filter((d) => counts(d.kind));
  const tone = toneOf(reading.tone, violations, signals.deflect > 0 && readTone(signals, violations) === 'defensive');
  return {
    tone,
    diplomacy: diplomacyScore(signals, tone, violations, doc.f.original.length),
    violations,
    intents: readIntents(signals, violations),
    reader: model.header.id,
    doubts,
  };
}

/**
 * The model's tone, corrected by what was found (docs/labelling.md §2, decision order): an aggression makes it
 * aggressive; a blame, or the fault passed to a colleague or partner ("that's on them, not us") that the
 * reply's warmth does not outweigh, makes it defensive.
 */
function toneOf(tone: Tone, violations: readonly Violation[], deflects: boolean): Tone {
  if (violations.some((v) => v.kind === 'aggression')) return 'aggressive';
  const pushesBack = deflects || violations.some((v) => v.kind === 'blame');
  if (pushesBack && (tone === 'empathetic' || tone === 'neutral')) return 'defensive';
  return tone;
}

/**
 * A written reply is judged on what it is (docs/scoring.md): the route the player chose (public reply,
 * private message, hand-over to a department) against what the post called for (its `best` and `good`
 * options), what the words do against what the best answer does, the rules they break and their tone.
 * Scripted options are the reference for a good answer, never a stand-in for the player's text.
 */
import type {
  ActionKind,
  Department,
  Intent,
  Judgement,
  PostKind,
  ReplyAnalysis,
  Severity,
  VerdictLine,
  WrittenAction,
} from '../core/types';

const ORDER: Judgement[] = ['bad', 'poor', 'good', 'best'];
const atMost = (j: Judgement, cap: Judgement): Judgement => (ORDER.indexOf(j) > ORDER.indexOf(cap) ? cap : j);

/** Posts where saying sorry is a reflex, not a response. */
const NOTHING_TO_APOLOGISE_FOR: ReadonlySet<PostKind> = new Set(['praise', 'info', 'spam']);
/** Posts where justifying yourself reads as arrogance. */
const DESERVES_HEARING: ReadonlySet<PostKind> = new Set(['complaint', 'question', 'request', 'personal-data']);

export interface FreeTextJudgement {
  judgement: Judgement;
  adjustments: ('over-apology' | 'aggressive' | 'defensive')[];
}

export function judgeFreeText(mapped: Judgement, postKind: PostKind, analysis: ReplyAnalysis): FreeTextJudgement {
  let judgement = mapped;
  const adjustments: FreeTextJudgement['adjustments'] = [];
  if (analysis.tone === 'aggressive') {
    judgement = 'bad';
    adjustments.push('aggressive');
  } else if (analysis.tone === 'defensive' && DESERVES_HEARING.has(postKind)) {
    judgement = atMost(judgement, 'poor');
    adjustments.push('defensive');
  }
  if (NOTHING_TO_APOLOGISE_FOR.has(postKind) && analysis.intents.includes('apologise')) {
    judgement = atMost(judgement, 'good');
    adjustments.push('over-apology');
  }
  return { judgement, adjustments };
}

/** What a scripted option on the post says a good answer does: the reference, not the verdict. */
export interface ReferenceOption {
  action: ActionKind;
  department?: Department;
  judgement: Judgement;
  intents: readonly Intent[];
  text: string;
}

export interface WrittenReplyInput {
  action: WrittenAction;
  department?: Department;
  postKind: PostKind;
  text: string;
  analysis: ReplyAnalysis;
  /** Charter rules the reply breaks where it was sent, with their severity. */
  breaches: readonly { ruleId: string; severity: Severity; excerpt?: string }[];
  /** The post's shown options, in authored order. */
  options: readonly ReferenceOption[];
}

export interface WrittenReplyJudgement {
  judgement: Judgement;
  adjustments: FreeTextJudgement['adjustments'];
  /** Why, line by line: each rule broken first, then the route, then what the words do. */
  verdict: VerdictLine[];
  /** The best option's text, when the reply does not already do what it does. */
  better?: string;
}

/** The most a written reply breaking a rule of this severity can be judged. */
export const BREACH_CAP: Record<Severity, Judgement> = { minor: 'good', major: 'poor', critical: 'bad' };
/** Below this share of the best answer's intents, a reply on the right route is good, not best. */
export const INTENT_COVERAGE = 0.5;
/** Word overlap (Jaccard) above which the best option is too close to the player's words to show as "better". */
const SAME_WORDS = 0.6;

const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
function overlap(a: string, b: string): number {
  const [x, y] = [words(a), words(b)];
  const both = [...x].filter((w) => y.has(w)).length;
  const either = new Set([...x, ...y]).size;
  return either === 0 ? 0 : both / either;
}

const routeOf = (o: { action: ActionKind; department?: Department | undefined }): Record<string, string> =>
  o.department ? { action: o.action, department: o.department } : { action: o.action };

export function judgeWrittenReply(input: WrittenReplyInput): WrittenReplyJudgement {
  const { action, department, analysis } = input;
  const shown = input.options;
  const sameRoute = (o: ReferenceOption) => o.action === action && (action !== 'escalate' || o.department === department);
  const bests = shown.filter((o) => o.judgement === 'best');
  const goods = shown.filter((o) => o.judgement === 'good');
  const reference = bests[0];
  const chosen: Record<string, string> = routeOf({ action, ...(department ? { department } : {}) });
  const wanted: Record<string, string> = reference
    ? Object.fromEntries(Object.entries(routeOf(reference)).map(([k, v]) => [k === 'action' ? 'best' : 'bestDepartment', v]))
    : {};
  const verdict: VerdictLine[] = [];
  const route: VerdictLine[] = [];
  let judgement: Judgement;
  const bestHere = bests.find(sameRoute);
  if (bestHere) {
    judgement = 'best';
    route.push({ code: 'route-best', params: chosen });
    if (action !== 'escalate') {
      // What the best answer does on this route (greeting aside), against what the words do.
      const expected = bestHere.intents.filter((i) => i !== 'greet');
      const done = expected.filter((i) => analysis.intents.includes(i));
      const missing = expected.filter((i) => !analysis.intents.includes(i));
      if (done.length > 0) route.push({ code: 'does-what-best-does', params: { intents: done.join(',') } });
      if (missing.length > 0) route.push({ code: 'leaves-out', params: { intents: missing.join(',') } });
      // Doing none of what the post called for ("ok", an apology under a thank-you) is not a good answer.
      if (expected.length > 0 && done.length === 0) judgement = 'poor';
      else if (expected.length > 0 && done.length / expected.length < INTENT_COVERAGE) judgement = 'good';
    }
  } else if (goods.some(sameRoute)) {
    judgement = 'good';
    route.push({ code: 'route-good', params: { ...chosen, ...wanted } });
  } else {
    // Nothing the post called for: at most poor, whatever the words.
    judgement = 'poor';
    const otherDesk = action === 'escalate' ? [...bests, ...goods].find((o) => o.action === 'escalate') : undefined;
    if (otherDesk?.department) route.push({ code: 'department-wrong', params: { ...chosen, expected: otherDesk.department } });
    else if (shown.some(sameRoute)) route.push({ code: 'route-other', params: { ...chosen, ...wanted } });
    else route.push({ code: 'route-unoffered', params: { ...chosen, ...wanted } });
  }
  // the gravest breach first: it is the one that sets the verdict
  const GRAVITY = { critical: 0, major: 1, minor: 2 } as const;
  for (const b of [...input.breaches].sort((x, y) => GRAVITY[x.severity] - GRAVITY[y.severity])) {
    judgement = atMost(judgement, BREACH_CAP[b.severity]);
    verdict.push({ code: 'breach', params: { rule: b.ruleId, severity: b.severity, excerpt: b.excerpt ?? '' } });
  }
  verdict.push(...route);
  // An internal hand-over note is not read by the person: only aggression counts against it there.
  const toned =
    action === 'escalate'
      ? analysis.tone === 'aggressive'
        ? { judgement: 'bad' as const, adjustments: ['aggressive' as const] }
        : { judgement, adjustments: [] }
      : judgeFreeText(judgement, input.postKind, analysis);
  judgement = atMost(judgement, toned.judgement);
  const better = judgement !== 'best' && reference && overlap(reference.text, input.text) < SAME_WORDS ? reference.text : undefined;
  return { judgement, adjustments: toned.adjustments, verdict, ...(better ? { better } : {}) };
}

/**
 * Free text follows the story through its closest scripted option, but is judged on what it says:
 * an apology to someone who is praising the brand, or an aggressive reply, is not the option's merit.
 */
import type { Judgement, PostKind, ReplyAnalysis } from '../core/types';

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

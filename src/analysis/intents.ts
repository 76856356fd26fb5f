/** What the reply does, read from its cues (in INTENTS order). */
import { INTENTS, type Intent, type Violation } from '../core/types';
import type { Signals } from './signals';

export function readIntents(s: Signals, violations: readonly Violation[]): Intent[] {
  const present: Record<Intent, boolean> = {
    apologise: s.apologise > 0,
    explain: s.explain > 0,
    thank: s.thank > 0,
    'ask-details': s.askDetails > 0,
    'move-to-dm': s.moveToDm > 0,
    escalate: s.escalate > 0,
    refuse: s.refuse > 0,
    // a forbidden promise is still a promise
    promise: s.promiseIntent > 0 || violations.some((v) => v.kind === 'promise'),
    greet: s.greet > 0,
    correct: s.correct > 0,
  };
  return INTENTS.filter((i) => present[i]);
}

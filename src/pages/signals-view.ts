/**
 * An exam's integrity signals as an examiner reads them (verify.html, the dashboard): each figure in
 * words, the flagged ones marked by a word and a sign, never by colour alone, under a reminder that
 * they are things to look at, not proof.
 */
import type { Signals, SignalFlag } from '../engine/signals';
import { type Translate, h } from './common';

const minutes = (ms: number) => Math.round(ms / 6_000) / 10;

/** One line per figure; `data-signal` names it and `data-flagged` marks the ones to look at. */
export function signalsView(s: Signals, t: Translate): HTMLElement {
  const flagged = new Set<SignalFlag>(s.flags);
  const item = (flag: SignalFlag, text: string) =>
    h(
      'li',
      { 'data-signal': flag, ...(flagged.has(flag) ? { 'data-flagged': '', class: 'signal-flagged' } : {}) },
      flagged.has(flag) ? `⚑ ${t('signals.lookAt')} — ${text}` : text,
    );
  return h(
    'div',
    { class: 'signals', 'data-signals': s.flags.join(' ') },
    h('p', { class: 'note' }, s.flags.length > 0 ? t('signals.flagged', { count: s.flags.length }) : t('signals.none')),
    h(
      'ul',
      {},
      item('fast-decisions', t('signals.fast', { count: s.decisions, fast: s.fast })),
      item('even-pace', s.paceCv === null ? t('signals.paceUnknown') : t('signals.pace', { cv: s.paceCv })),
      item('away', t('signals.away', { count: s.awayCount, minutes: minutes(s.awayMs) })),
      item('pasted', t('signals.pasted', { count: s.pastes, chars: s.pastedChars })),
      item(
        'quick-run',
        s.limitMs
          ? t('signals.duration', { minutes: minutes(s.durationMs), limit: minutes(s.limitMs) })
          : t('signals.durationOnly', { minutes: minutes(s.durationMs) }),
      ),
    ),
    h('p', { class: 'note' }, t('signals.caveat')),
  );
}

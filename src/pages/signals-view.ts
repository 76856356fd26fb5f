/**
 * An exam's integrity signals as an examiner reads them (verify.html, the dashboard): each figure in
 * plain words (the pace as "varied, like a person" or "very even, like a script", its statistics in a
 * fold), the flagged ones first and marked by a word and a sign, never by colour alone, under a
 * reminder that they are things to look at, not proof.
 */
import { EVEN_CV, type Signals, type SignalFlag } from '../engine/signals';
import { type Translate, h } from './common';

const minutes = (ms: number) => Math.round(ms / 6_000) / 10;

/** The pace in plain words: flagged even (a script's), else varied (a person's); null when too few decisions. */
export function paceWords(s: Signals, t: Translate): string {
  if (s.paceCv === null && s.paceRatioCv === null) return t('signals.paceUnknown');
  return t(s.flags.includes('even-pace') ? 'signals.paceEven' : 'signals.paceVaried');
}

/** One line per figure, flagged first; `data-signal` names it and `data-flagged` marks the ones to look at. */
export function signalsView(s: Signals, t: Translate): HTMLElement {
  const flagged = new Set<SignalFlag>(s.flags);
  const item = (flag: SignalFlag, text: string, detail?: HTMLElement) =>
    h(
      'li',
      { 'data-signal': flag, ...(flagged.has(flag) ? { 'data-flagged': '', class: 'signal-flagged' } : {}) },
      h('span', {}, flagged.has(flag) ? `⚑ ${t('signals.lookAt')} — ${text}` : text),
      detail ?? null,
    );
  // The pace's statistics, for those who want them: in a fold, never in the sentence.
  const paceFigures =
    s.paceCv === null && s.paceRatioCv === null
      ? undefined
      : h(
          'details',
          { class: 'signal-detail', 'data-pace-figures': '' },
          h('summary', {}, t('signals.paceFiguresLabel')),
          h(
            'p',
            {},
            [
              s.paceCv === null ? null : t('signals.paceCv', { cv: s.paceCv }),
              s.paceRatioCv === null ? null : t('signals.paceRatioCv', { cv: s.paceRatioCv }),
              t('signals.paceThreshold', { threshold: EVEN_CV }),
            ]
              .filter((x): x is string => x !== null)
              .join(' '),
          ),
        );
  const items: [SignalFlag, HTMLElement][] = [
    ['fast-decisions', item('fast-decisions', t('signals.fast', { count: s.decisions, fast: s.fast }))],
    ['even-pace', item('even-pace', paceWords(s, t), paceFigures)],
    ['away', item('away', t('signals.away', { count: s.awayCount, minutes: minutes(s.awayMs) }))],
    ['pasted', item('pasted', t('signals.pasted', { count: s.pastes, chars: s.pastedChars }))],
    [
      'quick-run',
      item(
        'quick-run',
        s.limitMs
          ? t('signals.duration', { minutes: minutes(s.durationMs), limit: minutes(s.limitMs) })
          : t('signals.durationOnly', { minutes: minutes(s.durationMs) }),
      ),
    ],
  ];
  // The flagged ones first (in their usual order), then the others.
  const ordered = [...items.filter(([f]) => flagged.has(f)), ...items.filter(([f]) => !flagged.has(f))].map(([, el]) => el);
  return h(
    'div',
    { class: 'signals', 'data-signals': s.flags.join(' ') },
    h('p', { class: 'note' }, s.flags.length > 0 ? t('signals.flagged', { count: s.flags.length }) : t('signals.none')),
    h('ul', {}, ordered),
    h('p', { class: 'note' }, t('signals.caveat')),
  );
}

/**
 * The signals in one line, for the top of a card or of a row's details: "⚑ Integrity signals, 2 things
 * to look at: decisions too fast · very even pace, like a script", or that nothing stands out.
 */
export function signalsSummary(s: Signals, t: Translate, extra: readonly string[] = []): HTMLElement {
  const words = [...s.flags.map((f) => t(`dashboard.exams.flagNames.${f}`)), ...extra];
  if (words.length === 0) return h('p', { class: 'signals-top', 'data-signals-top': '' }, t('signals.none'));
  return h(
    'p',
    { class: 'signals-top signal-flagged', 'data-signals-top': s.flags.join(' ') },
    h('strong', {}, `⚑ ${t('signals.top', { count: words.length })}`),
    ' ',
    words.join(' · '),
  );
}

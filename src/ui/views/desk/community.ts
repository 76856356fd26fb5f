/**
 * The community panel: the three indicators (label, number, trend, change since the last decision),
 * the spread of a post as audience segments whose bars fill with who has seen it and who shares it,
 * and the team's memos with the coach's advice pinned while it is relevant.
 */
import type { Indicator, MeterKey, SpreadGroups } from '../../../state';
import { METER_KEYS, deskModel, feed, indicators, motionReduced, pinnedAdvice, spreadGroups } from '../../../state';
import type { ViewContext } from '../../context';
import { memoSender } from '../../department';
import { clockText, fill, h, setText } from '../../dom';
import { SEGMENT_STYLE, segmentSwatch } from '../../segment-style';
import { meterText, signed } from './format';
import { pinMark, trendMark } from './icons';

/** The spread view is counted again at most this often: the whole community is walked each time. */
const SPREAD_REFRESH_MS = 400;

export function communityPanel(ctx: ViewContext) {
  const { store, t } = ctx;
  const lc = () => store.getState().settings.locale;

  // Indicators.
  const meterTitle = h('h2', { class: 'panel-title', id: 'meter-title' });
  type MeterEls = {
    el: HTMLElement;
    label: HTMLElement;
    value: HTMLElement;
    trend: HTMLElement;
    delta: HTMLElement;
    fillBar: HTMLElement;
    shown: string;
  };
  const meterEls = {} as Record<MeterKey, MeterEls>;
  for (const key of METER_KEYS) {
    const label = h('span', { class: 'meter-label' });
    const value = h('span', { class: 'meter-value' });
    const trend = h('span', { class: 'meter-trend' });
    const delta = h('span', { class: 'meter-delta' });
    const fillBar = h('span', { class: 'meter-fill' });
    const el = h(
      'div',
      { class: `meter meter-${key}`, 'data-meter': key, 'data-value': '0' },
      h('span', { class: 'meter-top' }, label, value),
      key === 'reach' ? null : h('span', { class: 'meter-bar', 'aria-hidden': 'true' }, fillBar),
      h('span', { class: 'meter-foot' }, trend, delta),
    );
    meterEls[key] = { el, label, value, trend, delta, fillBar, shown: '' };
  }
  const meters = h(
    'section',
    { class: 'indicators', role: 'group', 'aria-labelledby': 'meter-title' },
    meterTitle,
    h(
      'div',
      { class: 'meters' },
      METER_KEYS.map((k) => meterEls[k].el),
    ),
  );

  // Spread.
  const spreadTitle = h('h3', { id: 'spread-title', class: 'panel-subtitle' });
  const spreadSummary = h('p', { class: 'spread-summary' });
  const spreadList = h('ul', { class: 'spread-groups', role: 'list' });
  // The bars' key, short and on top (a long sentence at the bottom was cut off by the panel's edge);
  // screen readers hear the whole sentence.
  const keySeen = h('span', {});
  const keySharing = h('span', {});
  const keyFull = h('span', { class: 'sr-only' });
  const spreadKey = h(
    'p',
    { class: 'spread-key' },
    h('span', { class: 'key-swatch key-seen', 'aria-hidden': 'true' }),
    h('span', { 'aria-hidden': 'true' }, keySeen),
    h('span', { class: 'key-swatch key-sharing', 'aria-hidden': 'true' }),
    h('span', { 'aria-hidden': 'true' }, keySharing),
    keyFull,
  );
  const spread = h(
    'section',
    // It scrolls on its own on a short window: it takes the keyboard's focus so that it can be scrolled without a mouse.
    { class: 'spread', 'data-spread': '', 'aria-labelledby': 'spread-title', tabindex: 0 },
    spreadTitle,
    spreadSummary,
    spreadKey,
    spreadList,
  );

  // Memos.
  const memoTitle = h('h2', { id: 'memo-title', class: 'panel-title' });
  const pinned = h('div', { class: 'pinned-advice', hidden: true, 'data-pinned': '' });
  const memoList = h('ol', { class: 'memos', role: 'list', 'aria-labelledby': 'memo-title' });
  // The pinned advice and the memos scroll together, as one panel that takes the keyboard's focus to be scrolled.
  const memos = h('section', { class: 'memo-panel', 'aria-labelledby': 'memo-title', tabindex: 0 }, memoTitle, pinned, memoList);

  const el = h('aside', { class: 'community', 'aria-label': '' }, meters, spread, memos);

  function drawMeter(ind: Indicator): void {
    const m = meterEls[ind.key];
    const locale = lc();
    const value = String(ind.value);
    const sig = `${value}|${ind.trend}|${ind.sinceDecision}|${locale}`;
    if (sig === m.shown) return;
    const moved = m.el.dataset.value !== value && m.shown !== '';
    m.shown = sig;
    m.el.dataset.value = value;
    setText(m.label, t(`meter.${ind.key}`));
    setText(m.value, meterText(ind.key, ind.value, locale));
    fill(m.trend, trendMark(ind.trend), h('span', {}, t(`console.trend.${ind.trend}`)));
    m.el.dataset.trend = ind.trend;
    setText(
      m.delta,
      ind.sinceDecision === null ? '' : t('console.sinceDecision', { change: signed(ind.sinceDecision, locale, ind.key === 'reach') }),
    );
    if (ind.key !== 'reach') m.fillBar.style.width = `${ind.key === 'sentiment' ? (ind.value + 100) / 2 : ind.value}%`;
    // A meter that moves pulses once (not under reduced motion: the class does nothing there).
    if (moved && !motionReduced(store.getState())) {
      m.el.classList.remove('pulse');
      void m.el.offsetWidth; // restart the animation
      m.el.classList.add('pulse');
    }
  }

  let spreadAt = -Infinity;
  let spreadSig = '';
  let spreadFor = '';
  function drawSpread(postId: string | null, force: boolean): void {
    const now = performance.now();
    const state = store.getState();
    // Counted again when the community moved (and at most so often), or at once for another post.
    const key = `${postId}|${state.version}`;
    if (key === spreadFor || (!force && now - spreadAt < SPREAD_REFRESH_MS)) return;
    spreadFor = key;
    spreadAt = now;
    const data: SpreadGroups | null = spreadGroups(state, postId ?? undefined);
    if (!data) return;
    const locale = lc();
    const post = data.postId ? feed(state).find((p) => p.id === data.postId) : undefined;
    const sig = `${data.postId}|${data.seen}|${data.sharing}|${locale}|${data.groups.map((g) => `${g.seen}/${g.sharing}`).join()}`;
    if (sig === spreadSig) return;
    spreadSig = sig;
    const n = (v: number) => v.toLocaleString(locale);
    setText(spreadTitle, post ? t('console.spreadOf', { name: post.persona.name }) : t('console.spread'));
    setText(
      spreadSummary,
      t('console.spreadSummary', { seen: n(data.seen), members: n(data.members), sharing: n(data.sharing), count: data.sharing }),
    );
    fill(
      spreadList,
      data.groups.map((g) => {
        // Widths through the CSSOM: the page's policy forbids style attributes.
        const bar = (className: string, v: number) => {
          const span = h('span', { class: className });
          span.style.width = `${g.members ? Math.min(100, (v / g.members) * 100) : 0}%`;
          return span;
        };
        const seen = bar('seg-seen', g.seen);
        seen.style.background = `#${SEGMENT_STYLE[g.segment].colour.toString(16).padStart(6, '0')}`;
        return h(
          'li',
          { class: 'spread-group', 'data-segment': g.segment, 'data-seen': String(g.seen), 'data-sharing': String(g.sharing) },
          h('span', { class: 'seg-name' }, segmentSwatch(g.segment), t(`segment.${g.segment}`)),
          h(
            'span',
            { class: 'seg-figures' },
            t('console.segmentFigures', { seen: n(g.seen), members: n(g.members), sharing: n(g.sharing), count: g.sharing }),
          ),
          h('span', { class: 'seg-bar', 'aria-hidden': 'true' }, seen, bar('seg-sharing', g.sharing)),
        );
      }),
    );
    setText(keySeen, t('console.spreadKeySeen'));
    setText(keySharing, t('console.spreadKeySharing'));
    setText(keyFull, t('console.spreadKey'));
  }

  let memoSig = '';
  let pinnedSig = '';
  function drawMemos(): void {
    const state = store.getState();
    const list = deskModel(state)?.memos ?? [];
    const startsAt = state.selected?.manifest.startsAt ?? '09:00';
    const advice = pinnedAdvice(state);
    const ps = advice ? `${advice.at}|${advice.text}|${lc()}` : '';
    if (ps !== pinnedSig) {
      pinnedSig = ps;
      pinned.hidden = !advice;
      if (advice)
        fill(
          pinned,
          h(
            'p',
            { class: 'memo-head' },
            pinMark(),
            h('strong', {}, t('console.pinned')),
            ' · ',
            h('time', {}, clockText(startsAt, advice.at)),
            ' ',
            memoSender(t, state, advice.from),
          ),
          h('p', {}, advice.text),
        );
    }
    // The pinned advice is not shown a second time in the list below it.
    const listSig = `${list.length}|${ps}`;
    if (listSig === memoSig) return;
    memoSig = listSig;
    fill(
      memoList,
      list
        .filter((m) => m !== advice)
        .map((m) =>
          h(
            'li',
            { class: `memo memo-${m.kind}${m.from === 'coach' ? ' memo-coach' : ''}` },
            h(
              'p',
              { class: 'memo-head' },
              h('time', {}, clockText(startsAt, m.at)),
              ' ',
              m.from ? memoSender(t, state, m.from) : t('desk.narrator'),
            ),
            h('p', {}, m.text),
          ),
        ),
    );
  }

  let textsFor = '';
  let spreadPost: string | null = null;
  return {
    el,
    update(postId: string | null, contentChanged: boolean): void {
      const state = store.getState();
      const locale = lc();
      if (textsFor !== locale) {
        textsFor = locale;
        setText(meterTitle, t('desk.meters'));
        setText(memoTitle, t('desk.team'));
        el.setAttribute('aria-label', t('console.community'));
        memoSig = '';
        pinnedSig = '';
      }
      for (const ind of indicators(state) ?? []) drawMeter(ind);
      drawSpread(postId, spreadSig === '' || postId !== spreadPost);
      spreadPost = postId;
      if (contentChanged) drawMemos();
    },
    /** Forget what was drawn (a new language): the next update draws everything. */
    reset(): void {
      spreadSig = '';
      spreadFor = '';
      for (const k of METER_KEYS) meterEls[k].shown = '';
    },
  };
}

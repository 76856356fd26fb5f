/**
 * The inbox: one cheap row per post (channel icon, author, first words, the time left against the
 * charter's target or what was done), filters by channel and by state with their counts. Rows are kept
 * across renders and rebuilt only when what they show changes; the countdowns are updated in place.
 */
import { CHANNELS, type Channel } from '../../../core/types';
import type { FeedPost, InboxState } from '../../../state';
import { feed, inboxCounts, inboxOrder, secondsToTarget, urgency } from '../../../state';
import type { ViewContext } from '../../context';
import { avatar } from '../../avatar';
import { actionLabel } from '../../department';
import { fill, h, setText } from '../../dom';
import { duration } from './format';
import { channelIcon } from './icons';

type StateFilter = InboxState | 'all';

interface Row {
  el: HTMLElement;
  sig: string;
  /** The countdown, for waiting posts. */
  due: HTMLElement | null;
}

export function inbox(ctx: ViewContext, onOpen: (postId: string) => void, arrived: (post: FeedPost) => void) {
  const { store, t } = ctx;
  const rows = new Map<string, Row>();
  const list = h('ol', { class: 'feed inbox-list', role: 'list' });
  const title = h('h2', { id: 'feed-title', class: 'panel-title', tabindex: -1 });
  const channelBar = h('div', { class: 'filters filter-channels', role: 'group' });
  const stateBar = h('div', { class: 'filters filter-states', role: 'group' });
  const empty = h('p', { class: 'hint inbox-empty', hidden: true });
  const el = h(
    'section',
    { class: 'inbox', 'aria-labelledby': 'feed-title' },
    title,
    stateBar,
    channelBar,
    h('div', { class: 'inbox-scroll' }, list, empty),
  );
  let channel: Channel | 'all' = 'all';
  let status: StateFilter = 'all';
  let filterSig = '';
  /** Rows are added with a slide only after the first render: a resumed game's posts are not "new". */
  let primed = false;

  /** `iconOnly`: the word is said to screen readers and shown on hover, the icon stands for it on screen. */
  const filterButton = (
    attr: string,
    value: string,
    label: string,
    n: number,
    pressed: boolean,
    onclick: () => void,
    icon?: Node,
    iconOnly = false,
  ) =>
    h(
      'button',
      { type: 'button', class: 'filter', [attr]: value, 'aria-pressed': String(pressed), onclick, ...(iconOnly ? { title: label } : {}) },
      icon ?? null,
      h('span', { class: iconOnly ? 'filter-label sr-only' : 'filter-label' }, label),
      h('span', { class: 'filter-count' }, String(n)),
    );

  function drawFilters(posts: readonly FeedPost[]): void {
    const counts = inboxCounts(posts);
    const lc = store.getState().settings.locale;
    const present = CHANNELS.filter((c) => counts.channel[c] > 0);
    const sig = `${lc}|${channel}|${status}|${present.map((c) => `${c}${counts.channel[c]}`).join()}|${counts.state.open}|${counts.state.done}`;
    if (sig === filterSig) return;
    filterSig = sig;
    // The filter button in focus is drawn again: the focus goes to its new self.
    const focused = document.activeElement?.closest<HTMLElement>('[data-filter-channel], [data-filter-state]');
    const attr = focused?.hasAttribute('data-filter-channel') ? 'data-filter-channel' : 'data-filter-state';
    const kept = focused ? `[${attr}="${focused.getAttribute(attr)}"]` : null;
    channelBar.setAttribute('aria-label', t('console.filterChannel'));
    stateBar.setAttribute('aria-label', t('console.filterState'));
    const setChannel = (c: Channel | 'all') => () => {
      channel = c;
      filterSig = '';
      render();
    };
    const setStatus = (s: StateFilter) => () => {
      status = s;
      filterSig = '';
      render();
    };
    fill(
      channelBar,
      filterButton('data-filter-channel', 'all', t('console.chip.all'), counts.state.all, channel === 'all', setChannel('all')),
      // Each chip: the channel's icon and a short word for it; with three channels or more, the icon alone on
      // screen (the word in its tooltip and for screen readers), so that the chips keep to one or two rows.
      present.map((c) =>
        filterButton(
          'data-filter-channel',
          c,
          t(`console.chip.${c}`),
          counts.channel[c],
          channel === c,
          setChannel(c),
          channelIcon(c),
          present.length >= 3,
        ),
      ),
    );
    fill(
      stateBar,
      (['all', 'open', 'done'] as const).map((s) =>
        filterButton('data-filter-state', s, t(`console.state.${s}`), counts.state[s], status === s, setStatus(s)),
      ),
    );
    if (kept) el.querySelector<HTMLElement>(kept)?.focus();
  }

  function rowOf(post: FeedPost, selected: boolean, fresh: boolean): HTMLElement {
    const state = store.getState();
    const open = post.state === 'open';
    const last = post.answers[0];
    const done =
      post.state === 'open'
        ? null
        : last
          ? h(
              'div',
              { class: 'answers' },
              h(
                'p',
                { class: `answer action-${last.action}${last.source === 'deadline' ? ' missed' : ''}` },
                h(
                  'strong',
                  {},
                  last.source === 'deadline' ? t('desk.ignored') : actionLabel(t, state, last.action, last.department, post.channel),
                ),
                ' ',
                last.action === 'reply' || last.action === 'dm' || last.source === 'free' ? last.text : '',
              ),
            )
          : h('p', { class: 'row-state' }, t('console.closed'));
    const due = open ? h('span', { class: 'due' }) : null;
    return h(
      'li',
      {
        class: `inbox-item${selected ? ' selected' : ''}${fresh ? ' arrived' : ''}`,
        'data-post': post.id,
        'data-post-state': post.state,
        'data-channel': post.channel,
      },
      h(
        'button',
        {
          type: 'button',
          class: 'inbox-row',
          [open ? 'data-answer' : 'data-view']: post.id,
          'aria-current': selected ? 'true' : null,
          onclick: () => onOpen(post.id),
        },
        h('span', { class: 'row-icon' }, channelIcon(post.channel), h('span', { class: 'sr-only' }, t(`channel.${post.channel}`))),
        avatar(post.persona.handle || post.persona.id, post.persona.name, post.persona.age),
        h(
          'span',
          { class: 'row-main' },
          h('span', { class: 'row-top' }, h('span', { class: 'name' }, post.persona.name), due),
          h('span', { class: 'post-text snippet' }, post.text),
        ),
      ),
      done,
    );
  }

  let current: string | null = null;
  const known = new Set<string>();

  function render(selected: string | null = current): void {
    current = selected;
    const state = store.getState();
    // Most urgent first: the selector sorts, the view keeps the rows in its order.
    const posts = inboxOrder(state, feed(state));
    const lc = state.settings.locale;
    setText(title, t('console.inbox'));
    drawFilters(posts);
    const nodes: HTMLElement[] = [];
    let visible = 0;
    for (const post of posts) {
      const sig = `${post.state}|${post.answers.length}|${post.moderated}|${selected === post.id}|${lc}`;
      let row = rows.get(post.id);
      if (!row || row.sig !== sig) {
        const el = rowOf(post, selected === post.id, primed && !known.has(post.id));
        const focused = row?.el.contains(document.activeElement);
        if (row) row.el.replaceWith(el);
        // A row drawn again under the keyboard's focus keeps it.
        if (focused) el.querySelector<HTMLElement>('.inbox-row')?.focus({ preventScroll: true });
        row = { el, sig, due: el.querySelector('.due') };
        rows.set(post.id, row);
        if (!known.has(post.id)) {
          known.add(post.id);
          // A resumed game's posts are not news: no cue, no announcement for them.
          if (primed) arrived(post);
        }
      }
      const show = (channel === 'all' || post.channel === channel) && (status === 'all' || (status === 'open') === (post.state === 'open'));
      if (row.el.hidden === show) row.el.hidden = !show;
      if (show) visible++;
      nodes.push(row.el);
    }
    // Move only what is out of place (a new post goes in at its spot), so focus and scroll stay put.
    nodes.forEach((node, i) => {
      const here = list.children[i] ?? null;
      if (here !== node) list.insertBefore(node, here);
    });
    while (list.children.length > nodes.length) list.lastElementChild?.remove();
    empty.hidden = visible > 0;
    setText(empty, t('console.inboxEmpty'));
    primed = true;
    tick(true);
  }
  /** The countdowns, each game minute (or at once when asked). */
  let minute = -1;
  function tick(force = false): void {
    const state = store.getState();
    const now = Math.floor(state.clock / 60);
    if (!force && now === minute) return;
    minute = now;
    for (const post of feed(state)) {
      if (post.state !== 'open') continue;
      const row = rows.get(post.id);
      if (!row?.due) continue;
      const left = secondsToTarget(state, post);
      setText(
        row.due,
        left === null ? '' : left >= 0 ? t('console.left', { time: duration(left) }) : t('console.overdue', { time: duration(left) }),
      );
      const level = urgency(state, post) ?? 'none';
      if (row.el.dataset.urgency !== level) row.el.dataset.urgency = level;
    }
  }

  return {
    el,
    title,
    render,
    tick,
    /** The answer buttons of waiting posts the filters show, in the inbox's order (for N). */
    answerButtons: () => [...list.querySelectorAll<HTMLElement>('li:not([hidden]) [data-answer]')],
    rowButton: (postId: string) => list.querySelector<HTMLElement>(`[data-post="${CSS.escape(postId)}"] .inbox-row`),
  };
}

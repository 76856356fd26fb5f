/**
 * The conversation pane (`[data-replies]`): the open post in its channel's look and its thread, which
 * scroll; under them, always in view, the coach's tip, the reply options and the composer. Only this
 * pane draws a whole thread, and a thread that only gained comments is drawn again at most every
 * THREAD_REFRESH_MS, as a crowd writes faster than anyone reads.
 */
import type { FeedPost } from '../../../state';
import {
  HINT_COST,
  composerOpen,
  deskModel,
  feed,
  optionsFor,
  responseMinutes,
  scenarioBrand,
  scenarioManifest,
  secondsToTarget,
  urgency,
} from '../../../state';
import type { ViewContext } from '../../context';
import { actionLabel } from '../../department';
import { compact, fill, h, setText } from '../../dom';
import { brandAnswers, postCard } from './channels';
import { composer } from './composer';
import { duration } from './format';
import { thread } from './thread';

const THREAD_REFRESH_MS = 500;

export interface ConversationHooks {
  /** The player picked option `id` of post `postId`. */
  pick(postId: string, id: string, sound: 'send' | 'click'): void;
  /** A written reply went out. */
  sent(): void;
}

export function conversationPane(ctx: ViewContext, hooks: ConversationHooks) {
  const { store, t } = ctx;
  const title = h('h2', { id: 'reply-title', class: 'panel-title' });
  const due = h('p', { class: 'conv-due', 'data-due': '' });
  // The post and its thread scroll on their own: the region takes the keyboard's focus to be scrolled without a mouse.
  const scroll = h('div', { class: 'conv-scroll', tabindex: 0, role: 'region' });
  const dock = h('div', { class: 'conv-dock' });
  // The composer is a child of the pane itself, so that on a phone it can stay pinned while the whole pane scrolls.
  const writer = h('div', { class: 'conv-composer' });
  const el = h(
    'section',
    { class: 'conversation', 'data-replies': '', 'aria-labelledby': 'reply-title', tabindex: -1 },
    h('header', { class: 'conv-head' }, title, due),
    scroll,
    dock,
    writer,
  );
  /** Posts whose whole thread the player opened. */
  const expanded = new Set<string>();
  let shown: string | null = null;
  let threadSig = '';
  let threadBase = '';
  let builtAt = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dockSig = '';
  /** The options folded away by the player to read the thread (unfolded again for each post opened). */
  let folded = false;
  let labelled = '';

  function drawThread(post: FeedPost): void {
    const state = store.getState();
    const lc = state.settings.locale;
    const card = {
      t,
      state,
      locale: lc,
      startsAt: state.selected?.manifest.startsAt ?? '09:00',
      brand: scenarioBrand(state)?.name ?? '',
    };
    // Focus and scroll stay where the player left them across a redraw.
    const active = document.activeElement;
    const focused = active !== scroll && scroll.contains(active) ? (active as HTMLElement) : null;
    const refocus = focused?.classList.contains('more') ? '.more' : focused ? '.quoted' : null;
    const top = scroll.scrollTop;
    fill(
      scroll,
      postCard(card, post),
      ...thread(
        {
          t,
          expanded: expanded.has(post.id),
          toggle: () => {
            if (expanded.has(post.id)) expanded.delete(post.id);
            else expanded.add(post.id);
            threadSig = '';
            version = -1;
            update(shown);
            scroll.querySelector<HTMLElement>('.more')?.focus();
          },
        },
        post,
        brandAnswers(card, post),
      ),
    );
    scroll.scrollTop = top;
    if (refocus) scroll.querySelector<HTMLElement>(refocus)?.focus({ preventScroll: true });
  }

  function drawDock(post: FeedPost | undefined): void {
    const state = store.getState();
    const options = post ? optionsFor(state, post.id) : [];
    if (!post || options.length === 0) {
      // Nothing waits: say how to move on rather than leave the player watching the clock.
      const idle = deskModel(state)?.idle;
      const key = idle ? 'console.nothingWaiting' : post && post.state !== 'open' ? 'console.dealtWith' : 'desk.pickPost';
      fill(dock, h('p', { class: 'hint', ...(idle ? { 'data-idle': '' } : {}) }, t(key)));
      writer.replaceChildren();
      return;
    }
    const visible = options.filter((o) => !o.option.hidden);
    const ignore = options.find((o) => o.option.hidden);
    const button = (id: string, action: string, kind: string, text: string, sound: 'send' | 'click') =>
      h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            class: `option action-${action}`,
            'data-option': id,
            'data-action': action,
            onclick: () => hooks.pick(post.id, id, sound),
          },
          h('span', { class: 'option-kind' }, kind),
          h('span', { class: 'option-text' }, text),
        ),
      );
    const buttons = visible.map(({ id, option: o }) =>
      button(id, o.action, actionLabel(t, store.getState(), o.action, o.department, post.channel), o.text, 'send'),
    );
    if (ignore) buttons.push(button(ignore.id, 'ignore', t('action.ignore'), t('desk.leaveIt'), 'click'));
    const list = h(
      'ul',
      { class: 'options', id: 'reply-options', role: 'list', 'aria-label': t('console.options'), ...(folded ? { hidden: true } : {}) },
      buttons,
    );
    // Long options leave the thread little room: the player may fold them away to read it, and unfold them to answer.
    const fold = h('button', {
      type: 'button',
      class: 'ghost fold-btn',
      'data-action': 'fold-options',
      'aria-controls': 'reply-options',
      'aria-expanded': String(!folded),
      onclick: () => {
        folded = !folded;
        list.hidden = folded;
        fold.setAttribute('aria-expanded', String(!folded));
        fold.textContent = folded ? t('console.showOptions', { count: buttons.length }) : t('console.hideOptions');
      },
    });
    fold.textContent = folded ? t('console.showOptions', { count: buttons.length }) : t('console.hideOptions');
    // With the coach's tip open, the tip takes that row: no fold then, so the options keep their room.
    const hint = hintBlock(post);
    fill(dock, hint?.matches('.hint-text') ? hint : h('div', { class: 'dock-tools' }, hint, fold), list);
    fill(writer, composerOpen(state) ? composer(ctx, post.id, post.channel, hooks.sent) : null);
  }

  /** Training only: the coach's tip for this post, paid for once, pinned above the options until the post is answered. */
  function hintBlock(post: FeedPost): HTMLElement | null {
    const state = store.getState();
    if (state.mode !== 'training' || !post.hint) return null;
    if (deskModel(state)?.hinted.has(post.id))
      return h('p', { class: 'hint-text', role: 'note', tabindex: 0 }, h('strong', {}, t('desk.coach')), ' ', post.hint);
    return h(
      'button',
      {
        type: 'button',
        class: 'ghost hint-btn',
        'data-action': 'hint',
        onclick: () => {
          store.getState().askHint(post.id);
          dockSig = '';
          update(shown);
          dock.querySelector<HTMLElement>('.hint-text')?.focus();
        },
      },
      t('desk.hint', { n: HINT_COST }),
    );
  }

  /** The waiting time against the charter's target, in the pane's header. */
  function drawDue(post: FeedPost | undefined): void {
    const state = store.getState();
    if (!post) {
      setText(due, '');
      return;
    }
    const target = responseMinutes(state, post.channel);
    const left = secondsToTarget(state, post);
    const text =
      left === null
        ? target
          ? t('desk.target', { n: target })
          : ''
        : left >= 0
          ? t('console.dueIn', { time: duration(left), n: target })
          : t('console.late', { time: duration(left), n: target });
    setText(due, text);
    const level = urgency(state, post) ?? 'none';
    if (due.dataset.urgency !== level) due.dataset.urgency = level;
  }

  /** Draws the pane again where it changed; `changed` says whether the session's content (or the language) did, else only the countdown moves. */
  let version = -1;
  function update(selected: string | null): void {
    const state = store.getState();
    const post = selected ? feed(state).find((p) => p.id === selected) : undefined;
    const lc = state.settings.locale;
    if (selected === shown && state.version === version && lc === labelled && dockSig !== '') {
      drawDue(post);
      return;
    }
    version = state.version;
    if (lc !== labelled) {
      labelled = lc;
      scroll.setAttribute('aria-label', t('console.thread'));
    }
    if (selected !== shown) {
      shown = selected;
      folded = false;
      threadSig = '';
      scroll.scrollTop = 0;
    }
    setText(title, post ? t('desk.replyTo', { name: post.persona.name }) : t('desk.noSelection'));
    drawDue(post);
    // Redraw the options only when they change, so focus and a reply being typed survive the community's chatter.
    const ds = `${selected}|${post?.state}|${
      post
        ? optionsFor(state, post.id)
            .map((o) => o.id)
            .join(',')
        : ''
    }|${deskModel(state)?.hinted.size}|${deskModel(state)?.idle}|${lc}`;
    if (ds !== dockSig) {
      dockSig = ds;
      drawDock(post);
    }
    if (!post) {
      if (threadSig !== 'none') {
        threadSig = 'none';
        const manifest = scenarioManifest(state);
        fill(scroll, h('p', { class: 'empty-conv' }, manifest ? t('console.emptyConversation') : ''));
      }
      return;
    }
    const base = `${post.id}|${post.state}|${post.answers.length}|${post.moderated}|${lc}|${expanded.has(post.id)}`;
    const sig = `${base}|${post.replies.length}|${compact(post.stats.reach, lc)}|${compact(post.stats.likes, lc)}|${compact(post.stats.shares, lc)}`;
    if (sig === threadSig) return;
    const now = performance.now();
    if (base === threadBase && now - builtAt < THREAD_REFRESH_MS) {
      timer ??= setTimeout(() => {
        timer = undefined;
        version = -1;
        if (el.isConnected) update(shown);
      }, THREAD_REFRESH_MS);
      return;
    }
    threadSig = sig;
    threadBase = base;
    builtAt = now;
    drawThread(post);
  }

  return {
    el,
    update,
    /** The post's words, where the focus goes when a post is opened. */
    focusPost(): void {
      // In one column the pane comes to the top, so the post is not left under the pinned composer.
      // On a wide screen the pane's own scroll stays at the top, where the post begins (a forum's title, a review's stars).
      if (el.closest('.one-column')) el.scrollIntoView({ block: 'start' });
      (scroll.querySelector<HTMLElement>('.quoted') ?? el).focus({ preventScroll: true });
    },
    textarea: () => writer.querySelector<HTMLTextAreaElement>('textarea[data-reply-text]'),
    destroy: () => clearTimeout(timer),
  };
}

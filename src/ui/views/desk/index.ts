/**
 * The community manager's desk, laid out as a social-media console: the header, the inbox of
 * conversations, the open conversation with its options and composer, and the community panel
 * (indicators, spread, the team's memos). One column on narrow windows, in the same reading order.
 */
import type { Meters } from '../../../core/types';
import type { FeedPost } from '../../../state';
import { classModel, composerDraft, deskModel, feed, inboxOrder, meterNews, optionIndex } from '../../../state';
import type { View, ViewContext } from '../../context';
import { h } from '../../dom';
import { communityPanel } from './community';
import { conversationPane } from './conversation';
import { meterText } from './format';
import { deskHead } from './head';
import { inbox } from './inbox';

export function deskView(ctx: ViewContext): View {
  const { store, t } = ctx;
  const locale = () => store.getState().settings.locale;
  let selected: string | null = null;

  const live = h('div', { class: 'sr-only', 'aria-live': 'polite', 'data-live': '' });
  // Meter changes get their own region, so they never cut off the announcement of a new post.
  const meterLive = h('div', { class: 'sr-only', 'aria-live': 'polite', 'data-meter-live': '' });
  const head = deskHead(ctx);
  const box = inbox(ctx, (id) => select(id), arrived);
  const conversation = conversationPane(ctx, { pick, sent: afterDecision });
  const community = communityPanel(ctx);
  const el = h(
    'main',
    { class: 'screen desk', 'data-screen': 'desk' },
    head.el,
    h('div', { class: 'console' }, box.el, conversation.el, community.el),
    live,
    meterLive,
  );

  /** A post seen for the first time: told to screen readers, and a cue (it slides in by itself). */
  function arrived(post: FeedPost): void {
    live.textContent = t('desk.newPost', { name: post.persona.name, channel: t(`channel.${post.channel}`) });
    ctx.sound('post');
  }

  function select(postId: string): void {
    selected = postId;
    lastVersion = -1; // redraw now, even while the game is paused
    update();
    ctx.sound('click');
    // The post's text first: the player reads it, then tabs to the options (none is put forward).
    conversation.focusPost();
  }

  /** Acts on the option a button offers: its opaque id is mapped back to the option through the store. */
  function pick(postId: string, id: string, sound: 'send' | 'click'): void {
    const index = optionIndex(store.getState(), postId, id);
    if (index === null) return; // the pane was stale: the post no longer offers it
    ctx.sound(sound);
    store.getState().choose(postId, index);
    afterDecision();
  }

  /** After acting, go to the most urgent post waiting for an answer, so keyboard play flows; with none, the post stays in view. */
  function afterDecision(): void {
    const state = store.getState();
    if (state.screen !== 'desk') return;
    const next = inboxOrder(state, feed(state)).find((p) => p.state === 'open');
    if (next) selected = next.id;
    lastVersion = -1;
    update();
    const target = next ? box.rowButton(next.id) : null;
    (target ?? box.title).focus();
  }

  /** Keyboard shortcuts from anywhere on the desk but a text field: N next waiting post, S skip quiet time, P pause (training only). */
  const onKey = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement | null;
    if (!el.isConnected || e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
    if (target?.closest('textarea, input, select, [contenteditable], dialog, [role="dialog"]')) return;
    const key = e.key.toLowerCase();
    if (key === 'n') {
      const buttons = box.answerButtons();
      if (buttons.length === 0) return;
      const at = buttons.indexOf(document.activeElement as HTMLElement);
      buttons[(at + 1) % buttons.length]?.focus();
      e.preventDefault();
    } else if (key === 's') {
      store.getState().skipAhead();
      e.preventDefault();
    } else if (key === 'p' && store.getState().mode === 'training') {
      store.getState().setPaused(!store.getState().paused);
      e.preventDefault();
    }
  };
  document.addEventListener('keydown', onKey);

  /** Tells screen-reader users when an indicator moved enough (see meterNews), from the last figure told. */
  let told: { run: string; meters: Meters } | null = null;
  function tellMeters(run: string, m: Meters): void {
    if (!told || told.run !== run) {
      told = { run, meters: { ...m } };
      return;
    }
    const last = told.meters;
    const news = meterNews(last, m, store.getState().mode);
    if (news.length === 0) return;
    const lc = locale();
    meterLive.textContent = news
      .map((n) =>
        t(`desk.news.${n.to > n.from ? 'up' : 'down'}`, {
          meter: t(`meter.${n.meter}`),
          from: meterText(n.meter, n.from, lc),
          to: meterText(n.meter, n.to, lc),
        }),
      )
      .join('. ');
    for (const n of news) last[n.meter] = n.to;
  }

  /**
   * Time with the page hidden or the window unfocused, told to the store when both are back (the store
   * decides what an exam logs of it). Real time here, as the exam's limits are.
   */
  let hidden = document.hidden;
  let blurred = false;
  let awaySince: number | null = hidden ? performance.now() : null;
  const awayChanged = () => {
    const away = hidden || blurred;
    if (away && awaySince === null) awaySince = performance.now();
    else if (!away && awaySince !== null) {
      const ms = performance.now() - awaySince;
      awaySince = null;
      store.getState().noteAway(ms);
    }
  };
  const onVisibility = () => {
    hidden = document.hidden;
    awayChanged();
  };
  const onWindowFocus = (e: Event) => {
    if (e.target !== window) return;
    blurred = e.type === 'blur';
    awayChanged();
  };
  document.addEventListener('visibilitychange', onVisibility);
  addEventListener('blur', onWindowFocus);
  addEventListener('focus', onWindowFocus);

  /** One column when three do not fit at this text size: below 1100 px of window per 100 % of text. */
  const layout = () => el.classList.toggle('one-column', innerWidth < 1100 * store.getState().settings.textScale);
  addEventListener('resize', layout);

  let lastVersion = -1;
  let lastLocale = '';
  function update(): void {
    const state = store.getState();
    layout();
    head.update();
    const desk = deskModel(state);
    if (desk) tellMeters(desk.run, desk.meters);
    const changed = state.version !== lastVersion || state.settings.locale !== lastLocale;
    if (changed) {
      lastVersion = state.version;
      if (lastLocale !== state.settings.locale) community.reset();
      lastLocale = state.settings.locale;
      if (selected && !feed(state).some((p) => p.id === selected)) selected = null;
      box.render(selected);
    } else box.tick();
    conversation.update(selected);
    community.update(selected, changed);
    el.classList.toggle('paused', state.paused && (state.mode === 'training' || classModel(state) !== null));
  }

  // Back from a reload with a reply half written: its post is open again, the words in the composer.
  const kept = composerDraft(store.getState());
  if (kept && feed(store.getState()).some((p) => p.id === kept.postId && p.state === 'open')) selected = kept.postId;
  update();
  // A closed desk can outlive its scene (Phaser keeps the last pointer event, and the event its path):
  // it must not keep a whole session alive with it.
  const destroy = () => {
    conversation.destroy();
    document.removeEventListener('keydown', onKey);
    removeEventListener('resize', layout);
    document.removeEventListener('visibilitychange', onVisibility);
    removeEventListener('blur', onWindowFocus);
    removeEventListener('focus', onWindowFocus);
    told = null;
    el.remove();
  };
  const focus = () => {
    const reply = selected && kept?.postId === selected ? conversation.textarea() : null;
    (reply ?? box.title).focus();
  };
  return { el, update, destroy, focus };
}

/**
 * The community manager's desk: the feed, the reply panel with the free-text composer, the team's
 * memos, the clock and the meters. The canvas draws the spread map and gauges in the slot left free.
 */
import type { Department, Meters } from '../../core/types';
import type { FeedPost, FeedReply, ReplyOption } from '../../state';
import {
  HINT_COST,
  composerDraft,
  composerOpen,
  deskModel,
  examTimeLeft,
  feed,
  meterNews,
  optionIndex,
  optionsFor,
  replyDestinations,
  responseMinutes,
  scenarioManifest,
} from '../../state';
import type { View, ViewContext } from '../context';
import { clockText, compact, fill, h, setText } from '../dom';
import { avatar } from '../avatar';
import { departmentLabel, memoSender } from '../department';
import { SEGMENT_STYLE, segmentSwatch } from '../segment-style';
import { downloadText } from '../../platform/download';

const MAX_REPLY = 2000;
const METERS = ['sentiment', 'reach', 'reputation'] as const;

export function deskView(ctx: ViewContext): View & { canvasSlot: HTMLElement } {
  const { store, t } = ctx;
  const locale = () => store.getState().settings.locale;
  let selected: string | null = null;
  /** One list item per post, kept across renders: rebuilt when its content changes, its figures updated in place. */
  /** Each post's card, the signature it was drawn from, and its figures as shown (likes, shares, reach). */
  const cards = new Map<string, { el: HTMLElement; sig: string; base: string; builtAt: number; shown: string[]; spans: HTMLElement[] }>();
  /** A thread that only gained comments is drawn again at most this often (ms): a crowd writes faster than anyone reads. */
  const THREAD_REFRESH_MS = 500;
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  /** Posts whose whole thread the player opened. */
  const expanded = new Set<string>();
  const STAT_KEYS = ['likes', 'shares', 'reach'] as const;
  const seen = new Set<string>();

  const clock = h('p', { class: 'clock', 'data-clock': '', 'aria-live': 'off' });
  const timer = h('p', { class: 'exam-timer', 'data-exam-timer': '', role: 'timer' });
  const meters = h('div', { class: 'meters', role: 'group' });
  const meter = (m: (typeof METERS)[number]) => h('div', { class: 'meter', 'data-meter': m, 'data-value': '0' });
  const meterEls = { sentiment: meter('sentiment'), reach: meter('reach'), reputation: meter('reputation') };
  meters.append(...Object.values(meterEls));
  const pause = h('button', {
    type: 'button',
    class: 'ghost',
    'data-action': 'pause',
    onclick: () => store.getState().setPaused(!store.getState().paused),
  });
  const skip = h('button', { type: 'button', class: 'ghost', 'data-action': 'skip', onclick: () => store.getState().skipAhead() });
  const feedList = h('ol', { class: 'feed', role: 'list' });
  const feedTitle = h('h2', { id: 'feed-title', class: 'panel-title', tabindex: -1 });
  const panel = h('section', { class: 'reply-panel', 'data-replies': '', 'aria-labelledby': 'reply-title', tabindex: -1 });
  const memoTitle = h('h2', { id: 'memo-title', class: 'panel-title' });
  const memoList = h('ol', { class: 'memos', role: 'list' });
  const live = h('div', { class: 'sr-only', 'aria-live': 'polite', 'data-live': '' });
  // Meter changes get their own region, so they never cut off the announcement of a new post.
  const meterLive = h('div', { class: 'sr-only', 'aria-live': 'polite', 'data-meter-live': '' });
  const legend = h('section', { class: 'map-legend', 'aria-labelledby': 'legend-title' });
  const canvasSlot = h('div', { class: 'canvas-slot', 'data-canvas-slot': 'spread', 'aria-hidden': 'true' });
  const brand = h('p', { class: 'brand' });
  const shortcuts = h('p', { class: 'shortcuts', id: 'desk-shortcuts' });
  const meterTitle = h('h2', { class: 'sr-only', id: 'meter-title' });
  meters.setAttribute('aria-labelledby', 'meter-title');
  // Shown while the browser refuses to save: the decisions live only in this tab until it saves again.
  const saveText = h('span', {});
  const saveDownload = h('button', {
    type: 'button',
    'data-action': 'download-run',
    onclick: () => {
      const run = store.getState().runToDownload();
      if (run) downloadText(run.name, run.text);
    },
  });
  const saveWarning = h(
    'div',
    { class: 'save-warning', role: 'alert', 'data-save-failing': '', hidden: true },
    saveText,
    ' ',
    saveDownload,
  );

  const el = h(
    'main',
    { class: 'screen desk', 'data-screen': 'desk' },
    h(
      'header',
      { class: 'desk-head' },
      brand,
      clock,
      timer,
      meterTitle,
      meters,
      // An exam has no pause: its button is not even there.
      h('div', { class: 'desk-tools' }, shortcuts, skip, store.getState().mode === 'training' ? pause : null),
      saveWarning,
    ),
    h('section', { class: 'feed-panel', 'aria-labelledby': 'feed-title' }, feedTitle, feedList),
    h(
      'div',
      { class: 'side' },
      canvasSlot,
      legend,
      panel,
      h('section', { class: 'memo-panel', 'aria-labelledby': 'memo-title' }, memoTitle, memoList),
    ),
    live,
    meterLive,
  );

  const actionLabel = (o: ReplyOption) =>
    o.action === 'escalate' && o.department
      ? t('action.escalateTo', { department: departmentLabel(t, store.getState(), o.department) })
      : t(`action.${o.action}`);

  function select(postId: string): void {
    selected = postId;
    lastVersion = -1; // redraw the feed and the panel now, even while the game is paused
    update();
    ctx.sound('click');
    // The post's text first: the player reads it, then tabs to the options (none is put forward).
    const quoted = panel.querySelector<HTMLElement>('.quoted');
    (quoted ?? panel).focus();
  }

  /** Acts on the option a button offers: its opaque id is mapped back to the option through the store. */
  function pick(postId: string, id: string, sound: 'send' | 'click'): void {
    const index = optionIndex(store.getState(), postId, id);
    if (index === null) return; // the panel was stale: the post no longer offers it
    ctx.sound(sound);
    store.getState().choose(postId, index);
    afterDecision();
  }

  /**
   * One comment: who wrote it (initials, name, handle; creators and journalists said so) and what, with
   * the members' answers to it nested under it.
   */
  function comment(r: FeedReply, answers: readonly FeedReply[] = []): HTMLElement {
    const known = r.segment === 'influencer' || r.segment === 'journalist';
    return h(
      'li',
      { class: 'comment', 'data-reply': r.id, 'data-segment': r.segment },
      avatar(r.handle || r.id, r.author),
      h(
        'div',
        {},
        h('span', { class: 'name' }, r.author),
        ' ',
        h('span', { class: 'handle' }, r.handle),
        known ? h('span', { class: 'badge' }, t(`desk.badge.${r.segment}`)) : null,
        h('p', {}, r.text),
        answers.length > 0
          ? h(
              'ul',
              { class: 'thread nested', 'aria-label': t('desk.answersTo', { name: r.author }) },
              answers.map((a) => comment(a)),
            )
          : null,
      ),
    );
  }

  /**
   * A post's thread in the order things happened: the comments made before the brand answered, the
   * brand's answer with the answers to it nested under it, then the comments made since; the latest few
   * of each unless the player asked for all.
   */
  function thread(post: FeedPost, answers: HTMLElement | null): (HTMLElement | null)[] {
    const all = expanded.has(post.id);
    const latest = (list: FeedReply[], n: number) => (all ? list : list.slice(-n));
    const answeredAt = post.answers.length > 0 ? Math.min(...post.answers.map((a) => a.at)) : Infinity;
    const top = post.replies.filter((r) => !r.replyTo);
    const answersTo = (r: FeedReply) => post.replies.filter((a) => a.replyTo === r.id);
    const toBrand = top.filter((r) => r.toBrand);
    const earlier = top.filter((r) => !r.toBrand && r.at <= answeredAt);
    const since = top.filter((r) => !r.toBrand && r.at > answeredAt);
    const shown = [latest(earlier, answers ? 2 : 3), latest(toBrand, 3), latest(since, 3)];
    const hidden = post.replies.length - shown.reduce((n, l) => n + l.reduce((m, r) => m + 1 + answersTo(r).length, 0), 0);
    const list = (items: FeedReply[], label: string, extra = '') =>
      items.length > 0
        ? h(
            'ul',
            { class: `thread${extra}`, 'aria-label': label },
            items.map((r) => comment(r, answersTo(r))),
          )
        : null;
    return [
      list(shown[0]!, t('desk.thread')),
      answers,
      list(shown[1]!, t('desk.answersToBrand'), ' to-brand'),
      list(shown[2]!, t('desk.thread')),
      hidden > 0 || all
        ? h(
            'button',
            {
              type: 'button',
              class: 'more link',
              'aria-expanded': String(all),
              onclick: () => {
                if (all) expanded.delete(post.id);
                else expanded.add(post.id);
                renderFeed();
              },
            },
            all ? t('desk.showFewer') : t('desk.moreReplies', { count: hidden }),
          )
        : null,
    ];
  }

  /** What the community manager did about the post, last first. */
  function answersOf(post: FeedPost): HTMLElement | null {
    return post.answers.length > 0
      ? h(
          'div',
          { class: 'answers' },
          post.answers.map((a) =>
            h(
              'p',
              { class: `answer action-${a.action}` },
              h(
                'strong',
                {},
                a.source === 'deadline'
                  ? t('desk.ignored')
                  : a.action === 'escalate' && a.department
                    ? t('action.escalateTo', { department: departmentLabel(t, store.getState(), a.department as Department) })
                    : t(`action.${a.action}`),
              ),
              ' ',
              a.action === 'reply' || a.action === 'dm' || a.source === 'free' ? a.text : '',
            ),
          ),
        )
      : null;
  }

  function postCard(post: FeedPost): HTMLElement {
    const lc = locale();
    const open = post.state === 'open';
    const article = h(
      'article',
      {
        class: `post channel-${post.channel} mood-${post.mood}${selected === post.id ? ' selected' : ''}`,
        'data-post': post.id,
        'data-post-state': post.state,
        'data-channel': post.channel,
        'aria-labelledby': `post-${post.id}-author`,
        onclick: (e: Event) => {
          if (open && !(e.target as HTMLElement).closest('button')) select(post.id);
        },
      },
      h(
        'div',
        { class: 'post-head' },
        avatar(post.persona.id, post.persona.name),
        h(
          'div',
          { class: 'who' },
          h('span', { class: 'name', id: `post-${post.id}-author` }, post.persona.name),
          h('span', { class: 'handle' }, post.persona.handle),
        ),
        h('span', { class: 'channel-badge' }, t(`channel.${post.channel}`)),
        h('time', {}, clockText(store.getState().selected?.manifest.startsAt ?? '09:00', post.at)),
      ),
      post.inReplyTo ? h('p', { class: 'in-reply' }, t('desk.inReplyTo')) : null,
      post.stars
        ? h(
            'p',
            { class: 'stars', role: 'img', 'aria-label': t('desk.stars', { count: post.stars }), 'data-stars': String(post.stars) },
            '★'.repeat(post.stars) + '☆'.repeat(5 - post.stars),
          )
        : null,
      post.moderated ? h('p', { class: 'moderated-note', 'data-moderated': post.moderated }, t(`desk.moderated.${post.moderated}`)) : null,
      h('p', { class: `post-text${post.moderated ? ' moderated' : ''}` }, post.text),
      // a private message has no public counts
      h(
        'p',
        { class: 'stats', 'data-stats': '', hidden: post.channel === 'dm' },
        h('span', {}, t('desk.likes', { n: compact(post.stats.likes, lc), count: post.stats.likes })),
        ' · ',
        h('span', {}, t('desk.shares', { n: compact(post.stats.shares, lc), count: post.stats.shares })),
        ' · ',
        h('span', {}, t('desk.reach', { n: compact(post.stats.reach, lc), count: post.stats.reach })),
      ),
      ...thread(post, answersOf(post)),
      open
        ? h(
            'button',
            { type: 'button', class: 'answer-btn', 'data-answer': post.id, onclick: () => select(post.id) },
            t('desk.answer', { name: post.persona.name }),
          )
        : null,
    );
    return article;
  }

  function renderFeed(): void {
    const state = store.getState();
    const posts = feed(state);
    const nodes: HTMLElement[] = [];
    const lc = state.settings.locale;
    for (const post of posts) {
      const base = `${post.state}|${post.answers.length}|${selected === post.id}|${lc}|${expanded.has(post.id)}`;
      const sig = `${base}|${post.replies.length}`;
      let card = cards.get(post.id);
      if (!card) {
        card = { el: h('li', {}), sig: '', base: '', builtAt: -Infinity, shown: [], spans: [] };
        cards.set(post.id, card);
      }
      const shown = STAT_KEYS.map((key) => compact(post.stats[key], lc));
      const now = performance.now();
      if (card.sig !== sig && card.base === base && now - card.builtAt < THREAD_REFRESH_MS) {
        // only new comments, and the card was drawn a moment ago: draw it again a little later
        refreshTimer ??= setTimeout(() => {
          refreshTimer = undefined;
          if (el.isConnected) renderFeed();
        }, THREAD_REFRESH_MS);
      } else if (card.sig !== sig) {
        const article = postCard(post);
        card.el.replaceChildren(article);
        card.sig = sig;
        card.base = base;
        card.builtAt = now;
        card.spans = [...article.querySelectorAll<HTMLElement>('[data-stats] span')];
      } else {
        // Likes and shares tick up all the time: change the figures that look different, not the card.
        STAT_KEYS.forEach((key, i) => {
          const span = card.spans[i];
          if (span && shown[i] !== card.shown[i]) setText(span, t(`desk.${key}`, { n: shown[i], count: post.stats[key] }));
        });
      }
      card.shown = shown;
      nodes.push(card.el);
      if (!seen.has(post.id)) {
        seen.add(post.id);
        live.textContent = t('desk.newPost', { name: post.persona.name, channel: t(`channel.${post.channel}`) });
        ctx.sound('post');
      }
    }
    // Move only what is out of place (a new post goes in at its spot), so focus and scroll stay put.
    nodes.forEach((node, i) => {
      const here = feedList.children[i] ?? null;
      if (here !== node) feedList.insertBefore(node, here);
    });
    while (feedList.children.length > nodes.length) feedList.lastElementChild?.remove();
  }

  function renderPanel(): void {
    const state = store.getState();
    const post = feed(state).find((p) => p.id === selected);
    const options = post ? optionsFor(state, post.id) : [];
    const title = h('h2', { id: 'reply-title', class: 'panel-title' });
    if (!post || options.length === 0) {
      title.textContent = t('desk.noSelection');
      fill(panel, title, h('p', { class: 'hint' }, t('desk.pickPost')));
      return;
    }
    title.textContent = t('desk.replyTo', { name: post.persona.name });
    const target = responseMinutes(state, post.channel);
    const visible = options.filter((o) => !o.option.hidden);
    const ignore = options.find((o) => o.option.hidden);
    const optionButtons = visible.map(({ id, option: o }) =>
      h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            class: `option action-${o.action}`,
            'data-option': id,
            'data-action': o.action,
            onclick: () => pick(post.id, id, 'send'),
          },
          h('span', { class: 'option-kind' }, actionLabel(o)),
          h('span', { class: 'option-text' }, o.text),
        ),
      ),
    );
    if (ignore) {
      optionButtons.push(
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'option action-ignore',
              'data-option': ignore.id,
              'data-action': 'ignore',
              onclick: () => pick(post.id, ignore.id, 'click'),
            },
            h('span', { class: 'option-kind' }, t('action.ignore')),
            h('span', { class: 'option-text' }, t('desk.leaveIt')),
          ),
        ),
      );
    }
    fill(
      panel,
      title,
      h('blockquote', { class: 'quoted', tabindex: -1 }, post.text),
      target ? h('p', { class: 'target' }, t('desk.target', { n: target })) : null,
      hintBlock(post),
      h('ul', { class: 'options', role: 'list' }, optionButtons),
      composerOpen(state) ? composer(post.id) : null,
    );
  }

  /** Training only: the coach's tip for this post, paid for once, shown until the post is answered. */
  function hintBlock(post: FeedPost): HTMLElement | null {
    const state = store.getState();
    if (state.mode !== 'training' || !post.hint) return null;
    if (deskModel(state)?.hinted.has(post.id))
      return h('p', { class: 'hint-text', role: 'note' }, h('strong', {}, t('desk.coach')), ' ', post.hint);
    return h(
      'button',
      {
        type: 'button',
        class: 'ghost hint-btn',
        'data-action': 'hint',
        onclick: () => {
          store.getState().askHint(post.id);
          panelSig = '';
          update();
          panel.querySelector<HTMLElement>('.hint-text')?.focus();
        },
      },
      t('desk.hint', { n: HINT_COST }),
    );
  }

  function composer(postId: string): HTMLElement {
    // The reply being written before a reload (or before the panel was drawn again) comes back.
    const draft = composerDraft(store.getState(), postId);
    const area = h('textarea', {
      'data-reply-text': '',
      id: 'reply-text',
      rows: 3,
      maxlength: MAX_REPLY,
      spellcheck: 'true',
      lang: locale(),
    });
    area.value = draft?.text.slice(0, MAX_REPLY) ?? '';
    /** Characters pasted into this reply so far (an exam logs them with the reply; the store decides). */
    let pasted = draft?.pasted ?? 0;
    const counter = h('span', { class: 'counter', id: 'reply-count' }, `${area.value.length} / ${MAX_REPLY}`);
    const message = h('p', { class: 'form-error', role: 'alert' });
    const keep = () => store.getState().keepDraft(postId, area.value, destination.value, pasted);
    area.setAttribute('aria-describedby', 'reply-count');
    area.addEventListener('paste', (e) => {
      pasted += e.clipboardData?.getData('text/plain').length ?? 0;
    });
    area.addEventListener('input', () => {
      counter.textContent = `${area.value.length} / ${MAX_REPLY}`;
      keep();
    });
    // Where the words go: the player says it, the game does not guess it from the words.
    const destination = h(
      'select',
      {
        id: 'reply-action',
        'data-reply-action': 'reply',
        onchange: (e: Event) => {
          (e.target as HTMLSelectElement).setAttribute('data-reply-action', (e.target as HTMLSelectElement).value);
          keep();
        },
      },
      replyDestinations(store.getState()).map((d) =>
        h(
          'option',
          { value: d.value },
          d.department
            ? t('composer.to.escalate', { department: departmentLabel(t, store.getState(), d.department) })
            : t(`composer.to.${d.action}`),
        ),
      ),
    );
    if (draft && [...destination.options].some((o) => o.value === draft.destination)) {
      destination.value = draft.destination;
      destination.setAttribute('data-reply-action', draft.destination);
    }
    const send = h(
      'button',
      {
        type: 'button',
        class: 'primary',
        'data-reply-send': '',
        onclick: () => {
          const result = store.getState().write(postId, area.value, destination.value, { pasted });
          if (result === 'sent') {
            ctx.sound('send');
            afterDecision();
          } else {
            message.textContent = t(`composer.${result}`);
            ctx.sound('alert');
          }
        },
      },
      t('composer.send'),
    );
    return h(
      'div',
      { class: 'composer' },
      h('label', { for: 'reply-text' }, t('composer.label')),
      area,
      h('div', { class: 'composer-destination' }, h('label', { for: 'reply-action' }, t('composer.destination')), destination),
      h('div', { class: 'composer-foot' }, counter, send),
      message,
    );
  }

  /** Keyboard shortcuts (not while typing): N next post waiting for an answer, S skip quiet time, P pause (training only). */
  el.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    if (e.ctrlKey || e.metaKey || e.altKey || target.closest('textarea, input, select')) return;
    if (e.key === 'n' || e.key === 'N') {
      const buttons = [...feedList.querySelectorAll<HTMLElement>('[data-answer]')];
      if (buttons.length === 0) return;
      const at = buttons.indexOf(document.activeElement as HTMLElement);
      buttons[(at + 1) % buttons.length]?.focus();
      e.preventDefault();
    } else if (e.key === 's' || e.key === 'S') {
      store.getState().skipAhead();
      e.preventDefault();
    } else if ((e.key === 'p' || e.key === 'P') && store.getState().mode === 'training') {
      store.getState().setPaused(!store.getState().paused);
      e.preventDefault();
    }
  });

  /** After acting, go to the next post waiting for an answer, so keyboard play flows. */
  function afterDecision(): void {
    const state = store.getState();
    if (state.screen !== 'desk') return;
    const next = feed(state).find((p) => p.state === 'open');
    selected = next?.id ?? null;
    update();
    const target = next ? feedList.querySelector<HTMLElement>(`[data-answer="${next.id}"]`) : null;
    (target ?? feedTitle).focus();
  }

  function renderMemos(): void {
    const state = store.getState();
    const memos = deskModel(state)?.memos ?? [];
    if (memoList.children.length === memos.length) return;
    const startsAt = state.selected?.manifest.startsAt ?? '09:00';
    fill(
      memoList,
      memos.map((m) =>
        h(
          'li',
          { class: `memo memo-${m.kind}` },
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

  function renderHead(): void {
    const state = store.getState();
    const desk = deskModel(state);
    if (!desk) return;
    const lc = locale();
    setText(brand, `${state.selected?.charter.brand.name ?? ''} · ${scenarioManifest(state)?.title[lc] ?? ''}`);
    setText(clock, `${t('desk.clock')} ${clockText(desk.startsAt, state.clock)}`);
    const m = desk.meters;
    const values = { sentiment: Math.round(m.sentiment), reach: Math.round(m.reach), reputation: Math.round(m.reputation) };
    tellMeters(desk.run, m);
    for (const key of METERS) {
      const node = meterEls[key];
      const value = String(values[key]);
      if (node.dataset.value !== value || !node.textContent) {
        node.dataset.value = value;
        fill(
          node,
          h('span', { class: 'meter-label' }, t(`meter.${key}`)),
          ' ',
          h(
            'span',
            { class: 'meter-value' },
            key === 'reach' ? compact(values.reach, lc) : key === 'sentiment' && values.sentiment > 0 ? `+${value}` : value,
          ),
        );
      }
    }
    setText(pause, state.paused ? t('desk.resume') : t('desk.pause'));
    if (pause.getAttribute('aria-pressed') !== String(state.paused)) pause.setAttribute('aria-pressed', String(state.paused));
    if (pause.hidden !== (state.mode !== 'training')) pause.hidden = state.mode !== 'training';
    const left = examTimeLeft(state);
    if (timer.hidden !== !left) timer.hidden = !left;
    if (left) {
      const mmss = (ms: number) =>
        `${Math.floor(Math.max(0, ms) / 60_000)}:${String(Math.floor((Math.max(0, ms) % 60_000) / 1000)).padStart(2, '0')}`;
      setText(timer, t('exam.timeLeft', { scenario: mmss(left.scenario), total: mmss(left.total) }));
      timer.classList.toggle('urgent', left.scenario < 60_000);
    }
    if (saveWarning.hidden !== !state.saveFailing) saveWarning.hidden = !state.saveFailing;
    if (state.saveFailing) {
      setText(saveText, t('desk.saveFailing'));
      setText(saveDownload, t('desk.downloadRun'));
    }
    setText(skip, t('desk.skip'));
    // An exam has no pause: its key is not offered.
    setText(shortcuts, state.mode === 'exam' ? t('desk.shortcutsExam') : t('desk.shortcuts'));
    if (skip.disabled !== !desk.idle) skip.disabled = !desk.idle;
  }

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
    const shown = (key: keyof typeof m, v: number) =>
      key === 'reach' ? compact(v, lc) : key === 'sentiment' && v > 0 ? `+${v}` : String(v);
    meterLive.textContent = news
      .map((n) =>
        t(`desk.news.${n.to > n.from ? 'up' : 'down'}`, {
          meter: t(`meter.${n.meter}`),
          from: shown(n.meter, n.from),
          to: shown(n.meter, n.to),
        }),
      )
      .join('. ');
    for (const n of news) last[n.meter] = n.to;
  }

  /** The spread map's key: each segment's shape and colour, and what bright, faint and ringed mean. */
  function renderLegend(): void {
    fill(
      legend,
      h('h3', { id: 'legend-title', class: 'sr-only' }, t('desk.legend.title')),
      h(
        'ul',
        { class: 'legend-segments', role: 'list' },
        (Object.keys(SEGMENT_STYLE) as (keyof typeof SEGMENT_STYLE)[]).map((segment) =>
          h('li', {}, segmentSwatch(segment), t(`segment.${segment}`)),
        ),
      ),
      h('p', { class: 'legend-states' }, [t('desk.legend.seen'), t('desk.legend.dim'), t('desk.legend.sharing')].join(' · ')),
    );
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

  /** One column when two do not fit at this text size: below 1100 px of window per 100 % of text. */
  const layout = () => el.classList.toggle('one-column', innerWidth < 1100 * store.getState().settings.textScale);
  addEventListener('resize', layout);

  let lastVersion = -1;
  let panelSig = '';
  let lastLocale = '';
  function update(): void {
    const state = store.getState();
    layout();
    setText(feedTitle, t('desk.feed'));
    setText(memoTitle, t('desk.team'));
    setText(meterTitle, t('desk.meters'));
    renderHead();
    if (state.version !== lastVersion || state.settings.locale !== lastLocale) {
      lastVersion = state.version;
      if (lastLocale !== state.settings.locale) renderLegend();
      lastLocale = state.settings.locale;
      if (selected && !feed(state).some((p) => p.id === selected && p.state === 'open')) selected = null;
      renderFeed();
      // Redraw the panel only when its options change, so focus and a reply being typed survive the community's chatter.
      const sig = `${selected}|${
        selected
          ? optionsFor(state, selected)
              .map((o) => o.id)
              .join(',')
          : ''
      }|${state.settings.locale}`;
      if (sig !== panelSig) {
        panelSig = sig;
        renderPanel();
      }
      renderMemos();
    }
  }

  // Back from a reload with a reply half written: its post is open again, the words in the composer.
  const kept = composerDraft(store.getState());
  if (kept && feed(store.getState()).some((p) => p.id === kept.postId && p.state === 'open')) selected = kept.postId;
  update();
  // A closed desk can outlive its scene (Phaser keeps the last pointer event, and the event its path):
  // it must not keep a whole session alive with it.
  const destroy = () => {
    clearTimeout(refreshTimer);
    removeEventListener('resize', layout);
    document.removeEventListener('visibilitychange', onVisibility);
    removeEventListener('blur', onWindowFocus);
    removeEventListener('focus', onWindowFocus);
    told = null;
    el.remove();
  };
  const focus = () => {
    const reply = selected && kept?.postId === selected ? panel.querySelector<HTMLTextAreaElement>('textarea[data-reply-text]') : null;
    (reply ?? feedTitle).focus();
  };
  return { el, update, canvasSlot, destroy, focus };
}

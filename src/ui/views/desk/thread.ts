/**
 * The thread under the open post, in the order things happened: comments before the brand answered,
 * the brand's answer, the answers to it, then the comments since; the latest few of each unless the
 * player asked for all. Forums quote the comment a reply answers; other channels nest it.
 */
import type { TFunction } from 'i18next';
import type { FeedPost, FeedReply } from '../../../state';
import { avatar } from '../../avatar';
import { h } from '../../dom';

export interface ThreadContext {
  t: TFunction;
  /** Whether the player asked to see the whole thread of this post. */
  expanded: boolean;
  toggle(): void;
}

function comment(c: ThreadContext, post: FeedPost, r: FeedReply, answers: readonly FeedReply[], byId: Map<string, FeedReply>): HTMLElement {
  const known = r.segment === 'influencer' || r.segment === 'journalist';
  const forum = post.channel === 'forum';
  const quoted = forum && r.replyTo ? byId.get(r.replyTo) : undefined;
  return h(
    'li',
    { class: 'comment', 'data-reply': r.id, 'data-segment': r.segment },
    avatar(r.handle || r.id, r.author),
    h(
      'div',
      { class: 'comment-body' },
      h('span', { class: 'name' }, r.author),
      ' ',
      h('span', { class: 'handle' }, r.handle),
      known ? h('span', { class: 'badge' }, c.t(`desk.badge.${r.segment}`)) : null,
      quoted ? h('blockquote', { class: 'forum-quote' }, h('cite', {}, quoted.author), ' ', quoted.text) : null,
      h('p', {}, r.text),
      !forum && answers.length > 0
        ? h(
            'ul',
            { class: 'thread nested', 'aria-label': c.t('desk.answersTo', { name: r.author }) },
            answers.map((a) => comment(c, post, a, [], byId)),
          )
        : null,
    ),
  );
}

export function thread(c: ThreadContext, post: FeedPost, answers: HTMLElement | null): (HTMLElement | null)[] {
  const all = c.expanded;
  const latest = (list: FeedReply[], n: number) => (all ? list : list.slice(-n));
  const answeredAt = post.answers.length > 0 ? Math.min(...post.answers.map((a) => a.at)) : Infinity;
  const byId = new Map(post.replies.map((r) => [r.id, r]));
  const forum = post.channel === 'forum';
  // A forum is flat: every reply is a post of its own, quoting what it answers.
  const top = forum ? post.replies : post.replies.filter((r) => !r.replyTo);
  const answersTo = (r: FeedReply) => (forum ? [] : post.replies.filter((a) => a.replyTo === r.id));
  const toBrand = top.filter((r) => r.toBrand);
  // Reactions come in the same minute as the answer they react to: that minute counts as after it.
  const earlier = top.filter((r) => !r.toBrand && r.at < answeredAt);
  const since = top.filter((r) => !r.toBrand && r.at >= answeredAt);
  const shown = [latest(earlier, answers ? 2 : 3), latest(toBrand, 3), latest(since, 3)];
  const hidden = post.replies.length - shown.reduce((n, l) => n + l.reduce((m, r) => m + 1 + answersTo(r).length, 0), 0);
  const list = (items: FeedReply[], label: string, extra = '') =>
    items.length > 0
      ? h(
          'ul',
          { class: `thread channel-${post.channel}${extra}`, 'aria-label': label },
          items.map((r) => comment(c, post, r, answersTo(r), byId)),
        )
      : null;
  return [
    list(shown[0]!, c.t('desk.thread')),
    answers,
    list(shown[1]!, c.t('desk.answersToBrand'), ' to-brand'),
    list(shown[2]!, c.t('desk.thread')),
    hidden > 0 || all
      ? h(
          'button',
          { type: 'button', class: 'more link', 'aria-expanded': String(all), onclick: () => c.toggle() },
          all ? c.t('desk.showFewer') : c.t('desk.moreReplies', { count: hidden }),
        )
      : null,
  ];
}

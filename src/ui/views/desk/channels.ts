/**
 * A post in its channel's own look, as the conversation pane shows it: a microblog post with its handle,
 * reposts and character count; a comment under the brand's page; a forum thread with its title and the
 * member's rank; a review with its stars, "verified purchase" and the brand's public answer under it; a
 * private message as a chat bubble with no public counts. The brand's answers follow the same idiom.
 */
import type { TFunction } from 'i18next';
import type { Department } from '../../../core/types';
import type { FeedPost, GameState } from '../../../state';
import { feed, forumHeading, scenarioBrand } from '../../../state';
import { avatar } from '../../avatar';
import { brandLogo } from '../../brand';
import { actionLabel, departmentLabel } from '../../department';
import { clockText, compact, h } from '../../dom';
import { channelIcon, handoverMark } from './icons';

export interface CardContext {
  t: TFunction;
  state: GameState;
  locale: string;
  startsAt: string;
  brand: string;
}

const count = (c: CardContext, key: string, n: number) =>
  h('span', { class: `figure figure-${key}` }, c.t(`desk.${key}`, { n: compact(n, c.locale), count: n }));

function byline(c: CardContext, post: FeedPost, extra: (Node | null)[] = []): HTMLElement {
  return h(
    'header',
    { class: 'card-head' },
    avatar(post.persona.handle || post.persona.id, post.persona.name, post.persona.age),
    h(
      'div',
      { class: 'who' },
      h('span', { class: 'name', id: `conv-${post.id}-author` }, post.persona.name),
      h('span', { class: 'handle' }, post.persona.handle),
    ),
    ...extra,
    h('time', {}, clockText(c.startsAt, post.at)),
  );
}

/** The post's words: the element the focus goes to when it is opened (`.quoted`). */
function body(post: FeedPost, extra = ''): HTMLElement {
  return h('p', { class: `quoted post-text${extra}${post.moderated ? ' moderated' : ''}`, tabindex: -1 }, post.text);
}

function stars(c: CardContext, n: number): HTMLElement {
  return h(
    'p',
    { class: 'stars', role: 'img', 'aria-label': c.t('desk.stars', { count: n }), 'data-stars': String(n) },
    h('span', { class: 'stars-on' }, '★'.repeat(n)),
    h('span', { class: 'stars-off' }, '☆'.repeat(5 - n)),
  );
}

/** A post's opening words, cut at a word: enough to recognise it. */
function firstWords(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

export function postCard(c: CardContext, post: FeedPost): HTMLElement {
  const { t } = c;
  const chip = h('span', { class: 'channel-chip' }, channelIcon(post.channel), t(`channel.${post.channel}`));
  const moderated = post.moderated
    ? h('p', { class: 'moderated-note', 'data-moderated': post.moderated }, t(`desk.moderated.${post.moderated}`))
    : null;
  // A reply names what it answers, so that the player need not hunt for it in the inbox.
  const parent = post.inReplyTo ? feed(c.state).find((p) => p.id === post.inReplyTo) : undefined;
  const inReply = post.inReplyTo
    ? h(
        'p',
        { class: 'in-reply' },
        parent ? t('desk.inReplyToPost', { name: parent.persona.name, words: firstWords(parent.text) }) : t('desk.inReplyTo'),
      )
    : null;
  const s = post.stats;
  const parts: (Node | null)[] = [];
  switch (post.channel) {
    case 'microblog':
      parts.push(
        byline(c, post, [chip]),
        inReply,
        moderated,
        body(post),
        h(
          'p',
          { class: 'card-meta', 'data-stats': '' },
          count(c, 'shares', s.shares),
          count(c, 'likes', s.likes),
          count(c, 'reach', s.reach),
        ),
      );
      break;
    case 'comments':
      parts.push(
        h('p', { class: 'card-context' }, t('console.commentOn', { brand: c.brand })),
        byline(c, post, [chip]),
        inReply,
        moderated,
        body(post, ' bubble'),
        h(
          'p',
          { class: 'card-meta', 'data-stats': '' },
          count(c, 'likes', s.likes),
          count(c, 'shares', s.shares),
          count(c, 'reach', s.reach),
        ),
      );
      break;
    case 'forum': {
      const heading = forumHeading(post);
      parts.push(
        h('h3', { class: 'thread-title' }, heading.title),
        h(
          'div',
          { class: 'forum-post' },
          h(
            'aside',
            { class: 'member' },
            avatar(post.persona.handle || post.persona.id, post.persona.name, post.persona.age),
            h('span', { class: 'name', id: `conv-${post.id}-author` }, post.persona.name),
            h(
              'span',
              { class: 'rank', 'data-rank': heading.rank ?? heading.rankKey ?? '' },
              heading.rank ?? t(`console.rank.${heading.rankKey}`),
            ),
          ),
          h(
            'div',
            { class: 'forum-body' },
            h('p', { class: 'card-context' }, chip, ' ', h('time', {}, clockText(c.startsAt, post.at))),
            inReply,
            moderated,
            body(post),
          ),
        ),
        h('p', { class: 'card-meta', 'data-stats': '' }, count(c, 'reach', s.reach), count(c, 'likes', s.likes)),
      );
      break;
    }
    case 'reviews':
      parts.push(
        byline(c, post, [chip]),
        h(
          'div',
          { class: 'review-line' },
          post.stars ? stars(c, post.stars) : null,
          h('span', { class: 'verified' }, t('console.verified')),
        ),
        moderated,
        body(post),
        h(
          'p',
          { class: 'card-meta', 'data-stats': '' },
          h('span', {}, t('console.helpful', { count: s.likes, n: compact(s.likes, c.locale) })),
        ),
      );
      break;
    case 'dm':
      // A private message has no public counts.
      parts.push(
        byline(c, post, [chip]),
        h('p', { class: 'card-context private' }, t('console.private')),
        moderated,
        h('div', { class: 'chat' }, body(post, ' bubble them')),
      );
      break;
  }
  return h(
    'article',
    {
      class: `conv-post channel-${post.channel} mood-${post.mood}`,
      'data-channel': post.channel,
      'aria-labelledby': `conv-${post.id}-author`,
    },
    parts,
  );
}

/** What the brand did: its public words in the channel's idiom, or a note of the action taken (`.answers`). */
export function brandAnswers(c: CardContext, post: FeedPost): HTMLElement | null {
  if (post.answers.length === 0) return null;
  const { t } = c;
  return h(
    'div',
    { class: `answers brand-answers channel-${post.channel}` },
    post.answers.map((a) => {
      const said = a.action === 'reply' || a.action === 'dm' || a.source === 'free';
      const label = a.source === 'deadline' ? t('desk.ignored') : actionLabel(t, c.state, a.action, a.department, post.channel);
      // A hand-over is the team's own business: an internal note, never a message the public or the author sees.
      if (a.action === 'escalate' && a.source !== 'deadline')
        return h(
          'div',
          { class: 'answer handover-note', 'data-handover': a.department ?? '', role: 'note' },
          h(
            'p',
            { class: 'answer-head' },
            handoverMark(),
            h(
              'strong',
              {},
              a.department ? t('console.handedOver', { department: departmentLabel(t, c.state, a.department as Department) }) : label,
            ),
            ' ',
            h('span', { class: 'answer-kind' }, t('console.internalNote')),
          ),
          a.text ? h('p', { class: 'answer-text' }, h('span', { class: 'note-label' }, t('console.noteLabel')), ' ', a.text) : null,
        );
      if (!said) return h('p', { class: `answer system action-${a.action}` }, h('strong', {}, label));
      // A private message under a public post: the author reads it, the thread does not; drawn apart from it.
      if (a.action === 'dm' && post.channel !== 'dm')
        return h(
          'div',
          { class: 'answer private-note', 'data-private': '', role: 'note' },
          h(
            'p',
            { class: 'answer-head' },
            channelIcon('dm'),
            h('strong', {}, t('console.privateTo', { name: post.persona.name })),
            ' ',
            h('span', { class: 'answer-kind' }, t('console.privateKind', { name: post.persona.name })),
          ),
          // A scripted choice is what the player chose to do, told in the story's words; their own words are the message.
          h(
            'p',
            { class: 'answer-text' },
            a.source === 'free' ? null : h('span', { class: 'note-label' }, t('console.choiceLabel')),
            a.source === 'free' ? null : ' ',
            a.text,
          ),
        );
      const brand = scenarioBrand(c.state);
      const head =
        post.channel === 'reviews'
          ? t('console.brandResponse', { brand: c.brand })
          : post.channel === 'forum'
            ? `${c.brand} · ${t('console.rank.official')}`
            : c.brand;
      return h(
        'div',
        { class: `answer brand-reply action-${a.action}${post.channel === 'dm' ? ' bubble us' : ''}` },
        h(
          'p',
          { class: 'answer-head' },
          // The brand speaks under its logo, never a person's face.
          brand ? h('span', { class: 'avatar brand-avatar' }, brandLogo(brand)) : avatar(`brand:${c.brand}`, c.brand),
          h('strong', {}, head),
          ' ',
          h('span', { class: 'answer-kind' }, label),
        ),
        h('p', { class: 'answer-text' }, a.text),
      );
    }),
  );
}

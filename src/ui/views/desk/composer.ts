/**
 * The free-text composer: the reply, where it goes (`select[data-reply-action]`, a public reply by
 * default) and the send button. A draft survives a reload and a redraw of the pane.
 */
import { composerDraft, publicReplyLimit, replyDestinations } from '../../../state';
import type { Channel } from '../../../core/types';
import type { ViewContext } from '../../context';
import { departmentLabel } from '../../department';
import { h } from '../../dom';

const MAX_REPLY = 2000;

/**
 * `channel`: the post's, for where a reply goes (under a private message it stays in the conversation) and
 * its own length limit (a microblog's), which the count shows for a public reply instead of the composer's.
 */
export function composer(ctx: ViewContext, postId: string, channel: Channel, sent: () => void): HTMLElement {
  const { store, t } = ctx;
  const limit = publicReplyLimit(channel);
  // The reply being written before a reload (or before the pane was drawn again) comes back.
  const draft = composerDraft(store.getState(), postId);
  const area = h('textarea', {
    'data-reply-text': '',
    id: 'reply-text',
    rows: 2,
    maxlength: MAX_REPLY,
    spellcheck: 'true',
    lang: store.getState().settings.locale,
  });
  area.value = draft?.text.slice(0, MAX_REPLY) ?? '';
  /** Characters pasted into this reply so far (an exam logs them with the reply; the store decides). */
  let pasted = draft?.pasted ?? 0;
  const counter = h('span', { class: 'counter', id: 'reply-count' });
  const count = () => {
    // Only a public reply is a post of the brand's own on the channel; a message or a note has no such limit.
    const max = destination.value === 'reply' ? limit : null;
    counter.textContent = `${[...area.value].length} / ${max ?? MAX_REPLY}`;
    counter.classList.toggle('over', max !== null && [...area.value].length > max);
  };
  const message = h('p', { class: 'form-error', role: 'alert' });
  const keep = () => store.getState().keepDraft(postId, area.value, destination.value, pasted);
  area.setAttribute('aria-describedby', 'reply-count');
  area.addEventListener('paste', (e) => {
    pasted += e.clipboardData?.getData('text/plain').length ?? 0;
  });
  area.addEventListener('input', () => {
    count();
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
        count();
        keep();
      },
    },
    replyDestinations(store.getState(), channel).map((d) =>
      h(
        'option',
        { value: d.value },
        d.department
          ? t('composer.to.escalate', { department: departmentLabel(t, store.getState(), d.department) })
          : t(d.action === 'reply' && channel === 'dm' ? 'composer.to.replyInConversation' : `composer.to.${d.action}`),
      ),
    ),
  );
  if (draft && [...destination.options].some((o) => o.value === draft.destination)) {
    destination.value = draft.destination;
    destination.setAttribute('data-reply-action', draft.destination);
  }
  count();
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
          sent();
        } else {
          message.textContent = t(`composer.${result}`, { max: limit ?? MAX_REPLY });
          ctx.sound('alert');
        }
      },
    },
    t('composer.send'),
  );
  return h(
    'div',
    { class: 'composer' },
    h('label', { for: 'reply-text', class: 'composer-label' }, t('composer.label')),
    h('label', { for: 'reply-action', class: 'composer-to' }, t('composer.destination')),
    area,
    // Beside the text on a wide pane (below it on a narrow one): where it goes, then the count and the button.
    h('div', { class: 'composer-side' }, destination, h('div', { class: 'composer-send' }, counter, send)),
    message,
  );
}

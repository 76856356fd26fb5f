/**
 * "Join a class" on the menu, shown only when a Frontline Hub serves the game: the class code the
 * teacher shows and the student's name; the hub then opens the class's scenario at the teacher's settings.
 */
import type { ViewContext } from '../context';
import { h, setText } from '../dom';
import { servedByHub } from '../../platform/served-by-hub';

export function joinClassPanel(ctx: ViewContext): { el: HTMLElement; update(): void } | null {
  if (!servedByHub()) return null;
  const { store, t } = ctx;
  const title = h('h2', { id: 'join-title' });
  const intro = h('p', {});
  const codeLabel = h('label', { for: 'join-code' });
  const code = h('input', {
    id: 'join-code',
    name: 'code',
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    maxLength: 6,
    required: true,
    class: 'join-code',
    'data-join-code': '',
  });
  const nameLabel = h('label', { for: 'join-name' });
  const name = h('input', { id: 'join-name', name: 'name', autocomplete: 'nickname', maxLength: 40, required: true, 'data-join-name': '' });
  const submit = h('button', { type: 'submit', 'data-action': 'join-class' });
  const problem = h('p', { class: 'join-problem', role: 'alert', 'data-join-problem': '' });
  const form = h('form', { class: 'join-form', novalidate: true }, codeLabel, code, nameLabel, name, submit, problem);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const typed = code.value.trim().toUpperCase();
    if (!/^[A-Z0-9]{6}$/.test(typed) || name.value.trim() === '') return setText(problem, t('join.problem.invalid'));
    submit.disabled = true;
    setText(submit, t('join.joining'));
    const refused = await store.getState().joinClass(typed, name.value.trim());
    submit.disabled = false;
    setText(submit, t('join.submit'));
    setText(problem, refused ? t(`join.problem.${refused}`) : '');
  });
  const el = h('section', { class: 'join-class', 'aria-labelledby': 'join-title', 'data-join-class': '' }, title, intro, form);
  return {
    el,
    update() {
      setText(title, t('join.title'));
      setText(intro, t('join.intro'));
      setText(codeLabel, t('join.code'));
      setText(nameLabel, t('join.name'));
      if (!submit.disabled) setText(submit, t('join.submit'));
    },
  };
}

import type { View, ViewContext } from '../context';
import { fill, h } from '../dom';

/** Never a blank screen: what went wrong, in words, and a way back. */
export function errorView(ctx: ViewContext): View {
  const { store, t } = ctx;
  const el = h('main', { class: 'screen error', 'data-screen': 'error' });
  function update(): void {
    const error = store.getState().error;
    const back = h(
      'button',
      { type: 'button', class: 'primary', 'data-action': 'menu', onclick: () => store.getState().backToMenu() },
      t('error.back'),
    );
    // The alert is the message, not the landmark: <main> keeps its role.
    fill(
      el,
      h(
        'div',
        { role: 'alert' },
        h('h1', {}, t(error?.code ?? 'error.unknown', { defaultValue: t('error.unknown') })),
        h('p', { 'data-advice': '' }, t(error?.advice ?? 'error.explain', { defaultValue: t('error.explain') })),
        // What went wrong for the developer or examiner: there, folded, never in the player's way.
        error?.detail ? h('details', { class: 'detail' }, h('summary', {}, t('error.technical')), h('pre', {}, error.detail)) : null,
      ),
      back,
    );
  }
  update();
  return { el, update, destroy: () => el.remove(), focus: () => el.querySelector<HTMLElement>('[data-action="menu"]')?.focus() };
}

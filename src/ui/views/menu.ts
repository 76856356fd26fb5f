import { LOCALES } from '../../core/types';
import { scenarioList } from '../../state';
import type { View, ViewContext } from '../context';
import { fill, h } from '../dom';
import { settingsPanel } from './settings';

export function menuView(ctx: ViewContext): View {
  const { store, t } = ctx;
  const list = h('ul', { class: 'scenario-list', role: 'list' });
  const langs = h('div', { class: 'lang-switch', role: 'group', 'aria-labelledby': 'lang-label' });
  const notice = h('div', { class: 'notice', role: 'status' });
  const settings = settingsPanel(ctx);
  const settingsToggle = h('button', {
    type: 'button', class: 'ghost', 'aria-expanded': 'false', 'aria-controls': 'settings-panel',
    onclick: () => {
      const open = settings.el.hidden;
      settings.el.hidden = !open;
      settingsToggle.setAttribute('aria-expanded', String(open));
      ctx.sound('click');
    },
  });
  settings.el.hidden = true;
  const title = h('h1', { class: 'logo' });
  const tagline = h('p', { class: 'tagline' });
  const listTitle = h('h2', {});
  const langLabel = h('span', { id: 'lang-label', class: 'label' });

  const el = h('main', { class: 'screen menu', 'data-screen': 'menu' },
    h('header', { class: 'menu-head' }, title, tagline),
    notice,
    h('div', { class: 'menu-tools' }, langLabel, langs, settingsToggle),
    settings.el,
    h('section', { class: 'menu-scenarios', 'aria-labelledby': 'scenarios-title' }, listTitle, list),
  );
  listTitle.id = 'scenarios-title';

  function update(): void {
    const state = store.getState();
    const locale = state.settings.locale;
    title.textContent = t('app.title');
    tagline.textContent = t('app.tagline');
    listTitle.textContent = t('menu.scenarios');
    langLabel.textContent = t('menu.language');
    settingsToggle.textContent = t('menu.settings');
    fill(langs, LOCALES.map((l) => h('button', {
      type: 'button', lang: l, 'aria-pressed': String(l === locale), 'data-lang': l,
      onclick: () => { store.getState().setSettings({ locale: l }); ctx.sound('click'); },
    }, t(`lang.${l}`))));
    if (state.notice) {
      notice.hidden = false;
      fill(notice, t(state.notice.code), state.notice.detail ? h('small', {}, ` (${state.notice.detail})`) : null,
        h('button', { type: 'button', class: 'ghost', onclick: () => store.getState().dismissNotice() }, t('menu.dismiss')));
    } else {
      notice.hidden = true;
    }
    fill(list, scenarioList(state).map(({ manifest }) => {
      const best = state.progress[manifest.id];
      return h('li', { class: 'scenario-card', 'data-scenario': manifest.id },
        h('h3', {}, manifest.title[locale]),
        h('p', { class: 'meta' },
          t(`level.${manifest.level}`), ' · ',
          t('menu.difficulty', { n: manifest.difficulty }), ' · ',
          t('menu.minutes', { n: manifest.minutes })),
        h('p', {}, manifest.summary[locale]),
        best ? h('p', { class: 'best' }, t('menu.best', { score: best.best, plays: best.plays })) : null,
        h('button', {
          type: 'button', class: 'primary', 'aria-label': t('menu.playAria', { title: manifest.title[locale] }),
          onclick: () => { ctx.unlockAudio(); ctx.sound('click'); store.getState().openBriefing(manifest.id); },
        }, t('menu.play')));
    }));
    settings.update();
  }

  update();
  return { el, update, destroy: () => { settings.destroy(); el.remove(); } };
}

/**
 * The exam builder's page shell, in the look of the teacher pages (src/pages/common.ts): header
 * with links to the other pages, the page-language switch, title, intro and privacy note, and a
 * polite status line. Its own strings (src/i18n/builder.*.ts), its own i18next instance.
 */
import type { TFunction, i18n } from 'i18next';
import { LOCALES, type Locale } from '../../core/types';
import { h } from '../../ui/dom';
import { pageLocale } from '../i18n';
import { createBuilderI18n } from './i18n';

export interface BuilderPage {
  i18n: i18n;
  t: TFunction;
  locale: () => Locale;
  main: HTMLElement;
  status: HTMLElement;
  onLanguage: (fn: () => void) => void;
}

export async function createBuilderPage(): Promise<BuilderPage> {
  const i18n = await createBuilderI18n(pageLocale(location.search, navigator.languages ?? [navigator.language]));
  const t = i18n.t.bind(i18n) as TFunction;
  const locale = () => (i18n.language === 'fr' ? 'fr' : 'en') as Locale;
  const listeners: (() => void)[] = [];

  const title = h('h1', { id: 'page-title' });
  const intro = h('p', { class: 'lead' });
  const privacy = h('p', { class: 'privacy' });
  const langLabel = h('span', { id: 'lang-label', class: 'label' });
  const langButtons = LOCALES.map((l) => h('button', { type: 'button', lang: l, 'data-lang': l, onclick: () => { void switchTo(l); } }));
  const navLinks = {
    game: h('a', { href: './index.html' }),
    verify: h('a', { href: './verify.html', 'data-nav': 'verify' }),
    dashboard: h('a', { href: './dashboard.html', 'data-nav': 'dashboard' }),
    builder: h('a', { href: './exam.html', 'data-nav': 'exam', 'aria-current': 'page' }),
  };
  const nav = h('nav', { class: 'page-nav' }, h('ul', { role: 'list' }, Object.values(navLinks).map((a) => h('li', {}, a))));
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite', 'data-progress': '' });
  const main = h('main', { class: 'screen teacher exam-builder', 'data-page': 'exam', 'aria-labelledby': 'page-title' });
  main.append(h('header', { class: 'page-head' },
    h('div', { class: 'page-tools' }, nav,
      h('div', { class: 'lang-switch', role: 'group', 'aria-labelledby': 'lang-label' }, langLabel, langButtons)),
    title, intro, privacy), status);
  document.body.append(main);

  function texts(): void {
    const l = locale();
    document.documentElement.lang = l;
    document.title = `${t('title')} · Frontline`;
    title.textContent = t('title');
    intro.textContent = t('intro');
    privacy.textContent = t('privacy');
    langLabel.textContent = t('lang.label');
    nav.setAttribute('aria-label', t('nav.label'));
    for (const b of langButtons) {
      b.textContent = t(`lang.${b.dataset.lang}`);
      b.setAttribute('aria-pressed', String(b.dataset.lang === l));
    }
    for (const [key, a] of Object.entries(navLinks)) {
      a.textContent = t(`nav.${key}`);
      // Keep the language when moving between pages.
      a.setAttribute('href', `${a.getAttribute('href')!.split('?')[0]}?lang=${l}`);
    }
  }

  async function switchTo(l: Locale): Promise<void> {
    await i18n.changeLanguage(l);
    const url = new URL(location.href);
    url.searchParams.set('lang', l);
    history.replaceState(null, '', url);
    texts();
    listeners.forEach((fn) => fn());
  }

  texts();
  return { i18n, t, locale, main, status, onLanguage: (fn) => listeners.push(fn) };
}

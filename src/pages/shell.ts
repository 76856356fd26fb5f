/**
 * The shell every teacher page shares (the verifier, the classroom dashboard, the exam builder):
 * a header with links to the other pages and the page-language switch, the title, intro and
 * privacy note, a polite status line, and the <main> the page fills. Each page brings its own
 * i18next instance and says which of its keys hold the title and the intro; the shell's other texts
 * are `privacy`, `lang.label`, `lang.<locale>`, `nav.label` and `nav.<link>` in that instance.
 */
import type { i18n } from 'i18next';
import { LOCALES, type Locale } from '../core/types';
import { h } from '../ui/dom';
import { pageLocale } from './i18n';

export type Translate = i18n['t'];

export interface PageShell {
  i18n: i18n;
  t: Translate;
  locale: () => Locale;
  /** Where the page puts its own sections. */
  main: HTMLElement;
  /** Polite live region for progress messages. */
  status: HTMLElement;
  /** Called after a language change, once the shell's own texts are updated. */
  onLanguage: (fn: () => void) => void;
}

/** A link of the header: its text is `nav.<key>`; `nav` sets `data-nav`. */
export interface NavLink {
  key: string;
  href: string;
  nav?: string;
}

/** The game, the verifier and the dashboard: the links every teacher page's header starts with. */
export const TEACHER_LINKS: readonly NavLink[] = [
  { key: 'game', href: './index.html' },
  { key: 'verify', href: './verify.html', nav: 'verify' },
  { key: 'dashboard', href: './dashboard.html', nav: 'dashboard' },
];

/** The exam builder, linked from the verifier and the dashboard (its own page adds it to its header likewise). */
export const BUILDER_LINK: NavLink = { key: 'builder', href: './exam.html', nav: 'exam' };

export interface ShellOptions {
  /** Makes the page's i18next instance, in the language the page opens in. */
  createI18n: (locale: Locale) => Promise<i18n>;
  /** `data-page` of the <main>. */
  page: string;
  /** Classes of the <main>. */
  className: string;
  /** Keys of the page title and intro. */
  titleKey: string;
  introKey: string;
  links: readonly NavLink[];
  /** The link to this page (marked `aria-current="page"`). */
  current: string;
  /** Key of the privacy note, when the page's is not `privacy` (what the browser pages say of files). */
  privacyKey?: string;
}

/** Builds the shell into the document body, texts in the language of the URL (`?lang=`) or the browser. */
export async function createPageShell(o: ShellOptions): Promise<PageShell> {
  const i18n = await o.createI18n(pageLocale(location.search, navigator.languages ?? [navigator.language]));
  const t = i18n.t.bind(i18n) as Translate;
  const locale = () => (i18n.language === 'fr' ? 'fr' : 'en') as Locale;
  const listeners: (() => void)[] = [];

  const title = h('h1', { id: 'page-title' });
  const intro = h('p', { class: 'lead' });
  const privacy = h('p', { class: 'privacy' });
  const langLabel = h('span', { id: 'lang-label', class: 'label' });
  const langButtons = LOCALES.map((l) =>
    h('button', {
      type: 'button',
      lang: l,
      'data-lang': l,
      onclick: () => {
        void switchTo(l);
      },
    }),
  );
  const navLinks = o.links.map((link) => {
    const a = h('a', { href: link.href, 'data-nav': link.nav });
    if (link.key === o.current) a.setAttribute('aria-current', 'page');
    return { key: link.key, a };
  });
  const nav = h(
    'nav',
    { class: 'page-nav' },
    h(
      'ul',
      { role: 'list' },
      navLinks.map(({ a }) => h('li', {}, a)),
    ),
  );
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite', 'data-progress': '' });
  const main = h('main', { class: o.className, 'data-page': o.page, 'aria-labelledby': 'page-title' });
  main.append(
    h(
      'header',
      { class: 'page-head' },
      h(
        'div',
        { class: 'page-tools' },
        nav,
        h('div', { class: 'lang-switch', role: 'group', 'aria-labelledby': 'lang-label' }, langLabel, langButtons),
      ),
      title,
      intro,
      privacy,
    ),
    status,
  );
  document.body.append(main);

  function texts(): void {
    const l = locale();
    document.documentElement.lang = l;
    document.title = `${t(o.titleKey)} · Frontline`;
    title.textContent = t(o.titleKey);
    intro.textContent = t(o.introKey);
    privacy.textContent = t(o.privacyKey ?? 'privacy');
    langLabel.textContent = t('lang.label');
    nav.setAttribute('aria-label', t('nav.label'));
    for (const b of langButtons) {
      b.textContent = t(`lang.${b.dataset.lang}`);
      b.setAttribute('aria-pressed', String(b.dataset.lang === l));
    }
    for (const { key, a } of navLinks) {
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

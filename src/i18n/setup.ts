/**
 * The one i18n setup of the game and the teacher pages: which languages exist (`isLocale`), which
 * one to open in (`detectLocale`), and the i18next instance for a set of resource bundles
 * (`createI18n`). Every language comes with the `shared` namespace (./shared.*.ts: the score
 * labels), the fallback namespace of every instance: `t('score.diplomacy')` reads the one
 * definition whatever the instance's own namespace. Nothing here loads texts: the game brings one
 * language at a time (./index.ts), the teacher pages both at once.
 */
import i18next, { type i18n } from 'i18next';
import { LOCALES, type Locale } from '../core/types';
import type { sharedFr } from './shared.fr';

/** The namespace every instance falls back to: strings the game and the teacher pages share. */
export const SHARED_NS = 'shared';

/** Whether `value` is one of the game's languages (`LOCALES`). */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language of a tag such as `fr-CA` or `EN`, when the game has it. */
function localeOf(tag: string | null | undefined): Locale | null {
  const base = tag?.trim().slice(0, 2).toLowerCase();
  return isLocale(base) ? base : null;
}

/** Where a language can come from, most wanted first. */
export interface LocaleSources {
  /** The page's query string: `?lang=` wins. */
  search?: string;
  /** A language the user chose and the app saved (the game's settings), if any. */
  saved?: string | null;
  /** The browser's languages, in its order of preference. */
  languages?: readonly string[];
}

/** The browser's `?lang=` and languages (nothing in a test run without a browser). */
function browserSources(): LocaleSources {
  const nav = globalThis.navigator as Navigator | undefined;
  return {
    search: globalThis.location?.search ?? '',
    languages: nav?.languages?.length ? nav.languages : nav?.language ? [nav.language] : [],
  };
}

/** The language to open in: `?lang=`, then the saved choice, then the browser's languages, else English. */
export function detectLocale(sources: LocaleSources = browserSources()): Locale {
  const asked = localeOf(new URLSearchParams(sources.search ?? '').get('lang'));
  if (asked) return asked;
  const saved = localeOf(sources.saved);
  if (saved) return saved;
  for (const tag of sources.languages ?? []) {
    const found = localeOf(tag);
    if (found) return found;
  }
  return 'en';
}

/**
 * "de" before a name in French, contracted as the name asks: "d'Onda Mobile", "du Moulin des Trois
 * Combes", "de la Huche Dorée", "de Kairn". Brands come from charters, so the strings cannot say it.
 */
export function frenchOf(name: string): string {
  const article = /^(?:(Le|La|Les)\s+|(L)['’])(.+)$/u.exec(name);
  if (article) {
    const rest = article[3] ?? '';
    const word = article[1] ?? article[2]!;
    if (word === 'Le') return `du ${rest}`;
    if (word === 'La') return `de la ${rest}`;
    if (word === 'Les') return `des ${rest}`;
    return `de l’${rest}`;
  }
  return /^[aeiouyhàâéèêëîïôöûüœ]/iu.test(name) ? `d’${name}` : `de ${name}`;
}

/** One language's bundles, by namespace: the instance's own, and the shared strings in that language. */
export type Bundles = { [SHARED_NS]: typeof sharedFr } & Record<string, object>;

/**
 * An i18next instance in `locale` with the languages given (one, for a lazy-loaded game, or all);
 * another language comes later through `addBundles`. Keys are looked up in `defaultNS`, then in `shared`.
 */
export async function createI18n(locale: Locale, resources: Partial<Record<Locale, Bundles>>, defaultNS = 'translation'): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: locale,
    fallbackLng: 'en',
    supportedLngs: [...LOCALES],
    ns: [defaultNS, SHARED_NS],
    defaultNS,
    fallbackNS: SHARED_NS,
    resources,
    // Views and pages write text with textContent, never as HTML: no escaping needed, and none wanted.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  // `{{brand, of}}`: "de" and the name in French ("d'Onda Mobile"), the name alone in English.
  instance.services.formatter?.add('of', (value: unknown, lng: string | undefined) =>
    lng === 'fr' ? frenchOf(String(value)) : String(value),
  );
  return instance;
}

/** Adds a language's bundles to an instance made by `createI18n` (the ones it already has are kept). */
export function addBundles(instance: i18n, locale: Locale, bundles: Bundles): void {
  for (const [ns, texts] of Object.entries(bundles)) {
    if (!instance.hasResourceBundle(locale, ns)) instance.addResourceBundle(locale, ns, texts);
  }
}

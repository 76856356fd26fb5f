import i18next, { type i18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { LOCALES, type Locale } from '../core/types';
import { en } from './en';
import { fr } from './fr';

export const resources = { fr: { translation: fr }, en: { translation: en } } as const;

/** The language to start in when nothing is saved: `?lang=`, then the browser's languages. */
export function detectLocale(): Locale {
  const detector = new LanguageDetector(null as never, { order: ['querystring', 'navigator'], lookupQuerystring: 'lang', caches: [] });
  const found = detector.detect();
  const list = Array.isArray(found) ? found : [found ?? ''];
  for (const tag of list) {
    const base = String(tag).slice(0, 2).toLowerCase();
    if ((LOCALES as readonly string[]).includes(base)) return base as Locale;
  }
  return 'en';
}

export async function createI18n(locale: Locale): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: locale,
    fallbackLng: 'en',
    supportedLngs: [...LOCALES],
    resources,
    // Views write text with textContent, never as HTML: no escaping needed, and none wanted.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

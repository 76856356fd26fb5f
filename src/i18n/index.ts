import i18next, { type i18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { LOCALES, type Locale } from '../core/types';
import type { fr } from './fr';

type Texts = typeof fr;

/** Each language's texts are their own chunk: the game loads the player's, and another one when asked. */
const TEXTS: Record<Locale, () => Promise<Texts>> = {
  fr: () => import('./fr').then((m) => m.fr),
  en: () => import('./en').then((m) => m.en as Texts),
};
const loading = new Map<Locale, Promise<Texts>>();
/** A language's texts (loaded once; a failed load is tried again next time). */
export function loadTexts(locale: Locale): Promise<Texts> {
  let texts = loading.get(locale);
  if (!texts) {
    texts = TEXTS[locale]();
    loading.set(locale, texts);
    texts.catch(() => loading.delete(locale));
  }
  return texts;
}

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

/** The game's i18next instance, empty until `startI18n`: its `t` can be handed out before. */
export function createI18n(): i18n {
  return i18next.createInstance();
}

/** Loads the language's texts and starts the instance in it. */
export async function startI18n(instance: i18n, locale: Locale): Promise<void> {
  const texts = await loadTexts(locale);
  await instance.init({
    lng: locale,
    fallbackLng: 'en',
    supportedLngs: [...LOCALES],
    resources: { [locale]: { translation: texts } },
    // Views write text with textContent, never as HTML: no escaping needed, and none wanted.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

/**
 * Switches to the language `wanted()` names: at once when its texts are here (the views then redraw
 * in it), else once they are loaded — until then the views keep the language they had, never bare
 * keys. Resolves true when it switched late (the views must be redrawn).
 */
export async function switchLanguage(instance: i18n, wanted: () => Locale): Promise<boolean> {
  const locale = wanted();
  if (instance.hasResourceBundle(locale, 'translation')) {
    await instance.changeLanguage(locale);
    return false;
  }
  const texts = await loadTexts(locale);
  instance.addResourceBundle(locale, 'translation', texts);
  // Asked for another language meanwhile: that switch did it (or will).
  if (wanted() !== locale) return false;
  await instance.changeLanguage(locale);
  return true;
}
